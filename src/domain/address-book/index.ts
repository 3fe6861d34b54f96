/** The address-book kind: one document per atelier, holding its contacts. */
export * from "./schema";
export * from "./migrations";
export * from "./normalize";
export * from "./commands";
export * from "./selectors";
