import { useTranslation } from "react-i18next";
import type { BoardCluster } from "./boardTypes";
import { useBoardCommands } from "./BoardContext";

/** A group's name, renamed in place (text command per keystroke), and dissolving it. */
export function ClusterHeader({ cluster, readOnly }: { cluster: BoardCluster; readOnly: boolean }) {
  const { t } = useTranslation();
  const { actions } = useBoardCommands();
  return (
    <div className="cluster-header">
      <input
        className="cluster-title"
        aria-label={t("board.clusterName")}
        value={cluster.title}
        placeholder={t("board.clusterDefault")}
        readOnly={readOnly}
        maxLength={200}
        onChange={(e) => actions.renameCluster(cluster.id, e.target.value)}
      />
      {readOnly ? null : (
        <button
          type="button"
          className="icon"
          aria-label={`${t("board.clusterRemove")} « ${cluster.title} »`}
          title={t("board.clusterRemove")}
          onClick={() => actions.archiveCluster(cluster.id)}
        >
          ×
        </button>
      )}
    </div>
  );
}

/** « Nouveau groupe »: an empty group, named right away, ready to take notes. */
export function NewClusterButton({ categoryId }: { categoryId: string }) {
  const { t } = useTranslation();
  const { actions } = useBoardCommands();
  return (
    <button
      type="button"
      className="secondary small"
      onClick={() => actions.addCluster(categoryId, t("board.clusterDefault"))}
    >
      {t("board.newCluster")}
    </button>
  );
}
