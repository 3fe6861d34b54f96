import { useEffect, useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { Route, Routes, useParams } from "react-router";
import type { DocumentId } from "@automerge/automerge-repo";
import { Banner } from "../../ui/Banner";
import { useServices } from "../../app/AppServices";
import type { WorkshopDoc } from "../../domain";
import { useOpenDocument, readyHandle } from "../shared/useOpenDocument";
import { useTrackDocuments } from "../sync/TrackedDocuments";
import { useSyncStatus } from "../sync/useSyncStatus";
import { useWorkshop } from "./useWorkshop";
import { useAtelierDocuments } from "./useAtelierDocuments";
import { AtelierNav } from "./AtelierNav";
import { BasicsForm } from "./BasicsForm";
import { SessionsEditor } from "./SessionsEditor";
import { AgendaEditor } from "./AgendaEditor";
import { SeedsPage } from "../seed/SeedsPage";
import { AddressBookPage } from "../address-book/AddressBookPage";
import { BoardPage } from "../board/BoardPage";
import { SharePanel } from "./SharePanel";
import { WaitingForSync } from "../share/WaitingForSync";
import { RemoveAtelier } from "./RemoveAtelier";
import { SafetyPage } from "../sync/SafetyPage";
import { PresenceBar } from "../presence/PresenceBar";
import { WhatsNewPage } from "../whats-new/WhatsNewPage";

/** `/atelier/<documentId>/*`: the atelier's basics and programme, and its sections. */
export function AtelierPage() {
  const { t } = useTranslation();
  const { documentId = "" } = useParams();
  const { local } = useServices();
  const opened = useOpenDocument<WorkshopDoc>(documentId as DocumentId, "workshop");
  const handle = readyHandle(opened);
  const readOnly = opened.status === "ready" && opened.readOnly;
  const { view, problems, error, actions } = useWorkshop(handle, readOnly);
  const linked = useAtelierDocuments(handle, view);
  const { addressBook, diagnostic } = linked;
  const handles = useMemo(
    () =>
      [handle, addressBook, diagnostic].filter(
        (h): h is DocHandle<never> => h !== undefined,
      ) as DocHandle<unknown>[],
    [handle, addressBook, diagnostic],
  );
  useTrackDocuments(handles);
  const status = useSyncStatus(handles);

  // Remember this atelier on this device (a shared link opens it here too) with its latest title.
  const title = view?.title;
  useEffect(() => {
    if (!handle || title === undefined) return;
    void local.upsertAtelier({
      documentId: handle.documentId,
      url: handle.url,
      title,
      kind: "atelier",
    });
  }, [local, handle, title]);

  if (opened.status === "loading") return <main>{t("app.loading")}</main>;
  if (opened.status === "unavailable") return <WaitingForSync kind="atelier" />;
  if (opened.status === "corrupt") {
    return (
      <main>
        <Banner tone="error">{t("atelier.corrupt")}</Banner>
        <button type="button" onClick={() => window.location.reload()}>
          {t("atelier.reload")}
        </button>
      </main>
    );
  }
  if (opened.status === "foreign") {
    return (
      <main>
        <Banner tone="error">{t("atelier.foreign")}</Banner>
      </main>
    );
  }
  if (!view) return <main>{t("app.loading")}</main>;

  const documentIds = handles.map((h) => h.documentId);
  return (
    <main>
      <h1>{view.title || t("home.untitled")}</h1>
      <p className="row">
        <span className={linked.readyOffline ? "badge" : "badge muted"}>
          {linked.readyOffline ? t("atelier.readyOffline") : t("atelier.preparingOffline")}
        </span>
        {!linked.readyOffline && linked.seeds.total > 0 ? (
          <span className="muted" aria-live="polite">
            {t("seed.offlineProgress", {
              ready: linked.seeds.ready,
              total: linked.seeds.total,
            })}
          </span>
        ) : null}
      </p>
      <PresenceBar handle={handle} />
      {readOnly ? <Banner tone="warning">{t("atelier.readOnly")}</Banner> : null}
      {problems.length > 0 ? (
        <Banner tone="warning">{t("atelier.problems", { count: problems.length })}</Banner>
      ) : null}
      {error ? (
        <Banner tone="error">{t([`errors.${error}`, "errors.generic"], { message: error })}</Banner>
      ) : null}
      <AtelierNav documentId={documentId} />
      <Routes>
        <Route
          index
          element={
            <>
              <BasicsForm view={view} actions={actions} readOnly={readOnly} />
              <SessionsEditor view={view} actions={actions} readOnly={readOnly} />
              <AgendaEditor view={view} actions={actions} readOnly={readOnly} />
              <RemoveAtelier
                documentId={documentId}
                documentIds={documentIds}
                pending={status.pending}
              />
            </>
          }
        />
        <Route
          path="carnet/*"
          element={
            <AddressBookPage
              handle={addressBook}
              documentId={documentId}
              title={view.title}
              readOnly={readOnly}
            />
          }
        />
        <Route
          path="etat-des-lieux/*"
          element={
            <BoardPage
              handle={diagnostic}
              bookHandle={addressBook}
              workshopHandle={handle}
              workshop={view}
              documentId={documentId}
              readOnly={readOnly}
            />
          }
        />
        <Route
          path="graines/*"
          element={
            <SeedsPage
              workshopHandle={handle}
              workshop={view}
              documentId={documentId}
              readOnly={readOnly}
            />
          }
        />
        <Route path="partager" element={<SharePanel documentId={documentId} />} />
        <Route
          path="sauvegarde"
          element={
            <SafetyPage
              workshop={handle}
              addressBook={addressBook}
              diagnostic={diagnostic}
              links={{ addressBook: view.links.addressBook, diagnostic: view.links.diagnostic }}
              seeds={view.seeds}
            />
          }
        />
        <Route
          path="quoi-de-neuf"
          element={
            <WhatsNewPage
              documents={[
                { kind: "workshop", handle },
                { kind: "address-book", handle: addressBook },
                { kind: "diagnostic", handle: diagnostic },
              ]}
              seeds={view.seeds}
            />
          }
        />
      </Routes>
    </main>
  );
}
