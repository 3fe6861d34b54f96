/**
 * No input crashes an importer: parsers either return entries/rejections or throw an
 * `ImportError` with a code, and `readContactsFile` never throws at all.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guessMapping } from "../../../src/interop/csv/headers";
import { parseCsvFile } from "../../../src/interop/csv/parse";
import { rowsToDrafts } from "../../../src/interop/csv/rowsToDrafts";
import { IMPORT_ERROR_CODES, isImportError } from "../../../src/interop/errors";
import { planImport } from "../../../src/interop/plan";
import { readContactsFile } from "../../../src/interop/readFile";
import { IMPORT_REJECT_REASONS } from "../../../src/interop/types";
import { parseVCards } from "../../../src/interop/vcard/parse";
import { corpusText } from "./corpus";

/** Runs `fn`; an ImportError with a known code is an accepted outcome, anything else fails. */
function noCrash<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (isImportError(e) && (IMPORT_ERROR_CODES as readonly string[]).includes(e.code))
      return undefined;
    throw e;
  }
}

/** Lines that look like vCard content, so the generator reaches the parser, not just the guards. */
const vcardLine = fc.oneof(
  fc.constantFrom(
    "BEGIN:VCARD",
    "END:VCARD",
    "VERSION:2.1",
    "VERSION:3.0",
    "VERSION:4.0",
    "FN:Hélène",
    "N:Lefèvre;Hélène;;;",
    "ORG:Asso;Service",
    "KIND:org",
    "KIND:group",
    "item1.EMAIL;type=INTERNET:a@b.fr",
    "item1.X-ABLabel:_$!<Mobile>!$_",
    "TEL;CELL;VOICE:06 12",
    'TEL;TYPE="cell,voice";VALUE=uri:tel:+33-6',
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:H=C3=A9l=",
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown:=ZZ=",
    "PHOTO;ENCODING=b:AAAA",
    "NOTE;ENCODING=BASE64:!!!",
    "ADR:;;;;;;;;;;",
    "CATEGORIES:a,b\\,c",
    "X-RECOLTE-SKILLS:a\\,b,c",
    " folded",
    "\tfolded",
    "AGENT:",
    "",
    ":",
    ";;;:",
    'X;"=:',
  ),
  fc.string({ maxLength: 40 }),
);
/** Cards built from those lines (most closed, some cut short) with junk between them. */
const vcardCard = fc
  .tuple(fc.array(vcardLine, { maxLength: 12 }), fc.boolean(), fc.boolean())
  .map(([body, closed, junkAfter]) => [
    "BEGIN:VCARD",
    ...body,
    ...(closed || body.length % 3 !== 0 ? ["END:VCARD"] : []),
    ...(junkAfter ? ["trailing junk"] : []),
  ]);
const vcardText = fc
  .tuple(fc.array(vcardCard, { maxLength: 5 }), fc.constantFrom("\r\n", "\n", "\r"))
  .map(([cards, eol]) => cards.flat().join(eol));

describe("robustness", () => {
  it("parseVCards never crashes on arbitrary or vCard-like text, and reasons are known", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme-composite", maxLength: 400 }), vcardText),
        (text) => {
          const result = noCrash(() => parseVCards(text));
          for (const r of result?.rejected ?? []) expect(IMPORT_REJECT_REASONS).toContain(r.reason);
          for (const e of result?.entries ?? []) expect(e.draft.name.trim()).not.toBe("");
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("the vCard-like generator reaches the parser (a property that never parses proves nothing)", () => {
    const results = fc
      .sample(vcardText, { numRuns: 400, seed: 42 })
      .map((t) => noCrash(() => parseVCards(t)));
    expect(results.filter((r) => (r?.entries.length ?? 0) > 0).length).toBeGreaterThan(20);
    const reasons = new Set(results.flatMap((r) => r?.rejected.map((x) => x.reason) ?? []));
    expect(reasons).toContain("missing-name");
    expect(reasons).toContain("truncated");
  });

  it("the CSV importer never crashes on arbitrary text, with the guessed mapping or any mapping", () => {
    const fieldOrIgnore = fc.constantFrom(
      "name",
      "givenName",
      "emails",
      "emailLabel",
      "phones",
      "kind",
      "ignore" as const,
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.array(fieldOrIgnore, { maxLength: 6 }),
        (text, fields) => {
          const table = noCrash(() => parseCsvFile(text));
          if (table === undefined) return;
          noCrash(() => rowsToDrafts(table, guessMapping(table.headers)));
          const result = noCrash(() =>
            rowsToDrafts(table, Object.fromEntries(fields.map((f, i) => [i, f]))),
          );
          if (result !== undefined) noCrash(() => planImport([], result.entries, result.rejected));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("readContactsFile never throws, whatever the bytes or file name", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom("", "a.vcf", "a.csv", "a.bin"),
        (bytes, name) => {
          const read = readContactsFile(bytes, name);
          if (!read.ok) expect(IMPORT_ERROR_CODES).toContain(read.code);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("every prefix of a real file parses without crashing (files cut by a failed transfer)", () => {
    const text = corpusText("ios-3.0.vcf") + corpusText("outlook-2.1-utf8.vcf");
    for (let end = 0; end <= text.length; end += 7) noCrash(() => parseVCards(text.slice(0, end)));
    const csv = corpusText("google.csv");
    for (let end = 0; end <= csv.length; end += 11) {
      const table = noCrash(() => parseCsvFile(csv.slice(0, end)));
      if (table !== undefined) noCrash(() => rowsToDrafts(table, guessMapping(table.headers)));
    }
  });

  it("refuses oversized files before decoding them", () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    expect(readContactsFile(big, "big.vcf")).toMatchObject({ ok: false, code: "too-large" });
  });
});
