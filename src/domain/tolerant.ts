/**
 * Building blocks for tolerant readers (`normalize.ts` of each kind). Documents arrive from peers
 * and may be malformed or hostile: readers validate with valibot at this edge, fill defaults, drop
 * junk entries and report them, and never throw.
 */
import * as A from "@automerge/automerge";
import * as v from "valibot";
import { isDocUrl, isValidId, type DocUrl } from "./ids";
import { readStamp } from "./schema";
import { isIsoDate, isTime } from "./validate";

/** A reader's result: the usable value and a human-readable line per thing it had to fix. */
export interface Normalized<V> {
  value: V;
  problems: string[];
}

/** Whether `x` is a non-array object whose keys can be read as a map. */
export function isMapLike(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Text as stored by Automerge: a JS string (collaborative text) or an `ImmutableString` (scalar
 * string written by another client), read as a string and cut at `cap` characters so a hostile
 * megabyte title cannot freeze the UI.
 */
export function text(cap: number) {
  return v.pipe(
    v.union([v.string(), v.instance(A.ImmutableString)]),
    v.transform((x): string => (typeof x === "string" ? x : String(x.val)).slice(0, cap)),
  );
}

/** Text with a default of `""`. */
export function optionalText(cap: number) {
  return v.fallback(text(cap), "");
}

/** A `"HH:MM"` time or `""`. */
export const timeOrEmpty = v.fallback(
  v.pipe(
    text(5),
    v.check((s) => s === "" || isTime(s)),
  ),
  "",
);

/** A `"YYYY-MM-DD"` date or `""`. */
export const dateOrEmpty = v.fallback(
  v.pipe(
    text(10),
    v.check((s) => s === "" || isIsoDate(s)),
  ),
  "",
);

/** A non-empty rank key (at most 1 000 characters; real keys stay far shorter). */
export const rankKey = v.pipe(text(1_000), v.minLength(1));

/** A finite timestamp, default 0. */
export const timestamp = v.fallback(v.pipe(v.number(), v.finite()), 0);

/** An id (e.g. a profile id), default `""`. */
export const idOrEmpty = v.fallback(
  v.pipe(
    text(64),
    v.check((s) => isValidId(s)),
  ),
  "",
);

/** An Automerge URL. */
export const docUrl = v.pipe(
  text(200),
  v.check((s) => isDocUrl(s)),
  v.transform((s) => s as DocUrl),
);

/** An Automerge URL or `null` (missing or invalid reads as `null`). */
export const docUrlOrNull = v.fallback(v.nullable(docUrl), null);

/**
 * Reads a `Record<id, entity>` collection: every key that is not a valid id and every entry the
 * schema rejects is dropped and reported (as `<path>.<key>: …`). `build` receives the parsed
 * entry and its key (the key is authoritative for the id).
 */
export function readCollection<S extends v.GenericSchema, T>(
  raw: unknown,
  path: string,
  schema: S,
  build: (parsed: v.InferOutput<S>, id: string) => T,
  problems: string[],
): Record<string, T> {
  const out: Record<string, T> = {};
  if (raw === undefined) {
    problems.push(`${path}: missing`);
    return out;
  }
  if (!isMapLike(raw)) {
    problems.push(`${path}: not a map`);
    return out;
  }
  for (const key of Object.keys(raw)) {
    const label = JSON.stringify(key.slice(0, 80));
    if (!isValidId(key)) {
      problems.push(`${path}: dropped entry with invalid key ${label}`);
      continue;
    }
    const result = v.safeParse(schema, raw[key]);
    if (!result.success) {
      const issue = result.issues[0];
      const where = issue.path?.map((p) => String(p.key)).join(".") ?? "";
      problems.push(`${path}.${key}: dropped (${where ? `${where}: ` : ""}${issue.message})`);
      continue;
    }
    out[key] = build(result.output, key);
  }
  return out;
}

/** Reads a set `Record<id, true>`: other values and invalid keys are dropped and reported. */
export function readIdSet(raw: unknown, path: string, problems: string[]): Record<string, true> {
  return readCollection(raw, path, v.literal(true), () => true as const, problems);
}

/**
 * Reads the schema stamp for a view of `kind`: the document's version when readable, else 1;
 * a missing stamp or another kind is reported.
 */
export function readViewStamp<K extends string>(
  raw: unknown,
  kind: K,
  problems: string[],
): { kind: K; version: number } {
  const stamp = readStamp(raw);
  if (stamp === null) {
    problems.push("schema: missing or malformed stamp");
    return { kind, version: 1 };
  }
  if (stamp.kind !== kind) problems.push(`schema: kind is ${stamp.kind}, expected ${kind}`);
  return { kind, version: stamp.version };
}

/** Runs a reader, turning any unexpected exception into a reported problem and a fallback. */
export function neverThrow<V>(read: () => Normalized<V>, fallback: () => V): Normalized<V> {
  try {
    return read();
  } catch (error) {
    // Not String(error): a hostile value's toString could throw in turn.
    const reason = error instanceof Error ? error.message : "unknown error";
    return { value: fallback(), problems: [`unreadable document: ${reason}`] };
  }
}
