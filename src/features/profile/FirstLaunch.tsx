import { useTranslation } from "react-i18next";
import { ProfileForm } from "./ProfileForm";

/** First launch on a device: who is using it (no account, a local profile). */
export function FirstLaunch({
  onCreate,
}: {
  onCreate: (name: string, color: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{t("profile.welcomeTitle")}</h1>
      <p>{t("profile.welcomeText")}</p>
      <ProfileForm submitLabel={t("profile.start")} onSubmit={onCreate} />
    </main>
  );
}
