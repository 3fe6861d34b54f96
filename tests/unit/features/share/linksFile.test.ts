import { describe, expect, it } from "vitest";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import {
  decodeLinksFile,
  encodeLinksFile,
  encodeLinksText,
  linkEntries,
} from "../../../../src/features/share/linksFile";
import { importLinksFile } from "../../../../src/features/share/importLinks";
import type { LocalAtelier, LocalSettings, LocalStore } from "../../../../src/app/AppServices";

const newId = () => parseAutomergeUrl(generateAutomergeUrl()).documentId as string;
const atelier = newId();
const seed = newId();
const ORIGIN = "https://recolte.example";
const RELAY = "wss://recolte.example/sync?key=cle";

const items = [
  { documentId: atelier, title: "Atelier mobilités", kind: "atelier" as const },
  { documentId: seed, title: "Jardin partagé", kind: "seed" as const },
];

/** An in-memory LocalStore: what an import writes, and whether it wrote anything. */
function memoryStore(relayUrl: string | null = null) {
  const ateliers = new Map<string, LocalAtelier>();
  let settings: LocalSettings = { relayUrl, language: "fr" };
  let writes = 0;
  const store: Pick<LocalStore, "listAteliers" | "upsertAtelier" | "getSettings" | "saveSettings"> =
    {
      listAteliers: () => Promise.resolve([...ateliers.values()]),
      upsertAtelier: (entry) => {
        writes++;
        ateliers.set(entry.documentId, {
          ...entry,
          addedAt: 1,
          lastOpenedAt: 1,
          readyOffline: false,
        });
        return Promise.resolve();
      },
      getSettings: () => Promise.resolve(settings),
      saveSettings: (next) => {
        writes++;
        settings = next;
        return Promise.resolve();
      },
    };
  return {
    services: { local: store as LocalStore, defaultRelayUrl: "wss://device.example/sync" },
    ateliers,
    settings: () => settings,
    writes: () => writes,
  };
}

const file = (text: string) => new Blob([text], { type: "application/json" });

describe("« Mes liens » file", () => {
  const entries = linkEntries(items, ORIGIN, RELAY);

  it("holds each entry's own link, with the relay key", () => {
    expect(entries.map((entry) => entry.link)).toEqual([
      `${ORIGIN}/atelier/${atelier}?key=cle`,
      `${ORIGIN}/graine/${seed}?key=cle`,
    ]);
  });

  it("reads back what it wrote (JSON) and the QR text form", () => {
    const json = decodeLinksFile(encodeLinksFile(entries, new Date(0)));
    expect(json).toMatchObject({ ok: true });
    if (!json.ok) return;
    expect(
      json.links.map((l) => [l.invite.kind, l.invite.documentId, l.title, l.invite.key]),
    ).toEqual([
      ["atelier", atelier, "Atelier mobilités", "cle"],
      ["seed", seed, "Jardin partagé", "cle"],
    ]);
    const text = decodeLinksFile(`# mes liens\n${encodeLinksText(entries)}\n\n`);
    expect(text.ok && text.links.map((l) => l.invite.documentId)).toEqual([atelier, seed]);
  });

  it("rejects bad files with a precise reason", () => {
    expect(decodeLinksFile("")).toEqual({ ok: false, error: { code: "empty" } });
    expect(decodeLinksFile("{ pas du json")).toEqual({ ok: false, error: { code: "not-links" } });
    expect(decodeLinksFile('{"format":"autre","links":[]}')).toEqual({
      ok: false,
      error: { code: "not-links" },
    });
    expect(decodeLinksFile("BEGIN:VCARD\nFN:Alice\nEND:VCARD")).toEqual({
      ok: false,
      error: { code: "not-links" },
    });
    expect(decodeLinksFile(`${ORIGIN}/atelier/${atelier}\n${ORIGIN}/atelier/abimé`)).toEqual({
      ok: false,
      error: { code: "bad-entry", line: 2, reason: "bad-id" },
    });
    const wrongKind = encodeLinksFile([{ ...entries[0]!, kind: "seed" }], new Date(0));
    expect(decodeLinksFile(wrongKind)).toMatchObject({
      ok: false,
      error: { code: "bad-entry", line: 1, reason: "wrong-kind" },
    });
    expect(decodeLinksFile("x".repeat(1_000_001))).toEqual({
      ok: false,
      error: { code: "too-large" },
    });
  });
});

describe("importing « Mes liens » on a new device", () => {
  it("re-adds every entry, with its kind and title, and keeps the relay key", async () => {
    const device = memoryStore();
    const result = await importLinksFile(
      device.services,
      file(encodeLinksFile(linkEntries(items, ORIGIN, RELAY), new Date(0))),
    );
    expect(result).toEqual({ ok: true, count: 2, restart: true });
    expect([...device.ateliers.values()].map((a) => [a.documentId, a.kind, a.title])).toEqual([
      [atelier, "atelier", "Atelier mobilités"],
      [seed, "seed", "Jardin partagé"],
    ]);
    expect(device.settings().relayUrl).toBe("wss://device.example/sync?key=cle");
  });

  it("writes nothing when any entry is bad", async () => {
    const device = memoryStore();
    const good = linkEntries(items, ORIGIN, RELAY);
    const broken = encodeLinksFile(
      [...good, { kind: "atelier", documentId: "x", title: "?", link: "https://h/atelier/x" }],
      new Date(0),
    );
    const result = await importLinksFile(device.services, file(broken));
    expect(result).toEqual({
      ok: false,
      error: { code: "bad-entry", line: 3, reason: "bad-id" },
    });
    expect(device.writes()).toBe(0);
  });

  it("keeps a title this device already has, and needs no restart for a known key", async () => {
    const device = memoryStore("wss://device.example/sync?key=cle");
    device.ateliers.set(atelier, {
      documentId: atelier,
      url: `automerge:${atelier}`,
      title: "Titre local",
      kind: "atelier",
      addedAt: 1,
      lastOpenedAt: 1,
      readyOffline: true,
    });
    const result = await importLinksFile(
      device.services,
      file(`${ORIGIN}/atelier/${atelier}?key=cle`),
    );
    expect(result).toEqual({ ok: true, count: 1, restart: false });
    expect(device.ateliers.get(atelier)?.title).toBe("Titre local");
  });
});
