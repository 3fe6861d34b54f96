import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { fr } from "./fr";
import { en } from "./en";

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The page's language follows the chosen one (`<html lang>`): screen readers pronounce it, and
 * the browser formats what it draws itself (date fields, hyphenation) for it.
 */
function followLanguage(language: string): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

/** Initialises i18next once; French is the default and the fallback. */
export async function initI18n(language: Language = "fr"): Promise<typeof i18next> {
  if (!i18next.isInitialized) i18next.on("languageChanged", followLanguage);
  await i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: "fr",
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  followLanguage(i18next.language);
  return i18next;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
