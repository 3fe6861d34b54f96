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

/**
 * A chain link drawn inline: the tablets' fonts may lack the emoji, which then showed as an
 * empty box. Strokes follow the button's text colour.
 */
function LinkIcon() {
  return (
    <svg
      className="journal-tool-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
    >
      <path d="M10 13.5a4.5 4.5 0 0 0 6.4.4l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.4 1.4" />
      <path d="M14 10.5a4.5 4.5 0 0 0-6.4-.4l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.4-1.4" />
    </svg>
  );
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
      {button("link", t("journal.link"), <LinkIcon />, state.link || linkOpen, true)}
    </div>
  );
}
