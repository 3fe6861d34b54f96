/** The seed kind: one document per graine de projet, run by its groupe-action. */
export * from "./schema";
export * from "./migrations";
export * from "./normalize";
export * from "./commands";
export * from "./tally";
export * from "./selectors";
