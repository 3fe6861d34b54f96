import QRCode from "qrcode";

/** Error correction « M » (15 %): a QR shown on a tablet screen, scanned by another tablet. */
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

/**
 * The QR code of a text as an SVG data URL (drawn by `qrcode`, a well-kept encoder). Rejects when
 * the text does not fit in one QR code (about 2,300 bytes at this level).
 */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { ...OPTIONS, type: "svg" });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
