/**
 * Models for the convergence harness: the real workshop commands, and two deliberately naive
 * variants kept to prove the properties can fail (DESIGN.md §10):
 * - `naiveTextModel`: text edited by whole-string assignment;
 * - `naiveArrayModel`: the agenda as an ARRAY searched by id, moved by delete + re-insert.
 */
import * as A from "@automerge/automerge";
import {
  addAgendaItem,
  addSession,
  moveAgendaItem,
  moveAgendaItemBy,
  removeAgendaItem,
  removeSession,
  selectAgenda,
  selectSessions,
  setWorkshopText,
  updateAgendaItem,
  updateSession,
  type WorkshopDoc,
} from "../../src/domain";
import { actorId, makeProfileId, makeWorkshop, T0 } from "../fixtures/builders";
import type { Effect, Model } from "./domainConvergence";

const by = makeProfileId("prop");
const INITIAL_AGENDA = ["i0", "i1", "i2", "i3"];

const at = <T>(list: readonly T[], n: number | null): T | undefined =>
  n === null || list.length === 0 ? undefined : list[n % list.length];

/** The real commands. */
export const properModel: Model<WorkshopDoc> = {
  init: () =>
    makeWorkshop({
      title: "Atelier partagé",
      actor: actorId(0xee),
      agenda: INITIAL_AGENDA.map((id) => ({ id, title: `Item ${id}`, start: "09:00" })),
      sessions: [{ id: "s0", date: "2025-05-02", place: "Mairie" }],
    }),
  apply(doc, cmd, newId): Effect {
    const items = selectAgenda(doc);
    const item = "pick" in cmd ? at(items, cmd.pick) : undefined;
    const sessions = selectSessions(doc);
    const session = "pick" in cmd ? at(sessions, cmd.pick) : undefined;
    switch (cmd.t) {
      case "text":
        setWorkshopText(doc, { field: cmd.field, value: cmd.value });
        return {};
      case "title":
        setWorkshopText(doc, { field: "title", value: cmd.value });
        return {};
      case "add": {
        const afterId = cmd.after === null ? null : at(items, cmd.after)?.id;
        addAgendaItem(doc, { id: newId, title: cmd.title, start: cmd.start, afterId, by, now: T0 });
        return { added: newId };
      }
      case "move":
        if (item) {
          const target = at(items, cmd.after);
          moveAgendaItem(doc, {
            id: item.id,
            afterId: cmd.after === null ? null : (target?.id ?? null),
          });
        }
        return {};
      case "moveBy":
        if (item) moveAgendaItemBy(doc, { id: item.id, delta: cmd.delta });
        return {};
      case "update":
        if (item)
          updateAgendaItem(doc, {
            id: item.id,
            title: cmd.title,
            start: cmd.start,
            notes: cmd.notes,
          });
        return {};
      case "remove":
        if (!item) return {};
        removeAgendaItem(doc, { id: item.id });
        return { removed: item.id };
      case "addSession":
        addSession(doc, { id: newId, date: cmd.date, place: cmd.place, by, now: T0 });
        return {};
      case "updateSession":
        if (session) updateSession(doc, { id: session.id, place: cmd.place });
        return {};
      case "removeSession":
        if (session) removeSession(doc, { id: session.id });
        return {};
    }
  },
  insertInTitle(doc, marker, pos) {
    const p = Math.min(pos, doc.title.length);
    setWorkshopText(doc, {
      field: "title",
      value: doc.title.slice(0, p) + marker + doc.title.slice(p),
    });
  },
  title: (doc) => doc.title,
  agendaIds: (doc) => selectAgenda(doc).map((i) => i.id),
};

/** NAIVE: the real commands, except that text is replaced by whole-string assignment. */
export const naiveTextModel: Model<WorkshopDoc> = {
  ...properModel,
  apply(doc, cmd, newId) {
    if (cmd.t === "text") {
      doc[cmd.field] = cmd.value;
      return {};
    }
    if (cmd.t === "title") {
      doc.title = cmd.value;
      return {};
    }
    return properModel.apply(doc, cmd, newId);
  },
  insertInTitle(doc, marker, pos) {
    const p = Math.min(pos, doc.title.length);
    doc.title = doc.title.slice(0, p) + marker + doc.title.slice(p);
  },
};

interface NaiveItem {
  id: string;
  title: string;
  start: string;
  notes: string;
}

/** The shape of the naive array-based document. */
export interface NaiveDoc {
  title: string;
  theme: string;
  territory: string;
  description: string;
  agenda: NaiveItem[];
  sessions: { id: string; place: string }[];
}

/** NAIVE: agenda (and sessions) as arrays searched by id; a move deletes and re-inserts a copy. */
export const naiveArrayModel: Model<NaiveDoc> = {
  init: () =>
    A.change(A.init<NaiveDoc>({ actor: actorId(0xee) }), (d) => {
      d.title = "Atelier partagé";
      d.theme = "";
      d.territory = "";
      d.description = "";
      d.agenda = INITIAL_AGENDA.map((id) => ({
        id,
        title: `Item ${id}`,
        start: "09:00",
        notes: "",
      }));
      d.sessions = [{ id: "s0", place: "Mairie" }];
    }),
  apply(doc, cmd, newId): Effect {
    const item = "pick" in cmd ? at(doc.agenda, cmd.pick) : undefined;
    const indexOf = (id: string) => doc.agenda.findIndex((i) => i.id === id);
    switch (cmd.t) {
      case "text":
        A.updateText(doc, [cmd.field], cmd.value);
        return {};
      case "title":
        A.updateText(doc, ["title"], cmd.value);
        return {};
      case "add": {
        const i =
          cmd.after === null
            ? 0
            : doc.agenda.length === 0
              ? 0
              : (cmd.after % doc.agenda.length) + 1;
        doc.agenda.splice(i, 0, { id: newId, title: cmd.title, start: cmd.start, notes: "" });
        return { added: newId };
      }
      case "move":
      case "moveBy": {
        if (!item) return {};
        const from = indexOf(item.id);
        const copy = { ...JSON.parse(JSON.stringify(item)) } as NaiveItem;
        doc.agenda.splice(from, 1);
        const to =
          cmd.t === "moveBy"
            ? Math.max(0, Math.min(doc.agenda.length, from + cmd.delta))
            : cmd.after === null || doc.agenda.length === 0
              ? 0
              : (cmd.after % doc.agenda.length) + 1;
        doc.agenda.splice(to, 0, copy);
        return {};
      }
      case "update": {
        if (!item) return {};
        const target = doc.agenda[indexOf(item.id)];
        if (!target) return {};
        if (cmd.title !== undefined) target.title = cmd.title;
        if (cmd.start !== undefined) target.start = cmd.start;
        if (cmd.notes !== undefined) target.notes = cmd.notes;
        return {};
      }
      case "remove":
        if (!item) return {};
        doc.agenda.splice(indexOf(item.id), 1);
        return { removed: item.id };
      case "addSession":
        doc.sessions.push({ id: newId, place: cmd.place });
        return {};
      case "updateSession": {
        const s = at(doc.sessions, cmd.pick);
        if (s) s.place = cmd.place;
        return {};
      }
      case "removeSession": {
        const s = at(doc.sessions, cmd.pick);
        if (s)
          doc.sessions.splice(
            doc.sessions.findIndex((x) => x.id === s.id),
            1,
          );
        return {};
      }
    }
  },
  insertInTitle(doc, marker, pos) {
    const p = Math.min(pos, doc.title.length);
    A.splice(doc, ["title"], p, 0, marker);
  },
  title: (doc) => doc.title,
  agendaIds: (doc) => doc.agenda.map((i) => i.id),
};
