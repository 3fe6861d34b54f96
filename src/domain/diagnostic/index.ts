/** The diagnostic kind: one document per atelier, the shared « état des lieux » board. */
export * from "./schema";
export * from "./keys";
export * from "./migrations";
export * from "./normalize";
export * from "./commands";
export * from "./categoryCommands";
export type { Placement } from "./place";
export * from "./selectors";
export * from "./boardDelta";
