import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { formatReleaseDate, toIsoDate } from "@/lib/format/dates";
import { regionsText, shownStreams } from "@/lib/streams/display";

/** Where to watch the work legally: each site, the regions it serves and since when. */
export function FilmStreams({ film }: { film: FilmPage }) {
  const streams = shownStreams(film.streams);
  return (
    <Section id="streams" title="Where to watch" editHref={`/films/${film.slug}/edit/streams`}>
      {streams.length === 0 ? (
        <EmptyState>No streaming sites are listed for {film.title} yet. Help us fill them in!</EmptyState>
      ) : (
        <ul className="plain space-y-2">
          {streams.map((stream) => (
            <li key={stream.id}>
              {/* The site learns nothing of the page the reader came from. */}
              <a href={stream.url} rel="external noopener noreferrer" referrerPolicy="no-referrer">
                {stream.label}
              </a>
              <div className="text-sm text-stone-700">
                {regionsText(stream.regions)}
                {stream.since ? (
                  <>
                    {" · since "}
                    <time dateTime={toIsoDate(stream.since, "DAY")}>{formatReleaseDate(stream.since, "DAY")}</time>
                  </>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
