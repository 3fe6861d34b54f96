/**
 * The references, measured in the same page as ours with the same notes and the same two
 * changes (an edit = one character typed into a note's text; a drop = a note moved to another
 * category between two neighbours, its rank computed from theirs):
 * - `flat`: the naive Automerge model, every note in ONE map (`{ notes: { [id]: note } }`),
 *   through automerge-repo exactly like ours (two Repos over a MessageChannel);
 * - `yjs`: a Yjs map of maps (`notes` → Y.Map per note, its text a Y.Text); the second client
 *   starts from `encodeStateAsUpdate` and receives each change's update over a MessageChannel
 *   (`applyUpdate`), the way y-protocols providers do.
 * No UI renders the references: their figures are the model's part (command + CRDT change +
 * change events), to compare with ours' `crdtMs`.
 */
import * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";
import { generateKeyBetween } from "fractional-indexing";
import * as Y from "yjs";
import type { DiagnosticNote } from "../../../src/domain";
import { arrivalOf, emptySeries, push, repoPair, timeChanges, type Series } from "./pair";
import { fillFlat, type FlatDoc } from "./seed";

/** A model under test: one edit or one drop per call, the next sample each time. */
export interface Model {
  edit(i: number): Promise<Series>;
  drop(i: number): Promise<Series>;
}

/** The two containers every drop uses: notes of `from` go between the first two of `to`. */
export interface DropPlan {
  from: string[];
  to: string[];
  toCategory: string;
}

export function dropPlan(notes: readonly DiagnosticNote[], from: string, to: string): DropPlan {
  return {
    from: notes.filter((n) => n.categoryId === from).map((n) => n.id),
    to: notes.filter((n) => n.categoryId === to).map((n) => n.id),
    toCategory: to,
  };
}

/** The next drop: note `i` of `from`, between the first two notes of `to` (then recorded there). */
export function nextDrop(plan: DropPlan, i: number) {
  const id = plan.from[i % plan.from.length] as string;
  const afterId = plan.to[0] as string;
  const beforeId = plan.to[1] as string;
  plan.to.splice(1, 0, id);
  return { id, afterId, beforeId };
}

const CHARS = "abcdefghij";

export async function flatModel(notes: readonly DiagnosticNote[], edits: string) {
  const { first, second } = repoPair();
  const h1: DocHandle<FlatDoc> = first.create<FlatDoc>();
  h1.change((d) => fillFlat(d, notes), { message: "bench/seed" });
  const h2 = await second.find<FlatDoc>(h1.url);
  const timer = timeChanges(h1);
  const plan = dropPlan(notes, "travaux", "freins");
  const run = async (change: () => void, committed: () => boolean) => {
    const arrived = arrivalOf(h2, () => h1.heads()[0]);
    const t0 = performance.now();
    change();
    const totalMs = performance.now() - t0;
    const sample = { totalMs, crdtMs: timer.last(), arrivalMs: (await arrived) - t0 };
    const series = emptySeries();
    push(series, sample, committed());
    return series;
  };
  const model: Model = {
    edit: (i) => {
      const text = (h1.doc().notes[edits]?.text ?? "") + (CHARS[i % 10] ?? "");
      return run(
        () =>
          h1.change((d) => A.updateText(d, ["notes", edits, "text"], text), {
            message: "flat/editNoteText",
          }),
        () => h1.doc().notes[edits]?.text === text,
      );
    },
    drop: (i) => {
      const { id, afterId, beforeId } = nextDrop(plan, i);
      return run(
        () =>
          h1.change(
            (d) => {
              const note = d.notes[id] as DiagnosticNote;
              const lo = d.notes[afterId]?.rank ?? null;
              const hi = d.notes[beforeId]?.rank ?? null;
              note.categoryId = plan.toCategory as DiagnosticNote["categoryId"];
              note.rank = generateKeyBetween(lo, hi);
            },
            { message: "flat/moveNote" },
          ),
        () => h1.doc().notes[id]?.categoryId === plan.toCategory,
      );
    },
  };
  return model;
}

function yNote(note: DiagnosticNote): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(note)) {
    if (key === "text") m.set(key, new Y.Text(value as string));
    else if (key === "linkedContacts") m.set(key, new Y.Map());
    else m.set(key, value);
  }
  return m;
}

export function yjsModel(notes: readonly DiagnosticNote[], edits: string): Model {
  const d1 = new Y.Doc();
  const notes1 = d1.getMap<Y.Map<unknown>>("notes");
  d1.transact(() => {
    for (const note of notes) notes1.set(note.id, yNote(note));
  });
  const d2 = new Y.Doc();
  Y.applyUpdate(d2, Y.encodeStateAsUpdate(d1));
  const channel = new MessageChannel();
  d1.on("update", (update: Uint8Array) => channel.port1.postMessage(update));
  let arrived: (at: number) => void = () => undefined;
  channel.port2.onmessage = (e: MessageEvent<Uint8Array>) => {
    Y.applyUpdate(d2, e.data, "remote");
    arrived(performance.now());
  };
  // What a UI binding does with the change events (the counterpart of Automerge's patches).
  let touched = 0;
  notes1.observeDeep((events) => {
    touched += events.length;
  });
  const plan = dropPlan(notes, "travaux", "freins");
  const run = async (change: () => void, committed: () => boolean) => {
    const arrival = new Promise<number>((resolve) => (arrived = resolve));
    const t0 = performance.now();
    d1.transact(change);
    const totalMs = performance.now() - t0;
    const series = emptySeries();
    push(series, { totalMs, crdtMs: totalMs, arrivalMs: (await arrival) - t0 }, committed());
    return series;
  };
  const note = (id: string) => notes1.get(id) as Y.Map<unknown>;
  return {
    edit: (i) => {
      const text = note(edits).get("text") as Y.Text;
      const expected = text.length + 1;
      return run(
        () => text.insert(text.length, CHARS[i % 10] ?? ""),
        () =>
          touched > 0 &&
          (d2.getMap("notes").get(edits) as Y.Map<Y.Text>) !== undefined &&
          text.length === expected,
      );
    },
    drop: (i) => {
      const { id, afterId, beforeId } = nextDrop(plan, i);
      return run(
        () => {
          const lo = (note(afterId).get("rank") as string | undefined) ?? null;
          const hi = (note(beforeId).get("rank") as string | undefined) ?? null;
          note(id).set("categoryId", plan.toCategory);
          note(id).set("rank", generateKeyBetween(lo, hi));
        },
        () => note(id).get("categoryId") === plan.toCategory,
      );
    },
  };
}
