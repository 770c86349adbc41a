import { FilmAliases } from "./film-aliases";
import { FilmCharacters } from "./film-characters";
import { FilmCompanies } from "./film-companies";
import { FilmCredits } from "./film-credits";
import { FilmGeneralInformation } from "./film-general-information";
import { FilmHeading } from "./film-heading";
import { FilmLinks } from "./film-links";
import { FilmPoster } from "./film-poster";
import { FilmFranchise, FilmRelations } from "./film-relations";
import { FilmSegments } from "./film-segments";
import { FilmSources } from "./film-sources";
import { FilmStreams } from "./film-streams";
import { FilmEpisodes } from "./film-episodes";
import { FilmTags } from "./film-tags";
import { FilmTopEditors } from "./film-top-editors";
import { FilmTopLists } from "./film-top-lists";
import { FilmPendingEdits, FilmViewerProvider } from "./film-viewer";
import { Section, EmptyState } from "@/components/ui/section";
import { WikiText } from "@/components/wiki-text";
import type { FilmPage } from "@/lib/films/queries";
import { filmStructuredData, jsonForScript } from "@/lib/films/structured-data";
import { siteUrl } from "@/lib/site-url";
import { sourceCredits } from "@/lib/sources/credits";
import type { ResolvedWikiLinks } from "@/lib/wiki/resolve";
import { possessive } from "@/lib/format/possessive";
import type { Airing } from "@/lib/episodes/airing";
import { workNoun, workParts } from "@/lib/format/work";

type Props = {
  film: FilmPage;
  links: ResolvedWikiLinks;
  topLists: Parameters<typeof FilmTopLists>[0]["lists"];
  topEditors: Parameters<typeof FilmTopEditors>[0]["editors"];
  /** A series' aired count and next broadcast, as of the render. */
  airing: Airing;
};

/** The same for every reader, so it can be cached; the reader's own parts fill in after load. */
export function FilmPageView({ film, links, topLists, topEditors, airing }: Props) {
  return (
    <FilmViewerProvider film={{ id: film.id, slug: film.slug, noun: workNoun(film.format) }}>
      <article className="space-y-6">
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonForScript(filmStructuredData(film, new URL(`/films/${film.slug}`, siteUrl()).href)),
          }}
        />
        <FilmPendingEdits />
        <FilmHeading film={film} />
        {/*
          The poster and general information come first in the page, so a phone shows them right
          under the title; from lg they head the sidebar, beside the description, and the rest of
          the sidebar follows them in the second row (1fr takes whatever the main column adds).
        */}
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:gap-y-6">
          <aside
            aria-label="Key facts"
            className="grid content-start gap-6 sm:grid-cols-2 lg:col-start-2 lg:grid-cols-1"
          >
            <FilmPoster film={film} />
            <FilmGeneralInformation film={film} nextEpisode={airing.nextEpisode} />
          </aside>
          <div className="space-y-8 lg:col-start-1 lg:row-span-2 lg:row-start-1">
            <Section id="description" title="Description" editHref={`/films/${film.slug}/edit/description`}>
              {film.description ? (
                <WikiText text={film.description} links={links} className="prose-wiki max-w-3xl leading-relaxed" />
              ) : (
                <EmptyState>Nobody has described {film.title} yet. Help us fill it in!</EmptyState>
              )}
            </Section>
            {workParts(film.format) === "episodes" ? (
              <FilmEpisodes film={film} airing={airing} />
            ) : (
              <FilmSegments film={film} />
            )}
            <FilmCharacters film={film} />
            <FilmCredits film={film} />
            <FilmCompanies film={film} />
          </div>
          <aside aria-label="Details" className="space-y-6 lg:col-start-2">
            <FilmStreams film={film} />
            <FilmTags
              id="genres"
              editHref={`/films/${film.slug}/edit/genres`}
              basePath="/genres"
              title="Genres"
              tags={film.genres.map(({ genre }) => genre)}
              empty={`No genres are attached to ${film.title} yet.`}
            />
            <FilmTags
              id="themes"
              editHref={`/films/${film.slug}/edit/themes`}
              basePath="/themes"
              title="Themes"
              tags={film.themes.map(({ theme }) => theme)}
              empty={`No themes are attached to ${film.title} yet.`}
            />
            <FilmAliases film={film} />
            <FilmLinks film={film} />
            <FilmTopLists lists={topLists} noun={workNoun(film.format)} />
            <FilmFranchise film={film} />
            <FilmRelations film={film} />
            <FilmTags
              id="associations"
              editHref={`/films/${film.slug}/edit/associations`}
              title="Associations"
              tags={film.concepts.map(({ concept }) => concept)}
              empty={`We don't have any info about ${possessive(film.title)} related things. Help us fill it in!`}
            />
            <FilmTopEditors editors={topEditors} />
          </aside>
        </div>
        <FilmSources credits={sourceCredits(film.imports)} />
      </article>
    </FilmViewerProvider>
  );
}
