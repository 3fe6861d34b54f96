/** Test helpers: the contacts corpus (tests/fixtures/contacts) and a contact-view factory. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ContactId } from "../../../src/domain/ids";
import { decodeText } from "../../../src/interop/decodeText";
import type { ContactViewLike } from "../../../src/interop/types";

const DIR = fileURLToPath(new URL("../../fixtures/contacts/", import.meta.url));

/** The raw bytes of a corpus file. */
export function corpusBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(DIR + name));
}

/** A corpus file decoded as the app decodes it. */
export function corpusText(name: string): string {
  return decodeText(corpusBytes(name)).text;
}

/** A contact view with every field empty but the name; override what the test needs. */
export function makeContactView(
  overrides: Partial<ContactViewLike> & { name: string },
): ContactViewLike {
  return {
    id: `c-${overrides.name.replace(/\W/g, "")}` as ContactId,
    kind: "person",
    structureType: "",
    role: "",
    memberOf: [],
    emails: [],
    phones: [],
    address: "",
    commune: "",
    website: "",
    skills: [],
    themes: [],
    offers: [],
    needs: [],
    notes: "",
    consent: { shareWithParticipants: null, publicRestitution: null },
    ...overrides,
  };
}
