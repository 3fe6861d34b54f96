/**
 * Workshop commands: pure `(doc, args) => void` functions applied to an Automerge change proxy
 * (`handle.change(d => cmd(d, args), { message })`). Ids, timestamps and the author come in the
 * arguments so a command is deterministic; arguments are validated before anything is written
 * and bad input throws a {@link DomainError}.
 */
import { DomainError } from "../errors";
import type { DocUrl, ProfileId, SessionId } from "../ids";
import { planRank } from "../rank";
import { editText } from "../text";
import { checkDate, checkId, checkOptionalDocUrl, checkText, checkTimestamp } from "../validate";
import { collection, entry, rankedEntries } from "./access";
import {
  WORKSHOP_LIMITS,
  WORKSHOP_SCHEMA_VERSION,
  WORKSHOP_TEXT_FIELDS,
  type WorkshopDoc,
  type WorkshopTextField,
} from "./schema";

export * from "./agendaCommands";
export * from "./seedLinkCommands";

/** Arguments of {@link initWorkshop}. */
export interface InitWorkshopArgs {
  title: string;
  by: ProfileId;
  now: number;
  links: { addressBook: DocUrl | null; diagnostic: DocUrl | null };
  theme?: string;
  territory?: string;
  description?: string;
}

/**
 * Initialises a new workshop document: stamp, texts, links and every (empty) collection in the
 * same change, by its creator only — who becomes its first facilitator. Throws
 * `already-initialised` on a document that already has a stamp.
 */
export function initWorkshop(doc: WorkshopDoc, args: InitWorkshopArgs): void {
  const title = checkText(args.title, "title", WORKSHOP_LIMITS.title, true);
  const theme = checkText(args.theme ?? "", "theme", WORKSHOP_LIMITS.theme);
  const territory = checkText(args.territory ?? "", "territory", WORKSHOP_LIMITS.territory);
  const description = checkText(args.description ?? "", "description", WORKSHOP_LIMITS.description);
  const by = checkId(args.by, "by") as ProfileId;
  const now = checkTimestamp(args.now);
  const addressBook = checkOptionalDocUrl(args.links?.addressBook ?? null, "links.addressBook");
  const diagnostic = checkOptionalDocUrl(args.links?.diagnostic ?? null, "links.diagnostic");
  if (Reflect.get(doc, "schema") !== undefined) {
    throw new DomainError("already-initialised", "workshop is already initialised");
  }
  doc.schema = { kind: "workshop", version: WORKSHOP_SCHEMA_VERSION };
  doc.title = title;
  doc.theme = theme;
  doc.territory = territory;
  doc.description = description;
  doc.sessions = {};
  doc.agenda = {};
  doc.links = { addressBook, diagnostic };
  doc.seeds = {};
  doc.facilitators = { [by]: true };
  doc.createdBy = by;
  doc.createdAt = now;
}

/** Edits one of the workshop's free-text fields (character merge; may be empty while typing). */
export function setWorkshopText(
  doc: WorkshopDoc,
  args: { field: WorkshopTextField; value: string },
): void {
  if (!(WORKSHOP_TEXT_FIELDS as readonly string[]).includes(args.field)) {
    throw new DomainError("invalid-field", `unknown workshop field ${String(args.field)}`);
  }
  const value = checkText(args.value, args.field, WORKSHOP_LIMITS[args.field]);
  editText(doc, [args.field], value);
}

/** Adds a session at the end of the list. */
export function addSession(
  doc: WorkshopDoc,
  args: { id: string; date: string; place: string; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id") as SessionId;
  const date = checkDate(args.date, "date");
  const place = checkText(args.place, "place", WORKSHOP_LIMITS.place);
  const by = checkId(args.by, "by") as ProfileId;
  const createdAt = checkTimestamp(args.now);
  const sessions = collection(doc, "sessions");
  if (entry(sessions, id) !== undefined) return; // same id twice: the first one stands
  const plan = planRank(rankedEntries(sessions), Number.POSITIVE_INFINITY);
  for (const [otherId, rank] of plan.reRank) {
    const other = entry(sessions, otherId);
    if (other !== undefined) other.rank = rank;
  }
  sessions[id] = { id, date, place, rank: plan.rank, createdBy: by, createdAt };
}

/**
 * Changes a session's date (a whole value: character-merging two concurrent dates could yield an
 * invalid one) and/or place (character merge). Unknown ids are a no-op: the session may have been
 * removed concurrently.
 */
export function updateSession(
  doc: WorkshopDoc,
  args: { id: string; date?: string; place?: string },
): void {
  const id = checkId(args.id, "id");
  const date = args.date === undefined ? undefined : checkDate(args.date, "date");
  const place =
    args.place === undefined ? undefined : checkText(args.place, "place", WORKSHOP_LIMITS.place);
  const session = entry(collection(doc, "sessions"), id);
  if (session === undefined) return;
  if (date !== undefined && session.date !== date) session.date = date;
  if (place !== undefined) editText(doc, ["sessions", id, "place"], place);
}

/** Removes a session (no-op when already gone). */
export function removeSession(doc: WorkshopDoc, args: { id: string }): void {
  const id = checkId(args.id, "id");
  const sessions = collection(doc, "sessions");
  if (Object.prototype.hasOwnProperty.call(sessions, id)) delete sessions[id];
}

/** Adds (`on: true`) or removes a profile from the facilitators set. */
export function setFacilitator(doc: WorkshopDoc, args: { profileId: string; on: boolean }): void {
  const profileId = checkId(args.profileId, "profileId");
  if (typeof args.on !== "boolean") {
    throw new DomainError("invalid-field", "on must be a boolean", { field: "on" });
  }
  const facilitators = collection(doc, "facilitators");
  const present = Object.prototype.hasOwnProperty.call(facilitators, profileId);
  if (args.on && facilitators[profileId] !== true) facilitators[profileId] = true;
  if (!args.on && present) delete facilitators[profileId];
}
