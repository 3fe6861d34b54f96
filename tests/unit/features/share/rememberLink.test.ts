import { describe, expect, it } from "vitest";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { rememberInvite } from "../../../../src/features/share/rememberLink";
import { parseInvite } from "../../../../src/sync/invite";
import type { Invite } from "../../../../src/sync/invite";
import type { LocalAtelier, LocalSettings, LocalStore } from "../../../../src/app/AppServices";

const id = parseAutomergeUrl(generateAutomergeUrl()).documentId as string;

function device(relayUrl: string | null) {
  const list: LocalAtelier[] = [];
  let settings: LocalSettings = { relayUrl, language: "fr" };
  const local = {
    listAteliers: () => Promise.resolve([...list]),
    upsertAtelier: (entry: Pick<LocalAtelier, "documentId" | "url" | "title" | "kind">) => {
      list.push({ ...entry, addedAt: 0, lastOpenedAt: 0, readyOffline: false });
      return Promise.resolve();
    },
    getSettings: () => Promise.resolve(settings),
    saveSettings: (next: LocalSettings) => {
      settings = next;
      return Promise.resolve();
    },
  } as unknown as LocalStore;
  return {
    services: { local, defaultRelayUrl: "ws://10.0.0.2:3030/sync" },
    list,
    relayUrl: () => settings.relayUrl,
  };
}

function invite(text: string): Invite {
  const parsed = parseInvite(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.invite;
}

describe("joining by link", () => {
  it("lists the seed as a seed, and needs no restart without a key", async () => {
    const tablet = device(null);
    expect(await rememberInvite(tablet.services, invite(`/graine/${id}`))).toBe(false);
    expect(tablet.list).toMatchObject([{ documentId: id, kind: "seed", url: `automerge:${id}` }]);
    expect(tablet.relayUrl()).toBeNull();
  });

  it("keeps the relay key on the device's relay and asks for a restart to use it", async () => {
    const tablet = device(null);
    const restart = await rememberInvite(
      tablet.services,
      invite(`http://10.0.0.2:3030/atelier/${id}?key=s%C3%A9same`),
    );
    expect(restart).toBe(true);
    expect(tablet.relayUrl()).toBe("ws://10.0.0.2:3030/sync?key=s%C3%A9same");
  });

  it("replaces an old key on a configured relay, and changes nothing when the key is known", async () => {
    const tablet = device("wss://relais.example/sync?key=ancienne");
    expect(await rememberInvite(tablet.services, invite(`/atelier/${id}?key=neuve`))).toBe(true);
    expect(tablet.relayUrl()).toBe("wss://relais.example/sync?key=neuve");
    expect(await rememberInvite(tablet.services, invite(`/atelier/${id}?key=neuve`))).toBe(false);
  });
});
