import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useServices } from "../../app/AppServices";
import type { RelayConnectionState } from "../../sync/RelayClientAdapter";
import { ImportFileButton } from "../bundle/ImportFileButton";

const BundleImportPanel = lazy(() =>
  import("../bundle/BundleImportPanel").then((m) => ({ default: m.BundleImportPanel })),
);

function useRelayState(): RelayConnectionState | null {
  const { relay } = useServices();
  const [state, setState] = useState<RelayConnectionState | null>(relay?.state ?? null);
  useEffect(() => {
    if (!relay) return;
    setState(relay.state);
    return relay.onStateChange(setState);
  }, [relay]);
  return state;
}

/**
 * A shared link opened directly (not through « Rejoindre ») is a join too: the device lists the
 * document from now on, so it can be found again from home and « Mes liens » while it waits.
 */
function useRememberWaiting(kind: "atelier" | "seed"): string | null {
  const { local } = useServices();
  const { documentId } = useParams();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!documentId) return;
    let cancelled = false;
    void (async () => {
      const listed = (await local.listAteliers()).some((e) => e.documentId === documentId);
      if (!listed) {
        await local.upsertAtelier({ documentId, url: `automerge:${documentId}`, title: "", kind });
      }
    })().catch((e: unknown) => {
      if (!cancelled) setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
  }, [local, documentId, kind]);
  return error;
}

/**
 * « En attente de synchronisation »: shown instead of an empty page while a document is not on
 * this device, with what it waits for (relay offline, or connected but without it) and the other
 * way in: a bundle file imported right here. The page replaces it as soon as the document arrives.
 */
export function WaitingForSync({ kind }: { kind: "atelier" | "seed" }) {
  const { t } = useTranslation();
  const relay = useRelayState();
  const saveError = useRememberWaiting(kind);
  const [picked, setPicked] = useState<{ file: File; at: number } | null>(null);
  const reason =
    relay === null
      ? t("share.waiting.noRelay")
      : relay === "connected"
        ? t("share.waiting.notOnRelay")
        : relay === "connecting"
          ? t("share.waiting.connecting")
          : t("share.waiting.offline");
  return (
    <main>
      <section className="section" aria-labelledby="waiting-title">
        <h1 id="waiting-title">{t("share.waiting.title")}</h1>
        <p>{kind === "seed" ? t("share.waiting.seed") : t("share.waiting.atelier")}</p>
        <p aria-live="polite">{reason}</p>
        {saveError ? (
          <p className="field-error" role="alert">
            {t("share.join.saveFailed", { message: saveError })}
          </p>
        ) : null}
        <p>{kind === "seed" ? t("seed.page.waitingBundle") : t("share.waiting.bundle")}</p>
        <ImportFileButton onFile={(file) => setPicked({ file, at: Date.now() })} />
      </section>
      {picked ? (
        <Suspense fallback={<p>{t("app.loading")}</p>}>
          <BundleImportPanel key={picked.at} file={picked.file} onClose={() => setPicked(null)} />
        </Suspense>
      ) : null}
    </main>
  );
}
