import Link from "next/link";
import { FilmThumbnail } from "@/components/films/film-thumbnail";
import { shortSlotLabel } from "@/lib/broadcast/schedule";
import { formatReleaseDate, toIsoDate } from "@/lib/format/dates";
import type { ChartWork } from "@/lib/seasons/queries";
import { streamSummary } from "@/lib/streams/display";

function Studios({ studios }: { studios: ChartWork["studios"] }) {
  if (studios.length === 0) return null;
  return (
    <div>
      <span className="sr-only">Studios: </span>
      {studios.map((studio, index) => (
        <span key={studio.slug}>
          {index > 0 ? ", " : null}
          <Link href={`/studios/${studio.slug}`}>{studio.name}</Link>
        </span>
      ))}
    </div>
  );
}

function Streams({ streams }: { streams: ChartWork["streams"] }) {
  const sites = streamSummary(streams);
  if (sites.length === 0) return null;
  return (
    <div>
      Watch on{" "}
      {sites.map((site, index) => (
        <span key={site.label}>
          {index > 0 ? ", " : null}
          {site.label}
          {site.regions ? ` [${site.regions}]` : null}
        </span>
      ))}
    </div>
  );
}

/**
 * A work on a season chart: poster, titles, studios, premiere, broadcast slot and where it streams.
 * Styled by the `works` component class (globals.css): a chart has a few hundred of these.
 */
export function SeasonWorkCard({ work }: { work: ChartWork }) {
  return (
    <li>
      <FilmThumbnail film={work} />
      <div>
        <Link href={`/films/${work.slug}`}>{work.title}</Link>
        {work.nativeTitle && work.nativeTitle !== work.title ? <div lang="ja">{work.nativeTitle}</div> : null}
        <Studios studios={work.studios} />
        {work.premiere?.date || work.broadcastStart ? (
          <div>
            {work.premiere?.date ? (
              <>
                Premiered{" "}
                <time dateTime={toIsoDate(work.premiere.date, work.premiere.datePrecision)}>
                  {formatReleaseDate(work.premiere.date, work.premiere.datePrecision)}
                </time>
              </>
            ) : null}
            {work.premiere?.date && work.broadcastStart ? " · " : null}
            {work.broadcastStart ? shortSlotLabel(work.broadcastStart, work.broadcastIntervalDays) : null}
          </div>
        ) : null}
        <Streams streams={work.streams} />
      </div>
    </li>
  );
}
