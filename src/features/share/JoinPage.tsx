import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Field } from "../../ui/Field";
import { Banner } from "../../ui/Banner";
import { useLocalServices } from "../../app/AppServices";
import { parseInvite } from "../../sync/invite";
import type { Invite } from "../../sync/invite";
import { rememberInvite } from "./rememberLink";
import { decodeLinksFile } from "./linksFile";
import { QrScanner } from "./QrScanner";
import "./share.css";

/** `/rejoindre`: paste a link (« Lien d'invitation ») or scan a QR code, then open what it names. */
export function JoinPage() {
  const { t } = useTranslation();
  const services = useLocalServices();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);

  const cameraPossible = Boolean(navigator.mediaDevices?.getUserMedia);

  const join = async (invite: Invite) => {
    setBusy(true);
    try {
      const restart = await rememberInvite(services, invite);
      // A new relay key only takes effect when the app starts again (the relay connects at start).
      if (restart) window.location.assign(invite.path);
      else void navigate(invite.path);
    } catch (e) {
      setError(t("share.join.saveFailed", { message: e instanceof Error ? e.message : String(e) }));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseInvite(text);
    if (!parsed.ok) {
      setError(t(`share.join.error.${parsed.error}`));
      return;
    }
    setError(null);
    void join(parsed.invite);
  };

  /** The QR code of a whole « Mes liens » list (one link per line): every entry is re-added. */
  const joinAll = async (value: string) => {
    const decoded = decodeLinksFile(value);
    if (!decoded.ok) {
      setError(t("share.scan.notInvite", { reason: t("share.links.error.not-links") }));
      return;
    }
    setBusy(true);
    try {
      let restart = false;
      for (const { invite, title } of decoded.links) {
        if (await rememberInvite(services, invite, title)) restart = true;
      }
      if (restart) window.location.assign("/mes-liens");
      else void navigate("/mes-liens");
    } catch (e) {
      setError(t("share.join.saveFailed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const scanned = (value: string) => {
    setScanning(false);
    if (value.trim().includes("\n")) {
      void joinAll(value);
      return;
    }
    setText(value);
    const parsed = parseInvite(value);
    if (!parsed.ok) {
      setError(t("share.scan.notInvite", { reason: t(`share.join.error.${parsed.error}`) }));
      return;
    }
    setError(null);
    void join(parsed.invite);
  };

  const preview = parseInvite(text);
  const foreignOrigin =
    preview.ok && preview.invite.origin && preview.invite.origin !== window.location.origin
      ? preview.invite.origin
      : null;

  return (
    <main>
      <h1>{t("share.join.title")}</h1>
      <p>{t("share.join.intro")}</p>
      <form className="section" onSubmit={submit} noValidate>
        <Field
          label={t("share.join.link")}
          value={text}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          hint={t("share.join.linkHint")}
          error={error}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
        {foreignOrigin ? (
          <p className="field-hint">{t("share.join.otherServer", { origin: foreignOrigin })}</p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t("share.join.open")}
        </button>
      </form>
      <section className="section" aria-labelledby="scan-title">
        <h2 id="scan-title">{t("share.scan.heading")}</h2>
        {!services.secureContext ? (
          <Banner tone="info">{t("share.scan.insecure")}</Banner>
        ) : !cameraPossible ? (
          <Banner tone="info">{t("share.scan.unsupported")}</Banner>
        ) : scanning ? (
          <QrScanner onText={scanned} onStop={() => setScanning(false)} />
        ) : (
          <button type="button" className="secondary" onClick={() => setScanning(true)}>
            {t("share.scan.start")}
          </button>
        )}
      </section>
    </main>
  );
}
