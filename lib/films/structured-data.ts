import type { FilmPage } from "./queries";
import { toIsoDate } from "@/lib/format/dates";
import { contentRatingLabel } from "@/lib/format/labels";
import { linksWithUrls } from "@/lib/links/sites";
import { workParts } from "@/lib/format/work";

/** schema.org `Movie`, or `TVSeries` for a series, for search engines, from what the page shows. */
export function filmStructuredData(film: FilmPage, url: string) {
  // Distributors and licensors sell the work; only the studios that made it produced it.
  const studios = new Map(
    film.companies
      .filter((company) => company.role === "ANIMATION_PRODUCTION" || company.role === "PRODUCTION")
      .map(({ studio }) => [studio.slug, studio]),
  );
  const earliest = film.releases
    .filter((release) => release.date)
    .sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0))[0];
  const people = (role: string) =>
    film.credits
      .filter((credit) => credit.role.name === role)
      .map((credit) => ({ "@type": "Person", name: credit.person.name }));
  return {
    "@context": "https://schema.org",
    ...(workParts(film.format) === "episodes"
      ? { "@type": "TVSeries", numberOfEpisodes: film.episodeCount ?? film.episodes.length }
      : { "@type": "Movie" }),
    name: film.title,
    url,
    ...(film.deck ? { description: film.deck } : {}),
    alternateName: [film.nativeTitle, ...film.aliases.map((alias) => alias.name)].filter(Boolean),
    ...(earliest?.date ? { datePublished: toIsoDate(earliest.date, earliest.datePrecision) } : {}),
    ...(film.runtimeMinutes ? { duration: `PT${film.runtimeMinutes}M` } : {}),
    ...(film.contentRating ? { contentRating: contentRatingLabel(film.contentRating) } : {}),
    director: people("Director"),
    author: people("Writer"),
    musicBy: people("Music"),
    genre: film.genres.map(({ genre }) => genre.name),
    sameAs: linksWithUrls(film.links).map((link) => link.url),
    productionCompany: [...studios.values()].map((studio) => ({
      "@type": "Organization",
      name: studio.name,
      url: new URL(`/studios/${encodeURIComponent(studio.slug)}`, url).href,
    })),
  };
}

/** JSON for a <script> element: "<" is escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
