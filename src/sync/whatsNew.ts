import * as A from "@automerge/automerge";
import { normalizeAddressBook, normalizeDiagnostic } from "../domain";
import { appearedIds, summariseWhatsNew } from "../domain/history";
import type { AddedItem, HistoryChange, PersonNews } from "../domain/history";

/** One document of the atelier and the heads this device had seen of it (none: from the start). */
export interface NewsSource {
  kind: string;
  doc: A.Doc<unknown>;
  seenHeads: readonly string[] | undefined;
}

/** Most changes read per document: a huge backlog is summarised by its newest part. */
const MAX_CHANGES = 5_000;

/**
 * « Quoi de neuf ? » from the documents' history: the changes made since the heads this device last
 * saw (`getChangesMetaSince`, messages carry who and which command) and the contacts and notes that
 * appeared between the two versions (their `createdBy` names the author).
 */
export function collectNews(sources: readonly NewsSource[], me: string): PersonNews[] {
  const changes: HistoryChange[] = [];
  const added: AddedItem[] = [];
  for (const { kind, doc, seenHeads } of sources) {
    const known = (seenHeads ?? []).filter((h) => A.hasHeads(doc, [h]));
    const metas = A.getChangesMetaSince(doc, known);
    for (const meta of metas.slice(-MAX_CHANGES)) {
      changes.push({ message: meta.message, time: meta.time });
    }
    if (metas.length === 0) continue;
    const before = known.length > 0 ? A.view(doc, known) : undefined;
    added.push(...appeared(kind, before, doc));
  }
  return summariseWhatsNew({ changes, added, me });
}

function appeared(kind: string, before: unknown, after: unknown): AddedItem[] {
  if (kind === "address-book") {
    const now = normalizeAddressBook(after).value.contacts;
    const then = before === undefined ? undefined : normalizeAddressBook(before).value.contacts;
    return appearedIds(then, now).map((id) => {
      const contact = now[id]!;
      return { type: "contact", id, label: contact.name, createdBy: contact.createdBy };
    });
  }
  if (kind === "diagnostic") {
    const now = normalizeDiagnostic(after).value.notes;
    const then = before === undefined ? undefined : normalizeDiagnostic(before).value.notes;
    return appearedIds(then, now).map((id) => {
      const note = now[id]!;
      // A note added hidden (until the facilitator reveals) or moderated is not shown here.
      const shown = !note.hidden && note.moderation === null && note.archived === null;
      return { type: "note", id, label: shown ? note.text : "", createdBy: note.createdBy };
    });
  }
  return [];
}

/** The heads to remember when « Marquer comme lu » is pressed. */
export function headsOf(doc: A.Doc<unknown>): string[] {
  return A.getHeads(doc);
}
