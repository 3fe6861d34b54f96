import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardScreen } from "./BoardContext";
import type { BoardColumn, BoardNote } from "./boardTypes";

/** The board as plain text, category by category (what « Lire à voix haute » says). */
export function boardText(columns: readonly BoardColumn[], hidden: string): string {
  const line = (n: BoardNote) => `- ${n.placeholder ? hidden : n.text}`;
  return columns
    .map((c) =>
      [
        c.title,
        ...c.clusters.flatMap((g) => [`${g.title} :`, ...g.notes.map(line)]),
        ...c.notes.map(line),
      ].join("\n"),
    )
    .join("\n\n");
}

/** `liste`: a read view for small screens and for reading aloud. */
export function ListScreen() {
  const { t } = useTranslation();
  const { columns, names } = useBoardScreen();
  const [speaking, setSpeaking] = useState(false);
  const speech = typeof window !== "undefined" ? window.speechSynthesis : undefined;
  useEffect(() => () => speech?.cancel(), [speech]);
  const read = () => {
    if (!speech) return;
    if (speaking) {
      speech.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(boardText(columns, t("board.hiddenNote")));
    utterance.lang = "fr-FR";
    utterance.onend = () => setSpeaking(false);
    speech.speak(utterance);
    setSpeaking(true);
  };
  const item = (n: BoardNote) => (
    <li key={n.id}>
      {n.placeholder ? <em>{t("board.hiddenNote")}</em> : n.text}
      {n.linkedContacts.length > 0 ? (
        <span className="count">
          {" "}
          — {n.linkedContacts.map((id) => names.get(id) ?? t("board.unknownContact")).join(", ")}
        </span>
      ) : null}
      {n.merged.length > 0 ? (
        <ul>
          {n.merged.map((m) => (
            <li key={m.id}>{m.text}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
  return (
    <section className="section board-list" aria-label={t("board.listTitle")}>
      <div className="section-header">
        <h2>{t("board.listTitle")}</h2>
        {speech ? (
          <button type="button" className="secondary" onClick={read}>
            {speaking ? t("board.stopReading") : t("board.readAloud")}
          </button>
        ) : null}
      </div>
      <p className="field-hint">{t("board.listHint")}</p>
      {columns.map((c) => (
        <article key={c.id} aria-label={c.title}>
          <h3>{c.title}</h3>
          {c.clusters.map((g) => (
            <div key={g.id}>
              <h4>{g.title || t("board.clusterDefault")}</h4>
              <ul>{g.notes.map(item)}</ul>
            </div>
          ))}
          {c.notes.length + c.clusters.length === 0 ? (
            <p className="field-hint">{t("board.empty")}</p>
          ) : (
            <ul>{c.notes.map(item)}</ul>
          )}
        </article>
      ))}
    </section>
  );
}
