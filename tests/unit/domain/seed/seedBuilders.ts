/** Named factories for seed tests: documents built through the real commands. */
import * as A from "@automerge/automerge";
import {
  addMember,
  initSeed,
  normalizeSeed,
  type InitSeedArgs,
  type ProfileId,
  type SeedDoc,
  type SeedView,
} from "../../../../src/domain";
import { actorId, apply, makeProfileId, T0 } from "../../../fixtures/builders";

/** The author of test commands. */
export const BY: ProfileId = makeProfileId("claire");

/** A seed initialised by its creator (one change, as `createSeed` does). */
export function makeSeed(
  overrides: Partial<InitSeedArgs> & { actor?: string } = {},
): A.Doc<SeedDoc> {
  const { actor, ...rest } = overrides;
  return A.change(
    A.init<SeedDoc>({ actor: actor ?? actorId(0x51) }),
    { message: "seed/init", time: 0 },
    (d) =>
      initSeed(d, {
        title: "Légumerie partagée",
        workshopTitle: "Alimentation durable en Val de Drôme",
        by: BY,
        now: T0,
        ...rest,
      }),
  );
}

/** A seed with members `m1…mN` named "Membre 1…N". */
export function makeSeedWithMembers(n: number): A.Doc<SeedDoc> {
  let doc = makeSeed();
  for (let i = 1; i <= n; i++) {
    doc = apply(doc, (d) =>
      addMember(d, {
        id: `m${i}`,
        contactId: null,
        displayName: `Membre ${i}`,
        by: BY,
        now: T0 + i,
      }),
    );
  }
  return doc;
}

/** The normalized view, asserting nothing had to be fixed. */
export function viewOf(doc: A.Doc<SeedDoc>): SeedView {
  const { value, problems } = normalizeSeed(doc);
  if (problems.length > 0) throw new Error(`unexpected problems: ${problems.join("; ")}`);
  return value;
}

export { apply, T0 };
