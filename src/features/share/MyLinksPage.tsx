import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Banner } from "../../ui/Banner";
import { useLocalServices } from "../../app/AppServices";
import { useLocalQuery } from "../shared/useLocalQuery";
import { downloadBlob } from "../shared/download";
import { encodeLinksFile, encodeLinksText, linkEntries } from "./linksFile";
import { importLinksFile } from "./importLinks";
import type { ImportLinksResult } from "./importLinks";
import { QrImage } from "./QrImage";
import "./share.css";

type Message = { tone: "success" | "error"; lines: string[] };

/** `/mes-liens`: every atelier and seed of this device with its link; export and import the list. */
export function MyLinksPage() {
  const { t } = useTranslation();
  const services = useLocalServices();
  const { data, error } = useLocalQuery((local) => local.listAteliers());
  const [message, setMessage] = useState<Message | null>(null);
  const [showQr, setShowQr] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const entries = linkEntries(data ?? [], window.location.origin, services.relayUrl);

  const exportList = () => {
    const name = `mes-liens-recolte-${new Date().toISOString().slice(0, 10)}.json`;
    const text = encodeLinksFile(entries, new Date());
    downloadBlob(name, new Blob([text], { type: "application/json" }));
    setMessage({
      tone: "success",
      lines: [t("share.links.exported", { name, count: entries.length })],
    });
  };

  const describe = (result: ImportLinksResult): Message => {
    if (result.ok) {
      return { tone: "success", lines: [t("share.links.imported", { count: result.count })] };
    }
    const { error: failure } = result;
    const first =
      failure.code === "bad-entry"
        ? t("share.links.error.bad-entry", {
            line: failure.line,
            reason:
              failure.reason === "wrong-kind"
                ? t("share.links.error.not-links")
                : t(`share.join.error.${failure.reason}`),
          })
        : failure.code === "read"
          ? t("share.links.error.read", { message: failure.message })
          : t(`share.links.error.${failure.code}`);
    return { tone: "error", lines: [first, t("share.links.error.nothingWritten")] };
  };

  const importFile = async (file: File) => {
    setMessage(null);
    const result = await importLinksFile(services, file).catch((e: unknown): ImportLinksResult => ({
      ok: false,
      error: { code: "read", message: e instanceof Error ? e.message : String(e) },
    }));
    setMessage(describe(result));
    // A new relay key takes effect when the app starts again.
    if (result.ok && result.restart) window.setTimeout(() => window.location.reload(), 1_500);
  };

  return (
    <main>
      <h1>{t("share.links.title")}</h1>
      <p>{t("share.links.intro")}</p>
      <Banner tone="info">
        <strong>{t("share.panel.keepSafe")}</strong>
      </Banner>
      <div className="row">
        <button type="button" onClick={exportList} disabled={entries.length === 0}>
          {t("share.links.export")}
        </button>
        <button type="button" className="secondary" onClick={() => input.current?.click()}>
          {t("share.links.import")}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          tabIndex={-1}
          accept=".json,.txt,application/json,text/plain"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void importFile(file);
          }}
        />
        {entries.length > 0 ? (
          <button type="button" className="secondary" onClick={() => setShowQr((v) => !v)}>
            {showQr ? t("share.links.hideQr") : t("share.links.showQr")}
          </button>
        ) : null}
      </div>
      {message ? (
        <Banner tone={message.tone}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Banner>
      ) : null}
      {error ? <Banner tone="error">{t("errors.generic", { message: error })}</Banner> : null}
      {showQr && entries.length > 0 ? (
        <div className="section">
          <QrImage
            text={encodeLinksText(entries)}
            label={t("share.links.listQr")}
            onError={() => t("share.links.qrTooLong")}
          />
        </div>
      ) : null}
      {data && entries.length === 0 ? <p>{t("share.links.empty")}</p> : null}
      <ul className="card-list link-list" aria-label={t("share.links.title")}>
        {entries.map((entry) => (
          <li key={entry.documentId} className="card">
            <span className="badge muted">
              {entry.kind === "seed" ? t("share.links.seed") : t("share.links.atelier")}
            </span>{" "}
            <Link
              to={
                entry.kind === "seed"
                  ? `/graine/${entry.documentId}`
                  : `/atelier/${entry.documentId}`
              }
            >
              {entry.title || t("share.links.untitled")}
            </Link>
            <p style={{ margin: "0.4rem 0 0" }}>
              <code>{entry.link}</code>
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
