import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Field } from "../../ui/Field";
import { Banner } from "../../ui/Banner";
import { useLocalServices } from "../../app/AppServices";
import type { LocalSettings } from "../../app/AppServices";

/** Relay address and language. A new relay address takes effect after a restart of the app. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { local, defaultRelayUrl } = useLocalServices();
  const [relayUrl, setRelayUrl] = useState("");
  const [language, setLanguage] = useState<LocalSettings["language"]>("fr");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  useEffect(() => {
    local.getSettings().then(
      (settings) => {
        setRelayUrl(settings.relayUrl ?? "");
        setLanguage(settings.language);
      },
      (e: unknown) => setMessage({ tone: "error", text: String(e) }),
    );
  }, [local]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = relayUrl.trim();
    if (trimmed && !/^wss?:\/\/[^\s]+$/.test(trimmed)) {
      setMessage({ tone: "error", text: t("settings.invalidRelay") });
      return;
    }
    try {
      await local.saveSettings({ relayUrl: trimmed || null, language });
      await i18n.changeLanguage(language);
      setMessage({ tone: "success", text: t("settings.saved") });
      window.setTimeout(() => window.location.reload(), 1_500);
    } catch (e) {
      setMessage({ tone: "error", text: t("errors.generic", { message: String(e) }) });
    }
  };

  return (
    <main>
      <h1>{t("settings.title")}</h1>
      <form className="section" onSubmit={(e) => void save(e)} noValidate>
        <Field
          label={t("settings.relayUrl")}
          value={relayUrl}
          placeholder={defaultRelayUrl}
          hint={t("settings.relayHint", { url: defaultRelayUrl })}
          inputMode="url"
          onChange={(e) => setRelayUrl(e.target.value)}
        />
        <div className="field">
          <label htmlFor="language">{t("settings.language")}</label>
          <select
            id="language"
            value={language}
            onChange={(e) => setLanguage(e.target.value === "en" ? "en" : "fr")}
          >
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
        <button type="submit">{t("settings.save")}</button>
      </form>
      <p>
        <Link to="/mes-liens">{t("share.links.entry")}</Link>
      </p>
      {message ? <Banner tone={message.tone}>{message.text}</Banner> : null}
    </main>
  );
}
