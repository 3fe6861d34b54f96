/** The workshop kind: one document per atelier. */
export * from "./schema";
export * from "./migrations";
export * from "./normalize";
export * from "./commands";
export * from "./selectors";
