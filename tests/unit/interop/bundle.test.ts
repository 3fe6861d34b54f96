/** `.recolte` bundles: round trip, and every kind of bad file rejected with its own code. */
import * as A from "@automerge/automerge";
import { describe, expect, it } from "vitest";
import {
  BundleError,
  bundleFilename,
  decodeBundle,
  DEFAULT_BUNDLE_LIMITS,
  encodeBundle,
  type BundleContents,
  type BundleErrorCode,
} from "../../../src/interop/bundle";
import { atelierContents, makeAtelier, makeSeedDoc, newDocId, NOW } from "./bundleFixture";
import { assemble, reseal, sha256, writeManifest } from "./bundleCraft";

function codeOf(fn: () => unknown): BundleErrorCode | "no-error" {
  try {
    fn();
    return "no-error";
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return (error as BundleError).code;
  }
}

/** A bundle of `contents` built by hand, so a manifest may say anything with valid checksums. */
function craft(
  contents: BundleContents,
  edit: (entry: Record<string, unknown>, index: number) => void = () => undefined,
  manifestEdit: (manifest: Record<string, unknown>) => void = () => undefined,
): Uint8Array {
  const manifest: Record<string, unknown> = {
    format: 1,
    app: contents.app,
    exportedAt: contents.exportedAt,
    scope: contents.scope,
    root: contents.root,
    documents: contents.documents.map((document, index) => {
      const entry: Record<string, unknown> = {
        documentId: document.documentId,
        kind: document.kind,
        schemaVersion: document.schemaVersion,
        byteLength: document.bytes.length,
        sha256: sha256(document.bytes),
      };
      edit(entry, index);
      return entry;
    }),
  };
  manifestEdit(manifest);
  const payload = new Uint8Array(contents.documents.reduce((n, d) => n + d.bytes.length, 0));
  let offset = 0;
  for (const document of contents.documents) {
    payload.set(document.bytes, offset);
    offset += document.bytes.length;
  }
  // writeManifest only picks known fields; go through it for the common case, raw CBOR otherwise.
  return assemble(writeManifest(manifest as never), payload);
}

describe("encodeBundle / decodeBundle", () => {
  it("round-trips an atelier: same ids, kinds, bytes, title", () => {
    const atelier = makeAtelier("Atelier de Rennes", 2);
    const contents = atelierContents(atelier);
    const decoded = decodeBundle(encodeBundle(contents));
    expect(decoded.title).toBe("Atelier de Rennes");
    expect(decoded.manifest).toMatchObject({ format: 1, app: "0.1.0", exportedAt: NOW });
    expect(decoded.manifest.scope).toBe("atelier");
    expect(decoded.manifest.root).toBe(atelier.workshop.id);
    expect(decoded.documents.map((d) => [d.documentId, d.kind, d.schemaVersion])).toEqual(
      contents.documents.map((d) => [d.documentId, d.kind, d.schemaVersion]),
    );
    decoded.documents.forEach((d, i) => expect(d.bytes).toEqual(contents.documents[i]!.bytes));
    const book = A.load(decoded.documents[1]!.bytes);
    expect(JSON.parse(JSON.stringify(book))).toEqual(
      JSON.parse(JSON.stringify(atelier.addressBook.doc)),
    );
  });

  it("is deterministic and starts with the signature", () => {
    const contents = atelierContents(makeAtelier());
    const a = encodeBundle(contents);
    expect(encodeBundle(contents)).toEqual(a);
    expect(Array.from(a.subarray(0, 8))).toEqual([0x89, 0x52, 0x43, 0x4c, 0x54, 0x0d, 0x0a, 0x1a]);
  });

  it("round-trips a single seed", () => {
    const seed = newDocId();
    const bytes = encodeBundle({
      scope: "seed",
      root: seed.id,
      app: "0.1.0",
      exportedAt: NOW,
      documents: [
        {
          documentId: seed.id,
          kind: "seed",
          schemaVersion: 1,
          bytes: A.save(makeSeedDoc("Jardin partagé")),
        },
      ],
    });
    const decoded = decodeBundle(bytes);
    expect(decoded.title).toBe("Jardin partagé");
    expect(decoded.manifest.scope).toBe("seed");
  });

  it("names the file after the title and the date", () => {
    expect(bundleFilename("Atelier « Mobilité » à Évry", new Date("2025-03-04T10:00:00Z"))).toBe(
      "atelier-mobilite-a-evry-2025-03-04.recolte",
    );
    expect(bundleFilename("", new Date("2025-03-04T10:00:00Z"))).toBe("atelier-2025-03-04.recolte");
  });
});

describe("decodeBundle rejects bad files with a code", () => {
  const good = () => encodeBundle(atelierContents(makeAtelier("Atelier", 1)));

  it("empty, foreign (PDF, vCard, JSON, zip)", () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(codeOf(() => decodeBundle(new Uint8Array()))).toBe("empty");
    expect(codeOf(() => decodeBundle(text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")))).toBe("not-a-bundle");
    expect(
      codeOf(() => decodeBundle(text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n"))),
    ).toBe("not-a-bundle");
    expect(codeOf(() => decodeBundle(text('{"documents":[]}')))).toBe("not-a-bundle");
    expect(codeOf(() => decodeBundle(Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0)))).toBe("not-a-bundle");
  });

  it("truncated anywhere", () => {
    const bytes = good();
    for (const length of [
      1,
      5,
      8,
      15,
      16,
      40,
      bytes.length >> 1,
      bytes.length - 33,
      bytes.length - 1,
    ]) {
      expect([length, codeOf(() => decodeBundle(bytes.slice(0, length)))]).toEqual([
        length,
        "truncated",
      ]);
    }
  });

  it("a flipped bit in the manifest, a document or the trailer", () => {
    const bytes = good();
    const manifestEnd = 16 + new DataView(bytes.buffer).getUint32(12);
    for (const at of [manifestEnd + 3, manifestEnd + 200, bytes.length - 40, bytes.length - 1]) {
      const flipped = Uint8Array.from(bytes);
      flipped[at]! ^= 0x10;
      expect([at, codeOf(() => decodeBundle(flipped))]).toEqual([at, "checksum"]);
    }
    for (let at = 0; at < bytes.length; at += 7) {
      const flipped = Uint8Array.from(bytes);
      flipped[at]! ^= 0x01;
      expect(codeOf(() => decodeBundle(flipped))).not.toBe("no-error");
    }
  });

  it("trailing bytes after a valid bundle", () => {
    const bytes = good();
    const longer = new Uint8Array(bytes.length + 10);
    longer.set(bytes);
    expect(codeOf(() => decodeBundle(longer))).toBe("checksum");
  });

  it("a newer format version", () => {
    const bytes = Uint8Array.from(good());
    bytes[9] = 2;
    expect(codeOf(() => decodeBundle(reseal(bytes)))).toBe("unsupported-version");
  });

  it("oversized: the file, a declared document, the manifest", () => {
    const bytes = good();
    const small = { ...DEFAULT_BUNDLE_LIMITS, maxBundleBytes: 1000 };
    expect(codeOf(() => decodeBundle(bytes, small))).toBe("too-large");
    const contents = atelierContents(makeAtelier());
    const huge = craft(contents, (entry, i) => {
      if (i === 1) entry.byteLength = 65 * 1024 * 1024;
    });
    expect(codeOf(() => decodeBundle(huge))).toBe("too-large");
    const manifest = Uint8Array.from(bytes);
    new DataView(manifest.buffer).setUint32(12, 2 * 1024 * 1024);
    expect(codeOf(() => decodeBundle(manifest))).toBe("too-large");
  });

  it("a document whose own checksum does not match", () => {
    const contents = atelierContents(makeAtelier());
    const bytes = craft(contents, (entry, i) => {
      if (i === 2) entry.sha256 = new Uint8Array(32);
    });
    expect(codeOf(() => decodeBundle(bytes))).toBe("document-checksum");
  });

  it("a document that is not Automerge", () => {
    const contents = atelierContents(makeAtelier());
    contents.documents[1] = {
      ...contents.documents[1]!,
      bytes: new TextEncoder().encode("pas automerge"),
    };
    expect(codeOf(() => decodeBundle(craft(contents)))).toBe("document-unreadable");
  });

  it("wrong kind: a document declared as another kind, or with no stamp", () => {
    const contents = atelierContents(makeAtelier());
    expect(
      codeOf(() => decodeBundle(craft(contents, (e, i) => i === 1 && (e.kind = "diagnostic")))),
    ).toBe("wrong-kind");
    const unstamped = atelierContents(makeAtelier());
    unstamped.documents[2] = { ...unstamped.documents[2]!, bytes: A.save(A.from({ notes: {} })) };
    expect(codeOf(() => decodeBundle(encodeBundle(unstamped)))).toBe("wrong-kind");
  });

  it("malformed ids and manifests", () => {
    const contents = atelierContents(makeAtelier());
    expect(
      codeOf(() =>
        decodeBundle(craft(contents, (e, i) => i === 0 && (e.documentId = "../../etc"))),
      ),
    ).toBe("bad-document-id");
    expect(
      codeOf(() => decodeBundle(craft(contents, undefined, (m) => (m.scope = "everything")))),
    ).toBe("manifest");
    expect(
      codeOf(() => decodeBundle(craft(contents, (e, i) => i === 0 && (e.schemaVersion = 7)))),
    ).toBe("manifest");
    expect(
      codeOf(() => decodeBundle(assemble(Uint8Array.of(0x83, 1, 2, 3), new Uint8Array()))),
    ).toBe("manifest");
  });

  it("structure: unlinked document, missing diagnostic, duplicate, seed bundle with more", () => {
    const contents = atelierContents(makeAtelier());
    const other = atelierContents(makeAtelier("Autre"));
    const stranger = { ...contents, documents: [...contents.documents, other.documents[1]!] };
    expect(codeOf(() => decodeBundle(encodeBundle(stranger)))).toBe("structure");
    const missing = { ...contents, documents: contents.documents.slice(0, 2) };
    expect(codeOf(() => decodeBundle(encodeBundle(missing)))).toBe("structure");
    const twice = { ...contents, documents: [...contents.documents, contents.documents[1]!] };
    expect(codeOf(() => decodeBundle(encodeBundle(twice)))).toBe("structure");
    const seed = newDocId();
    const seedBundle: BundleContents = {
      ...contents,
      scope: "seed",
      root: seed.id,
      documents: [
        { documentId: seed.id, kind: "seed", schemaVersion: 1, bytes: A.save(makeSeedDoc("G")) },
        contents.documents[1]!,
      ],
    };
    expect(codeOf(() => decodeBundle(encodeBundle(seedBundle)))).toBe("structure");
    const noRoot = { ...contents, root: seed.id };
    expect(codeOf(() => decodeBundle(encodeBundle(noRoot)))).toBe("structure");
  });
});

describe("sha256", () => {
  it("matches node:crypto at block boundaries", async () => {
    const { createHash, randomBytes } = await import("node:crypto");
    const { sha256: ours, toHex } = await import("../../../src/interop/bundle");
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 70_000]) {
      const bytes = new Uint8Array(randomBytes(n));
      expect(toHex(ours(bytes))).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });
});
