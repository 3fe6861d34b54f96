/**
 * Benchmark `bundle` (issue 7): export and import of a `.recolte` file for an atelier with 1,000
 * diagnostic notes and 500 contacts, each added in its own change (as captured on the day), so the
 * documents carry a realistic history. Report-only: the issue sets no target.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Repo } from "@automerge/automerge-repo";
import type { DocumentId } from "@automerge/automerge-repo";
import { NodeFSStorageAdapter } from "@automerge/automerge-repo-storage-nodefs";
import {
  addAgendaItem,
  addContact,
  addNote,
  newId,
  type CategoryId,
  type ContactId,
  type NoteId,
  type ProfileId,
} from "../../../src/domain";
import { decodeBundle } from "../../../src/interop/bundle";
import { exportAtelierBundle } from "../../../src/sync/bundleExport";
import { applyBundle } from "../../../src/sync/bundleImport";
import { createAtelier } from "../../../src/sync/createDocument";
import type { BenchOptions, BenchResult } from "../lib/result";
import { median, round } from "../lib/stats";

const BY = "benchprofile0001" as ProfileId;
const CATEGORIES = ["travaux", "ressources", "points-de-vue", "freins", "leviers", "besoins"];

function lorem(i: number): string {
  return `Note ${i} : la mobilité en zone rurale manque de solutions partagées, le covoiturage reste à organiser.`;
}

/** The atelier, built with the domain commands, one change per note and per contact. */
function buildAtelier(notes: number, contacts: number) {
  const repo = new Repo({ network: [] });
  const created = createAtelier(repo, { title: "Atelier bench", by: BY, now: 1 });
  for (let i = 0; i < 12; i++) {
    created.workshop.change((d) =>
      addAgendaItem(d, { id: newId(), title: `Séquence ${i}`, by: BY, now: 2 + i }),
    );
  }
  for (let i = 0; i < notes; i++) {
    created.diagnostic.change((d) =>
      addNote(d, {
        id: newId<NoteId>(),
        categoryId: CATEGORIES[i % CATEGORIES.length] as CategoryId,
        text: lorem(i),
        by: BY,
        now: 100 + i,
      }),
    );
  }
  for (let i = 0; i < contacts; i++) {
    created.addressBook.change((d) =>
      addContact(d, {
        id: newId<ContactId>(),
        draft: {
          name: `Participant ${i} Dupont`,
          emails: [{ value: `participant${i}@example.org` }],
          role: "Chargée de mission",
        },
        by: BY,
        now: 5_000 + i,
      }),
    );
  }
  return { repo, workshopId: created.workshop.documentId };
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Export, then import into a fresh device (memory only, then disk), then re-import (no change). */
export async function run({ quick }: BenchOptions): Promise<BenchResult> {
  const notes = quick ? 200 : 1_000;
  const contacts = quick ? 100 : 500;
  const runs = quick ? 2 : 7;
  const build = await timed(() => buildAtelier(notes, contacts));
  const { repo, workshopId } = build.value;

  const exportMs: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < runs; i++) {
    const t = await timed(() => exportAtelierBundle(repo, workshopId, { app: "bench" }));
    exportMs.push(t.ms);
    bytes = t.value.bytes;
  }

  const decodeMs: number[] = [];
  const importMs: number[] = [];
  const reimportMs: number[] = [];
  const diskImportMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const target = new Repo({ network: [] });
    const decoded = await timed(() => decodeBundle(bytes));
    decodeMs.push(decoded.ms);
    importMs.push(decoded.ms + (await timed(() => applyBundle(target, decoded.value))).ms);
    reimportMs.push((await timed(() => applyBundle(target, decodeBundle(bytes)))).ms);
    await target.shutdown();

    const dir = mkdtempSync(join(tmpdir(), "recolte-bench-bundle-"));
    const onDisk = new Repo({ network: [], storage: new NodeFSStorageAdapter(dir) });
    diskImportMs.push((await timed(() => applyBundle(onDisk, decodeBundle(bytes)))).ms);
    await onDisk.shutdown();
    // Removed at exit: automerge-repo's throttled save may still write after shutdown().
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  }

  const decoded = decodeBundle(bytes);
  const documents = decoded.documents.map((d) => ({ kind: d.kind, bytes: d.bytes.length }));
  await repo.shutdown();
  const summary = (values: number[]) => ({
    medianMs: round(median(values), 1),
    minMs: round(Math.min(...values), 1),
    maxMs: round(Math.max(...values), 1),
  });
  return {
    name: "bundle",
    issue: 7,
    description:
      "Export/import of a .recolte bundle: atelier with diagnostic notes and contacts, one change each",
    settings: { notes, contacts, runs, agendaItems: 12, changesPerEntity: 1 },
    results: {
      fileBytes: bytes.length,
      fileKiB: round(bytes.length / 1024, 1),
      gzipKiB: round(gzipSync(bytes).length / 1024, 1),
      documents,
      buildMs: round(build.ms, 0),
      export: summary(exportMs),
      decodeAndValidate: summary(decodeMs),
      importFreshDevice: summary(importMs),
      importFreshDeviceToDisk: summary(diskImportMs),
      reimportUnchanged: summary(reimportMs),
      documentIds: decoded.documents.map((d) => d.documentId as DocumentId).length,
    },
    targets: [],
    met: true,
    notes: [
      "No target in issue 7: figures are reported only.",
      "import = decode (signature, SHA-256 of the whole file and of each document, Automerge load, stamp and structure checks) + merge into the Repo; ToDisk adds NodeFS storage writes (repo.flush).",
      "Automerge.save output is already compressed (columnar + deflate), so gzip gains little.",
    ],
  };
}
