import type { Repo } from "@automerge/automerge-repo";

/** Whether this device's storage holds every change made here. */
export type LocalSaveState = "saved" | "saving";

/** What the tracker needs from storage: how many writes are not committed yet. */
export interface PendingWritesSource {
  pendingWrites(): number;
}

/** automerge-repo hands a change to storage within one throttle period of this (100 ms). */
const REPO_SAVE_DELAY_MS = 300;
const POLL_MS = 200;

/**
 * « Est-ce enregistré sur cette tablette ? »: saving while a document changed within the repo's
 * save delay or storage still holds uncommitted writes. Polls only while someone listens.
 */
export function trackLocalSaveState(repo: Repo, storage: PendingWritesSource) {
  let lastChangeAt = 0;
  const changed = new Set<() => void>();
  const watched = new WeakSet<object>();
  const watch = (handle: { on(event: "heads-changed", fn: () => void): unknown }) => {
    if (watched.has(handle)) return;
    watched.add(handle);
    handle.on("heads-changed", () => {
      lastChangeAt = Date.now();
      // « saving » shows at once, in the same task as the edit; « saved » comes from polling.
      for (const notify of changed) notify();
    });
  };
  // Handles opened later (find, create, sync) are picked up on each look.
  const watchAll = () => {
    for (const handle of Object.values(repo.handles)) watch(handle);
  };

  const current = (): LocalSaveState => {
    watchAll();
    return storage.pendingWrites() > 0 || Date.now() - lastChangeAt < REPO_SAVE_DELAY_MS
      ? "saving"
      : "saved";
  };

  return {
    current,
    subscribe(listener: (state: LocalSaveState) => void): () => void {
      let last = current();
      listener(last);
      const check = () => {
        const next = current();
        if (next !== last) listener((last = next));
      };
      const timer = setInterval(check, POLL_MS);
      changed.add(check);
      return () => {
        clearInterval(timer);
        changed.delete(check);
      };
    },
  };
}
