import { useTranslation } from "react-i18next";

/** The status while the sync runtime loads: no relay is connected yet, so « Hors ligne ». */
export function SyncIndicatorPlaceholder() {
  const { t } = useTranslation();
  return (
    <div>
      <span className="sync-status">
        <span className="sync-dot off" aria-hidden="true" />
        <span role="status">{t("sync.offline")}</span>
      </span>
    </div>
  );
}
