import { newId } from "../../domain/ids";
import type { Profile } from "../../app/AppServices";

/** A fresh local profile (ids from getRandomValues: works in insecure contexts too). */
export function newProfile(name: string, color: string, now = Date.now()): Profile {
  return { id: newId(), name, color, createdAt: now };
}
