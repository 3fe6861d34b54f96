import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { ContactView } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { labelsOf, linksOf } from "../contactView";

type Reason = "email" | "phone" | "name";

/** Two records side by side, with the clues that made them look alike. */
export function DuplicatePair({
  a,
  b,
  reasons,
  readOnly,
  onMerge,
  onNotSame,
}: {
  a: ContactView;
  b: ContactView;
  reasons: readonly Reason[];
  readOnly: boolean;
  onMerge: () => void;
  onNotSame: () => void;
}) {
  const { t } = useTranslation();
  const { names } = useAddressBookScreen();
  const id = useId();
  const title = t("addressBook.duplicatesView.pair", { a: a.name, b: b.name });
  const rows: { label: string; read: (c: ContactView) => string }[] = [
    { label: t("addressBook.fields.name"), read: (c) => c.name },
    {
      label: t("addressBook.contact.links"),
      read: (c) =>
        linksOf(c)
          .map((l) => names.get(l.id) ?? "")
          .filter(Boolean)
          .join(", "),
    },
    { label: t("addressBook.fields.role"), read: (c) => c.role },
    { label: t("addressBook.fields.emails"), read: (c) => labelsOf(c.emails).join(", ") },
    { label: t("addressBook.fields.phones"), read: (c) => labelsOf(c.phones).join(", ") },
    { label: t("addressBook.fields.commune"), read: (c) => c.commune },
    { label: t("addressBook.fields.skills"), read: (c) => labelsOf(c.skills).join(", ") },
    { label: t("addressBook.fields.offers"), read: (c) => labelsOf(c.offers).join(", ") },
    { label: t("addressBook.fields.needs"), read: (c) => labelsOf(c.needs).join(", ") },
  ];
  return (
    <article className="duplicate-pair" aria-labelledby={id}>
      <h3 id={id} className="visually-hidden">
        {title}
      </h3>
      <p className="row">
        <span>{t("addressBook.duplicatesView.reasons")} :</span>
        {reasons.map((r) => (
          <span key={r} className="badge">
            {t(`addressBook.duplicatesView.reason_${r}`)}
          </span>
        ))}
      </p>
      <div className="table-scroll">
        <table className="compare">
          <tbody>
            {rows.map((row) => {
              const va = row.read(a);
              const vb = row.read(b);
              if (!va && !vb) return null;
              return (
                <tr key={row.label} className={va === vb ? "same" : undefined}>
                  <th scope="row">{row.label}</th>
                  <td>{va || "—"}</td>
                  <td>{vb || "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <div className="row">
          <button type="button" onClick={onMerge}>
            {t("addressBook.duplicatesView.merge")}
          </button>
          <button type="button" className="secondary" onClick={onNotSame}>
            {t("addressBook.duplicatesView.notSame")}
          </button>
        </div>
      )}
    </article>
  );
}
