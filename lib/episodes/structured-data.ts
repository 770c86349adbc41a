import { toIsoDate } from "@/lib/format/dates";
import type { EpisodePage } from "./queries";

/** schema.org `TVEpisode`, part of its `TVSeries`, for search engines. */
export function episodeStructuredData({ film, episode }: EpisodePage, url: string, site: URL) {
  return {
    "@context": "https://schema.org",
    "@type": "TVEpisode",
    name: episode.title || `Episode ${episode.number}`,
    url,
    ...(episode.kind === "REGULAR" ? { episodeNumber: episode.number } : {}),
    alternateName: [episode.nativeTitle, episode.romanisedTitle].filter(Boolean),
    ...(episode.airDate ? { datePublished: toIsoDate(episode.airDate, episode.airDatePrecision) } : {}),
    ...(episode.runtimeMinutes ? { duration: `PT${episode.runtimeMinutes}M` } : {}),
    partOfSeries: { "@type": "TVSeries", name: film.title, url: new URL(`/films/${film.slug}`, site).href },
  };
}
