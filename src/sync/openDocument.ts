import type { AnyDocumentId, DocHandle, Repo } from "@automerge/automerge-repo";
import { assessDocument, KIND_REGISTRY, runMigrationsInChange } from "../domain";
import type { DocKind } from "../domain";

type RegisteredKind = keyof typeof KIND_REGISTRY;

/** Result of opening a document: ready (maybe read-only) or a reason it cannot be shown. */
export type OpenedDocument<T> =
  | { status: "ready"; handle: DocHandle<T>; readOnly: boolean; newerVersion?: number }
  | { status: "unavailable" }
  | { status: "foreign"; reason: string };

/** How long to wait for a document this device does not hold before saying it is not here yet. */
const FIND_TIMEOUT_MS = 8_000;

/**
 * Finds a document, checks it is the expected kind, runs pending migrations in one labelled change,
 * or opens it read-only when it was written by a newer version of the app.
 */
export async function openDocument<T>(
  repo: Repo,
  id: AnyDocumentId,
  kind: RegisteredKind & DocKind,
): Promise<OpenedDocument<T>> {
  let handle: DocHandle<T>;
  try {
    handle = await repo.find<T>(id, { signal: AbortSignal.timeout(FIND_TIMEOUT_MS) });
  } catch {
    return { status: "unavailable" };
  }
  const entry = KIND_REGISTRY[kind];
  const verdict = assessDocument(handle.doc(), kind, entry.version, entry.migrations);
  switch (verdict.status) {
    case "current":
      return { status: "ready", handle, readOnly: false };
    case "newer":
      return { status: "ready", handle, readOnly: true, newerVersion: verdict.version };
    case "foreign":
      return { status: "foreign", reason: verdict.reason };
    case "needs-migration": {
      const names = verdict.pending.map((migration) => migration.name).join(", ");
      handle.change(
        (doc) => runMigrationsInChange(doc as never, verdict.pending as never, entry.version),
        { message: `migrate: ${names}` },
      );
      return { status: "ready", handle, readOnly: false };
    }
  }
}
