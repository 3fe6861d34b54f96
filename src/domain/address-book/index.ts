/** The address-book kind: one document per atelier, holding its contacts. */
export * from "./schema";
export * from "./keys";
export * from "./migrations";
export * from "./normalize";
export * from "./commands";
export { contactIndex, type ContactIndex } from "./view";
export * from "./selectors";
export * from "./skills";
export * from "./duplicates";
