import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../ui/Dialog";
import { useLocalServices } from "../../app/AppServices";
import { useLocalQuery } from "../shared/useLocalQuery";
import { useCurrentProfile } from "./ProfileContext";
import { ProfileForm } from "./ProfileForm";
import { newProfile } from "./newProfile";

/** Header button to switch between the people sharing this tablet, or add one. */
export function ProfileSwitcher() {
  const { t } = useTranslation();
  const { local } = useLocalServices();
  const { profile, switchTo } = useCurrentProfile();
  const [open, setOpen] = useState(false);
  const { data: profiles } = useLocalQuery((store) => store.listProfiles(), [open]);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        title={t("profile.current", { name: profile.name })}
      >
        <span className="avatar" style={{ background: profile.color }} aria-hidden="true" />
        {profile.name}
        <span className="visually-hidden">{t("profile.switch")}</span>
      </button>
      <Dialog title={t("profile.switchTitle")} open={open} onClose={() => setOpen(false)}>
        <ul className="card-list">
          {(profiles ?? []).map((candidate) => (
            <li key={candidate.id} className="card row">
              <span className="avatar" style={{ background: candidate.color }} aria-hidden="true" />
              <strong>{candidate.name}</strong>
              <button
                type="button"
                className="secondary"
                disabled={candidate.id === profile.id}
                onClick={() => switchTo(candidate).then(() => setOpen(false))}
              >
                {t("profile.use")} <span className="visually-hidden">{candidate.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <h3>{t("profile.newProfile")}</h3>
        <ProfileForm
          submitLabel={t("profile.start")}
          onSubmit={async (name, color) => {
            const created = newProfile(name, color);
            await local.saveProfile(created);
            await switchTo(created);
            setOpen(false);
          }}
        />
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("app.back")}
        </button>
      </Dialog>
    </>
  );
}
