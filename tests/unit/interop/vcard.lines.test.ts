/** The vCard pre-processing ical.js lacks: card splitting, unfolding, quoted-printable, 2.1 rewriting; and folding on export. */
import { describe, expect, it } from "vitest";
import { splitCards } from "../../../src/interop/vcard/cards";
import { rewriteLine, unfold } from "../../../src/interop/vcard/contentLines";
import { decodeQuotedPrintable } from "../../../src/interop/vcard/quotedPrintable";
import { foldLine } from "../../../src/interop/vcard/write";

describe("splitCards", () => {
  it("splits on BEGIN/END, treats a BEGIN before END as a cut card, skips a 2.1 AGENT's inner card", () => {
    const cards = splitCards(
      [
        "junk",
        "BEGIN:VCARD",
        "FN:A",
        "AGENT:",
        "BEGIN:VCARD",
        "FN:Secrétaire",
        "END:VCARD",
        "TEL:1",
        "END:VCARD",
        "begin:vcard",
        "FN:B",
        "BEGIN:VCARD",
        "FN:C",
      ].join("\n"),
    );
    expect(cards).toEqual([
      { index: 0, lines: ["FN:A", "TEL:1"], complete: true },
      { index: 1, lines: ["FN:B"], complete: false },
      { index: 2, lines: ["FN:C"], complete: false },
    ]);
  });
});

describe("unfold", () => {
  it("joins space- and tab-folded lines and quoted-printable soft breaks, drops blank lines", () => {
    expect(
      unfold([
        "NOTE:Rencontr",
        " ée",
        "\tle 12",
        "",
        "NOTE;ENCODING=QUOTED-PRINTABLE:ligne=",
        " suite=",
        "fin",
        "FN:Prix = 3=",
        "TEL:1",
      ]),
    ).toEqual([
      "NOTE:Rencontréele 12",
      "NOTE;ENCODING=QUOTED-PRINTABLE:ligne suitefin",
      "FN:Prix = 3=",
      "TEL:1",
    ]);
  });
});

describe("decodeQuotedPrintable", () => {
  it("decodes bytes in the declared charset, Windows-1252 included (=80 is €)", () => {
    expect(decodeQuotedPrintable("H=C3=A9l=C3=A8ne", "UTF-8")).toBe("Hélène");
    expect(decodeQuotedPrintable("J=E9r=F4me =80 =9C", "Windows-1252")).toBe("Jérôme € œ");
    expect(decodeQuotedPrintable("J=E9r=F4me", "ISO-8859-1")).toBe("Jérôme");
  });

  it("keeps literal accents and malformed escapes, falls back to UTF-8 for an unknown charset", () => {
    expect(decodeQuotedPrintable("Hélène =ZZ =4", "UTF-8")).toBe("Hélène =ZZ =4");
    expect(decodeQuotedPrintable("=C3=A9", "x-made-up")).toBe("é");
  });
});

describe("rewriteLine", () => {
  it("turns 2.1 bare parameters into TYPE= and decodes QP values, escaping line breaks", () => {
    expect(rewriteLine("TEL;CELL;VOICE:06 12")).toBe("TEL;TYPE=CELL;TYPE=VOICE:06 12");
    expect(rewriteLine("NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:a=0D=0Ab")).toBe("NOTE:a\\nb");
    expect(rewriteLine("item1.EMAIL;type=INTERNET:a@b.fr")).toBe(
      "item1.EMAIL;type=INTERNET:a@b.fr",
    );
    expect(rewriteLine("VERSION:2.1")).toBe("VERSION:3.0");
  });

  it("drops photos and lines that are not properties", () => {
    expect(rewriteLine("PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ")).toBeUndefined();
    expect(rewriteLine("item2.LOGO:https://x")).toBeUndefined();
    expect(rewriteLine("no colon here")).toBeUndefined();
    expect(rewriteLine("bad name!:x")).toBeUndefined();
  });
});

describe("foldLine", () => {
  it("folds at 75 octets of UTF-8 and never splits a character", () => {
    const line = `NOTE:${"é".repeat(40)}${"🌱".repeat(30)}${"a".repeat(100)}`;
    const physical = foldLine(line).split("\r\n");
    expect(physical.length).toBeGreaterThan(3);
    for (const p of physical) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("FN:court")).toBe("FN:court");
  });
});
