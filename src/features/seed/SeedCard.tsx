import { memo, useRef } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AnyDocumentId } from "@automerge/automerge-repo";
import { useSeedSummary } from "./useSeedSummary";
import { useVisible } from "./useVisible";
import { formatDay, statusLabel } from "./statusLabel";

/**
 * One seed of the list. Its title comes from the workshop's link (always here); status, group
 * size and next step from the cached summary, then live once the card is on screen.
 */
export const SeedCard = memo(function SeedCard({
  documentId,
  url,
  title,
  href,
  showAtelier = false,
  children,
}: {
  documentId: string;
  /** The seed's document; `undefined` when the link is unusable (the card stays cached-only). */
  url: AnyDocumentId | undefined;
  /** The title known without the seed (the workshop's link, the device's list). */
  title: string;
  href: string;
  /** Show the seed's atelier title (« Mes graines » lists seeds of several ateliers). */
  showAtelier?: boolean;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLLIElement>(null);
  const visible = useVisible(ref);
  const { summary, source } = useSeedSummary(documentId, url, visible);
  // The seed's own title (cached or live) is fresher than the copy in the atelier's link.
  const shown = summary?.title || title || t("seed.untitled");
  const next = summary?.nextTask;
  return (
    <li ref={ref} className="card seed-card" aria-label={shown} data-summary={source}>
      <Link to={href}>{shown}</Link>
      {showAtelier && summary?.workshopTitle ? (
        <p className="muted seed-card-atelier">
          {t("seed.fromAtelier", { title: summary.workshopTitle })}
        </p>
      ) : null}
      {summary ? (
        <>
          <p className="row seed-card-meta">
            <span className={`badge status-${summary.status || "unknown"}`}>
              {statusLabel(t, summary.status)}
            </span>
            <span>{t("seed.cardMembers", { count: summary.memberCount })}</span>
            {summary.archived ? <span className="badge muted">{t("seed.bin")}</span> : null}
          </p>
          <p className="seed-card-next">
            {next
              ? next.due
                ? t("seed.cardNextTaskDue", {
                    title: next.title,
                    date: formatDay(next.due, i18n.language),
                  })
                : t("seed.cardNextTask", { title: next.title })
              : t("seed.cardNoTask")}
          </p>
        </>
      ) : (
        <p className="seed-card-meta muted">
          {source === "missing" ? t("seed.cardMissing") : t("seed.cardLoading")}
        </p>
      )}
      {children}
    </li>
  );
});
