import * as A from "@automerge/automerge";
import type { DocHandle } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { JournalHost } from "../../../../../src/features/seed/journal/bindJournal";
import { connectedRepos } from "../../../../helpers/repos";
import { waitFor } from "../../../../helpers/waitFor";
import {
  journalDoc,
  journalSpans,
  journalText,
  mountJournal,
  type MountedJournal,
} from "./mountJournal";

const mountedEditors: MountedJournal[] = [];
afterEach(() => {
  for (const editor of mountedEditors.splice(0)) editor.unmount();
});

async function twoTablets(initial: string) {
  const { a, b, link } = connectedRepos();
  const handleA = journalDoc(a, initial);
  const handleB = await b.find<JournalHost>(handleA.url);
  await waitFor(() => journalText(handleB) === journalText(handleA), { message: "initial sync" });
  const editorA = await mountJournal(handleA);
  const editorB = await mountJournal(handleB);
  mountedEditors.push(editorA, editorB);
  return { handleA, handleB, editorA, editorB, link };
}

/**
 * Puts the caret `offset` characters into the first paragraph (or at its end) the way a tap does:
 * through the DOM selection, which ProseMirror reads back on `selectionchange`.
 */
async function placeCaret(editor: MountedJournal, offset: number | "end") {
  editor.editable.focus();
  const paragraph = editor.editable.querySelector("p");
  if (!paragraph) throw new Error("no paragraph");
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  let remaining = offset === "end" ? Number.POSITIVE_INFINITY : offset;
  let node: Text | null = null;
  let at = 0;
  for (let next = walker.nextNode(); next; next = walker.nextNode()) {
    node = next as Text;
    at = Math.min(remaining, node.length);
    if (remaining <= node.length) break;
    remaining -= node.length;
  }
  if (!node) throw new Error("empty paragraph");
  const range = document.createRange();
  range.setStart(node, at);
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // ProseMirror reads the DOM selection on selectionchange; wait until it has.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function typeAt(editor: MountedJournal, offset: number | "end", char: string) {
  await placeCaret(editor, offset);
  await userEvent.keyboard(char);
}

function sameDocs(x: DocHandle<JournalHost>, y: DocHandle<JournalHost>): boolean {
  const hx = [...A.getHeads(x.doc())].sort().join();
  const hy = [...A.getHeads(y.doc())].sort().join();
  return hx === hy && journalSpans(x) === journalSpans(y);
}

describe("JournalEditor on two tablets", () => {
  it("shows a remote edit in an open editor", async () => {
    const { handleA, editorA, editorB, handleB } = await twoTablets("Bonjour");
    await userEvent.click(editorA.editable);
    await userEvent.keyboard("{Control>}{End}{/Control} à tous");
    await waitFor(() => editorB.editable.textContent === "Bonjour à tous", {
      message: "A's words on B's screen",
    });
    expect(journalText(handleB)).toBe(journalText(handleA));
  });

  it("merges two offline editors typing into the same paragraph, character by character", async () => {
    const { handleA, handleB, editorA, editorB, link } = await twoTablets("Bonjour le monde");
    link.disconnect();
    const fromA = " et A ajoute";
    const fromB = "B dit ";
    // Interleave keystrokes: A appends at the end, B writes before B's own earlier characters at the
    // start (so each tablet's run reads in order), both offline.
    const steps = Math.max(fromA.length, fromB.length);
    for (let i = 0; i < steps; i++) {
      if (i < fromA.length) await typeAt(editorA, "end", fromA[i] ?? "");
      if (i < fromB.length) await typeAt(editorB, i, fromB[i] ?? "");
    }
    // A third run, from both at the very same position (the paragraph's end), offline too.
    await typeAt(editorA, "end", "!");
    await typeAt(editorB, "end", "?");
    await waitFor(() => journalText(handleA).endsWith("ajoute!"), { message: "A's local text" });
    await waitFor(() => journalText(handleB).endsWith("monde?"), { message: "B's local text" });
    expect(journalText(handleA)).not.toContain("B dit");
    expect(journalText(handleB)).not.toContain("ajoute");

    link.connect();
    await waitFor(() => sameDocs(handleA, handleB), { message: "identical documents" });
    const merged = journalText(handleA);
    expect(merged.startsWith("\nB dit Bonjour le monde")).toBe(true);
    expect(merged).toContain(" et A ajoute");
    // Every character of both tablets is there, each exactly once.
    const expected = [..."\nB dit Bonjour le monde et A ajoute!?"].sort().join("");
    expect([...merged].sort().join("")).toBe(expected);
    await waitFor(
      () =>
        editorA.editable.textContent === merged.slice(1) &&
        editorB.editable.textContent === merged.slice(1),
      { message: "both screens showing the merged journal" },
    );
  });
});
