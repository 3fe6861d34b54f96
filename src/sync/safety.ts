import type * as A from "@automerge/automerge";
import { countPending } from "./syncStatus";
import type { RelayAck } from "./syncStatus";

/**
 * « Mon travail est-il en sécurité ? » — pure: per document, what the relay this device talks to
 * (and, through a field relay, the central relay) has acknowledged, and a summary that says
 * « Tout est enregistré sur le serveur » only when it is true (DESIGN.md §5).
 */

/** One relay's view of one document. */
export interface TargetStatus {
  storageId: string | null;
  /** When that relay last acknowledged this document (ms), or null: never. */
  lastSyncAt: number | null;
  /** Local changes that relay does not have yet. */
  pending: number;
  /** It acknowledged something of this document (with the storage id it has now). */
  acknowledged: boolean;
}

export interface DocumentSafety {
  documentId: string;
  /** `workshop`, `address-book`, `diagnostic`, `seed`. */
  kind: string;
  /** A title to tell seeds apart. */
  title: string;
  /** False while the document is not on this device yet. */
  loaded: boolean;
  relay: TargetStatus;
  /** Only through a field relay: the central relay behind it. */
  central: TargetStatus | null;
}

export interface SafetyReport {
  documents: DocumentSafety[];
  /** The directly connected relay has every change of every document. */
  relayHasAll: boolean;
  /** Through a field relay: the central relay has everything; null without a field relay. */
  centralHasAll: boolean | null;
  /** The server that counts (central relay when there is one) has everything. */
  allSaved: boolean;
  relayPending: number;
  centralPending: number;
  /** Documents not on this device yet. */
  missing: number;
  lastSyncAt: number | null;
}

export interface DocumentInput {
  documentId: string;
  kind: string;
  title: string;
  doc: A.Doc<unknown> | undefined;
  acks: readonly RelayAck[];
}

/** What one relay (by storage id) has of one document. */
export function targetStatus(
  doc: A.Doc<unknown> | undefined,
  acks: readonly RelayAck[],
  storageId: string | null,
): TargetStatus {
  const ack = storageId ? acks.find((a) => a.relayStorageId === storageId) : undefined;
  const pending = doc ? countPending(doc, ack?.heads ?? []) : 0;
  return {
    storageId,
    lastSyncAt: ack?.lastSyncAt ?? null,
    pending,
    acknowledged: ack !== undefined,
  };
}

/**
 * Builds the report. `relayStorageId`: the connected relay's (or the last one known);
 * `centralStorageId`: the central relay behind a field relay, `null` without one, `undefined`
 * when a field relay has not told us yet (then nothing is claimed about the central relay).
 */
export function buildSafetyReport(
  inputs: readonly DocumentInput[],
  relayStorageId: string | null,
  centralStorageId: string | null | undefined,
  field: boolean,
): SafetyReport {
  const documents = inputs.map((input): DocumentSafety => ({
    documentId: input.documentId,
    kind: input.kind,
    title: input.title,
    loaded: input.doc !== undefined,
    relay: targetStatus(input.doc, input.acks, relayStorageId),
    central: field ? targetStatus(input.doc, input.acks, centralStorageId ?? null) : null,
  }));
  const saved = (t: TargetStatus | null) => t !== null && t.acknowledged && t.pending === 0;
  const missing = documents.filter((d) => !d.loaded).length;
  const relayHasAll =
    relayStorageId !== null && missing === 0 && documents.every((d) => saved(d.relay));
  const centralHasAll = field
    ? Boolean(centralStorageId) && missing === 0 && documents.every((d) => saved(d.central))
    : null;
  let lastSyncAt: number | null = null;
  for (const d of documents) {
    const at = (field ? d.central?.lastSyncAt : d.relay.lastSyncAt) ?? null;
    if (at !== null && (lastSyncAt === null || at > lastSyncAt)) lastSyncAt = at;
  }
  return {
    documents,
    relayHasAll,
    centralHasAll,
    allSaved: documents.length > 0 && (field ? centralHasAll === true : relayHasAll),
    relayPending: documents.reduce((n, d) => n + d.relay.pending, 0),
    centralPending: documents.reduce((n, d) => n + (d.central?.pending ?? 0), 0),
    missing,
    lastSyncAt,
  };
}
