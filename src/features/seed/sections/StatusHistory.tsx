import { useTranslation } from "react-i18next";
import { selectStatusHistory } from "../../../domain";
import type { SeedView } from "../../../domain";
import { statusLabel } from "../statusLabel";

/** The dated status changes, oldest first, in the history's own order (seq, at, id). */
export function StatusHistory({ view }: { view: SeedView }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const changes = selectStatusHistory(view);
  return (
    <details className="seed-history">
      <summary>{t("seed.status.history")}</summary>
      <ol aria-label={t("seed.status.history")}>
        {changes.map((c) => (
          <li key={c.id}>
            {t("seed.status.entry", {
              status: statusLabel(t, c.status),
              date: format.format(c.at),
            })}
          </li>
        ))}
      </ol>
    </details>
  );
}
