import Link from "next/link";
import { BroadcastTime } from "@/components/broadcast/broadcast-time";
import { broadcastSlotLabel, japanDate } from "@/lib/broadcast/schedule";
import type { FilmPage } from "@/lib/films/queries";
import { formatReleaseDate } from "@/lib/format/dates";
import { workParts } from "@/lib/format/work";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

function JapanDay({ date }: { date: string }) {
  return <time dateTime={date}>{formatReleaseDate(new Date(`${date}T00:00:00Z`), "DAY")}</time>;
}

/**
 * The broadcast facts of the work's General Information, as MyAnimeList gives them ("Aired: April
 * 7, 2013 to Sept. 29, 2013", "Broadcast: Saturdays at 01:58 (JST)"), the next episode when one is
 * still to come, and a way to edit them: they are their own section (`broadcast`). Works other than
 * series show them only once known.
 */
export function FilmBroadcast({ film, nextEpisode }: { film: FilmPage; nextEpisode: Date | null }) {
  const start = film.broadcastStart;
  if (!start && workParts(film.format) !== "episodes") return null;
  const edit = (
    <Link href={`/films/${film.slug}/edit/broadcast`}>
      {start ? "Edit" : "Add it"}
      <span className="sr-only"> broadcast</span>
    </Link>
  );
  if (!start) {
    return <Fact term="Broadcast">Not known yet. {edit}</Fact>;
  }
  const end = film.broadcastEnd?.toISOString().slice(0, 10);
  const single = !film.broadcastIntervalDays;
  return (
    <>
      <Fact term="Aired">
        <JapanDay date={japanDate(start)} />
        {single ? null : end ? (
          <>
            {" to "}
            <JapanDay date={end} />
          </>
        ) : (
          " to ?"
        )}
      </Fact>
      <Fact term="Broadcast">
        {broadcastSlotLabel(start, film.broadcastIntervalDays)} · {edit}
      </Fact>
      {nextEpisode ? (
        <Fact term="Next episode">
          <BroadcastTime instant={nextEpisode} />
        </Fact>
      ) : null}
    </>
  );
}
