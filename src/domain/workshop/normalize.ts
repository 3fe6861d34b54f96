/**
 * Tolerant reader of workshop documents: whatever arrives from a peer, it returns a complete,
 * plain, readonly {@link WorkshopView} and the list of what it had to fix. It never throws.
 */
import * as v from "valibot";
import { isValidId, type AgendaItemId, type ProfileId, type SessionId } from "../ids";
import {
  dateOrEmpty,
  docUrlOrNull,
  docUrl,
  idOrEmpty,
  isMapLike,
  neverThrow,
  optionalText,
  rankKey,
  readCollection,
  readIdSet,
  readViewStamp,
  text,
  timeOrEmpty,
  timestamp,
  type Normalized,
} from "../tolerant";
import {
  AGENDA_KIND_IDS,
  DEFAULT_AGENDA_KIND,
  WORKSHOP_LIMITS,
  WORKSHOP_SCHEMA_VERSION,
  type AgendaItem,
  type SeedLink,
  type WorkshopSession,
  type WorkshopView,
} from "./schema";

const SessionSchema = v.object({
  date: dateOrEmpty,
  place: optionalText(WORKSHOP_LIMITS.place),
  rank: rankKey,
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

const AgendaItemSchema = v.object({
  title: text(WORKSHOP_LIMITS.agendaTitle),
  rank: rankKey,
  start: timeOrEmpty,
  end: timeOrEmpty,
  kind: v.fallback(v.picklist(AGENDA_KIND_IDS), DEFAULT_AGENDA_KIND),
  notes: optionalText(WORKSHOP_LIMITS.notes),
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

const SeedSchema = v.object({
  url: docUrl,
  title: optionalText(WORKSHOP_LIMITS.seedTitle),
  archived: v.fallback(
    v.nullable(
      v.object({
        by: v.pipe(
          text(64),
          v.check((s) => isValidId(s)),
        ),
        at: timestamp,
      }),
    ),
    null,
  ),
});

const TopSchema = v.object({
  title: optionalText(WORKSHOP_LIMITS.title),
  theme: optionalText(WORKSHOP_LIMITS.theme),
  territory: optionalText(WORKSHOP_LIMITS.territory),
  description: optionalText(WORKSHOP_LIMITS.description),
  links: v.fallback(v.object({ addressBook: docUrlOrNull, diagnostic: docUrlOrNull }), () => ({
    addressBook: null,
    diagnostic: null,
  })),
  createdBy: idOrEmpty,
  createdAt: timestamp,
});

/** The view of an empty workshop (what a totally unreadable document reads as). */
export function emptyWorkshopView(): WorkshopView {
  return {
    schema: { kind: "workshop", version: WORKSHOP_SCHEMA_VERSION },
    title: "",
    theme: "",
    territory: "",
    description: "",
    sessions: {},
    agenda: {},
    links: { addressBook: null, diagnostic: null },
    seeds: {},
    facilitators: {},
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

function read(raw: unknown): Normalized<WorkshopView> {
  if (!isMapLike(raw)) {
    return { value: emptyWorkshopView(), problems: ["document: not an object"] };
  }
  const problems: string[] = [];
  const schema = readViewStamp(raw, "workshop", problems);
  // Every field of TopSchema has a fallback, so this parse cannot fail on a map-like value.
  const top = v.parse(TopSchema, raw);
  const sessions = readCollection(
    raw.sessions,
    "sessions",
    SessionSchema,
    (s, id): WorkshopSession => ({
      ...s,
      id: id as SessionId,
      createdBy: s.createdBy as ProfileId,
    }),
    problems,
  );
  const agenda = readCollection(
    raw.agenda,
    "agenda",
    AgendaItemSchema,
    (a, id): AgendaItem => ({
      ...a,
      id: id as AgendaItemId,
      createdBy: a.createdBy as ProfileId,
    }),
    problems,
  );
  const seeds = readCollection(
    raw.seeds,
    "seeds",
    SeedSchema,
    (s): SeedLink => ({
      ...s,
      archived: s.archived === null ? null : { by: s.archived.by as ProfileId, at: s.archived.at },
    }),
    problems,
  );
  const facilitators = readIdSet(raw.facilitators, "facilitators", problems);
  const value: WorkshopView = {
    schema,
    ...top,
    sessions,
    agenda,
    seeds,
    facilitators,
    createdBy: top.createdBy as ProfileId,
  };
  return { value, problems };
}

/**
 * Reads any value as a workshop: defaults for missing fields, junk entries dropped and reported
 * in `problems` (e.g. `"agenda.x1: dropped (title: …)"`). Never throws.
 */
export function normalizeWorkshop(raw: unknown): Normalized<WorkshopView> {
  return neverThrow(() => read(raw), emptyWorkshopView);
}
