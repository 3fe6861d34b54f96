/**
 * Bench page for `board`: builds one model per page load (ours with the real board on screen,
 * or a reference), runs its changes, probes frames and long tasks during a drag driven by
 * Playwright's mouse, and opens a stored board cold. Exposed as `window.__bench` (see index.ts).
 */
import { createRoot } from "react-dom/client";
import { createRepo } from "../../../src/sync/createRepo";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../src/storage/LocalDb";
import { boardColumns, cardsById } from "../../../src/features/board/boardModel";
import { editNoteText, normalizeDiagnostic } from "../../../src/domain";
import type { DiagnosticDoc, NoteId } from "../../../src/domain";
import type { DocumentId } from "@automerge/automerge-repo";
import { initI18n } from "../../../src/i18n";
import { emptySeries, type Series } from "./pair";
import { flatModel, yjsModel, type Model } from "./refs";
import { DB, oursModel, renderBoard, type OursBoard } from "./ours";
import { boardNotes, fillOurs } from "./seed";

export type ModelName = "ours" | "flat" | "yjs";

const root = createRoot(document.getElementById("root") as HTMLElement);
let model: Model | null = null;
let ours: OursBoard | null = null;

/** The note every edit types into: the first note of the second category (on screen). */
let edited = "";
let edits = 0;
let drops = 0;

async function setup(name: ModelName, n: number): Promise<{ setupMs: number }> {
  const t0 = performance.now();
  const notes = boardNotes(n);
  edited = notes[1]?.id ?? "";
  if (name === "ours") model = ours = await oursModel(root, notes, edited);
  else if (name === "flat") model = await flatModel(notes, edited);
  else model = yjsModel(notes, edited);
  return { setupMs: performance.now() - t0 };
}

async function changes(kind: "edit" | "drop", count: number): Promise<Series> {
  if (!model) throw new Error("setup first");
  const all = emptySeries();
  for (let k = 0; k < count; k++) {
    // Numbered across calls: each drop moves a note not moved before (its neighbours differ).
    const i = kind === "edit" ? edits++ : drops++;
    const one = await (kind === "edit" ? model.edit(i) : model.drop(i));
    all.totalMs.push(...one.totalMs);
    all.crdtMs.push(...one.crdtMs);
    all.arrivalMs.push(...one.arrivalMs);
    all.notCommitted += one.notCommitted;
  }
  return all;
}

/**
 * Ours, board unmounted: where one edit's time goes outside React — the command with
 * Automerge's change and patches, the tolerant reader, the board selection and card reshaping
 * (what `useDiagnostic` and `BoardPage` compute on every change).
 */
function profile(count: number) {
  if (!ours) throw new Error("setup ours first");
  root.render(null);
  const handle = ours.handle;
  const out = { crdtMs: [] as number[], normalizeMs: [] as number[], columnsMs: [] as number[] };
  let previous = cardsById(
    boardColumns(normalizeDiagnostic(handle.doc()).value, { facilitator: false }),
  );
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    handle.change((d) => editNoteText(d, { id: edited as NoteId, text: `profil ${i}` }));
    const t1 = performance.now();
    const view = normalizeDiagnostic(handle.doc()).value;
    const t2 = performance.now();
    previous = cardsById(boardColumns(view, { facilitator: false }, previous));
    const t3 = performance.now();
    out.crdtMs.push(t1 - t0);
    out.normalizeMs.push(t2 - t1);
    out.columnsMs.push(t3 - t2);
  }
  renderBoard(root, handle);
  return out;
}

let probe: { frames: number[]; longTasks: number[]; stop: () => void } | null = null;

/** Starts recording frame intervals (requestAnimationFrame) and long tasks (> 50 ms). */
function probeStart(): void {
  const frames: number[] = [];
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: "longtask", buffered: false });
  let last = performance.now();
  let running = true;
  const tick = (now: number) => {
    frames.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  probe = {
    frames,
    longTasks,
    stop: () => {
      running = false;
      observer.disconnect();
    },
  };
}

function probeStop(): { frames: number[]; longTasks: number[] } {
  if (!probe) throw new Error("probe not started");
  // Entries observed but not yet delivered come with takeRecords (none are dropped).
  probe.stop();
  const { frames, longTasks } = probe;
  probe = null;
  return { frames: frames.slice(1), longTasks };
}

/**
 * Stores ours with `n` notes in the app's storage (Dexie), as a tablet that worked on it, and
 * lets the board write its cached view the way it does in the app (on `pagehide`).
 */
async function seedStored(n: number): Promise<{ documentId: string; cached: boolean }> {
  const db = new RecolteDb(DB);
  const storage = new DexieStorageAdapter(db);
  const { repo } = createRepo({ storage, relayUrl: null, tabSync: false });
  const handle = repo.create<DiagnosticDoc>();
  handle.change((d) => fillOurs(d, boardNotes(n)), { message: "bench/seed" });
  await repo.flush();
  await storage.flush();
  renderBoard(root, handle);
  window.dispatchEvent(new Event("pagehide"));
  let cached = false;
  for (let i = 0; i < 100 && !cached; i++) {
    cached = (await db.viewCache.count()) > 0;
    if (!cached) await nextPaint();
  }
  root.render(null);
  await repo.shutdown();
  db.close();
  return { documentId: handle.documentId, cached };
}

const nextPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/** Resolves at the first paint after a note card is on screen (any card: cached or live). */
function firstCardPaint(): Promise<number> {
  return new Promise((resolve) => {
    const seen = () => {
      observer.disconnect();
      void nextPaint().then(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(() => {
      if (document.querySelector("[data-note-id]")) seen();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/**
 * Opens the stored board offline as the app does: the board page is rendered at once with no
 * document (it may paint its cached view), while the app's storage (Dexie) loads the document;
 * then the live board. Times from opening storage.
 */
async function coldOpen(documentId: string) {
  const t0 = performance.now();
  const painted = firstCardPaint();
  const db = new RecolteDb(DB);
  const storage = new DexieStorageAdapter(db);
  const { repo } = createRepo({ storage, relayUrl: null, tabSync: false });
  renderBoard(root, undefined, documentId);
  const handle = await repo.find<DiagnosticDoc>(documentId as DocumentId);
  const loadedMs = performance.now() - t0;
  const cachedCards = document.querySelectorAll("[data-note-id]").length;
  const firstPaintMs = (await Promise.race([painted, Promise.resolve(Number.NaN)])) - t0;
  renderBoard(root, handle, documentId);
  await nextPaint();
  const liveMs = performance.now() - t0;
  const first = Number.isNaN(firstPaintMs) ? (await painted) - t0 : firstPaintMs;
  return {
    loadedMs,
    firstPaintMs: first,
    fromCache: cachedCards > 0,
    liveMs,
    cards: document.querySelectorAll("[data-note-id]").length,
  };
}

await initI18n("fr");
(window as unknown as { __bench: unknown }).__bench = {
  setup,
  changes,
  profile,
  probeStart,
  probeStop,
  seedStored,
  coldOpen,
  cards: () => document.querySelectorAll("[data-note-id]").length,
};
document.title = "ready";
