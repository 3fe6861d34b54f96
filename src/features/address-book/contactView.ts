/**
 * Small readers over the domain's `ContactView`, so the screens do not depend on how a set is
 * spelled (`{ key, label }` items, bare strings, or a `Record`): one place to adapt.
 */
import type { ContactId, ContactView } from "../../domain";

type LabelLike = string | { label?: string; value?: string; key?: string };

/** A multi-valued field as chips: its key (what removal needs) and what to show. */
export function chipsOf(items: unknown): { key: string; label: string }[] {
  const list: unknown[] = Array.isArray(items)
    ? items
    : items && typeof items === "object"
      ? Object.entries(items).map(([key, v]) => ({ key, ...(v as object) }))
      : [];
  return list.flatMap((raw) => {
    const item = raw as LabelLike;
    if (typeof item === "string") return [{ key: item, label: item }];
    const label = item.value ?? item.label ?? "";
    if (!label) return [];
    return [{ key: item.key ?? label, label }];
  });
}

/** The labels of a multi-valued field. */
export function labelsOf(items: unknown): string[] {
  return chipsOf(items).map((c) => c.label);
}

/** The structures a person belongs to, with the role of each link. */
export function linksOf(contact: Pick<ContactView, "memberOf">): { id: ContactId; role: string }[] {
  const raw: unknown = contact.memberOf;
  if (Array.isArray(raw)) {
    return raw.flatMap((entry: unknown) => {
      if (typeof entry === "string") return [{ id: entry as ContactId, role: "" }];
      if (entry && typeof entry === "object") {
        const e = entry as { id?: string; structureId?: string; role?: string };
        const id = e.structureId ?? e.id;
        return id ? [{ id: id as ContactId, role: e.role ?? "" }] : [];
      }
      return [];
    });
  }
  if (raw && typeof raw === "object") {
    return Object.entries(raw as Record<string, { role?: string }>).map(([id, link]) => ({
      id: id as ContactId,
      role: link?.role ?? "",
    }));
  }
  return [];
}

/** Whether the consent marker « consentement non recueilli » applies (people only). */
export function needsConsent(contact: Pick<ContactView, "kind" | "consentRecorded">): boolean {
  return contact.kind === "person" && !contact.consentRecorded;
}
