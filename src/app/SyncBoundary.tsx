import { createContext, Suspense, use, useContext, useMemo } from "react";
import type { ReactNode } from "react";
import { AppServicesContext, useLocalServices } from "./AppServices";
import type { SyncServices } from "./AppServices";

/** The Automerge runtime as it loads (started once by the composition root). */
export const SyncRuntimeContext = createContext<Promise<SyncServices> | null>(null);

function Provide({ runtime, children }: { runtime: Promise<SyncServices>; children: ReactNode }) {
  const local = useLocalServices();
  const sync = use(runtime);
  const services = useMemo(() => ({ ...local, ...sync }), [local, sync]);
  return <AppServicesContext.Provider value={services}>{children}</AppServicesContext.Provider>;
}

/**
 * Renders its children once the Automerge runtime has loaded (usually long before anyone taps
 * anything), and `fallback` until then. Everything that touches documents lives under one.
 */
export function SyncBoundary({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const runtime = useContext(SyncRuntimeContext);
  if (!runtime) throw new Error("<SyncBoundary> outside <SyncRuntimeContext.Provider>");
  return (
    <Suspense fallback={fallback}>
      <Provide runtime={runtime}>{children}</Provide>
    </Suspense>
  );
}
