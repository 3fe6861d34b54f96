import { useEffect, useState } from "react";
import { useLocalServices } from "../../app/AppServices";
import type { LocalStore } from "../../app/AppServices";

/**
 * Reads device-local data and re-reads it whenever the local store changes. Errors are kept and
 * returned, never swallowed, so the view can show them.
 */
export function useLocalQuery<T>(
  read: (local: LocalStore) => Promise<T>,
  deps: readonly unknown[] = [],
): { data: T | undefined; error: string | null } {
  const { local } = useLocalServices();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = () => {
      read(local).then(
        (value) => {
          if (!cancelled) setData(value);
        },
        (e: unknown) => {
          if (!cancelled) setError(e instanceof Error ? e.message : String(e));
        },
      );
    };
    load();
    const unsubscribe = local.subscribe(load);
    return () => {
      cancelled = true;
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [local, ...deps]);
  return { data, error };
}
