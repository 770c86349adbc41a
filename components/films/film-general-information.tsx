import { FilmSeason } from "@/components/seasons/film-season";
import { FilmBroadcast } from "./film-broadcast";
import { workParts } from "@/lib/format/work";
import { Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { formatReleaseDate, toIsoDate } from "@/lib/format/dates";
import { contentRatingLabel, regionName, sourceMaterialLabel } from "@/lib/format/labels";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function FilmGeneralInformation({ film, nextEpisode }: { film: FilmPage; nextEpisode: Date | null }) {
  return (
    <Section id="general-information" title="General Information" editHref={`/films/${film.slug}/edit/general`}>
      {film.releases.length === 0 ? (
        <p className="text-sm text-stone-700">No releases are listed yet.</p>
      ) : (
        <ul className="space-y-3">
          {film.releases.map((release) => (
            <li key={release.id}>
              <h3 className="text-sm font-semibold text-stone-700">{regionName(release.region)}</h3>
              <dl className="facts">
                <Fact term="Name">
                  <span lang={release.region === "JP" ? "ja" : undefined}>{release.title}</span>
                </Fact>
                <Fact term="Release Date">
                  {release.date ? (
                    <time dateTime={toIsoDate(release.date, release.datePrecision)}>
                      {formatReleaseDate(release.date, release.datePrecision)}
                    </time>
                  ) : (
                    "Unknown"
                  )}
                </Fact>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <dl className="facts border-t border-stone-200 pt-3">
        <FilmSeason film={film} />
        <FilmBroadcast film={film} nextEpisode={nextEpisode} />
        <Fact term="Rating">{film.contentRating ? contentRatingLabel(film.contentRating) : "Not rated yet"}</Fact>
        <Fact term="Runtime">{film.runtimeMinutes ? `${film.runtimeMinutes} min` : "Unknown"}</Fact>
        <Fact term="Source">{film.sourceMaterial ? sourceMaterialLabel(film.sourceMaterial) : "Unknown"}</Fact>
        {workParts(film.format) === "episodes" ? <Fact term="Episodes">{film.episodeCount ?? "Unknown"}</Fact> : null}
      </dl>
    </Section>
  );
}
