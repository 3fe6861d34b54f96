import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProfileSwitcher } from "../features/profile/ProfileSwitcher";
import { SyncIndicator } from "../features/sync/SyncIndicator";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { EnvironmentBanners } from "./EnvironmentBanners";

/** Header (home, sync status, profile, settings), app-wide banners, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header">
        <Link to="/">{t("app.name")}</Link>
        <span className="spacer" />
        <SyncIndicator />
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
