import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardScreen } from "../BoardContext";

/** `mm:ss` of a number of milliseconds (never negative). */
export function formatRemaining(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** The shared timer (every tablet shows the same countdown), optionally full screen. */
export function Timer() {
  const { t } = useTranslation();
  const { view, actions, readOnly } = useBoardScreen();
  const timer = view.facilitation.timer;
  const [now, setNow] = useState(() => Date.now());
  const [minutes, setMinutes] = useState(5);
  const [label, setLabel] = useState("");
  const [full, setFull] = useState(false);
  const running = timer.startedAt !== null;
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(id);
  }, [running]);
  const remaining = running ? (timer.startedAt ?? 0) + timer.durationMs - now : timer.durationMs;
  const clock = (
    <p className="timer-clock" role="timer" aria-label={t("board.kit.timerRemaining")}>
      {remaining <= 0 && running ? t("board.kit.timerOver") : formatRemaining(remaining)}
    </p>
  );
  return (
    <section className="section" aria-label={t("board.kit.timer")}>
      <h2>{t("board.kit.timer")}</h2>
      {timer.label ? <p>{timer.label}</p> : null}
      {clock}
      <div className="row">
        <label className="field">
          <span>{t("board.kit.timerLabel")}</span>
          <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("board.kit.timerMinutes")}</span>
          <input
            type="number"
            min={1}
            max={600}
            value={minutes}
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
        </label>
      </div>
      <div className="row">
        <button
          type="button"
          disabled={readOnly || !(minutes > 0)}
          onClick={() => actions.startTimer(Math.round(minutes * 60_000), label)}
        >
          {t("board.kit.timerStart")}
        </button>
        <button type="button" className="secondary" disabled={!running} onClick={actions.stopTimer}>
          {t("board.kit.timerStop")}
        </button>
        <button type="button" className="secondary" onClick={() => setFull(true)}>
          {t("board.kit.timerFullScreen")}
        </button>
      </div>
      {full ? (
        <div className="timer-full" role="dialog" aria-label={t("board.kit.timer")}>
          {timer.label ? <p>{timer.label}</p> : null}
          {clock}
          <button type="button" className="secondary" onClick={() => setFull(false)}>
            {t("board.kit.timerExitFullScreen")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
