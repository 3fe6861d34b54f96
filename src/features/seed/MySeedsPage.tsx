import { useTranslation } from "react-i18next";
import type { AnyDocumentId } from "@automerge/automerge-repo";
import { Banner } from "../../ui/Banner";
import { useLocalQuery } from "../shared/useLocalQuery";
import "./seed.css";
import { SeedCard } from "./SeedCard";

/**
 * `/mes-graines`: every seed this device has opened, across all ateliers (a groupe-action member
 * may follow several), with each one's atelier title — read from the seed, which copies it.
 */
export function MySeedsPage() {
  const { t } = useTranslation();
  const { data, error } = useLocalQuery((local) => local.listAteliers());
  const seeds = (data ?? []).filter((entry) => entry.kind === "seed");
  return (
    <main>
      <h1>{t("seed.mySeeds")}</h1>
      <p className="field-hint">{t("seed.mySeedsHint")}</p>
      {error ? <Banner tone="error">{t("errors.generic", { message: error })}</Banner> : null}
      {data && seeds.length === 0 ? <p>{t("seed.mySeedsEmpty")}</p> : null}
      <ul className="card-list seed-list" aria-label={t("seed.mySeeds")}>
        {seeds.map((entry) => (
          <SeedCard
            key={entry.documentId}
            documentId={entry.documentId}
            url={entry.url as AnyDocumentId}
            title={entry.title}
            href={`/graine/${entry.documentId}`}
            showAtelier
          />
        ))}
      </ul>
    </main>
  );
}
