import { useTranslation } from "react-i18next";
import { Field, TextAreaField } from "../../ui/Field";
import type { WorkshopSectionProps } from "./useWorkshop";

/** Title, thématique, territoire, description: saved on every keystroke, merged by character. */
export function BasicsForm({ view, actions, readOnly }: WorkshopSectionProps) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="basics-title">
      <h2 id="basics-title">{t("atelier.basics")}</h2>
      <Field
        label={t("atelier.title")}
        value={view.title}
        readOnly={readOnly}
        maxLength={200}
        onChange={(e) => actions.setText({ field: "title", value: e.target.value })}
      />
      <div className="grid-2">
        <Field
          label={t("atelier.theme")}
          value={view.theme}
          readOnly={readOnly}
          onChange={(e) => actions.setText({ field: "theme", value: e.target.value })}
        />
        <Field
          label={t("atelier.territory")}
          value={view.territory}
          readOnly={readOnly}
          onChange={(e) => actions.setText({ field: "territory", value: e.target.value })}
        />
      </div>
      <TextAreaField
        label={t("atelier.description")}
        value={view.description}
        readOnly={readOnly}
        onChange={(e) => actions.setText({ field: "description", value: e.target.value })}
      />
    </section>
  );
}
