import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../ui/Banner";
import { useLocalServices } from "./AppServices";
import type { StorageAlert } from "./AppServices";

/**
 * What the device lacks or what went wrong with local storage, always visible: a failed write is
 * shown within the second it is reported (never swallowed), the insecure-context « mode relais
 * local » and a refused persistent-storage grant are stated plainly.
 */
const PERSIST_DISMISSED = "recolte.persist-banner-dismissed";

export function EnvironmentBanners() {
  const { t } = useTranslation();
  const { onStorageAlert, secureContext, persistence } = useLocalServices();
  const [alert, setAlert] = useState<StorageAlert | null>(null);
  const [persistDenied, setPersistDenied] = useState(false);
  // Dismissed for this session only: the risk is real, the reminder comes back next time.
  const [persistDismissed, setPersistDismissed] = useState(
    () => sessionStorage.getItem(PERSIST_DISMISSED) === "1",
  );
  useEffect(() => onStorageAlert(setAlert), [onStorageAlert]);
  useEffect(() => {
    let live = true;
    void persistence.then((answer) => live && setPersistDenied(answer === "denied"));
    return () => {
      live = false;
    };
  }, [persistence]);
  return (
    <>
      {!secureContext ? <Banner tone="warning">{t("insecure.banner")}</Banner> : null}
      {secureContext && persistDenied && !persistDismissed ? (
        <Banner tone="info">
          <div className="row">
            <span>{t("storage.persistDenied")}</span>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                sessionStorage.setItem(PERSIST_DISMISSED, "1");
                setPersistDismissed(true);
              }}
            >
              {t("storage.understood")}
            </button>
          </div>
        </Banner>
      ) : null}
      {alert?.type === "write-failed" ? (
        <Banner tone="error">{t("storage.writeFailed", { error: alert.error })}</Banner>
      ) : null}
      {alert?.type === "recovered" ? (
        <Banner tone="success">{t("storage.recovered")}</Banner>
      ) : null}
    </>
  );
}
