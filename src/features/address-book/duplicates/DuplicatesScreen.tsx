import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../ui/Banner";
import { selectContact, suggestDuplicates } from "../../../domain";
import type { ContactId } from "../../../domain";
import { useAddressBookScreen } from "../AddressBookContext";
import { DuplicatePair } from "./DuplicatePair";
import { MergeHistory } from "./MergeHistory";

/**
 * Possible duplicates, side by side. Récolte never merges on its own: « Fusionner » is an
 * explicit action recorded in the document (undoable), « Ce ne sont pas les mêmes personnes »
 * hides the pair on every device.
 */
export function DuplicatesScreen() {
  const { t } = useTranslation();
  const { view, actions, readOnly } = useAddressBookScreen();
  const pairs = useMemo(() => suggestDuplicates(view), [view]);
  const [lastMerge, setLastMerge] = useState<{ source: ContactId; target: ContactId } | null>(null);
  const name = (id: ContactId) => view.contacts[id]?.name ?? id;
  const merge = (a: ContactId, b: ContactId) => {
    // The older record stays the main one: its id is the one others may already reference.
    const [target, source] = orderByAge(view.contacts[a], view.contacts[b], a, b);
    if (actions.merge({ sourceId: source, targetId: target })) setLastMerge({ source, target });
  };
  const undo = () => {
    if (lastMerge && actions.unmerge(lastMerge.source)) setLastMerge(null);
  };
  return (
    <section className="section" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t("addressBook.duplicates")}</h2>
      <p className="field-hint">{t("addressBook.duplicatesView.intro")}</p>
      {lastMerge ? (
        <div className="banner banner-success row" role="status">
          <span>
            {t("addressBook.duplicatesView.merged", {
              source: name(lastMerge.source),
              target: name(lastMerge.target),
            })}
          </span>
          {readOnly ? null : (
            <button type="button" className="secondary" onClick={undo}>
              {t("addressBook.duplicatesView.undo")}
            </button>
          )}
        </div>
      ) : null}
      {pairs.length === 0 ? (
        <Banner tone="info">{t("addressBook.duplicatesView.empty")}</Banner>
      ) : null}
      {pairs.map((pair) => {
        const a = selectContact(view, pair.a);
        const b = selectContact(view, pair.b);
        if (!a || !b) return null;
        return (
          <DuplicatePair
            key={`${pair.a}+${pair.b}`}
            a={a}
            b={b}
            reasons={pair.reasons}
            readOnly={readOnly}
            onMerge={() => merge(pair.a, pair.b)}
            onNotSame={() => actions.markNotDuplicates(pair.a, pair.b)}
          />
        );
      })}
      <MergeHistory />
    </section>
  );
}

function orderByAge(
  a: { createdAt: number } | undefined,
  b: { createdAt: number } | undefined,
  idA: ContactId,
  idB: ContactId,
): [ContactId, ContactId] {
  const ageA = a?.createdAt ?? 0;
  const ageB = b?.createdAt ?? 0;
  if (ageA !== ageB) return ageA < ageB ? [idA, idB] : [idB, idA];
  return idA < idB ? [idA, idB] : [idB, idA];
}
