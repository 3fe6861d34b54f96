/** Quoted-printable and base64 property values, as vCard 2.1 writers (Outlook, old Android) emit them. */
import { decodeBytes } from "../decodeText";

/**
 * Decodes a quoted-printable value (soft line breaks already joined) in `charset`. Runs of `=XX`
 * escapes are decoded as bytes; literal characters are kept as they are, so a writer that left
 * raw accents in the value does not turn them into replacement characters.
 */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const label = charset ?? "utf-8";
  let out = "";
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += decodeBytes(new Uint8Array(bytes), label);
    bytes = [];
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const hex = value.slice(i + 1, i + 3);
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (ch === "=" && i === value.length - 1) {
      // A trailing soft break with nothing after it (truncated value): drop it.
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

/** Decodes base64 text in `charset`; returns undefined when it is not base64. */
export function decodeBase64Text(value: string, charset: string | undefined): string | undefined {
  try {
    const binary = atob(value.replace(/\s+/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return decodeBytes(bytes, charset ?? "utf-8");
  } catch {
    return undefined;
  }
}
