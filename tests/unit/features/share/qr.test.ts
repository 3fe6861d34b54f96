import { describe, expect, it } from "vitest";
import QRCode from "qrcode";
import jsQR from "jsqr";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { qrDataUrl } from "../../../../src/features/share/qr";
import { encodeLinksText, linkEntries } from "../../../../src/features/share/linksFile";

/** Draws a QR code's modules as RGBA pixels, as a camera frame of a screen would show them. */
function pixels(text: string, scale = 4, quiet = 4) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const side = (modules.size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (!modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          data[offset] = data[offset + 1] = data[offset + 2] = 0;
        }
      }
    }
  }
  return { data, side };
}

const id = () => parseAutomergeUrl(generateAutomergeUrl()).documentId as string;

describe("the QR codes « Partager » and « Mes liens » draw", () => {
  it("read back, with the fallback decoder, as the exact link (key included)", () => {
    const link = `https://recolte.example/atelier/${id()}?key=s%C3%A9same`;
    const { data, side } = pixels(link);
    expect(jsQR(data, side, side)?.data).toBe(link);
  });

  it("hold a whole list of links, one per line", () => {
    const items = Array.from({ length: 8 }, (_, n) => ({
      documentId: id(),
      title: `Atelier ${n}`,
      kind: n % 2 ? ("seed" as const) : ("atelier" as const),
    }));
    const text = encodeLinksText(linkEntries(items, "https://recolte.example", "wss://x/sync"));
    const { data, side } = pixels(text, 3);
    expect(jsQR(data, side, side)?.data).toBe(text);
  });

  it("are SVG images, and a text too long for one code is refused (the file is the way then)", async () => {
    await expect(qrDataUrl("https://recolte.example/atelier/x")).resolves.toMatch(
      /^data:image\/svg\+xml;charset=utf-8,%3Csvg/,
    );
    await expect(qrDataUrl("x".repeat(5_000))).rejects.toThrow();
  });
});
