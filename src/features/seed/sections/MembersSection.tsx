import { useTranslation } from "react-i18next";
import type { ContactView } from "../../../domain";
import { SEED_ROLES } from "../../../domain";
import { activeMembers } from "../members";
import { AddMemberForms } from "./AddMemberForms";
import type { SeedSectionProps } from "./types";

/**
 * « Groupe-action »: who is in, the référent·e, roles, when each joined. Members keep the name
 * they agreed to show, so the seed reads the same on a tablet without the atelier's carnet.
 */
export function MembersSection({
  view,
  actions,
  readOnly,
  carnet,
}: SeedSectionProps & { carnet: readonly ContactView[] | null }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  const members = activeMembers(view);
  return (
    <section className="section" aria-labelledby="seed-members-title">
      <h2 id="seed-members-title">{t("seed.members.title")}</h2>
      {members.length === 0 ? <p>{t("seed.members.empty")}</p> : null}
      <ul className="seed-members" aria-label={t("seed.members.title")}>
        {members.map((m) => (
          <li key={m.id} className="seed-member" aria-label={m.displayName}>
            <div className="row">
              <strong>{m.displayName}</strong>
              {view.referent === m.id ? (
                <span className="badge">{t("seed.members.referent")}</span>
              ) : null}
              {m.contactId ? (
                <span className="badge muted">{t("seed.members.fromCarnetBadge")}</span>
              ) : null}
              <span className="muted">
                {t("seed.members.joined", { date: format.format(m.joinedAt) })}
              </span>
            </div>
            <fieldset className="segmented seed-roles" disabled={readOnly}>
              <legend>{t("seed.members.roles", { name: m.displayName })}</legend>
              {SEED_ROLES.map((role) => (
                <label key={role} className="toggle">
                  <input
                    type="checkbox"
                    checked={m.roles[role] === true}
                    onChange={(e) => actions.setRole(m.id, role, e.target.checked)}
                  />
                  <span>{t(`seed.role.${role}`)}</span>
                </label>
              ))}
            </fieldset>
            {readOnly ? null : (
              <div className="row">
                {view.referent === m.id ? null : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => actions.setReferent(m.id)}
                  >
                    {t("seed.members.makeReferent", { name: m.displayName })}
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => actions.removeMember(m.id)}
                >
                  {t("seed.members.remove", { name: m.displayName })}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : <AddMemberForms view={view} actions={actions} carnet={carnet} />}
    </section>
  );
}
