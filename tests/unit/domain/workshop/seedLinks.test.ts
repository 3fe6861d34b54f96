import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  archiveSeedLink,
  linkSeed,
  normalizeWorkshop,
  renameSeedLink,
  restoreSeedLink,
  selectSeedLinks,
  type WorkshopDoc,
} from "../../../../src/domain";
import { apply, makeDocUrl, makeProfileId, makeWorkshop, T0 } from "../../../fixtures/builders";
import { expectDomainError, loadWorkshopV1 } from "../../../helpers/domain";

const BY = makeProfileId("claire");

function withSeeds(): A.Doc<WorkshopDoc> {
  let doc = makeWorkshop();
  doc = apply(doc, (d) =>
    linkSeed(d, { seedId: "g1", url: makeDocUrl(1), title: "Légumerie", by: BY, now: T0 }),
  );
  doc = apply(doc, (d) =>
    linkSeed(d, { seedId: "g2", url: makeDocUrl(2), title: "Boîte à outils élus" }),
  );
  return doc;
}

describe("seed links", () => {
  it("lists active links by title, moves one to the bin and back", () => {
    let doc = withSeeds();
    expect(selectSeedLinks(normalizeWorkshop(doc).value).active.map((l) => l.id)).toEqual([
      "g2",
      "g1",
    ]);
    doc = apply(doc, (d) => archiveSeedLink(d, { seedId: "g1", by: BY, now: T0 + 1 }));
    let links = selectSeedLinks(normalizeWorkshop(doc).value);
    expect(links.active.map((l) => l.id)).toEqual(["g2"]);
    expect(links.archived).toEqual([{ id: "g1", url: makeDocUrl(1), title: "Légumerie" }]);
    expect(normalizeWorkshop(doc).value.seeds.g1?.archived).toEqual({ by: BY, at: T0 + 1 });
    // Linking again (e.g. a title update) does not take it out of the bin.
    doc = apply(doc, (d) =>
      linkSeed(d, { seedId: "g1", url: makeDocUrl(1), title: "Légumerie !" }),
    );
    expect(selectSeedLinks(normalizeWorkshop(doc).value).archived.map((l) => l.title)).toEqual([
      "Légumerie !",
    ]);
    doc = apply(doc, (d) => restoreSeedLink(d, { seedId: "g1" }));
    links = selectSeedLinks(normalizeWorkshop(doc).value);
    expect(links.active.map((l) => l.id)).toEqual(["g2", "g1"]);
    expect(links.archived).toEqual([]);
  });

  it("renames a link by character, so concurrent renames merge", () => {
    const base = withSeeds();
    const left = apply(A.clone(base, { actor: "aa".repeat(16) }), (d) =>
      renameSeedLink(d, { seedId: "g1", title: "Légumerie de Crest" }),
    );
    const right = apply(A.clone(base, { actor: "bb".repeat(16) }), (d) =>
      renameSeedLink(d, { seedId: "g1", title: "La Légumerie" }),
    );
    expect(A.merge(left, right).seeds.g1?.title).toBe("La Légumerie de Crest");
  });

  it("rejects unknown links and bad arguments", () => {
    const doc = withSeeds();
    expectDomainError(
      () => apply(doc, (d) => archiveSeedLink(d, { seedId: "nope", by: BY, now: T0 })),
      "not-found",
    );
    expectDomainError(
      () => apply(doc, (d) => restoreSeedLink(d, { seedId: "bad id" })),
      "invalid-id",
    );
    expectDomainError(
      () => apply(doc, (d) => renameSeedLink(d, { seedId: "g1", title: "x".repeat(201) })),
      "too-long",
    );
    expectDomainError(
      () => apply(doc, (d) => archiveSeedLink(d, { seedId: "g1", by: BY, now: -5 })),
      "invalid-timestamp",
    );
  });

  it("reads links written before `archived` existed (the v1 fixture) as active, and junk stamps as null", () => {
    const v1 = loadWorkshopV1();
    const { value, problems } = normalizeWorkshop(v1);
    expect(problems).toEqual([]);
    for (const link of Object.values(value.seeds)) expect(link.archived).toBeNull();
    const junk = apply(withSeeds(), (d) => {
      (d.seeds.g1 as unknown as Record<string, unknown>).archived = "yesterday";
    });
    expect(normalizeWorkshop(junk).value.seeds.g1?.archived).toBeNull();
  });
});
