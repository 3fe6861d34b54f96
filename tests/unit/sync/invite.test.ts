import { describe, expect, it } from "vitest";
import { generateAutomergeUrl, parseAutomergeUrl } from "@automerge/automerge-repo";
import { parseInvite } from "../../../src/sync/invite";

const url = generateAutomergeUrl();
const id = parseAutomergeUrl(url).documentId;

describe("parseInvite (« Lien d'invitation »)", () => {
  it("reads a full atelier link with the relay's access key", () => {
    expect(parseInvite(`https://recolte.example/atelier/${id}?key=s%C3%A9same`)).toEqual({
      ok: true,
      invite: {
        kind: "atelier",
        documentId: id,
        key: "sésame",
        origin: "https://recolte.example",
        path: `/atelier/${id}`,
      },
    });
  });

  it("reads a seed link as that seed only", () => {
    const result = parseInvite(`http://192.168.1.20:3030/graine/${id}`);
    expect(result).toMatchObject({
      ok: true,
      invite: { kind: "seed", documentId: id, key: null, path: `/graine/${id}` },
    });
  });

  it("accepts a path, a sub-page, surrounding spaces and a trailing slash", () => {
    for (const text of [
      `/atelier/${id}`,
      `  /atelier/${id}/  `,
      `https://h.example/atelier/${id}/carnet`,
      `https://h.example/atelier/${id}#partager`,
    ]) {
      expect(parseInvite(text)).toMatchObject({
        ok: true,
        invite: { kind: "atelier", documentId: id },
      });
    }
  });

  it("accepts a bare automerge URL or document id, opened as an atelier", () => {
    expect(parseInvite(url)).toMatchObject({
      ok: true,
      invite: { kind: "atelier", documentId: id },
    });
    expect(parseInvite(id)).toMatchObject({
      ok: true,
      invite: { kind: "atelier", documentId: id },
    });
  });

  it("says what is wrong with bad input", () => {
    expect(parseInvite("   ")).toEqual({ ok: false, error: "empty" });
    expect(parseInvite("bonjour à tous")).toEqual({ ok: false, error: "not-a-link" });
    expect(parseInvite(`ftp://h.example/atelier/${id}`)).toEqual({
      ok: false,
      error: "not-a-link",
    });
    expect(parseInvite(`https://h.example/contact/${id}`)).toEqual({
      ok: false,
      error: "unknown-route",
    });
    expect(parseInvite("https://h.example/atelier/")).toEqual({ ok: false, error: "bad-id" });
    // A link cut short when copied: the checksum of the id fails.
    expect(parseInvite(`https://h.example/atelier/${id.slice(0, -2)}`)).toEqual({
      ok: false,
      error: "bad-id",
    });
    expect(parseInvite("automerge:pasunid")).toEqual({ ok: false, error: "bad-id" });
  });
});
