import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import type { SeedDoc } from "../../../domain";
import { LazyJournalEditor } from "../journal/LazyJournalEditor";

/** « Journal »: the groupe-action's co-written rich text (merged by character across tablets). */
export function JournalSection({
  handle,
  readOnly,
}: {
  handle: DocHandle<SeedDoc>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="seed-journal-title">
      <h2 id="seed-journal-title">{t("seed.page.journal")}</h2>
      <LazyJournalEditor handle={handle} readOnly={readOnly} />
    </section>
  );
}
