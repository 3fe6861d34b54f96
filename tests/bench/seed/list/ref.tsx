/**
 * Same-origin helper page for `seeds-list`, served next to the built app (so it shares the app's
 * IndexedDB database "recolte"):
 *  - `seed(n)` writes an atelier (createAtelier) and n full seeds (createSeed + members, tasks,
 *    meetings, a typed journal), linked from the workshop (linkSeed), into the app's storage;
 *  - `reference(workshopId)` is the naive list: `repo.find` of the workshop and of every seed,
 *    then a React list of the same cards (title, status, group size, next task) from the loaded
 *    documents; it records, on the page clock, when the n cards are first painted.
 */
import * as A from "@automerge/automerge";
import { Repo } from "@automerge/automerge-repo";
import type { AutomergeUrl } from "@automerge/automerge-repo";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import {
  addMeeting,
  addMember,
  addTask,
  linkSeed,
  normalizeSeed,
  normalizeWorkshop,
  setSeedStatus,
} from "../../../../src/domain";
import type { ProfileId, SeedDoc, WorkshopDoc } from "../../../../src/domain";
import { summarizeSeed } from "../../../../src/features/seed/summarize";
import type { SeedSummary } from "../../../../src/features/seed/summaryCache";
import { upsertAtelier } from "../../../../src/storage/ateliers";
import { DexieStorageAdapter } from "../../../../src/storage/DexieStorageAdapter";
import { RecolteDb } from "../../../../src/storage/LocalDb";
import { createAtelier } from "../../../../src/sync/createDocument";
import { createSeed } from "../../../../src/sync/createSeed";
import { toDocUrl } from "../../../../src/sync/urls";

const BY = "profile-bench" as ProfileId;
const STATUSES = ["idee", "en-germination", "en-croissance", "recoltee", "en-pause"] as const;
const WORDS = "atelier jardin voisins réunion compost calendrier affiche mairie école semis".split(
  " ",
);

function repoOnAppStorage(): { repo: Repo; db: RecolteDb; storage: DexieStorageAdapter } {
  const db = new RecolteDb();
  const storage = new DexieStorageAdapter(db);
  return { repo: new Repo({ storage, network: [] }), db, storage };
}

async function seed(n: number): Promise<string> {
  const { repo, db, storage } = repoOnAppStorage();
  const now = Date.now();
  const atelier = createAtelier(repo, { title: "Atelier aux 50 graines", by: BY, now });
  const workshop = atelier.workshop;
  const ids: string[] = [workshop.documentId];
  for (let i = 0; i < n; i++) {
    const title = `Graine ${i + 1} — ${WORDS[i % WORDS.length]}`;
    const handle = createSeed(repo, {
      title,
      workshopTitle: "Atelier aux 50 graines",
      by: BY,
      now,
    });
    for (let m = 0; m < 6; m++) {
      handle.change((d) =>
        addMember(d, {
          id: `m${i}x${m}`,
          contactId: null,
          displayName: `Membre ${m}`,
          by: BY,
          now,
        }),
      );
    }
    for (let k = 0; k < 12; k++) {
      handle.change((d) =>
        addTask(d, {
          id: `t${i}x${k}`,
          title: `Tâche ${k} : ${WORDS[(i + k) % WORDS.length]}`,
          due: `2027-0${1 + (k % 9)}-1${k % 9}`,
          by: BY,
          now,
        }),
      );
    }
    for (let k = 0; k < 3; k++) {
      handle.change((d) =>
        addMeeting(d, { id: `r${i}x${k}`, date: `2027-02-0${k + 1}`, place: "Salle", by: BY, now }),
      );
    }
    handle.change((d) =>
      setSeedStatus(d, { id: `s${i}`, status: STATUSES[i % 5] ?? "idee", by: BY, now }),
    );
    // A journal typed in ~300 small changes (~4,500 characters).
    handle.change((d) =>
      A.splitBlock(d, ["journal"], 0, {
        type: new A.ImmutableString("paragraph"),
        parents: [],
        attrs: {},
      }),
    );
    let at = 1;
    for (let k = 0; k < 300; k++) {
      const chunk = `${WORDS[k % WORDS.length]} partagé, `;
      const pos = at;
      handle.change((d) => A.splice(d, ["journal"], pos, 0, chunk));
      at += chunk.length;
    }
    workshop.change((d) =>
      linkSeed(d, { seedId: handle.documentId, url: toDocUrl(handle.url), title }),
    );
    ids.push(handle.documentId);
  }
  // automerge-repo hands its chunks to the adapter, which batches them: flush both, as the app does.
  await repo.flush();
  await storage.flush();
  if (storage.pendingWrites() > 0) throw new Error("the seeds could not be written to IndexedDB");
  await upsertAtelier(db, {
    documentId: workshop.documentId,
    url: workshop.url,
    title: "Atelier aux 50 graines",
    kind: "atelier",
  });
  db.close();
  return workshop.documentId;
}

function Cards({ cards }: { cards: readonly SeedSummary[] }) {
  return (
    <ul aria-label="Graines de projet">
      {cards.map((card, i) => (
        <li key={i} className="seed-card" data-summary="live">
          <a href="#">{card.title}</a>
          <p>
            <span>{card.status}</span> <span>{card.memberCount} membres</span>
          </p>
          <p>{card.nextTask ? card.nextTask.title : "Aucune tâche"}</p>
        </li>
      ))}
    </ul>
  );
}

async function reference(
  workshopId: string,
): Promise<{ listedMs: number; startedMs: number; seeds: number }> {
  const startedMs = performance.now();
  const { repo } = repoOnAppStorage();
  const workshop = await repo.find<WorkshopDoc>(workshopId as AutomergeUrl);
  const view = normalizeWorkshop(workshop.doc()).value;
  const links = Object.values(view.seeds).filter((link) => !link.archived);
  const handles = await Promise.all(
    links.map((link) => repo.find<SeedDoc>(link.url as string as AutomergeUrl)),
  );
  const cards = handles.map((h) => summarizeSeed(normalizeSeed(h.doc()).value));
  const root = createRoot(document.getElementById("root") as HTMLElement);
  flushSync(() => root.render(<Cards cards={cards} />));
  const listedMs = await new Promise<number>((resolve) =>
    requestAnimationFrame(() => resolve(performance.now())),
  );
  return { listedMs, startedMs, seeds: cards.length };
}

declare global {
  interface Window {
    __seeds: {
      seed(n: number): Promise<string>;
      reference(
        workshopId: string,
      ): Promise<{ listedMs: number; startedMs: number; seeds: number }>;
    };
  }
}

window.__seeds = { seed, reference };
document.title = "ready";
