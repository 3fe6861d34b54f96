import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../ui/Banner";
import { NEWS_CATEGORIES } from "../../domain/history";
import type { PersonNews } from "../../domain/history";
import { useCurrentProfile } from "../profile/ProfileContext";
import { useWhatsNew } from "./useWhatsNew";
import { useSeedHandles } from "../sync/useSeedHandles";
import type { SeedLink } from "../../domain";
import type { NewsDocument } from "./useWhatsNew";
import "../sync/safety.css";

const MAX_ITEMS = 12;

/** `/atelier/<id>/quoi-de-neuf`: what others did since this device last looked, by person. */
export function WhatsNewPage({
  documents,
  seeds,
}: {
  documents: readonly NewsDocument[];
  /** The atelier's seeds: those on this device are read too. */
  seeds?: Readonly<Record<string, Readonly<SeedLink>>>;
}) {
  const { t } = useTranslation();
  const { profile } = useCurrentProfile();
  const seedHandles = useSeedHandles(seeds);
  const all = useMemo(
    () => [...documents, ...[...seedHandles.values()].map((handle) => ({ kind: "seed", handle }))],
    [documents, seedHandles],
  );
  const { state, markRead } = useWhatsNew(all, profile.id);
  const [markError, setMarkError] = useState<string | null>(null);
  const [marked, setMarked] = useState(false);

  const onMark = () => {
    setMarkError(null);
    markRead().then(
      () => setMarked(true),
      (e: unknown) => setMarkError(String(e)),
    );
  };

  return (
    <section aria-labelledby="news-title">
      <h2 id="news-title">{t("safety.news.title")}</h2>
      <p>{t("safety.news.intro")}</p>
      {state.status === "loading" ? <p>{t("safety.news.loading")}</p> : null}
      {state.status === "error" ? (
        <Banner tone="error">{t("errors.generic", { message: state.message })}</Banner>
      ) : null}
      {markError ? (
        <Banner tone="error">{t("errors.generic", { message: markError })}</Banner>
      ) : null}
      {state.status === "ready" ? (
        <>
          <p className="muted">
            {state.fromStart ? t("safety.news.sinceStart") : t("safety.news.since")}
          </p>
          {state.news.length === 0 ? (
            <p>{marked ? t("safety.news.marked") : t("safety.news.empty")}</p>
          ) : (
            state.news.map((person) => <PersonCard key={person.profileId ?? "?"} person={person} />)
          )}
          <button type="button" onClick={onMark} disabled={state.news.length === 0}>
            {t("safety.news.markRead")}
          </button>
        </>
      ) : null}
    </section>
  );
}

function PersonCard({ person }: { person: PersonNews }) {
  const { t } = useTranslation();
  const name =
    person.profileId === null ? t("safety.news.someone") : person.name || t("safety.news.unnamed");
  const items = person.added.slice(0, MAX_ITEMS);
  return (
    <article className="news-person" aria-label={name}>
      <h3>{name}</h3>
      <ul>
        {NEWS_CATEGORIES.filter((c) => person.counts[c]).map((c) => (
          <li key={c}>{t(`safety.news.categories.${c}`, { count: person.counts[c] ?? 0 })}</li>
        ))}
      </ul>
      {items.length > 0 ? (
        <ul className="news-items">
          {items.map((item) => (
            <li key={`${item.type}:${item.id}`}>{item.label || t("safety.news.hiddenNote")}</li>
          ))}
          {person.added.length > MAX_ITEMS ? (
            <li>{t("safety.news.more", { count: person.added.length - MAX_ITEMS })}</li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}
