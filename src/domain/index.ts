/**
 * The pure domain layer: document shapes, migrations, tolerant readers, commands and selectors.
 * Imports only `@automerge/automerge`, valibot, fractional-indexing and itself.
 */
export * from "./ids";
export * from "./schema";
export * from "./errors";
export * from "./migrate";
export * from "./validate";
export * from "./rank";
export * from "./text";
export type { Normalized } from "./tolerant";
export * from "./kinds";
export * from "./workshop";
export * from "./address-book";
export * from "./diagnostic";
export * from "./seed";
