import { useTranslation } from "react-i18next";
import { Banner } from "../../ui/Banner";

/** Honest placeholder for a section whose document exists but whose screen does not yet. */
export function ComingSoon({ titleKey }: { titleKey: string }) {
  const { t } = useTranslation();
  return (
    <section className="section">
      <h2>{t(titleKey)}</h2>
      <Banner tone="info">{t("atelier.comingSoon")}</Banner>
    </section>
  );
}
