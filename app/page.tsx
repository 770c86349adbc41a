import Link from "next/link";
import { connection } from "next/server";
import { FilmCardList } from "@/components/films/film-card-list";
import { SearchForm } from "@/components/layout/search-form";
import { Section } from "@/components/ui/section";
import { SeasonShowcase } from "@/components/seasons/season-showcase";
import { getCachedRecentFilms } from "@/lib/films/public-page";
import { getPublicSeasonShowcase } from "@/lib/seasons/public-page";
import { currentSeason } from "@/lib/seasons/season";

export default async function HomeRoute() {
  await connection();
  // Rendered for each request, so the season is today's in Japan; its read is cached per season.
  const current = currentSeason();
  const [added, updated, showcase] = await Promise.all([
    getCachedRecentFilms("createdAt"),
    getCachedRecentFilms("updatedAt"),
    getPublicSeasonShowcase(current.year, current.season),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="welcome-heading" className="space-y-4">
        <h1 id="welcome-heading" className="text-3xl font-bold tracking-tight">
          The community anime database
        </h1>
        <p className="max-w-2xl text-lg text-stone-800">
          Films and series, the people who made them, the characters and their voices — written and checked by fans.
        </p>
        <div className="max-w-2xl">
          <SearchForm id="home-search" name="Search Keyframe" large />
        </div>
        <p className="text-stone-800">
          Missing something? Propose a new <Link href="/films/new">film</Link>, <Link href="/people/new">person</Link>{" "}
          or <Link href="/characters/new">character</Link>.
        </p>
      </section>
      <SeasonShowcase showcase={showcase} current={current} />
      <div className="grid gap-10 md:grid-cols-2">
        <Section id="recently-added" title="Recently added">
          <FilmCardList films={added} />
        </Section>
        <Section id="recently-updated" title="Recently updated">
          <FilmCardList films={updated} />
        </Section>
      </div>
    </div>
  );
}
