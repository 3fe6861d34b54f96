import { useEffect, useState } from "react";
import { qrDataUrl } from "./qr";

type QrState = { text: string; url: string } | { text: string; error: string } | null;

/** A QR code of `text`, named `label`; `onError` words the failure (e.g. text too long). */
export function QrImage({
  text,
  label,
  onError,
}: {
  text: string;
  label: string;
  onError: (message: string) => string;
}) {
  const [state, setState] = useState<QrState>(null);
  useEffect(() => {
    let cancelled = false;
    qrDataUrl(text).then(
      (url) => !cancelled && setState({ text, url }),
      (e: unknown) =>
        !cancelled && setState({ text, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (!state || state.text !== text) return <div className="qr qr-pending" aria-busy="true" />;
  if ("error" in state) {
    return (
      <p className="field-error" role="alert">
        {onError(state.error)}
      </p>
    );
  }
  return <img className="qr" src={state.url} alt={label} width={240} height={240} />;
}
