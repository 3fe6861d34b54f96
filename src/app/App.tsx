import { useCallback, useEffect, useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { useTranslation } from "react-i18next";
import { AppServicesContext } from "./AppServices";
import type { AppServices, Profile } from "./AppServices";
import { Layout } from "./Layout";
import { ProfileContext } from "../features/profile/ProfileContext";
import { FirstLaunch } from "../features/profile/FirstLaunch";
import { newProfile } from "../features/profile/newProfile";
import { HomePage } from "../features/home/HomePage";
import { AtelierPage } from "../features/workshop/AtelierPage";
import { SettingsPage } from "../features/settings/SettingsPage";
import { TrackedDocumentsProvider } from "../features/sync/TrackedDocuments";
import { DirtyFormsProvider } from "../pwa/DirtyForms";
import { Banner } from "../ui/Banner";

type ProfileLoad =
  { status: "loading" } | { status: "none" } | { status: "ready"; profile: Profile };

/** Routes and providers. Receives its services from the composition root (`main.tsx`). */
export function App({ services }: { services: AppServices }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<ProfileLoad>({ status: "loading" });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    services.local.getCurrentProfile().then(
      (profile) => setLoad(profile ? { status: "ready", profile } : { status: "none" }),
      (e: unknown) => setError(String(e)),
    );
  }, [services.local]);

  const switchTo = useCallback(
    async (profile: Profile) => {
      await services.local.setCurrentProfile(profile.id);
      setLoad({ status: "ready", profile });
    },
    [services.local],
  );

  const createFirst = useCallback(
    async (name: string, color: string) => {
      const profile = newProfile(name, color);
      await services.local.saveProfile(profile);
      await switchTo(profile);
    },
    [services.local, switchTo],
  );

  let content;
  if (error) content = <Banner tone="error">{t("errors.generic", { message: error })}</Banner>;
  else if (load.status === "loading") content = <main>{t("app.loading")}</main>;
  else if (load.status === "none") content = <FirstLaunch onCreate={createFirst} />;
  else
    content = (
      <ProfileContext.Provider value={{ profile: load.profile, switchTo }}>
        <Layout>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/atelier/:documentId/*" element={<AtelierPage />} />
            <Route path="/reglages" element={<SettingsPage />} />
            <Route path="*" element={<HomePage />} />
          </Routes>
        </Layout>
      </ProfileContext.Provider>
    );

  return (
    <AppServicesContext.Provider value={services}>
      <DirtyFormsProvider>
        <TrackedDocumentsProvider>
          <BrowserRouter>{content}</BrowserRouter>
        </TrackedDocumentsProvider>
      </DirtyFormsProvider>
    </AppServicesContext.Provider>
  );
}
