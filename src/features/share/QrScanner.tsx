import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { createFrameDecoder } from "./decodeQr";

/** Time between two looks at the camera image: enough to feel instant, light on a tablet. */
const SCAN_EVERY_MS = 250;

/**
 * The camera, read until a QR code is found; `onText` receives its text (the scanner stops).
 * Only mounted in a secure context: browsers give no camera to an `http://` LAN page.
 */
export function QrScanner({
  onText,
  onStop,
}: {
  onText: (text: string) => void;
  onStop: () => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(null);
  const found = useRef(onText);
  found.current = onText;

  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new Error(t("share.scan.unsupported"));
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: "environment" },
          audio: false,
        });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        const decode = await createFrameDecoder();
        const look = async () => {
          if (stopped || !video.current) return;
          const text = await decode(video.current).catch(() => undefined);
          if (stopped) return;
          if (text) found.current(text);
          else timer = setTimeout(() => void look(), SCAN_EVERY_MS);
        };
        void look();
      } catch (e) {
        if (!stopped) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);

  return (
    <div className="scanner">
      {error ? (
        <p className="field-error" role="alert">
          {t("share.scan.denied", { message: error })}
        </p>
      ) : (
        <p aria-live="polite">{t("share.scan.looking")}</p>
      )}
      <video ref={video} aria-label={t("share.scan.video")} muted playsInline />
      <p>
        <button type="button" className="secondary" onClick={onStop}>
          {t("share.scan.stop")}
        </button>
      </p>
    </div>
  );
}
