import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { ContactId, ContactView } from "../../domain";
import { chipsOf } from "./contactView";

const CONSENT_FILTERS = ["recorded", "missing", "public"] as const;
type ConsentFilter = (typeof CONSENT_FILTERS)[number];

/** Active filters, kept in the URL so going back from a contact page keeps them. */
export interface Filters {
  skill?: string;
  theme?: string;
  structureId?: ContactId;
  consent?: ConsentFilter;
}

/** Reads the filters from the page's search parameters (unknown values are ignored). */
export function readFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  const skill = params.get("competence");
  const theme = params.get("theme");
  const structure = params.get("structure");
  const consent = params.get("consentement");
  if (skill) filters.skill = skill;
  if (theme) filters.theme = theme;
  if (structure) filters.structureId = structure as ContactId;
  if (consent && (CONSENT_FILTERS as readonly string[]).includes(consent)) {
    filters.consent = consent as ConsentFilter;
  }
  return filters;
}

/** The distinct values of a set across contacts, by key, sorted for a picker. */
function optionsOf(contacts: readonly ContactView[], pick: (c: ContactView) => unknown) {
  const byKey = new Map<string, string>();
  for (const c of contacts) {
    for (const chip of chipsOf(pick(c))) if (!byKey.has(chip.key)) byKey.set(chip.key, chip.label);
  }
  return [...byKey].sort((a, b) => a[1].localeCompare(b[1], "fr"));
}

/** Filters by skill, theme, structure and consent. */
export function ContactFilters({
  contacts,
  structures,
  update,
}: {
  contacts: readonly ContactView[];
  structures: readonly { id: ContactId; name: string }[];
  update: (changes: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const id = useId();
  const skills = useMemo(() => optionsOf(contacts, (c) => c.skills), [contacts]);
  const themes = useMemo(() => optionsOf(contacts, (c) => c.themes), [contacts]);
  // Short visible labels keep the row on one line; the full name is the accessible one.
  const selects: {
    key: string;
    label: string;
    short: string;
    all: string;
    options: [string, string][];
  }[] = [
    {
      key: "competence",
      label: t("addressBook.filterSkill"),
      short: t("addressBook.skill"),
      all: t("addressBook.any"),
      options: skills,
    },
    {
      key: "theme",
      label: t("addressBook.filterTheme"),
      short: t("addressBook.theme"),
      all: t("addressBook.any"),
      options: themes,
    },
    {
      key: "structure",
      label: t("addressBook.filterStructure"),
      short: t("addressBook.structure"),
      all: t("addressBook.any"),
      options: structures.map((s) => [s.id, s.name]),
    },
    {
      key: "consentement",
      label: t("addressBook.filterConsent"),
      short: t("addressBook.consent.title"),
      all: t("addressBook.consentAny"),
      options: [
        ["recorded", t("addressBook.consentRecorded")],
        ["missing", t("addressBook.consentMissingFilter")],
        ["public", t("addressBook.consentPublicFilter")],
      ],
    },
  ];
  const active = selects.some((s) => params.get(s.key));
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t("addressBook.filters")}</legend>
      {selects.map((s) => (
        <div className="field" key={s.key}>
          <label htmlFor={`${id}-${s.key}`}>{s.short}</label>
          <select
            id={`${id}-${s.key}`}
            aria-label={s.label}
            value={params.get(s.key) ?? ""}
            onChange={(e) => update({ [s.key]: e.target.value })}
          >
            <option value="">{s.all}</option>
            {s.options.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {active ? (
        <button
          type="button"
          className="secondary"
          onClick={() => update(Object.fromEntries(selects.map((s) => [s.key, ""])))}
        >
          {t("addressBook.clearFilters")}
        </button>
      ) : null}
    </fieldset>
  );
}
