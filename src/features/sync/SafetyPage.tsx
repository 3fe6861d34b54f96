import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { useServices } from "../../app/AppServices";
import { Banner } from "../../ui/Banner";
import type { SeedLink } from "../../domain";
import { relayHost } from "../../sync/upstream";
import type { DocumentSafety, SafetyReport, TargetStatus } from "../../sync/safety";
import type { TrackedDocument } from "../../sync/safetyTracker";
import type { UpstreamState } from "../../sync/upstreamWatcher";
import { useSafetyReport } from "./useSafetyReport";
import { useSeedHandles } from "./useSeedHandles";
import "./safety.css";

interface SafetyPageProps {
  workshop: DocHandle<unknown> | undefined;
  addressBook: DocHandle<unknown> | undefined;
  diagnostic: DocHandle<unknown> | undefined;
  /** The workshop's ids of its address book and diagnostic, even before they are loaded. */
  links: { addressBook: string | null; diagnostic: string | null };
  seeds: Readonly<Record<string, Readonly<SeedLink>>>;
}

/**
 * `/atelier/<id>/sauvegarde`: for each document of the atelier, what the relay (and, through a
 * field relay, the central relay) has acknowledged and what is still only on this tablet.
 */
export function SafetyPage({ workshop, addressBook, diagnostic, links, seeds }: SafetyPageProps) {
  const { t } = useTranslation();
  const seedHandles = useSeedHandles(seeds);
  const documents = useMemo((): TrackedDocument[] => {
    const list: TrackedDocument[] = [];
    const add = (
      kind: string,
      id: string | null | undefined,
      handle: DocHandle<unknown> | undefined,
      title = "",
    ) => {
      if (id) list.push({ documentId: id.replace(/^automerge:/, ""), kind, title, handle });
    };
    add("workshop", workshop?.documentId, workshop);
    add("address-book", addressBook?.documentId ?? links.addressBook, addressBook);
    add("diagnostic", diagnostic?.documentId ?? links.diagnostic, diagnostic);
    for (const seed of Object.values(seeds)) {
      const handle = seedHandles.get(seed.url);
      add("seed", handle?.documentId ?? seed.url.replace(/^automerge:/, ""), handle, seed.title);
    }
    return list;
  }, [workshop, addressBook, diagnostic, links.addressBook, links.diagnostic, seeds, seedHandles]);
  const { report, upstream } = useSafetyReport(documents);

  return (
    <section className="safety" aria-labelledby="safety-title">
      <h2 id="safety-title">{t("safety.title")}</h2>
      {report ? <SafetySummary report={report} upstream={upstream} /> : <p>{t("app.loading")}</p>}
      {report ? (
        <SafetyTable documents={report.documents} field={report.centralHasAll !== null} />
      ) : null}
    </section>
  );
}

function SafetySummary({
  report,
  upstream,
}: {
  report: SafetyReport;
  upstream: UpstreamState | null;
}) {
  const { t } = useTranslation();
  const { relay } = useServices();
  const host = relayHost(relay?.url) ?? "";
  const field = report.centralHasAll !== null;
  const info = upstream?.info;
  const pending = field ? report.centralPending : report.relayPending;
  return (
    <div className="safety-summary">
      {!relay ? <Banner tone="warning">{t("safety.noRelay")}</Banner> : null}
      {relay && relay.state !== "connected" ? (
        <Banner tone="warning">{t("safety.offline")}</Banner>
      ) : null}
      {upstream?.error && relay?.state === "connected" ? (
        <Banner tone="warning">{t("safety.healthError", { error: upstream.error })}</Banner>
      ) : null}
      <p
        className={report.allSaved ? "safety-verdict ok" : "safety-verdict"}
        data-testid="safety-verdict"
      >
        {report.allSaved
          ? t("safety.allSaved")
          : pending > 0
            ? t("safety.notSaved", { count: pending })
            : t("safety.notAcknowledged")}
      </p>
      {report.missing > 0 ? <p>{t("safety.missing", { count: report.missing })}</p> : null}
      {relay ? (
        <ul className="safety-targets">
          <li>
            {field ? t("safety.fieldRelay", { host }) : t("safety.relayLine", { host })} :{" "}
            {report.relayHasAll
              ? t("safety.hasAll")
              : t("safety.lacks", { count: report.relayPending })}
          </li>
          {field ? (
            <li>
              {t("safety.central", { host: info?.host ?? "" })} :{" "}
              {!info?.storageId
                ? t("safety.unknownCentral")
                : report.centralHasAll
                  ? t("safety.hasAll")
                  : t("safety.lacks", { count: report.centralPending })}
              {info && !info.connected ? ` (${t("safety.centralDisconnected")})` : null}
            </li>
          ) : null}
        </ul>
      ) : null}
      {!report.allSaved ? <p className="muted">{t("safety.closeHint")}</p> : null}
    </div>
  );
}

function SafetyTable({ documents, field }: { documents: DocumentSafety[]; field: boolean }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "medium" });
  const cell = (target: TargetStatus | null, loaded: boolean) => {
    if (!loaded) return t("safety.notHere");
    if (!target) return "";
    const when = target.lastSyncAt ? time.format(target.lastSyncAt) : t("safety.never");
    const pending = target.pending
      ? t("safety.pendingCell", { count: target.pending })
      : t("safety.upToDate");
    return `${pending} · ${when}`;
  };
  return (
    <table className="safety-table">
      <caption>{t("safety.table")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("safety.document")}</th>
          <th scope="col">
            {field ? t("safety.fieldRelay", { host: "" }) : t("safety.relayLine", { host: "" })}
            <br />
            <small>
              {t("safety.pendingHeader")} · {t("safety.lastAck")}
            </small>
          </th>
          {field ? <th scope="col">{t("safety.central", { host: "" })}</th> : null}
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.documentId} data-pending={d.relay.pending}>
            <th scope="row">{t(`safety.kinds.${d.kind}`, { title: d.title })}</th>
            <td>{cell(d.relay, d.loaded)}</td>
            {field ? <td>{cell(d.central, d.loaded)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
