import { Repo } from "@automerge/automerge-repo";
import { describe, expect, it, vi } from "vitest";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { waitFor } from "../../helpers/waitFor";
import { countChunkWrites, dropDatabase, failingChunkWrites, freshDbName } from "./storageFixtures";
import { RecolteDb } from "../../../src/storage/LocalDb";

interface Notes {
  title: string;
  notes: string[];
}

/** automerge-repo on DexieStorageAdapter: documents survive a new Repo; editing batches writes. */
export function describeRepoPersistence(environment: string): void {
  describe(`Repo on DexieStorageAdapter (${environment})`, () => {
    it("a second Repo on the same database reloads a document after flush", async () => {
      const name = freshDbName("repo");
      const first = new DexieStorageAdapter(name);
      const repoA = new Repo({ storage: first, network: [] });
      const handle = repoA.create<Notes>({ title: "Atelier du 12", notes: [] });
      handle.change((doc) => {
        doc.notes.push("freins: transport");
      });
      await repoA.flush();
      await first.flush();
      await repoA.shutdown();
      first.dispose();

      const second = new DexieStorageAdapter(name);
      const repoB = new Repo({ storage: second, network: [] });
      const reloaded = await repoB.find<Notes>(handle.url);
      expect(reloaded.doc()).toEqual({ title: "Atelier du 12", notes: ["freins: transport"] });
      await repoB.shutdown();
      second.dispose();
      await dropDatabase(second.db);
    });

    it("edits made while storage is full reach IndexedDB once it frees up, and reload", async () => {
      const db = new RecolteDb(freshDbName("repo-quota"));
      const storage = failingChunkWrites(db);
      const adapter = new DexieStorageAdapter(db, { batchWindowMs: 20, initialRetryMs: 20 });
      const events: string[] = [];
      adapter.onStorageError((event) => events.push(event.type));
      const repo = new Repo({ storage: adapter, network: [] });
      await adapter.flush();
      storage.failing = true;
      const handle = repo.create<Notes>({ title: "Plein", notes: [] });
      handle.change((doc) => {
        doc.notes.push("écrit sans place");
      });
      await repo.flush(); // must not reject although every write fails
      await adapter.flush();
      expect(events).toContain("write-failed");
      expect(adapter.pendingWrites()).toBeGreaterThan(0);

      storage.failing = false;
      await waitFor(() => adapter.pendingWrites() === 0, { message: "queued writes to land" });
      expect(events.at(-1)).toBe("recovered");
      await repo.shutdown();
      adapter.dispose();

      const again = new DexieStorageAdapter(db);
      const repoAgain = new Repo({ storage: again, network: [] });
      const reloaded = await repoAgain.find<Notes>(handle.url);
      expect(reloaded.doc().notes).toEqual(["écrit sans place"]);
      await repoAgain.shutdown();
      again.dispose();
      await dropDatabase(db);
    });

    it("10 edits/s for 2 s cost at most 2 IndexedDB write transactions per second", async () => {
      const db = new RecolteDb(freshDbName("rate"));
      const writes = countChunkWrites(db);
      const adapter = new DexieStorageAdapter(db);
      const repo = new Repo({ storage: adapter, network: [] });
      const handle = repo.create<Notes>({ title: "Rythme", notes: [] });
      await adapter.flush();
      const before = writes.count;
      const saves = vi.spyOn(adapter, "save");
      const started = performance.now();
      // Edits paced by a timer, the way a facilitator types: a workload, not a wait.
      await new Promise<void>((done) => {
        let edits = 0;
        const timer = setInterval(() => {
          handle.change((doc) => {
            doc.notes.push(`note ${edits}`);
          });
          if (++edits === 20) {
            clearInterval(timer);
            done();
          }
        }, 100);
      });
      await repo.flush();
      await adapter.flush();
      const seconds = (performance.now() - started) / 1000;
      const transactions = writes.count - before;
      console.info(
        `[storage] ${environment}: 20 edits in ${seconds.toFixed(2)} s → ${saves.mock.calls.length} saves, ${transactions} write transactions`,
      );
      expect(transactions).toBeGreaterThan(0);
      expect(transactions / seconds).toBeLessThanOrEqual(2.5);
      expect(transactions).toBeLessThanOrEqual(5);
      await repo.shutdown();
      adapter.dispose();
      await dropDatabase(db);
    });
  });
}
