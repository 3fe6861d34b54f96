/** Outcome of asking the browser to keep our storage under pressure. */
export type PersistResult = "granted" | "denied" | "unsupported";

/** Usage figures, when the browser gives them. */
export interface StorageEstimate {
  usage: number;
  quota: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.storage;
}

/**
 * Asks for persistent storage (DESIGN.md §4), so the browser does not evict captured workshops.
 * Only available in secure contexts; a refusal or an error reads as "denied".
 */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = storageManager();
  if (typeof storage?.persist !== "function") return "unsupported";
  try {
    if (typeof storage.persisted === "function" && (await storage.persisted())) return "granted";
    return (await storage.persist()) ? "granted" : "denied";
  } catch {
    return "denied";
  }
}

/** How much storage is used and available, or `undefined` when the browser does not say. */
export async function estimateStorage(): Promise<StorageEstimate | undefined> {
  const storage = storageManager();
  if (typeof storage?.estimate !== "function") return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return usage === undefined || quota === undefined ? undefined : { usage, quota };
  } catch {
    return undefined;
  }
}
