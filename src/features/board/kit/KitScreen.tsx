import { useTranslation } from "react-i18next";
import { Banner } from "../../../ui/Banner";
import { useBoardScreen } from "../BoardContext";
import { Timer } from "./Timer";
import { TourDeTable } from "./TourDeTable";

/** « Animation »: the facilitator kit (timer, tour de table). A UI gate, said as such. */
export function KitScreen() {
  const { t } = useTranslation();
  const { facilitator } = useBoardScreen();
  return (
    <>
      <Banner tone="info">{t("board.kit.facilitatorsHint")}</Banner>
      {facilitator ? null : <Banner tone="warning">{t("board.kit.youAreParticipant")}</Banner>}
      <TourDeTable />
      <Timer />
    </>
  );
}
