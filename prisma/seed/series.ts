import type { EpisodeSeed, FilmSeed } from "./types";

/** A weekly run: the episodes' English titles in order, the first airing on `first`, one a week. */
function weekly(first: string, titles: readonly string[]): EpisodeSeed[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return titles.map((title, index) => ({
    number: index + 1,
    title,
    airDate: new Date(start + index * 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10),
  }));
}

const series = () =>
  ({
    contentRating: null,
    runtimeMinutes: null,
    segments: [],
    credits: [],
    aliases: [],
    history: ["general", "episodes"],
  }) satisfies Partial<FilmSeed>;

/** TV series with every episode, their English titles and Japanese air dates (TV Tokyo, weekly); Evangelion is in the catalogue. */
export const seedSeries: readonly FilmSeed[] = [
  {
    ...series(),
    slug: "serial-experiments-lain",
    title: "Serial Experiments Lain",
    nativeTitle: null,
    format: "TV",
    sourceMaterial: "ORIGINAL",
    deck: "A thirteen-episode TV series about a girl drawn into the Wired.",
    description: "",
    releases: [{ region: "JP", title: "serial experiments lain", date: "1998-07-06", datePrecision: "DAY" }],
    links: [{ site: "mal", id: "339" }],
    companies: [{ studio: "triangle-staff", role: "ANIMATION_PRODUCTION", region: null, segment: null }],
    episodeCount: 13,
    episodes: weekly(
      "1998-07-06",
      [
        "WEIRD",
        "GIRLS",
        "PSYCHE",
        "RELIGION",
        "DISTORTION",
        "KIDS",
        "SOCIETY",
        "RUMORS",
        "PROTOCOL",
        "LOVE",
        "INFORNOGRAPHY",
        "LANDSCAPE",
        "EGO",
      ].map((word, index) => `Layer:${String(index + 1).padStart(2, "0")} ${word}`),
    ),
  },
];

/** Neon Genesis Evangelion's 26 episodes (TV Tokyo, Wednesdays from October 4, 1995 to March 27, 1996). */
export const evangelionEpisodes = weekly("1995-10-04", [
  "Angel Attack",
  "The Beast",
  "A Transfer",
  "Hedgehog's Dilemma",
  "Rei I",
  "Rei II",
  "A Human Work",
  "Asuka Strikes!",
  "Both of You, Dance Like You Want to Win!",
  "Magmadiver",
  "The Day Tokyo-3 Stood Still",
  'She said, "Don\'t make others suffer for your personal hatred."',
  "Lilliputian Hitcher",
  "Weaving a Story",
  "Those women longed for the touch of others' lips, and thus invited their kisses.",
  "Splitting of the Breast",
  "Fourth Child",
  "Ambivalence",
  "Introjection",
  "Weaving a Story 2: Oral Stage",
  "He was aware that he was still a child.",
  "Don't Be.",
  "Rei III",
  "The Beginning and the End, or \"Knockin' on Heaven's Door\"",
  "Do you love me?",
  "Take care of yourself.",
]);
