import { useId, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../ui/Banner";
import type { ContactView } from "../../../domain";
import { useLocalQuery } from "../../shared/useLocalQuery";
import { useAddressBookScreen } from "../AddressBookContext";

type Answer = "yes" | "no" | "";

const toAnswer = (value: boolean | null): Answer => (value === null ? "" : value ? "yes" : "no");

/**
 * The two consent questions, asked to the person and recorded with who noted it and when.
 * Until then the person carries « consentement non recueilli » wherever they appear.
 */
export function ConsentSection({ contact, readOnly }: { contact: ContactView; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { actions } = useAddressBookScreen();
  const titleId = useId();
  const { consent } = contact;
  const [share, setShare] = useState<Answer>(toAnswer(consent.shareWithParticipants));
  const [publicR, setPublicR] = useState<Answer>(toAnswer(consent.publicRestitution));
  const profiles = useLocalQuery((local) => local.listProfiles()).data ?? [];
  const recordedBy =
    profiles.find((p) => p.id === consent.recordedBy)?.name ??
    t("addressBook.consent.unknownProfile");
  const record = (event: FormEvent) => {
    event.preventDefault();
    if (!share || !publicR) return;
    actions.recordConsent({
      id: contact.id,
      shareWithParticipants: share === "yes",
      publicRestitution: publicR === "yes",
    });
  };
  const questions = [
    { key: "share", label: t("addressBook.consent.share"), value: share, set: setShare },
    { key: "public", label: t("addressBook.consent.public"), value: publicR, set: setPublicR },
  ] as const;
  return (
    <section className="section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("addressBook.consent.title")}</h3>
      {contact.consentRecorded && consent.recordedAt !== null ? (
        <p>
          {t("addressBook.consent.recorded", {
            date: new Date(consent.recordedAt).toLocaleString(i18n.language),
            by: recordedBy,
          })}
        </p>
      ) : (
        <Banner tone="info">{t("addressBook.consent.missing")}</Banner>
      )}
      <form onSubmit={record}>
        {questions.map((q) => (
          <fieldset key={q.key} className="segmented" disabled={readOnly}>
            <legend>{q.label}</legend>
            {(["yes", "no"] as const).map((answer) => (
              <label key={answer}>
                <input
                  type="radio"
                  name={`${titleId}-${q.key}`}
                  checked={q.value === answer}
                  onChange={() => q.set(answer)}
                />
                <span>{t(`addressBook.consent.${answer}`)}</span>
              </label>
            ))}
          </fieldset>
        ))}
        {readOnly ? null : (
          <button type="submit" disabled={!share || !publicR}>
            {t("addressBook.consent.record")}
          </button>
        )}
      </form>
    </section>
  );
}
