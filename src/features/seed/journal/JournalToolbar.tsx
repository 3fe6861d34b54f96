import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ToolbarState } from "./toolbarState";

export type ToolbarAction = "bold" | "italic" | "heading" | "bulletList" | "orderedList" | "link";

interface Props {
  state: ToolbarState;
  disabled: boolean;
  linkOpen: boolean;
  onAction: (action: ToolbarAction) => void;
}

/** The journal's formatting buttons; pressed states follow the selection. */
export function JournalToolbar({ state, disabled, linkOpen, onAction }: Props) {
  const { t } = useTranslation();
  const button = (
    action: ToolbarAction,
    label: string,
    glyph: ReactNode,
    pressed: boolean,
    enabled: boolean,
    extra?: string,
  ) => (
    <button
      type="button"
      className="journal-tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-description={extra}
      title={extra ? `${label} (${extra})` : label}
      disabled={disabled || !enabled}
      // Keep the editor's selection: the click must not move focus before the command runs.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onAction(action)}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
  const level = state.heading;
  return (
    <div className="journal-toolbar" role="toolbar" aria-label={t("journal.toolbar")}>
      {button(
        "heading",
        t("journal.heading"),
        level === 0 ? "T" : `T${level}`,
        level !== 0,
        true,
        level === 0 ? undefined : t("journal.headingLevel", { level }),
      )}
      {button("bold", t("journal.bold"), <b>G</b>, state.bold, state.canBold)}
      {button("italic", t("journal.italic"), <i>I</i>, state.italic, state.canItalic)}
      {button("bulletList", t("journal.bulletList"), "•", state.bulletList, state.canBulletList)}
      {button(
        "orderedList",
        t("journal.orderedList"),
        "1.",
        state.orderedList,
        state.canOrderedList,
      )}
      {button("link", t("journal.link"), "🔗", state.link || linkOpen, true)}
    </div>
  );
}
