import { useMemo, useRef } from "react";
import type { DocHandle } from "@automerge/automerge-repo";
import { useTranslation } from "react-i18next";
import { Route, Routes } from "react-router";
import { Banner } from "../../ui/Banner";
import type { AddressBookDoc, DiagnosticDoc, WorkshopDoc, WorkshopView } from "../../domain";
import "./board.css";
import { BoardContext } from "./BoardContext";
import type { BoardCommands, BoardScreenState } from "./BoardContext";
import { BoardCommandsContext } from "./BoardContext";
import type { BoardNote } from "./boardTypes";
import { boardColumns, cardsById } from "./boardModel";
import { withHiddenCards } from "./hiddenCards";
import { useDiagnostic } from "./useDiagnostic";
import { useCarnetNames } from "./useCarnetNames";
import { useFacilitatorGate } from "./useFacilitatorGate";
import { useBoardSettings } from "./useBoardSettings";
import { useCachedBoard } from "./useCachedBoard";
import { BoardNav } from "./BoardNav";
import { BoardScreen } from "./BoardScreen";
import { ListScreen } from "./ListScreen";
import { TrashScreen } from "./TrashScreen";
import { KitScreen } from "./kit/KitScreen";
import { VoteScreen } from "./kit/VoteScreen";
import { SynthesisScreen } from "./kit/SynthesisScreen";
import { CategoriesScreen } from "./CategoriesScreen";
import { CachedBoard } from "./CachedBoard";

/**
 * `/atelier/<id>/etat-des-lieux/*`: « État des lieux ». The board is the default view; the
 * list (small screens, reading aloud), the bin, the facilitator kit, the vote and the synthesis
 * are sub-routes.
 */
export function BoardPage({
  handle,
  bookHandle,
  workshopHandle,
  workshop,
  documentId,
  readOnly,
}: {
  handle: DocHandle<DiagnosticDoc> | undefined;
  bookHandle: DocHandle<AddressBookDoc> | undefined;
  workshopHandle: DocHandle<WorkshopDoc> | undefined;
  workshop: WorkshopView;
  /** The atelier's (workshop) document id, for links. */
  documentId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const diagnostic = useDiagnostic(handle, readOnly);
  const { contacts, names } = useCarnetNames(bookHandle);
  const gate = useFacilitatorGate(workshopHandle, workshop, readOnly);
  const settings = useBoardSettings(handle, diagnostic.readOnly);
  const { view } = diagnostic;
  // Shared by every tablet: the facilitation state in the document (off until the board loads).
  const hideMode = view?.facilitation.hideMode ?? false;
  const setHideMode = settings.actions.setHideMode;
  const facilitator = gate.facilitator;
  const previous = useRef<ReadonlyMap<string, BoardNote>>(new Map());
  const columns = useMemo(() => {
    if (!view) return [];
    const next = boardColumns(view, { facilitator }, previous.current);
    previous.current = cardsById(next);
    return withHiddenCards(next, view, diagnostic.profileId, facilitator);
  }, [view, facilitator, diagnostic.profileId]);
  // First paint from the cached columns while the document loads (see useCachedBoard).
  const cached = useCachedBoard(workshop.links.diagnostic, handle, view ? columns : undefined);
  const { actions, readOnly: locked } = diagnostic;
  const commands = useMemo<BoardCommands>(
    () => ({ actions, readOnly: locked, facilitator, hideMode, names, t }),
    [actions, locked, facilitator, hideMode, names, t],
  );
  const base = `/atelier/${documentId}/etat-des-lieux`;
  const state = useMemo<BoardScreenState | null>(
    () =>
      view
        ? {
            ...diagnostic,
            view,
            columns,
            contacts,
            names,
            facilitator,
            hideMode,
            setHideMode,
            setFacilitator: gate.setFacilitator,
            categoryActions: settings.actions,
            base,
          }
        : null,
    [
      diagnostic,
      view,
      columns,
      contacts,
      names,
      facilitator,
      hideMode,
      setHideMode,
      gate.setFacilitator,
      settings.actions,
      base,
    ],
  );

  if (!state) {
    if (cached) return <CachedBoard columns={cached} />;
    return (
      <section className="section">
        <h2>{t("board.title")}</h2>
        <p>{t("board.loading")}</p>
      </section>
    );
  }
  const error = state.error ?? settings.error ?? gate.error;
  return (
    <BoardContext.Provider value={state}>
      <BoardCommandsContext.Provider value={commands}>
        <div className="board-page">
          {state.readOnly && !readOnly ? (
            <Banner tone="warning">{t("board.readOnly")}</Banner>
          ) : null}
          {state.problems.length > 0 ? (
            <Banner tone="warning">{t("board.problems", { count: state.problems.length })}</Banner>
          ) : null}
          {error ? (
            <Banner tone="error">
              {t([`errors.${error}`, "errors.generic"], { message: error })}
            </Banner>
          ) : null}
          <BoardNav />
          <Routes>
            <Route index element={<BoardScreen />} />
            <Route path="liste" element={<ListScreen />} />
            <Route path="corbeille" element={<TrashScreen />} />
            <Route path="categories" element={<CategoriesScreen />} />
            <Route path="animation" element={<KitScreen />} />
            <Route path="vote" element={<VoteScreen />} />
            <Route path="synthese" element={<SynthesisScreen />} />
          </Routes>
        </div>
      </BoardCommandsContext.Provider>
    </BoardContext.Provider>
  );
}
