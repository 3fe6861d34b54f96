import { useId } from "react";
import type { KeyboardEvent } from "react";

/** One removable value shown as a chip. */
export interface Chip {
  key: string;
  label: string;
}

/**
 * Values shown as chips, each with its own remove button (≥ 44 px touch target). The list is
 * labelled so screen readers announce what the values are.
 */
export function ChipList({
  label,
  chips,
  removeLabel,
  onRemove,
  readOnly = false,
}: {
  label: string;
  chips: readonly Chip[];
  /** Accessible name of a chip's remove button, e.g. `Retirer « jardinage »`. */
  removeLabel: (chip: Chip) => string;
  onRemove?: (chip: Chip) => void;
  readOnly?: boolean;
}) {
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.key} className="chip">
          <span>{chip.label}</span>
          {readOnly || !onRemove ? null : (
            <button
              type="button"
              className="chip-remove"
              aria-label={removeLabel(chip)}
              onClick={() => onRemove(chip)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Splits comma-separated input into trimmed, non-empty, de-duplicated labels. */
export function splitChips(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const label = part.trim().replace(/\s+/g, " ");
    const key = label.toLocaleLowerCase();
    if (label && !seen.has(key)) {
      seen.add(key);
      out.push(label);
    }
  }
  return out;
}

/**
 * A text input that turns what is typed into chips at each comma. Enter is left to the
 * surrounding form (it submits a fast-entry form): the owner reads the pending text with
 * {@link splitChips} when it submits, so a value typed without a final comma is not lost.
 */
export function ChipsInput({
  label,
  hint,
  chips,
  text,
  onChange,
  removeLabel,
}: {
  label: string;
  hint?: string;
  /** Labels already turned into chips. */
  chips: readonly string[];
  /** Text typed after the last comma. */
  text: string;
  onChange: (next: { chips: string[]; text: string }) => void;
  removeLabel: (label: string) => string;
}) {
  const id = useId();
  const commit = (value: string) => {
    const parts = value.split(",");
    const rest = parts.pop() ?? "";
    const added = splitChips(parts.join(","));
    const next = [...chips];
    for (const label of added) {
      if (!next.some((c) => c.toLocaleLowerCase() === label.toLocaleLowerCase())) next.push(label);
    }
    onChange({ chips: next, text: rest });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Backspace in an empty input takes the last chip back for editing, as tag inputs do.
    if (event.key === "Backspace" && text === "" && chips.length > 0) {
      event.preventDefault();
      const last = chips[chips.length - 1] ?? "";
      onChange({ chips: chips.slice(0, -1), text: last });
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="chips-input">
        <ChipList
          label={label}
          chips={chips.map((c) => ({ key: c, label: c }))}
          removeLabel={(chip) => removeLabel(chip.label)}
          onRemove={(chip) => onChange({ chips: chips.filter((c) => c !== chip.key), text })}
        />
        <input
          id={id}
          value={text}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => commit(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
