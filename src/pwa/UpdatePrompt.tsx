import { useRegisterSW } from "virtual:pwa-register/react";
import { useTranslation } from "react-i18next";
import { Banner } from "../ui/Banner";
import { useHasDirtyForms } from "./DirtyForms";

/**
 * Service worker registration with `registerType: "prompt"`: a new version waits until the user
 * accepts, and the button stays disabled while a form holds unsaved input.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const dirty = useHasDirtyForms();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });

  if (needRefresh) {
    return (
      <Banner tone="info">
        <div className="row">
          <span>{t("pwa.updateReady")}</span>
          <button type="button" disabled={dirty} onClick={() => void updateServiceWorker(true)}>
            {t("pwa.update")}
          </button>
          <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
            {t("pwa.later")}
          </button>
          {dirty ? <span>{t("pwa.updateBlocked")}</span> : null}
        </div>
      </Banner>
    );
  }
  if (offlineReady) {
    return (
      <Banner tone="success">
        <div className="row">
          <span>{t("pwa.offlineReady")}</span>
          <button type="button" className="secondary" onClick={() => setOfflineReady(false)}>
            OK
          </button>
        </div>
      </Banner>
    );
  }
  return null;
}
