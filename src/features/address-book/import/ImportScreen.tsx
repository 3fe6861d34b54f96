import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Banner } from "../../../ui/Banner";
import { useAddressBookScreen } from "../AddressBookContext";
import { useImportFlow } from "./useImportFlow";
import { MappingPreview } from "./MappingPreview";
import { ImportSummary } from "./ImportSummary";

/** « Importer des contacts »: vCard or CSV, previewed and summarised before anything is written. */
export function ImportScreen() {
  const { t } = useTranslation();
  const { contacts, actions, base, readOnly } = useAddressBookScreen();
  const flow = useImportFlow(contacts, actions.importContacts);
  const { state } = flow;
  const inputId = useId();
  return (
    <section className="section" aria-labelledby="import-title">
      <h2 id="import-title">{t("addressBook.import.title")}</h2>
      <p>{t("addressBook.import.intro")}</p>
      {readOnly ? <Banner tone="warning">{t("addressBook.readOnly")}</Banner> : null}
      {state.step === "done" ? (
        <>
          <Banner tone="success">{t("addressBook.import.done", { count: state.count })}</Banner>
          <p className="row">
            <Link className="button" to={base}>
              {t("addressBook.contact.back")}
            </Link>
          </p>
        </>
      ) : (
        <div className="field">
          <label htmlFor={inputId}>{t("addressBook.import.file")}</label>
          <input
            id={inputId}
            type="file"
            accept=".vcf,.vcard,.csv,.txt,text/vcard,text/x-vcard,text/csv"
            disabled={readOnly}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void flow.pick(file);
            }}
          />
        </div>
      )}
      {state.step === "reading" ? (
        <p role="status" className="row">
          <progress aria-label={t("addressBook.import.reading")} />
          {t("addressBook.import.reading")}
        </p>
      ) : null}
      {state.step === "failed" ? (
        <Banner tone="error">
          {t("addressBook.import.malformed", {
            reason: t([
              `addressBook.import.errors.${state.problem.code}`,
              "addressBook.import.errors.malformed",
            ]),
          })}
        </Banner>
      ) : null}
      {state.step === "ready" && state.parsed.format === "csv" && state.mapping ? (
        <MappingPreview
          table={state.parsed.table}
          mapping={state.mapping}
          onChange={flow.setMapping}
        />
      ) : null}
      {state.step === "ready" && flow.summary ? (
        flow.summary.plan ? (
          <ImportSummary
            plan={flow.summary.plan}
            format={state.parsed.format}
            readOnly={readOnly}
            includeDuplicates={flow.includeDuplicates}
            onIncludeDuplicates={flow.setIncludeDuplicates}
            onConfirm={flow.confirm}
            onCancel={flow.reset}
          />
        ) : (
          <Banner tone="error">
            {t("addressBook.import.malformed", { reason: flow.summary.error })}
          </Banner>
        )
      ) : null}
    </section>
  );
}
