/**
 * The title an atelier keeps in its link to a seed follows the seed's own title: read tolerantly
 * from any document, copied only when it differs (never a cleared field), and healed by the next
 * copy when two tablets copied the same rename concurrently.
 */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import { initWorkshop, linkSeed, renameSeedLink } from "../../../../src/domain";
import type { DocUrl, ProfileId, WorkshopDoc } from "../../../../src/domain";
import { linkNeedsTitle, seedLinkTitle } from "../../../../src/features/seed/seedLinkTitle";

const SEED = "seed-doc-1";
const URL = "automerge:4NMNnkMhL8jXrdJ9jamS58PAVdXu" as DocUrl;

function workshopWithLink(title: string): A.Doc<WorkshopDoc> {
  return A.change(A.init<WorkshopDoc>(), (d) => {
    initWorkshop(d, {
      title: "Atelier mobilités",
      by: "p1" as ProfileId,
      now: 1,
      links: { addressBook: null, diagnostic: null },
    });
    linkSeed(d, { seedId: SEED, url: URL, title });
  });
}

/** What the seed page does with a workshop it finds loaded: copy the title when needed. */
function copyTitle(doc: A.Doc<WorkshopDoc>, title: string): A.Doc<WorkshopDoc> {
  if (!linkNeedsTitle(seedLinkTitle(doc, SEED), title)) return doc;
  return A.change(doc, (d) => renameSeedLink(d, { seedId: SEED, title }));
}

describe("seedLinkTitle", () => {
  it("reads the link's title from a workshop that links the seed, null otherwise", () => {
    const doc = workshopWithLink("Pédibus");
    expect(seedLinkTitle(doc, SEED)).toBe("Pédibus");
    expect(seedLinkTitle(doc, "another-seed")).toBe(null);
    for (const junk of [
      null,
      "x",
      [],
      { schema: { kind: "seed" }, seeds: { [SEED]: { title: "T" } } },
      { schema: { kind: "workshop" }, seeds: [] },
      { schema: { kind: "workshop" }, seeds: { [SEED]: 3 } },
    ]) {
      expect(seedLinkTitle(junk, SEED)).toBe(null);
    }
    expect(seedLinkTitle({ schema: { kind: "workshop" }, seeds: { [SEED]: {} } }, SEED)).toBe("");
    // An inherited key is not a link.
    expect(seedLinkTitle(doc, "toString")).toBe(null);
  });

  it("copies a rename, not an unchanged title, nor a cleared field, nor into a non-link", () => {
    expect(linkNeedsTitle("Pédibus", "Pédibus du matin")).toBe(true);
    expect(linkNeedsTitle("Pédibus", "Pédibus")).toBe(false);
    expect(linkNeedsTitle("Pédibus", "  ")).toBe(false);
    expect(linkNeedsTitle(null, "Pédibus")).toBe(false);
  });

  it("a rename reaches the link; two tablets copying it at once converge after one more copy", () => {
    const base = workshopWithLink("Pédibus");
    expect(seedLinkTitle(copyTitle(base, "Pédibus du matin"), SEED)).toBe("Pédibus du matin");

    // Both tablets copy the same rename offline: the character merge doubles the insertion…
    const left = copyTitle(A.clone(base, { actor: "aa".repeat(16) }), "Pédibus du soir");
    const right = copyTitle(A.clone(base, { actor: "bb".repeat(16) }), "Pédibus du soir");
    let merged = A.merge(A.clone(left), right);
    expect(seedLinkTitle(merged, SEED)).not.toBe("Pédibus du soir");
    // …and the next copy (the seed page open on either tablet) sets it right, on both.
    const healedLeft = copyTitle(merged, "Pédibus du soir");
    const healedRight = copyTitle(A.clone(merged), "Pédibus du soir");
    merged = A.merge(A.clone(healedLeft), healedRight);
    expect(seedLinkTitle(merged, SEED)).toBe("Pédibus du soir");
  });
});
