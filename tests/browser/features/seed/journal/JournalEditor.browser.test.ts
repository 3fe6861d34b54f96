import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { waitFor } from "../../../../helpers/waitFor";
import { journalDoc, journalText, mountJournal, type MountedJournal } from "./mountJournal";

let mounted: MountedJournal | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

function marksAt(handle: Parameters<typeof journalText>[0], index: number): A.MarkSet {
  return A.marksAt(handle.doc(), ["journal"], index);
}

function blockTypes(handle: Parameters<typeof journalText>[0]): string[] {
  return A.spans(handle.doc(), ["journal"]).flatMap((span) =>
    span.type === "block" ? [String(span.value.type)] : [],
  );
}

describe("JournalEditor", () => {
  it("exposes a multi-line textbox « Journal » and the toolbar buttons by their French names", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "Bonjour");
    mounted = await mountJournal(handle);
    const box = page.getByRole("textbox", { name: "Journal" });
    await expect.element(box).toHaveAttribute("aria-multiline", "true");
    await expect.element(box).toHaveTextContent("Bonjour");
    for (const name of ["Gras", "Italique", "Titre", "Liste à puces", "Liste numérotée", "Lien"]) {
      await expect.element(page.getByRole("button", { name, exact: true })).toBeVisible();
    }
  });

  it("LazyJournalEditor loads the same editor on demand", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "Chargé à la demande");
    mounted = await mountJournal(handle, { lazy: true });
    await expect
      .element(page.getByRole("textbox", { name: "Journal" }))
      .toHaveTextContent("Chargé à la demande");
  });

  it("writes typed text, Ctrl+B bold and Ctrl+I italic into the Automerge journal", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "Début");
    mounted = await mountJournal(handle);
    await userEvent.click(mounted.editable);
    await userEvent.keyboard(
      "{Control>}{End}{/Control} et {Control>}b{/Control}fort{Control>}b{/Control}",
    );
    await userEvent.keyboard(" puis {Control>}i{/Control}penché");
    await waitFor(() => journalText(handle) === "\nDébut et fort puis penché", {
      message: "typed text in the document",
    });
    const text = journalText(handle);
    expect(marksAt(handle, text.indexOf("fort") + 1)).toMatchObject({ strong: true });
    expect(marksAt(handle, text.indexOf("puis") + 1)).not.toHaveProperty("strong");
    expect(marksAt(handle, text.indexOf("penché") + 1)).toMatchObject({ em: true });
    expect(mounted.editable.querySelector("strong")?.textContent).toBe("fort");
    expect(mounted.editable.querySelector("em")?.textContent).toBe("penché");
  });

  it("« Titre » cycles heading levels 2, 3 and back; list buttons make list items", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "Ligne");
    mounted = await mountJournal(handle);
    await userEvent.click(mounted.editable);
    const titre = page.getByRole("button", { name: "Titre", exact: true });
    await titre.click();
    await waitFor(() => mounted?.editable.querySelector("h2"), { message: "an h2" });
    await expect.element(titre).toHaveAttribute("aria-pressed", "true");
    const first = A.spans(handle.doc(), ["journal"])[0];
    expect(first?.type === "block" && [String(first.value.type), first.value.attrs]).toEqual([
      "heading",
      { level: 2 },
    ]);
    await titre.click();
    await waitFor(() => mounted?.editable.querySelector("h3"), { message: "an h3" });
    await titre.click();
    // Back to a paragraph: the binding may drop the marker (text before any block is a paragraph).
    await waitFor(() => mounted?.editable.querySelector("p")?.textContent === "Ligne", {
      message: "a paragraph again",
    });
    expect(blockTypes(handle).filter((type) => type !== "paragraph")).toEqual([]);

    await page.getByRole("button", { name: "Liste à puces" }).click();
    await waitFor(() => blockTypes(handle).join() === "unordered-list-item", {
      message: "a bulleted item",
    });
    await userEvent.keyboard("{Control>}{End}{/Control}{Enter}deux");
    await waitFor(() => blockTypes(handle).join() === "unordered-list-item,unordered-list-item", {
      message: "two bulleted items",
    });
    expect(mounted.editable.querySelectorAll("ul > li")).toHaveLength(2);
    await page.getByRole("button", { name: "Liste numérotée" }).click();
    await waitFor(() => blockTypes(handle).includes("ordered-list-item"), {
      message: "a numbered item",
    });
  });

  it("« Lien » refuses javascript: with a message and keeps the address; accepts https:", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "voir le site");
    mounted = await mountJournal(handle);
    await userEvent.click(mounted.editable);
    // Select « site » (the last four characters).
    await userEvent.keyboard(
      "{Control>}{End}{/Control}{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}",
    );
    await page.getByRole("button", { name: "Lien", exact: true }).click();
    const address = page.getByRole("textbox", { name: "Adresse du lien" });
    await userEvent.fill(address, "javascript:alert(1)");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect.element(page.getByRole("alert")).toHaveTextContent("https: ou mailto:");
    await expect.element(address).toHaveValue("javascript:alert(1)");
    expect(JSON.stringify(A.spans(handle.doc(), ["journal"]))).not.toContain("link");

    await userEvent.fill(address, "https://exemple.fr/graine");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await waitFor(() => mounted?.editable.querySelector("a"), { message: "a rendered link" });
    const link = mounted.editable.querySelector("a");
    expect(link?.getAttribute("href")).toBe("https://exemple.fr/graine");
    expect(link?.textContent).toBe("site");
    const text = journalText(handle);
    expect(marksAt(handle, text.indexOf("site") + 1).link).toBe(
      JSON.stringify({ href: "https://exemple.fr/graine" }),
    );

    // The caret inside the link: « Lien » offers « Retirer », which drops the whole link.
    await userEvent.keyboard("{End}{ArrowLeft}{ArrowLeft}");
    await page.getByRole("button", { name: "Lien", exact: true }).click();
    await expect.element(address).toHaveValue("https://exemple.fr/graine");
    await page.getByRole("button", { name: "Retirer" }).click();
    await waitFor(() => mounted?.editable.querySelector("a") === null, { message: "no link" });
    expect(JSON.stringify(A.spans(handle.doc(), ["journal"]))).not.toContain("link");
  });

  it("pasted HTML keeps its text but nothing executable (javascript: link, img onerror, script)", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "");
    mounted = await mountJournal(handle);
    const flagged = window as unknown as { journalPwned?: boolean };
    flagged.journalPwned = false;
    await userEvent.click(mounted.editable);
    const data = new DataTransfer();
    data.setData(
      "text/html",
      '<p>avant <a href="javascript:window.journalPwned=true">piège</a> <b>gras</b>' +
        '<img src="x" onerror="window.journalPwned=true"><script>window.journalPwned=true</script>' +
        ' <a href="https://ok.example/">sûr</a> après</p>',
    );
    data.setData("text/plain", "avant piège gras sûr après");
    mounted.editable.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await waitFor(() => journalText(handle).includes("après"), { message: "pasted text" });
    const html = mounted.editable.innerHTML;
    expect(html).not.toMatch(/<img|<script|onerror|javascript:/i);
    expect(mounted.editable.querySelectorAll("a")).toHaveLength(1);
    expect(mounted.editable.querySelector("a")?.getAttribute("href")).toBe("https://ok.example/");
    expect(mounted.editable.querySelector("strong")?.textContent).toBe("gras");
    expect(journalText(handle)).toContain("piège");
    const stored = JSON.stringify(A.spans(handle.doc(), ["journal"]));
    expect(stored).not.toMatch(/javascript|onerror|script/i);
    // Give a real chance for any handler to have fired (the image would error at once).
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(flagged.journalPwned).toBe(false);
  });

  it("renders a hostile peer's javascript: link mark as plain text and clamps heading levels", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "clic ici");
    handle.change((doc) => {
      A.mark(
        doc,
        ["journal"],
        { start: 1, end: 5, expand: "none" },
        "link",
        '{"href":"javascript:alert(1)"}',
      );
      A.splitBlock(doc, ["journal"], 9, {
        type: new A.ImmutableString("heading"),
        parents: [],
        attrs: { level: "1 onclick" },
      });
      A.splice(doc, ["journal"], 10, 0, "titre");
    });
    mounted = await mountJournal(handle);
    await waitFor(() => mounted?.editable.textContent?.includes("titre"), { message: "content" });
    expect(mounted.editable.querySelector("a")).toBeNull();
    expect(mounted.editable.querySelector(".journal-link-refused")?.textContent).toBe("clic");
    expect(mounted.editable.querySelector("h2")?.textContent).toBe("titre");
    expect(mounted.editable.innerHTML).not.toMatch(/javascript|onclick/i);
  });

  it("read-only refuses typing and disables the toolbar", async () => {
    const handle = journalDoc(new Repo({ network: [] }), "figé");
    mounted = await mountJournal(handle, { readOnly: true });
    const heads = A.getHeads(handle.doc());
    await expect
      .element(page.getByRole("textbox", { name: "Journal" }))
      .toHaveAttribute("contenteditable", "false");
    await expect.element(page.getByRole("button", { name: "Gras" })).toBeDisabled();
    await userEvent.click(mounted.editable);
    await userEvent.keyboard("xyz");
    expect(mounted.editable.textContent).toBe("figé");
    expect(A.getHeads(handle.doc())).toEqual(heads);

    mounted.rerender(false);
    await expect
      .element(page.getByRole("textbox", { name: "Journal" }))
      .toHaveAttribute("contenteditable", "true");
    await userEvent.click(mounted.editable);
    await userEvent.keyboard("{Control>}{End}{/Control}!");
    await waitFor(() => journalText(handle) === "\nfigé!", { message: "the edit once editable" });
  });
});
