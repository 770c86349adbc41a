import type { Route } from "next";
import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import { AirDate } from "./air-date";
import { episodeHref, episodeLabel, type EpisodeName } from "@/lib/episodes/codes";
import { episodeStructuredData } from "@/lib/episodes/structured-data";
import type { EpisodePage } from "@/lib/episodes/queries";
import { companyRoleLabel, formatLabel, languageName, prominenceLabel, regionName } from "@/lib/format/labels";
import { workNoun } from "@/lib/format/work";
import { jsonForScript } from "@/lib/films/structured-data";
import { siteUrl } from "@/lib/site-url";
import type { ResolvedWikiLinks } from "@/lib/wiki/resolve";
import { WikiText } from "@/components/wiki-text";

function Neighbour({
  slug,
  episode,
  rel,
}: {
  slug: string;
  episode: (EpisodeName & { title: string }) | null;
  rel: "prev" | "next";
}) {
  if (!episode) return null;
  return (
    <Link href={episodeHref(slug, episode) as Route} rel={rel}>
      {rel === "prev" ? "← Previous: " : "Next: "}
      {episodeLabel(episode)}
      {episode.title ? ` — ${episode.title}` : null}
      {rel === "next" ? " →" : null}
    </Link>
  );
}

/** One episode of a series: its titles by language, air date, runtime, synopsis, staff and characters. */
export function EpisodePageView({ page, links }: { page: EpisodePage; links: ResolvedWikiLinks }) {
  const { film, episode, previous, next } = page;
  const url = new URL(episodeHref(film.slug, episode), siteUrl()).href;
  const titles = [
    { term: "English", value: episode.title, lang: "en" },
    { term: "Japanese", value: episode.nativeTitle, lang: "ja" },
    { term: "Romanised", value: episode.romanisedTitle, lang: "ja-Latn" },
  ].filter((title) => title.value);
  return (
    <article className="space-y-6">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonForScript(episodeStructuredData(page, url, siteUrl())) }}
      />
      <header className="space-y-1">
        <p className="text-sm text-stone-700">
          <Link href={`/films/${film.slug}` as Route}>{film.title}</Link> · {formatLabel(film.format)}
        </p>
        <h1 className="text-3xl font-bold">
          {episodeLabel(episode)}
          {episode.title ? `: ${episode.title}` : null}
        </h1>
      </header>
      <Section id="titles" title="Titles">
        {titles.length === 0 ? (
          <EmptyState>This episode&apos;s titles are not known yet.</EmptyState>
        ) : (
          <dl className="facts">
            {titles.map((title) => (
              <div key={title.term}>
                <dt>{title.term}</dt>
                <dd lang={title.lang}>{title.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
      <Section id="facts" title="Broadcast">
        <dl className="facts">
          <div>
            <dt>Aired in Japan</dt>
            <dd>
              <AirDate date={episode.airDate} precision={episode.airDatePrecision} unknown="Unknown" />
            </dd>
          </div>
          <div>
            <dt>Runtime</dt>
            <dd>{episode.runtimeMinutes ? `${episode.runtimeMinutes} min` : "Unknown"}</dd>
          </div>
        </dl>
      </Section>
      <Section id="synopsis" title="Synopsis" editHref={`/films/${film.slug}/edit/episodes` as Route}>
        {episode.synopsis ? (
          <WikiText text={episode.synopsis} links={links} className="prose-wiki max-w-3xl leading-relaxed" />
        ) : (
          <EmptyState>Nobody has written a synopsis of this episode yet.</EmptyState>
        )}
      </Section>
      <Section id="staff" title="Staff" editHref={`/films/${film.slug}/edit/credits` as Route}>
        {episode.credits.length === 0 ? (
          <EmptyState>No staff are credited on this episode alone yet.</EmptyState>
        ) : (
          <ul className="rows">
            {episode.credits.map((credit) => (
              <li key={credit.id}>
                <div>
                  <Link href={`/people/${credit.person.slug}` as Route}>{credit.person.name}</Link>
                </div>
                <div>
                  <p>
                    <b>{credit.role.name}</b>
                    {credit.note ? ` · ${credit.note}` : null}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {episode.companies.length > 0 ? (
        <Section id="companies" title="Companies" editHref={`/films/${film.slug}/edit/companies` as Route}>
          <ul className="plain">
            {episode.companies.map((company) => (
              <li key={company.id}>
                <b>{companyRoleLabel(company.role)}</b>
                {": "}
                <Link href={`/studios/${company.studio.slug}` as Route} className="underline">
                  {company.studio.name}
                </Link>
                {company.region ? <span className="muted"> · {regionName(company.region)}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="characters" title="Characters" editHref={`/films/${film.slug}/edit/characters` as Route}>
        {episode.appearances.length === 0 ? (
          <EmptyState>No characters are listed for this episode alone yet.</EmptyState>
        ) : (
          <ul className="rows">
            {episode.appearances.map((appearance) => (
              <li key={appearance.id}>
                <div>
                  <Link href={`/characters/${appearance.character.slug}` as Route}>{appearance.character.name}</Link>
                </div>
                <div>
                  <p>
                    <b>{prominenceLabel(appearance.prominence)}</b>
                    {appearance.voiceCredits.map((voice) => (
                      <span key={voice.id}>
                        {" · "}
                        {languageName(voice.language)}:{" "}
                        <Link href={`/people/${voice.person.slug}` as Route}>{voice.person.name}</Link>
                      </span>
                    ))}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <nav aria-label="Episodes" className="flex flex-wrap gap-x-6 gap-y-2">
        <Neighbour slug={film.slug} episode={previous} rel="prev" />
        <Link href={`/films/${film.slug}#episodes` as Route}>All episodes of this {workNoun(film.format)}</Link>
        <Neighbour slug={film.slug} episode={next} rel="next" />
      </nav>
    </article>
  );
}
