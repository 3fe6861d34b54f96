import { Fragment, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { matchNeeds } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { ContactLinksInline } from "./ContactLinksInline";

/** For each need, the contacts whose offers or skills answer it. */
export function MatchingScreen() {
  const { t } = useTranslation();
  const { view, base } = useAddressBookScreen();
  const matches = useMemo(() => matchNeeds(view), [view]);
  return (
    <section className="section" aria-labelledby="matching-title">
      <h2 id="matching-title">{t("addressBook.matching")}</h2>
      <p className="field-hint">{t("addressBook.matchingView.intro")}</p>
      {matches.length === 0 ? <p>{t("addressBook.matchingView.empty")}</p> : null}
      <ul className="card-list match-list">
        {matches.map((match) => (
          <li
            key={`${match.contact.id} ${match.need.key}`}
            className="card"
            aria-label={match.need.label}
          >
            <strong>{match.need.label}</strong>
            <p className="field-hint">
              {t("addressBook.matchingView.needBy")}{" "}
              <Link to={`${base}/${match.contact.id}`}>{match.contact.name}</Link>
            </p>
            <p>
              {t("addressBook.matchingView.answers")} :{" "}
              {match.answers.length === 0 ? t("addressBook.matchingView.noAnswer") : null}
              {match.answers.map((answer, i) => (
                <Fragment key={`${answer.contact.id} ${answer.via} ${answer.label}`}>
                  {i > 0 ? " ; " : null}
                  <ContactLinksInline contacts={[answer.contact]} /> (
                  {t(`addressBook.matchingView.via_${answer.via}`, { label: answer.label })})
                </Fragment>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
