import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChipList } from "../../../ui/Chips";
import type { BoardNote } from "../boardTypes";
import { useBoardScreen } from "../BoardContext";

const MAX_RESULTS = 8;

/** Contacts of the carnet linked to the note (by id; names read from the carnet). */
export function LinksSection({ note }: { note: BoardNote }) {
  const { t } = useTranslation();
  const { actions, contacts, names } = useBoardScreen();
  const id = useId();
  const [query, setQuery] = useState("");
  const linked = new Set(note.linkedContacts);
  const results = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    if (!q) return [];
    return contacts
      .filter((c) => !linked.has(c.id) && c.searchText.includes(q))
      .slice(0, MAX_RESULTS);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contacts, query, note.linkedContacts]);
  if (note.placeholder) return null;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("board.links")}</h3>
      {note.linkedContacts.length === 0 ? (
        <p className="field-hint">{t("board.linkNone")}</p>
      ) : null}
      <ChipList
        label={t("board.links")}
        chips={note.linkedContacts.map((c) => ({
          key: c,
          label: names.get(c) ?? t("board.unknownContact"),
        }))}
        removeLabel={(chip) => t("board.unlink", { name: chip.label })}
        onRemove={(chip) => actions.unlinkContact(note.id, chip.key)}
      />
      <div className="field">
        <label htmlFor={`${id}-q`}>{t("board.linkSearch")}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <ul className="plain-list">
        {results.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                actions.linkContact(note.id, c.id);
                setQuery("");
              }}
            >
              {t("board.linkAdd", { name: c.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
