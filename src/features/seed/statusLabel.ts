import type { TFunction } from "i18next";
import { isSeedStatus } from "../../domain";

/** The translated label of a status id (« Statut inconnu » for one this app does not know). */
export function statusLabel(t: TFunction, status: string): string {
  return isSeedStatus(status) ? t(`seed.status.${status}`) : t("seed.status.unknown");
}

/** `"YYYY-MM-DD"` shown in the UI language (the string itself when it is not a date). */
export function formatDay(day: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(date);
}
