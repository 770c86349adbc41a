import { evangelionEpisodes } from "./series";
import type { FilmSeed, ReleaseSeed } from "./types";

// The other works that Memories' page names, in its description and in its people's lines,
// with only what is known for certain.

/** A Japanese release on a known day ("1988-07-16"), or in a known year only ("1987"). */
function japan(title: string, when: string): ReleaseSeed {
  return when.length === 4
    ? { region: "JP", title, date: `${when}-01-01`, datePrecision: "YEAR" }
    : { region: "JP", title, date: when, datePrecision: "DAY" };
}

function film(
  fields: Pick<FilmSeed, "slug" | "title" | "nativeTitle" | "format" | "deck" | "releases"> & Partial<FilmSeed>,
): FilmSeed {
  return {
    contentRating: null,
    runtimeMinutes: null,
    sourceMaterial: null,
    description: "",
    segments: [],
    credits: [],
    aliases: [],
    links: [],
    companies: [],
    history: ["description"],
    ...fields,
  };
}

export const catalogue: FilmSeed[] = [
  film({
    slug: "robot-carnival",
    title: "Robot Carnival",
    nativeTitle: "ロボットカーニバル",
    format: "OVA",
    deck: "An anthology of short films by different directors, each on the theme of robots.",
    releases: [japan("ロボットカーニバル", "1987")],
    aliases: [{ title: "Robotto Kānibaru", language: "ja-Latn", kind: "ROMANISED" }],
  }),
  film({
    slug: "neo-tokyo",
    title: "Neo-Tokyo",
    nativeTitle: "迷宮物語",
    format: "FILM",
    deck: "An anthology of three short films directed by Rintaro, Yoshiaki Kawajiri and Katsuhiro Otomo.",
    releases: [japan("迷宮物語", "1987")],
    aliases: [
      { title: "Meikyū Monogatari", language: "ja-Latn", kind: "ROMANISED" },
      // Part of the Japanese release's title, in Latin letters but in no one language.
      { title: "Manie-Manie", language: "und", kind: "SYNONYM" },
    ],
  }),
  film({
    slug: "roujin-z",
    title: "Roujin Z",
    nativeTitle: "老人Z",
    format: "FILM",
    deck: "A comedy written by Katsuhiro Otomo, in which an experimental computerised nursing bed for an elderly patient runs out of control.",
    releases: [japan("老人Z", "1991")],
    aliases: [{ title: "Rōjin Z", language: "ja-Latn", kind: "ROMANISED" }],
    credits: [{ person: "katsuhiro-otomo", role: "Writer", segment: null, note: "" }],
  }),
  film({
    slug: "akira",
    title: "Akira",
    nativeTitle: "AKIRA",
    format: "FILM",
    runtimeMinutes: 124,
    deck: "Katsuhiro Otomo's film of his own manga, set in the rebuilt city of Neo-Tokyo in 2019.",
    releases: [japan("AKIRA", "1988-07-16")],
    credits: [
      {
        person: "katsuhiro-otomo",
        role: "Original Creator",
        segment: null,
        note: "",
      },
      { person: "katsuhiro-otomo", role: "Director", segment: null, note: "" },
    ],
    companies: [{ studio: "tokyo-movie-shinsha", role: "ANIMATION_PRODUCTION", region: null, segment: null }],
  }),
  film({
    slug: "steamboy",
    title: "Steamboy",
    nativeTitle: "スチームボーイ",
    format: "FILM",
    deck: "Katsuhiro Otomo's steampunk adventure about a young inventor in 19th-century Britain.",
    releases: [japan("スチームボーイ", "2004-07-17")],
    credits: [{ person: "katsuhiro-otomo", role: "Director", segment: null, note: "" }],
    aliases: [{ title: "Steam Boy", language: "en", kind: "SYNONYM" }],
    companies: [{ studio: "sunrise", role: "ANIMATION_PRODUCTION", region: null, segment: null }],
  }),
  film({
    slug: "darker-than-black",
    title: "Darker than Black",
    nativeTitle: null,
    format: "TV",
    deck: "A TV series about Contractors, people with supernatural abilities, in a Tokyo changed by the appearance of Hell's Gate.",
    releases: [japan("Darker than Black", "2007")],
    credits: [{ person: "tensai-okamura", role: "Director", segment: null, note: "" }],
  }),
  film({
    slug: "canaan",
    title: "Canaan",
    nativeTitle: null,
    format: "TV",
    deck: "An action TV series spun off from the visual novel 428: Shibuya Scramble.",
    releases: [japan("Canaan", "2009")],
  }),
  film({
    slug: "cowboy-bebop",
    title: "Cowboy Bebop",
    nativeTitle: "カウボーイビバップ",
    format: "TV",
    deck: "A TV series following a crew of bounty hunters aboard the spaceship Bebop in 2071.",
    releases: [japan("カウボーイビバップ", "1998")],
  }),
  film({
    slug: "wolfs-rain",
    title: "Wolf's Rain",
    nativeTitle: null,
    format: "TV",
    deck: "A TV series about wolves who take human form as they search for a legendary paradise.",
    releases: [japan("Wolf's Rain", "2003")],
  }),
  film({
    slug: "neon-genesis-evangelion",
    title: "Neon Genesis Evangelion",
    nativeTitle: "新世紀エヴァンゲリオン",
    format: "TV",
    deck: "A TV series in which teenagers pilot the giant Evangelions against mysterious beings called Angels.",
    releases: [japan("新世紀エヴァンゲリオン", "1995-10-04")],
    links: [{ site: "mal", id: "30" }],
    companies: [
      { studio: "gainax", role: "ANIMATION_PRODUCTION", region: null, segment: null },
      { studio: "tatsunoko-production", role: "ANIMATION_PRODUCTION", region: null, segment: null },
    ],
    episodeCount: 26,
    episodes: evangelionEpisodes,
    history: ["description", "general", "episodes"],
  }),
  film({
    slug: "slayers",
    title: "Slayers",
    nativeTitle: "スレイヤーズ",
    format: "TV",
    deck: "A fantasy comedy TV series following the sorceress Lina Inverse.",
    releases: [japan("スレイヤーズ", "1995")],
  }),
  film({
    slug: "lost-universe",
    title: "Lost Universe",
    nativeTitle: null,
    format: "TV",
    deck: "A science-fiction TV series adapted from the novels by Hajime Kanzaka, the author of Slayers.",
    releases: [japan("Lost Universe", "1998")],
  }),
  film({
    slug: "ichiban-ushiro-no-dai-mao",
    title: "Ichiban Ushiro no Dai Maō",
    nativeTitle: "いちばんうしろの大魔王",
    format: "TV",
    deck: "A TV series about Akuto Sai, a magic-school student prophesied to become the Demon King.",
    releases: [japan("いちばんうしろの大魔王", "2010")],
  }),
];
