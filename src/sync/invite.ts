import { isValidDocumentId } from "@automerge/automerge-repo/slim";

/** What a shared link opens: an atelier or a single seed. */
export type InviteKind = "atelier" | "seed";

/** A link someone pasted or scanned, understood. */
export interface Invite {
  kind: InviteKind;
  documentId: string;
  /** The relay's access key carried by the link (`?key=`), if any. */
  key: string | null;
  /** The origin the link was made on (`https://host`), or null for a path or a bare automerge URL. */
  origin: string | null;
  /** This app's route for the document: `/atelier/<id>` or `/graine/<id>`. */
  path: string;
}

/** Why a pasted text is not a link Récolte can open. */
export type InviteError = "empty" | "not-a-link" | "unknown-route" | "bad-id";

export type InviteResult = { ok: true; invite: Invite } | { ok: false; error: InviteError };

const ROUTES: Record<string, InviteKind> = { atelier: "atelier", graine: "seed" };
const PREFIX: Record<InviteKind, string> = { atelier: "/atelier/", seed: "/graine/" };

/** The route of a document of this kind. */
export function invitePath(kind: InviteKind, documentId: string): string {
  return `${PREFIX[kind]}${documentId}`;
}

function fromId(
  kind: InviteKind,
  documentId: string,
  key: string | null,
  origin: string | null,
): InviteResult {
  if (!isValidDocumentId(documentId)) return { ok: false, error: "bad-id" };
  return {
    ok: true,
    invite: { kind, documentId, key: key || null, origin, path: invitePath(kind, documentId) },
  };
}

/** `/atelier/<id>/…` or `/graine/<id>` (sub-pages and a trailing slash are accepted). */
function fromPath(pathname: string, key: string | null, origin: string | null): InviteResult {
  const [route, id] = pathname.split("/").filter(Boolean);
  const kind = route ? ROUTES[route] : undefined;
  if (!kind) return { ok: false, error: "unknown-route" };
  if (!id) return { ok: false, error: "bad-id" };
  return fromId(kind, decodeURIComponent(id), key, origin);
}

/**
 * Reads what a person pasted or a QR code held: a full link (`https://host/atelier/<id>?key=…`,
 * `/graine/<id>`), a path, a bare `automerge:<id>` URL or document id (opened as an atelier: such a URL does
 * not say its kind, and the atelier page says so when it is something else). Pure; never throws.
 */
export function parseInvite(input: string): InviteResult {
  const text = input.trim();
  if (!text) return { ok: false, error: "empty" };
  if (/^automerge:/i.test(text)) {
    const id = text.slice("automerge:".length).split("#")[0] ?? "";
    return fromId("atelier", id, null, null);
  }
  if (isValidDocumentId(text)) return fromId("atelier", text, null, null);
  if (text.startsWith("/")) {
    let url: URL;
    try {
      url = new URL(text, "http://invite.invalid");
    } catch {
      return { ok: false, error: "not-a-link" };
    }
    return fromPath(url.pathname, url.searchParams.get("key"), null);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: "not-a-link" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { ok: false, error: "not-a-link" };
  }
  return fromPath(url.pathname, url.searchParams.get("key"), url.origin);
}
