/**
 * Bench page for `seed-journal`: opens the 60,000-character, 200,000-edit journal either in the
 * app's `JournalEditor` (ProseMirror + @automerge/prosemirror on a repo handle, React toolbar) or
 * in a plain ProseMirror editor with the same schema, keymaps and content but no Automerge binding
 * (the floor), then measures keypress-to-paint for keys pressed by Playwright (trusted input).
 *
 * Keypress-to-paint: from the keydown event's timestamp to a task posted from the first animation
 * frame in which the edit is applied (view updated and, for ours, the Automerge change made) — that
 * task runs after the frame is painted. Sync: after each keystroke is painted, the time of
 * `Automerge.generateSyncMessage` for a peer that was in sync before the keystroke; the peer then
 * receives it (untimed) so it is in sync again for the next one.
 */
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import type { DocHandle } from "@automerge/automerge-repo";
import { pmDocFromSpans } from "@automerge/prosemirror";
import { history } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import type { SeedDoc } from "../../../../src/domain/seed";
import { JournalEditor } from "../../../../src/features/seed/journal/JournalEditor";
import { baseKeymap, journalKeys } from "../../../../src/features/seed/journal/journalCommands";
import { journalSchemaAdapter } from "../../../../src/features/seed/journal/journalSchema";
import { initI18n } from "../../../../src/i18n";

export type Side = "floor" | "ours";

export interface OpenResult {
  openMs: number;
  characters: number;
  paragraphs: number;
}

const samples: number[] = [];
const syncMs: number[] = [];
const syncBytes: number[] = [];
let edits = 0;
/** For ours: keydown → the handle's change event (ProseMirror + binding + Automerge change). */
const toChange: number[] = [];
let changedAt: number | null = null;
let pendingSince: number | null = null;
let editsAtKeydown = 0;
let afterPaint: (() => void) | null = null;

async function loadBytes(): Promise<Uint8Array> {
  const response = await fetch("./journal.bin");
  return new Uint8Array(await response.arrayBuffer());
}

function editable(): HTMLElement {
  const el = document.querySelector<HTMLElement>(".ProseMirror");
  if (!el) throw new Error("no editor");
  return el;
}

/** Keydown → first frame showing the edit → the task after that frame's paint. */
function watchKeys(): void {
  window.addEventListener(
    "keydown",
    (event) => {
      pendingSince = event.timeStamp;
      changedAt = null;
      editsAtKeydown = edits;
      requestAnimationFrame(function frame() {
        if (edits === editsAtKeydown) {
          requestAnimationFrame(frame);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const since = pendingSince;
          const latency = since === null ? null : performance.now() - since;
          pendingSince = null;
          // Untimed bookkeeping (the sync message) finishes BEFORE the sample is published, so
          // the next key (sent once the sample is seen) never waits behind it.
          afterPaint?.();
          if (latency !== null && since !== null) {
            toChange.push(changedAt === null ? Number.NaN : changedAt - since);
            samples.push(latency);
          }
        };
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
}

/** Puts the caret at the end of the middle paragraph, as a tap would. */
function caretInTheMiddle(): number {
  const root = editable();
  const paragraphs = root.querySelectorAll("p");
  const target = paragraphs[Math.floor(paragraphs.length / 2)];
  if (!target) throw new Error("no paragraph");
  root.focus();
  const range = document.createRange();
  range.selectNodeContents(target);
  range.collapse(false);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return paragraphs.length;
}

async function openFloor(): Promise<OpenResult> {
  const bytes = await loadBytes();
  const t0 = performance.now();
  const doc = A.load<SeedDoc>(bytes);
  const pmDoc = pmDocFromSpans(journalSchemaAdapter, A.spans(doc, ["journal"]));
  const mount = document.getElementById("root") as HTMLElement;
  const view: EditorView = new EditorView(mount, {
    state: EditorState.create({
      schema: journalSchemaAdapter.schema,
      doc: pmDoc,
      plugins: [history(), keymap(journalKeys), keymap(baseKeymap)],
    }),
    attributes: { role: "textbox", "aria-multiline": "true", "aria-label": "Journal" },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      if (tr.docChanged) edits++;
    },
  });
  const openMs = performance.now() - t0;
  const paragraphs = caretInTheMiddle();
  return { openMs, characters: pmDoc.textContent.length, paragraphs };
}

async function openOurs(): Promise<OpenResult> {
  const bytes = await loadBytes();
  await initI18n("fr");
  const t0 = performance.now();
  const repo = new Repo({ network: [] });
  const handle: DocHandle<SeedDoc> = repo.import<SeedDoc>(bytes);
  await handle.whenReady();
  handle.on("change", () => {
    changedAt ??= performance.now();
    edits++;
  });
  createRoot(document.getElementById("root") as HTMLElement).render(
    createElement(JournalEditor, { handle, readOnly: false }),
  );
  await new Promise<void>((resolve) => {
    const poll = () => (document.querySelector(".ProseMirror") ? resolve() : setTimeout(poll, 1));
    poll();
  });
  const openMs = performance.now() - t0;
  const paragraphs = caretInTheMiddle();

  // A peer in sync with this tablet: handshake until neither side has anything to say.
  let peer = A.load<SeedDoc>(bytes);
  let peerState = A.initSyncState();
  let ourState = A.initSyncState();
  // receiveSyncMessage would make the repo's own document object outdated (the editor's next
  // change would then throw), so our side receives on a mirror kept equal to the handle's doc.
  let mirror = A.load<SeedDoc>(bytes);
  const exchange = () => {
    const missing = A.getChangesSince(handle.doc(), A.getHeads(mirror));
    if (missing.length) [mirror] = A.applyChanges(mirror, missing);
    for (let round = 0; round < 20; round++) {
      const [s1, fromUs] = A.generateSyncMessage(handle.doc(), ourState);
      ourState = s1;
      if (fromUs) [peer, peerState] = A.receiveSyncMessage(peer, peerState, fromUs);
      const [s2, fromPeer] = A.generateSyncMessage(peer, peerState);
      peerState = s2;
      if (fromPeer) {
        // receiveSyncMessage on our side only updates the sync state: the peer has nothing new.
        [mirror, ourState] = A.receiveSyncMessage(mirror, ourState, fromPeer);
      }
      if (!fromUs && !fromPeer) return;
    }
  };
  exchange();
  afterPaint = () => {
    const t = performance.now();
    const [next, message] = A.generateSyncMessage(handle.doc(), ourState);
    syncMs.push(performance.now() - t);
    syncBytes.push(message?.byteLength ?? 0);
    ourState = next;
    if (message) [peer, peerState] = A.receiveSyncMessage(peer, peerState, message);
    exchange();
  };
  const characters = A.spans(handle.doc(), ["journal"]).reduce(
    (n, span) => n + (span.type === "text" ? span.value.length : 0),
    0,
  );
  return { openMs, characters, paragraphs };
}

declare global {
  interface Window {
    __bench: {
      open(side: Side): Promise<OpenResult>;
      count(): number;
      results(): { samples: number[]; toChange: number[]; syncMs: number[]; syncBytes: number[] };
    };
  }
}

watchKeys();
window.__bench = {
  open: (side) => (side === "ours" ? openOurs() : openFloor()),
  count: () => samples.length,
  results: () => ({
    samples: [...samples],
    toChange: [...toChange],
    syncMs: [...syncMs],
    syncBytes: [...syncBytes],
  }),
};
document.title = "ready";
