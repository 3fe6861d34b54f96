/**
 * Splits a vCard file into cards before any parsing, so that one broken card (truncated, or with
 * a line the parser refuses) is rejected alone instead of failing the whole file.
 */

/** The raw lines of one card (BEGIN/END excluded) and whether its END:VCARD was found. */
export interface RawCard {
  index: number;
  lines: string[];
  complete: boolean;
}

const BEGIN = /^\s*BEGIN\s*:\s*VCARD\s*$/i;
const END = /^\s*END\s*:\s*VCARD\s*$/i;
/** A 2.1 AGENT property may embed a whole vCard; its inner lines belong to no card of ours. */
const AGENT_OPEN = /^(?:[\w-]+\.)?AGENT(?:;[^:]*)?:\s*$/i;

/** Returns the cards of `text` in file order; text outside BEGIN/END is ignored. */
export function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let current: RawCard | undefined;
  let agentDepth = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (current === undefined) {
      if (BEGIN.test(line)) current = { index: cards.length, lines: [], complete: false };
      continue;
    }
    if (agentDepth > 0) {
      if (BEGIN.test(line)) agentDepth++;
      else if (END.test(line)) agentDepth--;
      continue;
    }
    if (BEGIN.test(line)) {
      const previous = current.lines[current.lines.length - 1];
      if (previous !== undefined && AGENT_OPEN.test(previous)) {
        current.lines.pop();
        agentDepth = 1;
        continue;
      }
      // A BEGIN before the END: the previous card was cut short (a truncated concatenation).
      cards.push(current);
      current = { index: cards.length, lines: [], complete: false };
      continue;
    }
    if (END.test(line)) {
      current.complete = true;
      cards.push(current);
      current = undefined;
      continue;
    }
    current.lines.push(line);
  }
  if (current !== undefined) cards.push(current);
  return cards;
}
