import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../../../ui/Dialog";
import { Banner } from "../../../ui/Banner";
import { useAddressBookScreen } from "../AddressBookContext";
import { downloadText, exportFilename } from "./download";
import { buildExport } from "./buildExport";
import type { ExportFormat, ExportScope } from "./buildExport";

/**
 * « Exporter les contacts »: vCard 4.0 or CSV, only the people who agreed to sharing (the
 * default) or everyone; archived and merged records are never exported.
 */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { contacts, title } = useAddressBookScreen();
  const [format, setFormat] = useState<ExportFormat>("vcard");
  const [scope, setScope] = useState<ExportScope>("consented");
  const result = useMemo(
    () => (open ? buildExport(contacts, { format, scope }) : null),
    [open, contacts, format, scope],
  );
  const download = () => {
    if (!result) return;
    downloadText(exportFilename(title, result.ext), result.text, result.type);
    onClose();
  };
  return (
    <Dialog title={t("addressBook.export.open")} open={open} onClose={onClose}>
      <fieldset className="segmented vertical">
        <legend>{t("addressBook.export.format")}</legend>
        {(["vcard", "csv"] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="export-format"
              checked={format === value}
              onChange={() => setFormat(value)}
            />
            <span>{t(`addressBook.export.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented vertical">
        <legend>{t("addressBook.export.scope")}</legend>
        {(["consented", "all"] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="export-scope"
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            <span>{t(`addressBook.export.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {scope === "all" ? <Banner tone="info">{t("addressBook.export.allWarning")}</Banner> : null}
      <p aria-live="polite">{t("addressBook.export.count", { count: result?.count ?? 0 })}</p>
      <div className="row">
        <button type="button" onClick={download} disabled={!result || result.count === 0}>
          {t("addressBook.export.download")}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t("addressBook.export.close")}
        </button>
      </div>
    </Dialog>
  );
}
