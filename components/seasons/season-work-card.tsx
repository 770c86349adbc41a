import Link from "next/link";
import { FilmThumbnail } from "@/components/films/film-thumbnail";
import { shortSlotLabel } from "@/lib/broadcast/schedule";
import { formatReleaseDate, toIsoDate } from "@/lib/format/dates";
import type { ChartWork } from "@/lib/seasons/queries";
import { streamSummary } from "@/lib/streams/display";

function Studios({ studios }: { studios: ChartWork["studios"] }) {
  if (studios.length === 0) return null;
  return (
    <div className="text-sm">
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
    <div className="text-sm text-stone-700">
      Watch on{" "}
      {sites.map((site, index) => (
        <span key={site.label}>
          {index > 0 ? ", " : null}
          {site.label}
          {site.regions ? <span className="text-stone-600"> [{site.regions}]</span> : null}
        </span>
      ))}
    </div>
  );
}

/** A work on a season chart: poster, titles, studios, premiere, broadcast slot and where it streams. */
export function SeasonWorkCard({ work }: { work: ChartWork }) {
  return (
    <li className="flex gap-3 bg-white p-3">
      <FilmThumbnail film={work} />
      <div className="min-w-0 flex-1">
        <Link href={`/films/${work.slug}`} className="font-semibold">
          {work.title}
        </Link>
        {work.nativeTitle && work.nativeTitle !== work.title ? (
          <div lang="ja" className="text-stone-700">
            {work.nativeTitle}
          </div>
        ) : null}
        <Studios studios={work.studios} />
        {work.premiere?.date || work.broadcastStart ? (
          <div className="text-sm text-stone-700">
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
