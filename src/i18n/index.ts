import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { fr } from "./fr";
import { en } from "./en";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Initialises i18next once; French is the default and the fallback. */
export async function initI18n(language: Language = "fr"): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: "fr",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
