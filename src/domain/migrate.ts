/**
 * Named, ordered schema migrations run when a document is opened (DESIGN.md §3).
 *
 * A migration runs inside an Automerge change on whichever device opens the document first, and
 * two devices may well run it at the same time offline, then merge. Hence its contract: it is
 * idempotent, it guards on the content it finds (not only on the version number) and it never
 * creates entries under random ids — a key it adds is derived deterministically, so that two
 * peers adding "the same" entry write the same key and Automerge keeps one.
 */
import * as A from "@automerge/automerge";
import { readStamp, type DocKind } from "./schema";

/**
 * One step of a kind's schema history. `up` receives an Automerge change proxy (declared as a
 * method so a `Migration<WorkshopDoc>` is usable where a `Migration` is expected).
 */
export interface Migration<D = unknown> {
  /** `<kind>/<target version>-<what it does>`, e.g. `"workshop/2-add-x"`. */
  name: string;
  /** The version the document has once this migration ran. */
  version: number;
  /** Mutates the change proxy; idempotent, content-guarded, deterministic (see module doc). */
  up(doc: D): void;
}

/** What opening a document should do, decided from its stamp alone. */
export type OpenVerdict =
  | { status: "current" }
  | { status: "needs-migration"; pending: Migration[] }
  | { status: "newer"; version: number }
  | { status: "foreign"; reason: string };

/**
 * The migrations that bring a document at `fromVersion` to `currentVersion`, in order. Throws a
 * plain `Error` when the list has a gap: that is a programming error (the meta-test guards it),
 * not something a document can cause.
 */
export function pendingMigrations<D>(
  fromVersion: number,
  migrations: readonly Migration<D>[],
  currentVersion: number,
): Migration<D>[] {
  const pending = migrations
    .filter((m) => m.version > fromVersion && m.version <= currentVersion)
    .sort((a, b) => a.version - b.version);
  pending.forEach((m, i) => {
    if (m.version !== fromVersion + i + 1) {
      throw new Error(`migration list has a gap before ${m.name} (from v${fromVersion})`);
    }
  });
  if (fromVersion + pending.length !== currentVersion) {
    throw new Error(`no migration reaches v${currentVersion} from v${fromVersion}`);
  }
  return pending;
}

/**
 * Decides how to open `doc` as a document of `kind` at `currentVersion`:
 * - `foreign` when it has no stamp, another kind or an impossible version (0);
 * - `newer` when it was written by a newer app (open read-only, « mettez à jour l'application »);
 * - `needs-migration` with the ordered pending list, or `current`.
 */
export function assessDocument(
  doc: unknown,
  kind: DocKind,
  currentVersion: number,
  migrations: readonly Migration[],
): OpenVerdict {
  const stamp = readStamp(doc);
  if (stamp === null) return { status: "foreign", reason: "missing or malformed schema stamp" };
  if (stamp.kind !== kind) {
    return { status: "foreign", reason: `expected a ${kind} document, found ${stamp.kind}` };
  }
  if (stamp.version < 1) return { status: "foreign", reason: `invalid version ${stamp.version}` };
  if (stamp.version > currentVersion) return { status: "newer", version: stamp.version };
  if (stamp.version === currentVersion) return { status: "current" };
  return {
    status: "needs-migration",
    pending: pendingMigrations(stamp.version, migrations, currentVersion),
  };
}

/**
 * Runs `pending` on a change proxy the caller already holds (e.g. inside `handle.change`), then
 * stamps the version. The version only ever goes up: if a concurrent peer already wrote a higher
 * one, it is kept. Two peers writing the same version merge to that version.
 */
export function runMigrationsInChange<D>(
  doc: D,
  pending: readonly Migration<D>[],
  currentVersion: number,
): void {
  for (const migration of pending) migration.up(doc);
  const schema: unknown = Reflect.get(doc as object, "schema");
  if (typeof schema !== "object" || schema === null) return;
  const version: unknown = Reflect.get(schema, "version");
  if (typeof version !== "number" || version < currentVersion) {
    Reflect.set(schema, "version", currentVersion);
  }
}

/** The change message for a set of migrations: `"migrate: a, b"`. */
export function migrationMessage(pending: readonly Migration<unknown>[]): string {
  return `migrate: ${pending.map((m) => m.name).join(", ")}`;
}

/**
 * Returns `doc` migrated to `currentVersion` in ONE labelled change (`"migrate: name1, name2"`),
 * or `doc` itself when nothing is pending. Does not check the kind: call {@link assessDocument}
 * first; throws if the document is newer than `currentVersion` or has no stamp.
 */
export function applyMigrations<D>(
  doc: A.Doc<D>,
  migrations: readonly Migration<D>[],
  currentVersion: number,
): A.Doc<D> {
  const stamp = readStamp(doc);
  if (stamp === null) throw new Error("cannot migrate a document without a schema stamp");
  if (stamp.version > currentVersion) {
    throw new Error(`document is v${stamp.version}, newer than v${currentVersion}`);
  }
  const pending = pendingMigrations(stamp.version, migrations, currentVersion);
  if (pending.length === 0) return doc;
  return A.change(doc, { message: migrationMessage(pending) }, (d) => {
    runMigrationsInChange(d, pending, currentVersion);
  });
}
