import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { BUNDLE_EXTENSION, BUNDLE_MEDIA_TYPE } from "../../interop/bundle/format";

/**
 * « Importer un fichier »: opens the file picker for a `.recolte` bundle. The input is hidden and
 * unnamed so the button is the only control with this name on the home screen.
 */
export function ImportFileButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="secondary" onClick={() => input.current?.click()}>
        {t("bundle.importFile")}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        // Lenient on purpose: some share sheets hand over a `.recolte` as a generic binary.
        accept={`${BUNDLE_EXTENSION},${BUNDLE_MEDIA_TYPE},application/octet-stream`}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
