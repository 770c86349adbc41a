import type { Route } from "next";
import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import { episodeHref, episodeLabel } from "@/lib/episodes/codes";
import type { Airing } from "@/lib/episodes/airing";
import { formatReleaseDate } from "@/lib/format/dates";
import { AirDate } from "@/components/episodes/air-date";
import { BroadcastTime } from "@/components/broadcast/broadcast-time";
import { workNoun } from "@/lib/format/work";
import type { FilmPage } from "@/lib/films/queries";

/** "3 of 13 episodes aired as of Dec. 2, 2026 in Japan": the day is given, since the count is the day's. */
export function airedSentence({ aired, total, today }: Airing): string {
  const [year, month, day] = today.split("-").map(Number);
  const date = formatReleaseDate(new Date(Date.UTC(year!, month! - 1, day)), "DAY");
  return `${aired} of ${total} ${total === 1 ? "episode" : "episodes"} aired as of ${date} in Japan`;
}

/** A series' episodes in order, with the aired count. */
export function FilmEpisodes({ film, airing }: { film: FilmPage; airing: Airing }) {
  return (
    <Section id="episodes" title="Episodes" editHref={`/films/${film.slug}/edit/episodes`}>
      {airing.nextEpisode ? (
        <p className="text-sm text-stone-700">
          Next episode: <BroadcastTime instant={airing.nextEpisode} />
        </p>
      ) : null}
      {film.episodes.length === 0 && !film.episodeCount ? (
        <EmptyState>The episodes of this {workNoun(film.format)} are not listed yet. Help us fill them in!</EmptyState>
      ) : (
        <>
          <p className="text-sm text-stone-700">{airedSentence(airing)}.</p>
          <ol className="rows">
            {film.episodes.map((episode) => (
              <li key={episode.id}>
                <div>
                  <Link href={episodeHref(film.slug, episode) as Route}>
                    {episodeLabel(episode)}
                    {episode.title ? `: ${episode.title}` : null}
                  </Link>
                  {episode.nativeTitle ? <span lang="ja">{episode.nativeTitle}</span> : null}
                </div>
                <div>
                  <p>
                    <AirDate date={episode.airDate} precision={episode.airDatePrecision} unknown="Air date unknown" />
                    {episode.runtimeMinutes ? ` · ${episode.runtimeMinutes} min` : null}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
