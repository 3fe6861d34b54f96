import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardScreen } from "../BoardContext";

/** A shuffled copy (Fisher–Yates). */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * « Tour de table »: participants from the carnet in a random or set order, the next speaker,
 * a per-speaker timer, quick capture into a category (the speaker as author), who has spoken.
 */
export function TourDeTable() {
  const { t } = useTranslation();
  const { view, contacts, names, columns, actions, readOnly, hideMode } = useBoardScreen();
  const id = useId();
  const [text, setText] = useState("");
  const [categoryId, setCategoryId] = useState(columns[0]?.id ?? "");
  const [minutes, setMinutes] = useState(2);
  const people = contacts.filter((c) => c.kind === "person");
  const known = new Set(people.map((c) => c.id as string));
  const stored = view.facilitation.speakerOrder.filter((c) => known.has(c));
  const order = [
    ...stored,
    ...people.map((c) => c.id as string).filter((c) => !stored.includes(c)),
  ];
  const spoken = view.facilitation.spoken;
  const current = order.find((c) => spoken[c as keyof typeof spoken] === undefined);
  const move = (index: number, step: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + step, 0, item);
    actions.setSpeakerOrder(next);
  };
  if (people.length === 0) {
    return (
      <section className="section" aria-label={t("board.kit.tour")}>
        <h2>{t("board.kit.tour")}</h2>
        <p>{t("board.kit.tourNone")}</p>
      </section>
    );
  }
  const currentName = current ? (names.get(current) ?? "") : "";
  return (
    <section className="section" aria-label={t("board.kit.tour")}>
      <h2>{t("board.kit.tour")}</h2>
      <p className="field-hint">{t("board.kit.tourHint")}</p>
      <div className="row">
        <button
          type="button"
          className="secondary"
          disabled={readOnly}
          onClick={() => actions.setSpeakerOrder(shuffled(order))}
        >
          {t("board.kit.tourShuffle")}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={readOnly}
          onClick={() => actions.setSpeakerOrder(people.map((c) => c.id))}
        >
          {t("board.kit.tourAlphabetical")}
        </button>
      </div>
      {current ? (
        <div className="tour-current">
          <p>
            <strong>{t("board.kit.tourCurrent", { name: currentName })}</strong>
          </p>
          <div className="row">
            <label className="field">
              <span>{t("board.kit.tourSpeaker")}</span>
              <input
                type="number"
                min={1}
                max={60}
                value={minutes}
                onChange={(e) => setMinutes(Number(e.target.value))}
              />
            </label>
            <button
              type="button"
              className="secondary"
              disabled={readOnly || !(minutes > 0)}
              onClick={() => actions.startTimer(Math.round(minutes * 60_000), currentName)}
            >
              {t("board.kit.timerStart")}
            </button>
          </div>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return;
              const added = actions.addNote({
                categoryId,
                text: text.trim(),
                authorContactId: current,
                hidden: hideMode,
              });
              if (added) setText("");
            }}
          >
            <label className="field" htmlFor={`${id}-cat`}>
              <span>{t("board.kit.captureCategory")}</span>
              <select
                id={`${id}-cat`}
                value={categoryId}
                onChange={(e) => setCategoryId(e.target.value)}
              >
                {columns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="field grow" htmlFor={`${id}-text`}>
              <span>{t("board.kit.capture")}</span>
              <input
                id={`${id}-text`}
                value={text}
                maxLength={2000}
                onChange={(e) => setText(e.target.value)}
              />
            </label>
            <button type="submit" disabled={readOnly}>
              {t("board.kit.captureSubmit")}
            </button>
          </form>
          <button type="button" disabled={readOnly} onClick={() => actions.markSpoken(current)}>
            {t("board.kit.tourNext")}
          </button>
        </div>
      ) : null}
      <ol className="plain-list tour-list">
        {order.map((c, i) => {
          const name = names.get(c) ?? "";
          const done = spoken[c as keyof typeof spoken] !== undefined;
          return (
            <li key={c} className="row" aria-label={name}>
              <label className="toggle grow">
                <input
                  type="checkbox"
                  checked={done}
                  disabled={readOnly}
                  aria-label={
                    done
                      ? t("board.kit.tourUnmarkSpoken", { name })
                      : t("board.kit.tourMarkSpoken", { name })
                  }
                  onChange={() => (done ? actions.unmarkSpoken(c) : actions.markSpoken(c))}
                />
                <span>
                  {i + 1}. {name} {done ? <em>({t("board.kit.tourSpoken")})</em> : null}
                </span>
              </label>
              <button
                type="button"
                className="icon"
                disabled={readOnly || i === 0}
                aria-label={t("board.kit.tourUp", { name })}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon"
                disabled={readOnly || i === order.length - 1}
                aria-label={t("board.kit.tourDown", { name })}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
