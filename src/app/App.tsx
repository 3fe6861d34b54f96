import { lazy, Suspense, useCallback, useState } from "react";
import { BrowserRouter, Route, Routes } from "react-router";
import { useTranslation } from "react-i18next";
import { LocalServicesContext } from "./AppServices";
import type { LocalServices, Profile, SyncServices } from "./AppServices";
import { SyncBoundary, SyncRuntimeContext } from "./SyncBoundary";
import { Layout } from "./Layout";
import { ProfileContext } from "../features/profile/ProfileContext";
import { FirstLaunch } from "../features/profile/FirstLaunch";
import { newProfile } from "../features/profile/newProfile";
import { HomePage } from "../features/home/HomePage";
import { SettingsPage } from "../features/settings/SettingsPage";
import { TrackedDocumentsProvider } from "../features/sync/TrackedDocuments";
import { DirtyFormsProvider } from "../pwa/DirtyForms";

/** Document pages load with the Automerge runtime, after the home screen (cold start). */
const AtelierPage = lazy(() =>
  import("../features/workshop/AtelierPage").then((m) => ({ default: m.AtelierPage })),
);

const SeedPage = lazy(() =>
  import("../features/seed/SeedPage").then((m) => ({ default: m.SeedPage })),
);
const MySeedsPage = lazy(() =>
  import("../features/seed/MySeedsPage").then((m) => ({ default: m.MySeedsPage })),
);

/** « Rejoindre » and « Mes liens » need no Automerge runtime; loaded when opened. */
const JoinPage = lazy(() =>
  import("../features/share/JoinPage").then((m) => ({ default: m.JoinPage })),
);
const MyLinksPage = lazy(() =>
  import("../features/share/MyLinksPage").then((m) => ({ default: m.MyLinksPage })),
);

type ProfileLoad = { status: "none" } | { status: "ready"; profile: Profile };

/** Routes and providers. Receives its services from the composition root (`main.tsx`). */
export function App({
  services,
  runtime,
  initialProfile,
}: {
  services: LocalServices;
  runtime: Promise<SyncServices>;
  /** Read by the composition root with the settings, so the first frame is the real screen. */
  initialProfile: Profile | undefined;
}) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<ProfileLoad>(
    initialProfile ? { status: "ready", profile: initialProfile } : { status: "none" },
  );

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
  if (load.status === "none") content = <FirstLaunch onCreate={createFirst} />;
  else
    content = (
      <ProfileContext.Provider value={{ profile: load.profile, switchTo }}>
        <Layout>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route
              path="/atelier/:documentId/*"
              element={
                <SyncBoundary fallback={<main>{t("app.loading")}</main>}>
                  <AtelierPage />
                </SyncBoundary>
              }
            />
            <Route
              path="/graine/:documentId/*"
              element={
                <SyncBoundary fallback={<main>{t("app.loading")}</main>}>
                  <SeedPage />
                </SyncBoundary>
              }
            />
            <Route
              path="/mes-graines"
              element={
                <SyncBoundary fallback={<main>{t("app.loading")}</main>}>
                  <MySeedsPage />
                </SyncBoundary>
              }
            />
            <Route
              path="/rejoindre"
              element={
                <Suspense fallback={<main>{t("app.loading")}</main>}>
                  <JoinPage />
                </Suspense>
              }
            />
            <Route
              path="/mes-liens"
              element={
                <Suspense fallback={<main>{t("app.loading")}</main>}>
                  <MyLinksPage />
                </Suspense>
              }
            />
            <Route path="/reglages" element={<SettingsPage />} />
            <Route path="*" element={<HomePage />} />
          </Routes>
        </Layout>
      </ProfileContext.Provider>
    );

  return (
    <LocalServicesContext.Provider value={services}>
      <SyncRuntimeContext.Provider value={runtime}>
        <DirtyFormsProvider>
          <TrackedDocumentsProvider>
            <BrowserRouter>{content}</BrowserRouter>
          </TrackedDocumentsProvider>
        </DirtyFormsProvider>
      </SyncRuntimeContext.Provider>
    </LocalServicesContext.Provider>
  );
}
