/** The fast form of a tour de table, turned into domain drafts (pure, unit-tested). */
import { foldForSearch, newId } from "../../domain";
import type { ContactDraft, ContactId } from "../../domain";

/** What the « Ajouter un contact » form holds. Lists are already split into chips. */
export interface QuickAddValues {
  kind: "person" | "structure";
  name: string;
  structure: string;
  role: string;
  email: string;
  phone: string;
  skills: string[];
  offers: string[];
  needs: string[];
}

/** The changes one submission makes, applied in a single document change. */
export interface QuickAddPlan {
  id: ContactId;
  draft: ContactDraft;
  /** The structure the person joins (existing, or created just before). */
  structureId?: ContactId;
  /** A structure named in the form that the book does not hold yet. */
  newStructure?: { id: ContactId; draft: ContactDraft };
}

export const EMPTY_QUICK_ADD: QuickAddValues = {
  kind: "person",
  name: "",
  structure: "",
  role: "",
  email: "",
  phone: "",
  skills: [],
  offers: [],
  needs: [],
};

/**
 * Plans the contact (and its structure) from the form, or returns null when the name is empty.
 * A structure name is matched to an existing structure ignoring case and accents, so « mairie
 * de Lodeve » joins « Mairie de Lodève » instead of creating a second one.
 */
export function planQuickAdd(
  values: QuickAddValues,
  structures: readonly { id: ContactId; name: string }[],
  makeId: () => ContactId = () => newId<ContactId>(),
): QuickAddPlan | null {
  const name = values.name.trim();
  if (!name) return null;
  const draft: ContactDraft = {
    kind: values.kind,
    name,
    role: values.role.trim(),
    emails: values.email.trim() ? [{ value: values.email.trim() }] : [],
    phones: values.phone.trim() ? [{ value: values.phone.trim() }] : [],
    skills: values.skills,
    offers: values.offers,
    needs: values.needs,
    source: "atelier",
  };
  const plan: QuickAddPlan = { id: makeId(), draft };
  const structureName = values.structure.trim();
  if (values.kind === "person" && structureName) {
    const folded = foldForSearch(structureName);
    const existing = structures.find((s) => foldForSearch(s.name) === folded);
    if (existing) plan.structureId = existing.id;
    else {
      const id = makeId();
      plan.newStructure = {
        id,
        draft: { kind: "structure", name: structureName, source: "atelier" },
      };
      plan.structureId = id;
    }
  }
  return plan;
}
