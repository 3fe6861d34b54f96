import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { Dialog } from "../../ui/Dialog";
import { Banner } from "../../ui/Banner";
import { useServices } from "../../app/AppServices";
import type { DocumentId } from "@automerge/automerge-repo";

/** « Retirer cet atelier de cet appareil », saying plainly what stays on the relay. */
export function RemoveAtelier({
  documentId,
  documentIds,
  pending,
}: {
  documentId: string;
  documentIds: DocumentId[];
  pending: number;
}) {
  const { t } = useTranslation();
  const { local, repo } = useServices();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    try {
      for (const id of documentIds) await repo.removeFromCache(id);
      await local.removeAtelier(documentId, documentIds);
      navigate("/");
    } catch (e) {
      setError(t("errors.generic", { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <>
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t("atelier.remove")}
      </button>
      <Dialog title={t("atelier.removeConfirmTitle")} open={open} onClose={() => setOpen(false)}>
        <p>{t("atelier.removeConfirmText")}</p>
        {pending > 0 ? (
          <Banner tone="warning">{t("atelier.removePending", { count: pending })}</Banner>
        ) : null}
        {error ? <Banner tone="error">{error}</Banner> : null}
        <div className="row">
          <button type="button" className="danger" onClick={() => void remove()}>
            {t("atelier.removeConfirm")}
          </button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            {t("newAtelier.cancel")}
          </button>
        </div>
      </Dialog>
    </>
  );
}
