/** A QR code of the relay's LAN URL for the terminal (tablets scan it to open the app). */
import QRCode from "qrcode";

/** The QR code as terminal text; an empty string if it cannot be drawn (never fatal). */
export async function terminalQr(url: string): Promise<string> {
  try {
    return await QRCode.toString(url, { type: "terminal", small: true, errorCorrectionLevel: "L" });
  } catch {
    return "";
  }
}
