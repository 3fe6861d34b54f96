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
export function EnvironmentBanners() {
  const { t } = useTranslation();
  const { onStorageAlert, secureContext, persistence } = useLocalServices();
  const [alert, setAlert] = useState<StorageAlert | null>(null);
  const [persistDenied, setPersistDenied] = useState(false);
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
      {secureContext && persistDenied ? (
        <Banner tone="info">{t("storage.persistDenied")}</Banner>
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
