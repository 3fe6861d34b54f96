import { useEffect, useState } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { toAutomergeUrl } from "../../sync/urls";
import type { SeedLink } from "../../domain";

/** The atelier's seeds that are on this device (by document URL); others stay absent. */
export function useSeedHandles(
  seeds: Readonly<Record<string, Readonly<SeedLink>>> | undefined,
): Map<string, DocHandle<unknown>> {
  const { repo } = useServices();
  const [handles, setHandles] = useState(new Map<string, DocHandle<unknown>>());
  const key = Object.values(seeds ?? {})
    .map((s) => s.url)
    .sort()
    .join(",");
  useEffect(() => {
    let cancelled = false;
    const urls = key ? key.split(",") : [];
    void Promise.all(
      urls.map(async (url) => {
        const automergeUrl = toAutomergeUrl(url as SeedLink["url"]);
        if (!automergeUrl) return null;
        try {
          const handle = await repo.find<unknown>(automergeUrl);
          return [url, handle] as const;
        } catch {
          return null;
        }
      }),
    ).then((found) => {
      if (cancelled) return;
      setHandles(new Map(found.filter((f) => f !== null)));
    });
    return () => {
      cancelled = true;
    };
  }, [repo, key]);
  return handles;
}
