import Link from "next/link";
import { seasonLabel, seasonPath, type Season } from "@/lib/seasons/season";

/** The season a work premiered in, linking to its chart ("Summer 1998"); nothing when unknown. */
export function FilmSeason({ film }: { film: { seasonYear: number | null; season: Season | null } }) {
  if (film.seasonYear === null || film.season === null) return null;
  const of = { year: film.seasonYear, season: film.season };
  return (
    <div>
      <dt>Season:</dt>
      <dd>
        <Link href={seasonPath(of)}>{seasonLabel(of)}</Link>
      </dd>
    </div>
  );
}
