import { createContext, useContext } from "react";
import type { Profile } from "../../app/AppServices";

export interface ProfileState {
  profile: Profile;
  /** Switch to another local profile (tablets are shared). */
  switchTo(profile: Profile): Promise<void>;
}

export const ProfileContext = createContext<ProfileState | null>(null);

/** The person using the device now; every change they make is attributed to this profile. */
export function useCurrentProfile(): ProfileState {
  const state = useContext(ProfileContext);
  if (!state) throw new Error("useCurrentProfile() outside <ProfileContext.Provider>");
  return state;
}
