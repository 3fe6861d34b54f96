import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { selectArchived, suggestDuplicates } from "../../domain";
import { useAddressBookScreen } from "./AddressBookContext";
import { useSettledValue } from "./useSettledValue";

/** Above this many contacts the duplicate count is left to its own screen (it costs ≈ 1 s). */
const COUNT_DUPLICATES_UP_TO = 1500;

/**
 * The carnet's views. Counts come from the book once it has settled (no change for a second),
 * so typing never waits on them.
 */
export function AddressBookNav() {
  const { t } = useTranslation();
  const { view, contacts, base } = useAddressBookScreen();
  const settled = useSettledValue(view, 1000);
  const small = contacts.length <= COUNT_DUPLICATES_UP_TO;
  const duplicates = useMemo(
    () => (small ? suggestDuplicates(settled).length : 0),
    [settled, small],
  );
  const archived = useMemo(() => selectArchived(settled).length, [settled]);
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
