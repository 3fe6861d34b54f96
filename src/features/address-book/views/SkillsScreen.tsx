import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { selectSkillsIndex } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { ContactLinksInline } from "./ContactLinksInline";

/** Who knows what, who offers what, who needs what: each label with the contacts carrying it. */
export function SkillsScreen() {
  const { t } = useTranslation();
  const { view } = useAddressBookScreen();
  const index = useMemo(() => selectSkillsIndex(view), [view]);
  return (
    <div className="skills-view">
      {(["skills", "offers", "needs"] as const).map((facet) => (
        <section key={facet} className="section" aria-labelledby={`facet-${facet}`}>
          <h2 id={`facet-${facet}`}>{t(`addressBook.skillsView.${facet}`)}</h2>
          {index[facet].length === 0 ? <p>{t("addressBook.skillsView.empty")}</p> : null}
          <dl className="facet-list">
            {index[facet].map(({ key, label, contacts }) => (
              <div key={key} className="facet-item">
                <dt>{label}</dt>
                <dd>
                  <ContactLinksInline contacts={contacts} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
