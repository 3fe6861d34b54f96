import { parseChangeMessage } from "./changeMessage";

/**
 * « Quoi de neuf ? »: what other people added or changed since this device last looked, grouped by
 * person and by kind of change. Pure: the caller extracts the changes since the last seen heads and
 * the entities that appeared (with their `createdBy`), this module only groups and names them.
 */

/** Kinds of change the view groups by. */
export const NEWS_CATEGORIES = [
  "contactsAdded",
  "contactsChanged",
  "notesAdded",
  "notesMoved",
  "boardChanged",
  "seeds",
  "atelierChanged",
] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

/** One change since the last look (its message and time, from Automerge's change metadata). */
export interface HistoryChange {
  message: string | null;
  /** Seconds since the epoch, as Automerge stores it (0 when unknown). */
  time: number;
}

/** An entity that appeared since the last look. */
export interface AddedItem {
  type: "contact" | "note" | "seed";
  id: string;
  /** What to show (a contact's name, a note's text); empty when it must not be shown (hidden note). */
  label: string;
  /** Profile id of its author (`createdBy`). */
  createdBy: string;
}

/** What one person did. `profileId` is null for changes from older versions without an author. */
export interface PersonNews {
  profileId: string | null;
  /** Their display name as their messages carry it; empty when unknown. */
  name: string;
  counts: Partial<Record<NewsCategory, number>>;
  added: AddedItem[];
  /** Latest change time (seconds), for ordering. */
  lastAt: number;
}

export interface WhatsNewInput {
  changes: readonly HistoryChange[];
  added: readonly AddedItem[];
  /** The profile using this device: their own work is not news. */
  me: string;
}

/** The category of a command; `null` for system changes (init, migrations) that are not news. */
export function categoryOf(kind: string, command: string): NewsCategory | null {
  if (command === "init") return null;
  switch (kind) {
    case "address-book":
      return command === "addContact" || command === "importContacts"
        ? "contactsAdded"
        : "contactsChanged";
    case "diagnostic":
      if (command === "addNote") return "notesAdded";
      if (command === "moveNote") return "notesMoved";
      return "boardChanged";
    case "seed":
      return "seeds";
    case "workshop":
      return /seed/i.test(command) ? "seeds" : "atelierChanged";
    default:
      return null;
  }
}

const ADDED_CATEGORY = { contact: "contactsAdded", note: "notesAdded", seed: "seeds" } as const;
const UNKNOWN = "\u0000unknown";

/** Groups the changes and added items by person (most recent first), leaving out `me`. */
export function summariseWhatsNew({ changes, added, me }: WhatsNewInput): PersonNews[] {
  const people = new Map<string, PersonNews>();
  const person = (profileId: string | null): PersonNews => {
    const key = profileId ?? UNKNOWN;
    let entry = people.get(key);
    if (!entry) {
      entry = { profileId, name: "", counts: {}, added: [], lastAt: 0 };
      people.set(key, entry);
    }
    return entry;
  };
  for (const change of changes) {
    const parsed = parseChangeMessage(change.message);
    if (!parsed) continue;
    const category = categoryOf(parsed.kind, parsed.command);
    if (!category) continue;
    const profileId = parsed.author?.profileId ?? null;
    if (profileId === me) continue;
    const entry = person(profileId);
    entry.counts[category] = (entry.counts[category] ?? 0) + 1;
    entry.lastAt = Math.max(entry.lastAt, change.time);
    // The newest change carries the name they use now (a profile can be renamed).
    if (parsed.author?.name && change.time >= entry.lastAt) entry.name = parsed.author.name;
  }
  for (const item of added) {
    if (item.createdBy === me) continue;
    const entry = person(item.createdBy || null);
    entry.added.push(item);
  }
  for (const entry of people.values()) {
    // An import adds many contacts in one change: count what appeared, not the changes.
    for (const type of ["contact", "note"] as const) {
      const n = entry.added.filter((item) => item.type === type).length;
      const category = ADDED_CATEGORY[type];
      if (n > (entry.counts[category] ?? 0)) entry.counts[category] = n;
    }
  }
  return [...people.values()].sort((a, b) => b.lastAt - a.lastAt || a.name.localeCompare(b.name));
}

/** Ids present in `after` and not in `before` (entities that appeared between two versions). */
export function appearedIds(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
): string[] {
  return Object.keys(after).filter((id) => !before || !(id in before));
}

/** True when nothing is new. */
export function isEmptyNews(news: readonly PersonNews[]): boolean {
  return news.every((p) => p.added.length === 0 && Object.keys(p.counts).length === 0);
}
