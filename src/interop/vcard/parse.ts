/** vCard import: 2.1, 3.0 and 4.0 as phones and mail clients write them. */
import { assertTextual, ImportError } from "../errors";
import type { ImportResult } from "../types";
import { splitCards } from "./cards";
import { rewriteLine, unfold } from "./contentLines";
import { parseCardProperties } from "./jcard";
import { cardToDraft } from "./toDraft";

/**
 * Reads every card of a vCard file.
 *
 * Each card is pre-processed (unfolding, 2.1 quoted-printable + CHARSET, bare 2.1 parameters,
 * PHOTO/LOGO dropped) then parsed by ical.js on its own, so one broken card is rejected alone.
 * Mapping: FN (else N) → name; ORG → organisations, or the name of a structure when KIND:org,
 * X-ABShowAs:COMPANY or no person name; TITLE/ROLE → role; EMAIL/TEL with TYPE or a grouped
 * X-ABLabel → labelled values; first ADR → address + commune (locality); first URL → website;
 * NOTE → notes; CATEGORIES → themes; unknown and X- properties are ignored.
 *
 * @throws ImportError `empty-file`, `binary` or `not-vcard` when the file as a whole is unusable.
 */
export function parseVCards(text: string): ImportResult {
  assertTextual(text);
  const cards = splitCards(text);
  if (cards.length === 0) throw new ImportError("not-vcard", "No BEGIN:VCARD in the file");
  const result: ImportResult = { entries: [], rejected: [] };
  for (const card of cards) {
    if (!card.complete) {
      result.rejected.push({ index: card.index, reason: "truncated", detail: "END:VCARD missing" });
      continue;
    }
    const lines = unfold(card.lines).flatMap((l) => rewriteLine(l) ?? []);
    let outcome: ReturnType<typeof cardToDraft>;
    try {
      outcome = cardToDraft(
        parseCardProperties(["BEGIN:VCARD", ...lines, "END:VCARD"].join("\r\n")),
      );
    } catch (e) {
      const detail = e instanceof Error ? e.message.slice(0, 200) : String(e);
      result.rejected.push({ index: card.index, reason: "malformed", detail });
      continue;
    }
    if (typeof outcome === "string") result.rejected.push({ index: card.index, reason: outcome });
    else result.entries.push({ draft: outcome, index: card.index });
  }
  return result;
}
