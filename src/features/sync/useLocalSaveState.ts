import { useEffect, useState } from "react";
import { useServices } from "../../app/AppServices";
import type { LocalSaveState } from "../../sync/localSaveState";

/** « Enregistré sur cet appareil » or « Enregistrement… », live. */
export function useLocalSaveState(): LocalSaveState {
  const { onLocalSaveState } = useServices();
  const [state, setState] = useState<LocalSaveState>("saved");
  useEffect(() => onLocalSaveState(setState), [onLocalSaveState]);
  return state;
}
