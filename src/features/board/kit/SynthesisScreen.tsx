import { useState } from "react";
import { useTranslation } from "react-i18next";
import { selectPriorityNeeds, selectSynthesis } from "../../../domain";
import type { CategorySynthesis, RankedNote } from "../../../domain";
import { useBoardScreen } from "../BoardContext";
import { FromNeedAction } from "../../seed/FromNeedAction";

/** The synthesis as text, to paste into the atelier's restitution. */
export function synthesisText(
  rows: readonly CategorySynthesis[],
  needs: readonly RankedNote[],
  labels: { counts: (notes: number, clusters: number) => string; needs: string },
): string {
  const parts = rows.map((r) =>
    [
      `${r.category.title} — ${labels.counts(r.noteCount, r.clusters.length)}`,
      ...r.clusters.map((c) => `  · ${c.cluster.title} (${c.noteCount})`),
      ...r.topVoted.map((n) => `  ★ ${n.text} (${n.dots})`),
    ].join("\n"),
  );
  parts.push([labels.needs, ...needs.map((n, i) => `${i + 1}. ${n.text} (${n.dots})`)].join("\n"));
  return parts.join("\n\n");
}

/** « Synthèse »: per category counts, groups and top-voted notes; the « besoins prioritaires ». */
export function SynthesisScreen() {
  const { t } = useTranslation();
  const { view } = useBoardScreen();
  const [copied, setCopied] = useState(false);
  // When the clipboard refuses (no permission, insecure context), the text is shown to copy by hand.
  const [manual, setManual] = useState<string | null>(null);
  const rows = selectSynthesis(view);
  const needs = selectPriorityNeeds(view);
  const copy = async () => {
    const text = synthesisText(rows, needs, {
      counts: (notes, clusters) => t("board.kit.synthesisCounts", { notes, clusters }),
      needs: t("board.kit.priorityNeeds"),
    });
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setManual(null);
    } catch {
      setCopied(false);
      setManual(text);
    }
  };
  return (
    <section className="section" aria-label={t("board.kit.synthesis")}>
      <div className="section-header">
        <h2>{t("board.kit.synthesis")}</h2>
        <button type="button" className="secondary" onClick={() => void copy()}>
          {copied ? t("board.kit.synthesisCopied") : t("board.kit.synthesisCopy")}
        </button>
      </div>
      <p className="field-hint">{t("board.kit.synthesisHint")}</p>
      {manual !== null ? (
        <div className="banner banner-warning" role="alert">
          <p>{t("board.kit.synthesisCopyFailed")}</p>
          <textarea
            readOnly
            rows={8}
            aria-label={t("board.kit.synthesis")}
            value={manual}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
      {rows.map((r) => (
        <article key={r.category.id} aria-label={r.category.title}>
          <h3>
            {r.category.title}{" "}
            <span className="count">
              {t("board.kit.synthesisCounts", { notes: r.noteCount, clusters: r.clusters.length })}
            </span>
          </h3>
          {r.clusters.length > 0 ? (
            <ul>
              {r.clusters.map((c) => (
                <li key={c.cluster.id}>
                  {c.cluster.title} ({c.noteCount})
                </li>
              ))}
            </ul>
          ) : null}
          {r.topVoted.length > 0 ? (
            <ol>
              {r.topVoted.map((n) => (
                <li key={n.id}>
                  {n.text} — {t("board.kit.voteDots", { count: n.dots })}
                </li>
              ))}
            </ol>
          ) : null}
        </article>
      ))}
      <h2>{t("board.kit.priorityNeeds")}</h2>
      {needs.length === 0 ? <p>{t("board.kit.priorityNone")}</p> : null}
      <ol aria-label={t("board.kit.priorityNeeds")}>
        {needs.map((n) => (
          <li key={n.id}>
            {n.text} — {t("board.kit.voteDots", { count: n.dots })}
            <FromNeedAction noteId={n.id} />
          </li>
        ))}
      </ol>
    </section>
  );
}
