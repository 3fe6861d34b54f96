/**
 * Read-side helpers over a workshop (the live document or a normalized view). They never throw on
 * junk entries: a value that is not an object is skipped, a missing rank sorts first.
 */
import { compareRanked } from "../rank";
import type { DocUrl } from "../ids";
import type {
  AgendaItem,
  DeepReadonly,
  WorkshopDoc,
  WorkshopSession,
  WorkshopView,
} from "./schema";

/** Either the live document or its normalized view. */
type Readable = WorkshopView | DeepReadonly<WorkshopDoc>;

function objectsOf<T>(map: unknown): T[] {
  if (typeof map !== "object" || map === null) return [];
  return Object.values(map).filter(
    (v): v is T => typeof v === "object" && v !== null && !Array.isArray(v),
  );
}

function rankOf(x: { rank?: unknown }): string {
  return typeof x.rank === "string" ? x.rank : "";
}

function idOf(x: { id?: unknown }): string {
  return typeof x.id === "string" ? x.id : "";
}

/** Agenda items in display order: by rank, ties (concurrent inserts) broken by id. */
export function selectAgenda(doc: Pick<Readable, "agenda">): AgendaItem[] {
  return objectsOf<AgendaItem>(doc.agenda).sort((a, b) =>
    compareRanked({ id: idOf(a), rank: rankOf(a) }, { id: idOf(b), rank: rankOf(b) }),
  );
}

/** Sessions by date (undated last), then rank, then id. */
export function selectSessions(doc: Pick<Readable, "sessions">): WorkshopSession[] {
  const dateKey = (s: WorkshopSession): string =>
    typeof s.date === "string" && s.date !== "" ? s.date : "\uffff";
  return objectsOf<WorkshopSession>(doc.sessions).sort((a, b) => {
    const da = dateKey(a);
    const db = dateKey(b);
    if (da !== db) return da < db ? -1 : 1;
    return compareRanked({ id: idOf(a), rank: rankOf(a) }, { id: idOf(b), rank: rankOf(b) });
  });
}

/** Seeds of the atelier, by title then id. */
export function selectSeeds(
  doc: Pick<Readable, "seeds">,
): { id: string; url: DocUrl; title: string }[] {
  const seeds = typeof doc.seeds === "object" && doc.seeds !== null ? doc.seeds : {};
  return Object.entries(seeds)
    .filter(([, s]) => typeof s === "object" && s !== null)
    .map(([id, s]) => ({ id, url: s.url, title: typeof s.title === "string" ? s.title : "" }))
    .sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One seed link as the atelier's list shows it. */
export interface SeedLinkRow {
  /** The key of the link (the seed's document id). */
  id: string;
  url: DocUrl;
  title: string;
}

/** The seed links by title then id, split into the list (`active`) and the bin (`archived`). */
export function selectSeedLinks(doc: Pick<Readable, "seeds">): {
  active: SeedLinkRow[];
  archived: SeedLinkRow[];
} {
  const active: SeedLinkRow[] = [];
  const archived: SeedLinkRow[] = [];
  const seeds = typeof doc.seeds === "object" && doc.seeds !== null ? doc.seeds : {};
  for (const [id, link] of Object.entries(seeds)) {
    if (typeof link !== "object" || link === null) continue;
    const row = { id, url: link.url, title: typeof link.title === "string" ? link.title : "" };
    const flag: unknown = link.archived;
    (typeof flag === "object" && flag !== null ? archived : active).push(row);
  }
  const order = (a: SeedLinkRow, b: SeedLinkRow) =>
    a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { active: active.sort(order), archived: archived.sort(order) };
}

/** Whether the profile is in the facilitators set (a UI gate, not access control). */
export function isFacilitator(doc: Pick<Readable, "facilitators">, profileId: string): boolean {
  const set = doc.facilitators;
  return (
    typeof set === "object" &&
    set !== null &&
    Object.prototype.hasOwnProperty.call(set, profileId) &&
    set[profileId] === true
  );
}

/** What a home-screen card shows about an atelier. */
export interface WorkshopSummary {
  title: string;
  theme: string;
  territory: string;
  sessionCount: number;
  agendaCount: number;
  /** Earliest / latest session date, `null` when no session is dated. */
  firstDate: string | null;
  lastDate: string | null;
  facilitatorCount: number;
  seedCount: number;
}

/** The card summary of a workshop. */
export function selectWorkshopSummary(doc: Readable): WorkshopSummary {
  const dates = selectSessions(doc)
    .map((s) => s.date)
    .filter((d) => typeof d === "string" && d !== "")
    .sort();
  const text = (x: unknown): string => (typeof x === "string" ? x : "");
  const count = (x: unknown): number =>
    typeof x === "object" && x !== null ? Object.keys(x).length : 0;
  return {
    title: text(doc.title),
    theme: text(doc.theme),
    territory: text(doc.territory),
    sessionCount: objectsOf(doc.sessions).length,
    agendaCount: objectsOf(doc.agenda).length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    facilitatorCount: count(doc.facilitators),
    seedCount: count(doc.seeds),
  };
}
