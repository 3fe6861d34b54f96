/**
 * Bench page for `local-persistence`: one Repo on one storage adapter, a document edited at a
 * steady rate (small text insertions), then the figures the driver reads.
 */
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import { IndexedDBStorageAdapter } from "@automerge/automerge-repo-storage-indexeddb";
import { DexieStorageAdapter } from "../../../src/storage/DexieStorageAdapter";
import { createRepo } from "../../../src/sync/createRepo";
import { storedBytes } from "./storedBytes";

interface IdbCounts {
  readonly: number;
  readwrite: number;
  byStore: Record<string, number>;
}

/** What one run reports back to the driver. */
export interface PersistenceRun {
  adapter: "reference" | "ours";
  edits: number;
  elapsedMs: number;
  transactions: { readonly: number; readwrite: number; byStore: Record<string, number> };
  storedBytes: number;
  storedRecords: number;
  databases: string[];
  saveBytes: number;
}

interface NoteDoc {
  text: string;
}

const WORDS = ["récolte", "atelier", "graine", "note", "voisin", "jardin", "idée", "place"];

function snapshot(counts: IdbCounts) {
  return { readonly: counts.readonly, readwrite: counts.readwrite, byStore: { ...counts.byStore } };
}

async function runPersistence(
  adapter: "reference" | "ours",
  durationMs: number,
  rate: number,
): Promise<PersistenceRun> {
  const counts = (window as unknown as { __idb: IdbCounts }).__idb;
  const dexie = adapter === "ours" ? new DexieStorageAdapter("recolte-bench") : undefined;
  // The reference at its package defaults (database "automerge", store "documents"), on a Repo at
  // automerge-repo's defaults; ours as the app composes it (createRepo), without network.
  const repo = dexie
    ? createRepo({ storage: dexie, relayUrl: null, tabSync: false }).repo
    : new Repo({ storage: new IndexedDBStorageAdapter() });
  const handle = repo.create<NoteDoc>({ text: "Compte rendu de l'atelier. " });
  await repo.flush();
  await dexie?.flush();

  const before = snapshot(counts);
  const started = performance.now();
  let edits = 0;
  await new Promise<void>((done) => {
    const timer = setInterval(() => {
      if (performance.now() - started >= durationMs) {
        clearInterval(timer);
        done();
        return;
      }
      edits++;
      handle.change((d) => {
        const at = Math.floor(Math.random() * (d.text.length + 1));
        // Mostly typing, sometimes a correction: small edits like a person taking notes.
        if (edits % 7 === 0 && d.text.length > 10) A.splice(d, ["text"], at > 3 ? at - 3 : 0, 3);
        else A.splice(d, ["text"], at, 0, `${WORDS[edits % WORDS.length] ?? "x"} `);
      });
    }, 1000 / rate);
  });
  const elapsedMs = performance.now() - started;
  await repo.flush();
  await dexie?.flush();
  const after = snapshot(counts);

  const byStore: Record<string, number> = {};
  for (const [key, n] of Object.entries(after.byStore)) {
    const delta = n - (before.byStore[key] ?? 0);
    if (delta > 0) byStore[key] = delta;
  }
  const saveBytes = A.save(handle.doc()).byteLength;
  await repo.shutdown();
  const stored = await storedBytes();
  return {
    adapter,
    edits,
    elapsedMs,
    transactions: {
      readonly: after.readonly - before.readonly,
      readwrite: after.readwrite - before.readwrite,
      byStore,
    },
    storedBytes: stored.bytes,
    storedRecords: stored.records,
    databases: stored.databases,
    saveBytes,
  };
}

(window as unknown as { __bench: unknown }).__bench = { runPersistence };
document.title = "ready";
