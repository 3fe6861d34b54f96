/**
 * Ours: the app's real board (`BoardPage`, its hooks and components, dnd-kit included) on a
 * diagnostic handle, and a second client receiving every change over a MessageChannel.
 * - edit: one character typed into a note's textarea (a real `input` event → `onChange` →
 *   `editNoteText` through `useDiagnostic` → React commit), verified on screen;
 * - drop: `moveNote` with both neighbours (what `DndBoard`'s drop sends) in one
 *   `handle.change`, inside `flushSync` so the commit is done when it returns, verified on screen.
 */
import * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";
import { flushSync } from "react-dom";
import type { Root } from "react-dom/client";
import { MemoryRouter, Route, Routes } from "react-router";
import { initWorkshop, moveNote, normalizeWorkshop } from "../../../src/domain";
import type {
  CategoryId,
  DiagnosticDoc,
  DiagnosticNote,
  DocUrl,
  NoteId,
  ProfileId,
  WorkshopDoc,
} from "../../../src/domain";
import { BoardPage } from "../../../src/features/board/BoardPage";
import { ProfileContext } from "../../../src/features/profile/ProfileContext";
import { LocalServicesContext } from "../../../src/app/AppServices";
import type { LocalServices } from "../../../src/app/AppServices";
import { loadCachedView, saveCachedView } from "../../../src/storage/viewCache";
import { RecolteDb } from "../../../src/storage/LocalDb";
import type { ProfileState } from "../../../src/features/profile/ProfileContext";
import { arrivalOf, emptySeries, push, repoPair, timeChanges } from "./pair";
import type { Model } from "./refs";
import { dropPlan, nextDrop } from "./refs";
import { BY, T0, fillOurs } from "./seed";

const PROFILE: ProfileState = {
  profile: { id: BY, name: "Banc d'essai", color: "#2a6", createdAt: T0 },
  switchTo: () => Promise.resolve(),
};

/** A workshop whose facilitator is someone else: the board as a participant's tablet shows it. */
const WORKSHOP = normalizeWorkshop(
  A.change(A.init<WorkshopDoc>(), (d) =>
    initWorkshop(d, {
      title: "Atelier banc d'essai",
      by: "benchOther01" as ProfileId,
      now: T0,
      links: { addressBook: null, diagnostic: null },
    }),
  ),
).value;

/** The bench's IndexedDB database (the app's schema): chunks and the view cache. */
export const DB = "recolte-bench-board";
/** The atelier id the board page is given (the key of its cached view). */
export const WORKSHOP_ID = "benchWorkshop01";

let services: LocalServices | null = null;

/** What the board uses of the local services: the view cache, bound to the bench's database. */
function localServices(): LocalServices {
  if (services) return services;
  const db = new RecolteDb(DB);
  const unused = () => {
    throw new Error("not used by the board");
  };
  services = {
    local: new Proxy({}, { get: () => unused }) as LocalServices["local"],
    viewCache: {
      load: (documentId) => loadCachedView(db, documentId),
      save: (documentId, heads, view) =>
        saveCachedView(db, { documentId, heads, savedAt: Date.now(), view }),
    },
    relayUrl: "",
    defaultRelayUrl: "",
    language: "fr",
    onStorageAlert: () => () => undefined,
    secureContext: true,
    persistence: Promise.resolve("unsupported"),
  };
  return services;
}

/**
 * Renders the real board page for `handle` (`undefined` = the document is still loading, as
 * the atelier page passes it) and returns when it is committed. `diagnosticId` is the atelier's
 * link to its diagnostic, known before the document loads (the key of the cached view).
 */
export function renderBoard(
  root: Root,
  handle: DocHandle<DiagnosticDoc> | undefined,
  diagnosticId?: string,
): void {
  const id = diagnosticId ?? handle?.documentId;
  const workshop = id
    ? { ...WORKSHOP, links: { ...WORKSHOP.links, diagnostic: `automerge:${id}` as DocUrl } }
    : WORKSHOP;
  flushSync(() =>
    root.render(
      <LocalServicesContext.Provider value={localServices()}>
        <ProfileContext.Provider value={PROFILE}>
          <MemoryRouter initialEntries={["/b"]}>
            <Routes>
              <Route
                path="/b/*"
                element={
                  <BoardPage
                    handle={handle}
                    bookHandle={undefined}
                    workshopHandle={undefined}
                    workshop={workshop}
                    documentId={WORKSHOP_ID}
                    readOnly={false}
                  />
                }
              />
            </Routes>
          </MemoryRouter>
        </ProfileContext.Provider>
      </LocalServicesContext.Provider>,
    ),
  );
}

const CHARS = "abcdefghij";
const setTextarea = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;

function textareaOf(id: string): HTMLTextAreaElement | null {
  return document.querySelector<HTMLTextAreaElement>(`[data-note-id="${id}"] textarea`);
}

export interface OursBoard extends Model {
  handle: DocHandle<DiagnosticDoc>;
}

/** Builds ours (both clients), renders the board and returns the two changes. */
export async function oursModel(
  root: Root,
  notes: readonly DiagnosticNote[],
  edited: string,
): Promise<OursBoard> {
  const { first, second } = repoPair();
  const handle = first.create<DiagnosticDoc>();
  handle.change((d) => fillOurs(d, notes), { message: "bench/seed" });
  const h2 = await second.find<DiagnosticDoc>(handle.url);
  renderBoard(root, handle);
  const timer = timeChanges(handle);
  const plan = dropPlan(notes, "travaux", "freins");
  const run = async (change: () => void, committed: () => boolean) => {
    const arrived = arrivalOf(h2, () => handle.heads()[0]);
    const t0 = performance.now();
    change();
    const totalMs = performance.now() - t0;
    const ok = committed();
    const series = emptySeries();
    push(series, { totalMs, crdtMs: timer.last(), arrivalMs: (await arrived) - t0 }, ok);
    return series;
  };
  return {
    handle,
    edit: (i) => {
      const area = textareaOf(edited);
      if (!area || !setTextarea) throw new Error("edited note not on screen");
      const text = area.value + (CHARS[i % 10] ?? "");
      return run(
        () => {
          setTextarea.call(area, text);
          area.dispatchEvent(new Event("input", { bubbles: true }));
        },
        () => textareaOf(edited)?.value === text && handle.doc().noteBuckets !== undefined,
      );
    },
    drop: (i) => {
      const { id, afterId, beforeId } = nextDrop(plan, i);
      return run(
        () =>
          flushSync(() =>
            handle.change(
              (d) =>
                moveNote(d, {
                  id: id as NoteId,
                  categoryId: plan.toCategory as CategoryId,
                  clusterId: "",
                  afterId,
                  beforeId,
                }),
              { message: "diagnostic/moveNote", time: Math.floor(Date.now() / 1000) },
            ),
          ),
        () =>
          document
            .querySelector(`[data-note-id="${id}"]`)
            ?.closest("[data-container]")
            ?.getAttribute("data-container") === `${plan.toCategory}|`,
      );
    },
  };
}
