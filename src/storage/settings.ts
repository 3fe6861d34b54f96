import type { RecolteDb } from "./LocalDb";

/** User settings of this device. */
export interface Settings {
  /** The relay's WebSocket URL; `null`: the same origin's `/sync`. */
  relayUrl: string | null;
  language: "fr" | "en";
}

/** Values used while a setting was never saved (or holds something unreadable). */
export const DEFAULT_SETTINGS: Readonly<Settings> = { relayUrl: null, language: "fr" };

const isValid: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  relayUrl: (value): value is string | null => value === null || typeof value === "string",
  language: (value): value is "fr" | "en" => value === "fr" || value === "en",
};

/** One setting; stored values are checked, a bad one reads as the default. */
export async function getSetting<K extends keyof Settings>(
  db: RecolteDb,
  key: K,
): Promise<Settings[K]> {
  const record = await db.settings.get(key);
  const check: (value: unknown) => value is Settings[K] = isValid[key];
  return record !== undefined && check(record.value) ? record.value : DEFAULT_SETTINGS[key];
}

/** Saves one setting. */
export async function setSetting<K extends keyof Settings>(
  db: RecolteDb,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
