import { lazy } from "react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProfileSwitcher } from "../features/profile/ProfileSwitcher";
import { SyncIndicatorPlaceholder } from "../features/sync/SyncIndicatorPlaceholder";
import { SyncBoundary } from "./SyncBoundary";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { EnvironmentBanners } from "./EnvironmentBanners";

const SyncIndicator = lazy(() =>
  import("../features/sync/SyncIndicator").then((m) => ({ default: m.SyncIndicator })),
);

/** Header (home, sync status, profile, settings), app-wide banners, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header">
        <Link to="/">{t("app.name")}</Link>
        <span className="spacer" />
        <SyncBoundary fallback={<SyncIndicatorPlaceholder />}>
          <SyncIndicator />
        </SyncBoundary>
        <ProfileSwitcher />
        <Link to="/reglages" className="button secondary" style={{ fontSize: "1rem" }}>
          {t("app.settings")}
        </Link>
      </header>
      <div className="banners">
        <EnvironmentBanners />
        <UpdatePrompt />
      </div>
      {children}
    </>
  );
}
