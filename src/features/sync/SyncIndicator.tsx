import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useSyncStatus } from "./useSyncStatus";
import { useTrackedHandles } from "./TrackedDocuments";
import { useLocalSaveState } from "./useLocalSaveState";
import type { TFunction } from "i18next";
import type { SyncStatus } from "../../sync/syncStatus";

/** The label of the `role="status"` element (DESIGN.md §5), e.g. « Hors ligne · 3 modifications en attente ». */
export function syncLabel(status: SyncStatus, t: TFunction): string {
  const parts: string[] = [];
  if (status.connection === "none") parts.push(t("sync.noRelay"));
  else if (status.connection !== "connected") parts.push(t("sync.offline"));
  if (status.pending > 0) parts.push(t("sync.pending", { count: status.pending }));
  else if (status.connection === "connected") parts.push(t("sync.synced"));
  return parts.join(" · ");
}

/** Header indicator: what the relay has acknowledged, with the last sync time on demand. */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus(useTrackedHandles());
  const localSave = useLocalSaveState();
  const [details, setDetails] = useState(false);
  // The header is outside the atelier's routes: read the atelier from the path.
  const atelier = /^\/atelier\/([^/]+)/.exec(useLocation().pathname)?.[1];
  const ok = status.connection === "connected" && status.pending === 0;
  const off = status.connection !== "connected";
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "medium" });
  return (
    <div data-local-save={localSave}>
      <button
        type="button"
        className="sync-status"
        aria-expanded={details}
        aria-label={t("sync.details")}
        onClick={() => setDetails((open) => !open)}
      >
        <span className={`sync-dot${ok ? " ok" : off ? " off" : ""}`} aria-hidden="true" />
        <span role="status">{syncLabel(status, t)}</span>
      </button>
      {details ? (
        <p className="sync-details">
          {localSave === "saved" ? t("sync.savedLocally") : t("sync.savingLocally")}
          <br />
          {status.lastSyncAt
            ? t("sync.lastSync", { date: time.format(status.lastSyncAt) })
            : t("sync.never")}
          {atelier ? (
            <>
              <br />
              <Link to={`/atelier/${atelier}/sauvegarde`} onClick={() => setDetails(false)}>
                {t("safety.link")}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
