import { useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { selectArchived, suggestDuplicates } from "../../domain";
import { useAddressBookScreen } from "./AddressBookContext";

/** The carnet's views. Counts are computed from a deferred view so typing never waits on them. */
export function AddressBookNav() {
  const { t } = useTranslation();
  const { view, base } = useAddressBookScreen();
  const deferred = useDeferredValue(view);
  const duplicates = useMemo(() => suggestDuplicates(deferred).length, [deferred]);
  const archived = useMemo(() => selectArchived(deferred).length, [deferred]);
  return (
    <nav className="sub-nav" aria-label={t("addressBook.nav")}>
      <NavLink to={base} end>
        {t("addressBook.contacts")}
      </NavLink>
      <NavLink to={`${base}/structures`}>{t("addressBook.structures")}</NavLink>
      <NavLink to={`${base}/competences`}>{t("addressBook.skills")}</NavLink>
      <NavLink to={`${base}/besoins`}>{t("addressBook.matching")}</NavLink>
      <NavLink to={`${base}/doublons`}>
        {duplicates > 0
          ? t("addressBook.duplicatesCount", { count: duplicates })
          : t("addressBook.duplicates")}
      </NavLink>
      <NavLink to={`${base}/corbeille`}>
        {archived > 0 ? t("addressBook.trashCount", { count: archived }) : t("addressBook.trash")}
      </NavLink>
    </nav>
  );
}
