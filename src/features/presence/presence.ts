import { cleanText } from "../../domain/history";

/**
 * Presence: who else has this atelier open now. Ephemeral (automerge-repo ephemeral messages on
 * the workshop's handle), never stored. Messages come from any peer, hostile ones included:
 * unknown shapes are ignored, names capped, the roster bounded.
 */

export const PRESENCE_TYPE = "recolte/presence";
export const PRESENCE_LEAVE = "recolte/presence-leave";
/** How often a device says it is here. */
export const HEARTBEAT_MS = 5_000;
/** A device not heard of for this long has left. */
export const EXPIRY_MS = 15_000;
export const MAX_NAME = 40;
/** At most this many devices are remembered (a flood of fake senders cannot grow memory). */
export const MAX_PEERS = 64;

export interface PresencePayload {
  type: typeof PRESENCE_TYPE;
  v: 1;
  profileId: string;
  name: string;
  color: string;
}

export type PresenceMessage = PresencePayload | { type: typeof PRESENCE_LEAVE; profileId: string };

const ID = /^[A-Za-z0-9_-]{1,80}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const DEFAULT_COLOR = "#888888";

export function presencePayload(profile: {
  id: string;
  name: string;
  color: string;
}): PresencePayload {
  return {
    type: PRESENCE_TYPE,
    v: 1,
    profileId: profile.id,
    name: cleanText(profile.name, MAX_NAME),
    color: COLOR.test(profile.color) ? profile.color : DEFAULT_COLOR,
  };
}

/** Validates an incoming ephemeral message; `null` for anything that is not presence. */
export function readPresence(value: unknown): PresenceMessage | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.profileId !== "string" || !ID.test(record.profileId)) return null;
  if (record.type === PRESENCE_LEAVE) return { type: PRESENCE_LEAVE, profileId: record.profileId };
  if (record.type !== PRESENCE_TYPE || record.v !== 1) return null;
  if (typeof record.name !== "string") return null;
  const name = cleanText(record.name, MAX_NAME);
  if (!name) return null;
  const color =
    typeof record.color === "string" && COLOR.test(record.color) ? record.color : DEFAULT_COLOR;
  return { type: PRESENCE_TYPE, v: 1, profileId: record.profileId, name, color };
}

/** Someone here now. */
export interface Present {
  profileId: string;
  name: string;
  color: string;
}

interface Entry extends Present {
  seenAt: number;
}

/** Who was heard of recently, per sending peer; pure apart from the times it is given. */
export class PresenceRoster {
  #entries = new Map<string, Entry>();
  #me: string;

  constructor(me: string) {
    this.#me = me;
  }

  /** Records a message from `senderId`; returns true when it is someone new. */
  receive(senderId: string, value: unknown, now: number): boolean {
    const message = readPresence(value);
    if (!message) return false;
    if (message.type === PRESENCE_LEAVE) {
      const entry = this.#entries.get(senderId);
      if (entry?.profileId === message.profileId) this.#entries.delete(senderId);
      return false;
    }
    if (message.profileId === this.#me) return false;
    const known = this.#entries.has(senderId);
    if (!known && this.#entries.size >= MAX_PEERS) {
      this.prune(now);
      if (this.#entries.size >= MAX_PEERS) return false;
    }
    this.#entries.set(senderId, { ...message, seenAt: now });
    return !known;
  }

  /** Forgets peers not heard of within {@link EXPIRY_MS}. */
  prune(now: number): void {
    for (const [sender, entry] of this.#entries) {
      if (now - entry.seenAt > EXPIRY_MS) this.#entries.delete(sender);
    }
  }

  /** People here now (one line per profile, by name). */
  list(now: number): Present[] {
    const byProfile = new Map<string, Present>();
    for (const entry of this.#entries.values()) {
      if (now - entry.seenAt > EXPIRY_MS) continue;
      byProfile.set(entry.profileId, {
        profileId: entry.profileId,
        name: entry.name,
        color: entry.color,
      });
    }
    return [...byProfile.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
