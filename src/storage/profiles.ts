import type { ProfileRecord, RecolteDb } from "./LocalDb";

/** Key of the current profile id in the `meta` table. */
const CURRENT_PROFILE = "currentProfileId";

/** The profile this device is used as, if one was chosen and still exists. */
export async function getCurrentProfile(db: RecolteDb): Promise<ProfileRecord | undefined> {
  const current = await db.meta.get(CURRENT_PROFILE);
  return typeof current?.value === "string" ? db.profiles.get(current.value) : undefined;
}

/** Every profile of this device, oldest first. */
export function listProfiles(db: RecolteDb): Promise<ProfileRecord[]> {
  return db.profiles.orderBy("createdAt").toArray();
}

/** Creates or replaces a profile. */
export async function saveProfile(db: RecolteDb, profile: ProfileRecord): Promise<void> {
  await db.profiles.put(profile);
}

/** Makes `id` the current profile. */
export async function setCurrentProfile(db: RecolteDb, id: string): Promise<void> {
  await db.meta.put({ key: CURRENT_PROFILE, value: id });
}
