import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes, useParams, useSearchParams } from "react-router";
import type { DocumentId } from "@automerge/automerge-repo";
import { Banner } from "../../ui/Banner";
import { useServices } from "../../app/AppServices";
import type { SeedDoc } from "../../domain";
import { useOpenDocument, readyHandle } from "../shared/useOpenDocument";
import { useTrackDocuments } from "../sync/TrackedDocuments";
import "./seed.css";
import { useSeed } from "./useSeed";
import { useAtelierCarnet } from "./useAtelierCarnet";
import { useSeedLinkActions } from "./useSeedLinkActions";
import { useSeedTitleLink } from "./useSeedTitleLink";
import { useKeepSummary } from "./useKeepSummary";
import { SeedNav } from "./SeedNav";
import { SeedHeader } from "./SeedHeader";
import { OverviewSection } from "./sections/OverviewSection";
import { MembersSection } from "./sections/MembersSection";
import { TasksSection } from "./sections/TasksSection";
import { MeetingsSection } from "./sections/MeetingsSection";
import { DecisionsSection } from "./sections/DecisionsSection";
import { JournalSection } from "./sections/JournalSection";
import { ProtocolSection } from "./sections/ProtocolSection";
import { ShareSection } from "./sections/ShareSection";
import { WaitingForSync } from "../share/WaitingForSync";

/**
 * `/graine/<documentId>/*`: one seed, standalone. It needs nothing else of its atelier — a
 * groupe-action's tablet may hold this document only — and lists itself on this device.
 */
export function SeedPage() {
  const { t } = useTranslation();
  const { documentId = "" } = useParams();
  const [search] = useSearchParams();
  const atelierId = search.get("atelier");
  const { local } = useServices();
  const opened = useOpenDocument<SeedDoc>(documentId as DocumentId, "seed");
  const handle = readyHandle(opened);
  const readOnly = opened.status === "ready" && opened.readOnly;
  const seed = useSeed(handle, readOnly);
  const carnet = useAtelierCarnet(atelierId);
  const links = useSeedLinkActions(carnet.workshop, false);
  useTrackDocuments([handle]);
  // The atelier's copy of the title and the list's cached card follow this page's edits.
  useSeedTitleLink(handle?.documentId, seed.view?.title, carnet.workshop, readOnly);
  useKeepSummary(handle, seed.view);

  // Opening a seed records it on this device (« Mes graines »), with its latest title.
  const title = seed.view?.title;
  useEffect(() => {
    if (!handle || title === undefined) return;
    void local.upsertAtelier({
      documentId: handle.documentId,
      url: handle.url,
      title,
      kind: "seed",
    });
  }, [local, handle, title]);

  if (opened.status === "loading") return <main>{t("app.loading")}</main>;
  // Not on this device yet: the shared waiting state (relay or bundle), replaced by the seed
  // as soon as it arrives (useOpenDocument re-opens it on arrival).
  if (opened.status === "unavailable") return <WaitingForSync kind="seed" />;
  if (opened.status !== "ready") {
    return (
      <main>
        <Banner tone="error">{t(`seed.page.${opened.status}`)}</Banner>
        {opened.status === "corrupt" ? (
          <button type="button" onClick={() => window.location.reload()}>
            {t("atelier.reload")}
          </button>
        ) : null}
      </main>
    );
  }
  const { view, actions, problems, error } = seed;
  if (!view || !handle) return <main>{t("app.loading")}</main>;
  const locked = readOnly;
  const props = { view, actions, readOnly: locked };
  // The bin is the seed's own flag; its atelier's list follows when this device has the atelier.
  const bin = {
    archive: () => {
      if (actions.archive() && carnet.workshop) links.archive(handle.documentId);
    },
    restore: () => {
      if (actions.restore() && carnet.workshop) links.restore(handle.documentId, null);
    },
  };
  return (
    <main className="seed-page">
      <SeedHeader view={view} />
      {readOnly ? <Banner tone="warning">{t("seed.page.readOnly")}</Banner> : null}
      {view.archived ? <Banner tone="warning">{t("seed.page.archived")}</Banner> : null}
      {problems.length > 0 ? (
        <Banner tone="warning">{t("seed.page.problems", { count: problems.length })}</Banner>
      ) : null}
      {error ? (
        <Banner tone="error">
          {t([`errors.${error}`, "seed.error.generic"], { message: error })}
        </Banner>
      ) : null}
      <SeedNav documentId={documentId} search={atelierId ? `?atelier=${atelierId}` : ""} />
      <Routes>
        <Route index element={<OverviewSection {...props} bin={bin} />} />
        <Route
          path="groupe"
          element={<MembersSection {...props} carnet={carnet.available ? carnet.contacts : null} />}
        />
        <Route path="etapes" element={<TasksSection {...props} />} />
        <Route path="rencontres" element={<MeetingsSection {...props} />} />
        <Route path="decisions" element={<DecisionsSection {...props} />} />
        <Route path="journal" element={<JournalSection handle={handle} readOnly={locked} />} />
        <Route path="protocole" element={<ProtocolSection {...props} />} />
        <Route path="partager" element={<ShareSection documentId={documentId} />} />
      </Routes>
    </main>
  );
}
