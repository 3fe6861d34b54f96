import { useMemo } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { NavLink, Route, Routes, useNavigate } from "react-router";
import { Banner } from "../../ui/Banner";
import { selectSeedLinks } from "../../domain";
import type { WorkshopDoc, WorkshopView } from "../../domain";
import { toAutomergeUrl } from "../../sync/urls";
import "./seed.css";
import { NewSeedForm } from "./NewSeedForm";
import { SeedCard } from "./SeedCard";
import { useSeedLinkActions } from "./useSeedLinkActions";

/**
 * `/atelier/<id>/graines/*`: « Graines de projet ». The cards paint from the workshop's links and
 * the device's cached summaries; each seed is opened only when its card is on screen.
 */
export function SeedsPage({
  workshopHandle,
  workshop,
  documentId,
  readOnly,
}: {
  workshopHandle: DocHandle<WorkshopDoc> | undefined;
  workshop: WorkshopView;
  documentId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = `/atelier/${documentId}/graines`;
  const { active, archived } = useMemo(() => selectSeedLinks(workshop), [workshop]);
  const { restore, error } = useSeedLinkActions(workshopHandle, readOnly);

  return (
    <section className="section seeds" aria-labelledby="seeds-title">
      <div className="section-header">
        <h2 id="seeds-title">{t("seed.listTitle")}</h2>
        <nav className="row" aria-label={t("seed.views")}>
          <NavLink to={base} end className="button secondary">
            {t("seed.active")} ({active.length})
          </NavLink>
          <NavLink to={`${base}/corbeille`} className="button secondary">
            {t("seed.bin")} ({archived.length})
          </NavLink>
        </nav>
      </div>
      {error ? (
        <Banner tone="error">
          {t([`errors.${error}`, "seed.error.generic"], { message: error })}
        </Banner>
      ) : null}
      <Routes>
        <Route
          index
          element={
            <>
              <p className="field-hint">{t("seed.listHint")}</p>
              <div className="row">
                <button
                  type="button"
                  onClick={() => navigate(`${base}/nouvelle`)}
                  disabled={readOnly}
                >
                  {t("seed.newSeed")}
                </button>
              </div>
              {active.length === 0 ? <p>{t("seed.empty")}</p> : null}
              <ul className="card-list seed-list" aria-label={t("seed.listTitle")}>
                {active.map((link) => (
                  <SeedCard
                    key={link.id}
                    documentId={link.id}
                    url={toAutomergeUrl(link.url) ?? undefined}
                    title={link.title}
                    href={`/graine/${link.id}?atelier=${documentId}`}
                  />
                ))}
              </ul>
            </>
          }
        />
        <Route
          path="nouvelle"
          element={
            <NewSeedForm
              workshopHandle={workshopHandle}
              workshopTitle={workshop.title}
              readOnly={readOnly}
              onCancel={() => navigate(base)}
            />
          }
        />
        <Route
          path="corbeille"
          element={
            <section aria-labelledby="seed-bin-title">
              <h3 id="seed-bin-title">{t("seed.binTitle")}</h3>
              <p className="field-hint">{t("seed.binHint")}</p>
              {archived.length === 0 ? <p>{t("seed.binEmpty")}</p> : null}
              <ul className="card-list seed-list" aria-label={t("seed.binTitle")}>
                {archived.map((link) => (
                  <SeedCard
                    key={link.id}
                    documentId={link.id}
                    url={toAutomergeUrl(link.url) ?? undefined}
                    title={link.title}
                    href={`/graine/${link.id}?atelier=${documentId}`}
                  >
                    <button
                      type="button"
                      className="secondary"
                      disabled={readOnly}
                      onClick={() => restore(link.id, link.url)}
                    >
                      {t("seed.restore", { title: link.title || t("seed.untitled") })}
                    </button>
                  </SeedCard>
                ))}
              </ul>
            </section>
          }
        />
      </Routes>
    </section>
  );
}
