/**
 * Meetings of the groupe-action: date, time, place, who came (a set, so attendance ticked on two
 * tablets merges) and notes (character merge). Removing is archiving.
 */
import type { MeetingId, MemberId, ProfileId } from "../ids";
import { editText } from "../text";
import { isMapLike } from "../tolerant";
import { checkDate, checkId, checkText, checkTime } from "../validate";
import { checkBoolean, collectionOf, entryOf, findIn, setArchived, stampOf } from "./access";
import { findMember } from "./memberCommands";
import { SEED_LIMITS, type SeedDoc, type SeedMeeting } from "./schema";

/** Arguments of {@link addMeeting}. */
export interface AddMeetingArgs {
  id: string;
  date: string;
  time?: string;
  place?: string;
  notes?: string;
  by: ProfileId;
  now: number;
}

/** The meeting `id` (a proxy), or `not-found`. */
export function findMeeting(doc: SeedDoc, id: string, field = "id"): SeedMeeting {
  return findIn(collectionOf(doc, "meetings"), id, "meeting", field);
}

/** Adds a meeting (same id twice: the first one stands). */
export function addMeeting(doc: SeedDoc, args: AddMeetingArgs): void {
  const id = checkId(args.id, "id") as MeetingId;
  const date = checkDate(args.date, "date");
  const time = checkTime(args.time ?? "", "time");
  const place = checkText(args.place ?? "", "place", SEED_LIMITS.place);
  const notes = checkText(args.notes ?? "", "notes", SEED_LIMITS.meetingNotes);
  const { by, at } = stampOf(args);
  const meetings = collectionOf(doc, "meetings");
  if (entryOf(meetings, id) !== undefined) return;
  meetings[id] = {
    id,
    date,
    time,
    place,
    attendees: {},
    notes,
    createdBy: by,
    createdAt: at,
    archived: null,
  };
}

/** Edits a meeting; omitted fields are left as they are. */
export function updateMeeting(
  doc: SeedDoc,
  args: { id: string; date?: string; time?: string; place?: string; notes?: string },
): void {
  const id = checkId(args.id, "id");
  const date = args.date === undefined ? undefined : checkDate(args.date, "date");
  const time = args.time === undefined ? undefined : checkTime(args.time, "time");
  const place =
    args.place === undefined ? undefined : checkText(args.place, "place", SEED_LIMITS.place);
  const notes =
    args.notes === undefined ? undefined : checkText(args.notes, "notes", SEED_LIMITS.meetingNotes);
  const meeting = findMeeting(doc, id);
  if (date !== undefined && meeting.date !== date) meeting.date = date;
  if (time !== undefined && meeting.time !== time) meeting.time = time;
  if (place !== undefined) editText(doc, ["meetings", id, "place"], place);
  if (notes !== undefined) editText(doc, ["meetings", id, "notes"], notes);
}

/** Marks a member as present (`present: true`) at a meeting or not. */
export function setAttendance(
  doc: SeedDoc,
  args: { id: string; memberId: string; present: boolean },
): void {
  const id = checkId(args.id, "id");
  const memberId = checkId(args.memberId, "memberId") as MemberId;
  const present = checkBoolean(args.present, "present");
  const meeting = findMeeting(doc, id);
  findMember(doc, memberId);
  if (!isMapLike(meeting.attendees)) meeting.attendees = {};
  const attendees = meeting.attendees;
  const has = Object.prototype.hasOwnProperty.call(attendees, memberId);
  if (present && attendees[memberId] !== true) attendees[memberId] = true;
  if (!present && has) delete attendees[memberId];
}

/** Moves a meeting to the bin (restorable). */
export function archiveMeeting(
  doc: SeedDoc,
  args: { id: string; by: ProfileId; now: number },
): void {
  const id = checkId(args.id, "id");
  const stamp = stampOf(args);
  setArchived(findMeeting(doc, id), stamp);
}

/** Takes a meeting out of the bin. */
export function restoreMeeting(doc: SeedDoc, args: { id: string }): void {
  setArchived(findMeeting(doc, checkId(args.id, "id")), null);
}
