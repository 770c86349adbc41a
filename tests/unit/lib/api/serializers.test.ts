import { describe, expect, it } from "vitest";
import { characterJson } from "@/lib/api/character-json";
import { filmJson } from "@/lib/api/film-json";
import { personJson } from "@/lib/api/person-json";
import type { CharacterPage } from "@/lib/characters/queries";
import type { FilmPage } from "@/lib/films/queries";
import type { PersonPage } from "@/lib/people/queries";

const site = new URL("https://keyframe.example");
const updatedAt = new Date("2026-01-02T03:04:05.000Z");

const film: FilmPage = {
  id: 7,
  slug: "memories",
  title: "Memories",
  nativeTitle: "MEMORIES",
  romanisedTitle: "Memorīzu",
  romanisedByMachine: true,
  deck: "Three short stories.",
  description: "See [[film:akira|Akira]].",
  format: "FILM",
  contentRating: "PG_13",
  runtimeMinutes: 115,
  sourceMaterial: "LIGHT_NOVEL",
  episodeCount: null,
  year: 1995,
  seasonYear: 1995,
  season: "FALL",
  broadcastStart: null,
  broadcastIntervalDays: null,
  broadcastEnd: null,
  updatedAt,
  franchise: { slug: "otomo", name: "Otomo Works" },
  poster: { id: 3, storageKey: "films/7/abc.webp", width: 600, height: 850, caption: "Japanese poster" },
  segments: [
    { id: 11, title: "Magnetic Rose", nativeTitle: "彼女の想いで", synopsis: "Salvagers.", runtimeMinutes: null },
  ],
  episodes: [],
  credits: [
    {
      id: 21,
      note: "Soundtrack.",
      person: { slug: "yoko-kanno", name: "Yoko Kanno", nativeName: "菅野よう子", deck: "Composer." },
      role: { name: "Music" },
      segment: { title: "Magnetic Rose" },
      episode: null,
    },
    {
      id: 22,
      note: "",
      person: { slug: "masahiro-ando", name: "Masahiro Ando", nativeName: null, deck: "" },
      role: { name: "Key Animator" },
      segment: null,
      episode: null,
    },
  ],
  appearances: [
    {
      id: 31,
      prominence: "MAIN",
      character: { slug: "heintz", name: "Heintz", nativeName: null },
      segment: { title: "Magnetic Rose" },
      episode: null,
      voiceCredits: [{ id: 41, language: "ja", note: "", person: { slug: "shigeru-chiba", name: "Shigeru Chiba" } }],
    },
  ],
  releases: [
    { id: 51, region: "JP", title: "メモリーズ", date: new Date("1995-12-23T00:00:00Z"), datePrecision: "DAY" },
    { id: 52, region: "US", title: "Memories", date: new Date("2004-01-01T00:00:00Z"), datePrecision: "YEAR" },
    { id: 53, region: "FR", title: "Memories", date: null, datePrecision: "DAY" },
  ],
  aliases: [
    { id: 61, name: "Magnetic Rose", language: "en", kind: "SYNONYM" },
    { id: 62, name: "Kanojo no Omoide", language: "ja-Latn", kind: "ROMANISED" },
  ],
  genres: [{ genre: { slug: "science-fiction", name: "Science Fiction" } }],
  themes: [{ theme: { slug: "war", name: "War" } }],
  concepts: [{ concept: { slug: "anthology", name: "Anthology" } }],
  relations: [{ kind: "SIDE_STORY", film: { slug: "akira", title: "Akira", year: 1988 } }],
  links: [
    { id: 71, site: "tmdb", externalId: "movie/42994" },
    // A site since dropped from lib/links/sites.ts is left out rather than linked wrongly.
    { id: 72, site: "gone", externalId: "1" },
  ],
  streams: [
    { id: 91, site: "bilibili", externalId: "28220978", regions: ["CN"], since: new Date("2020-01-10T00:00:00Z") },
    // A site Keyframe does not link to (a torrent search, or one since dropped) is left out.
    { id: 92, site: "dmhy", externalId: "memories", regions: [], since: null },
    { id: 93, site: "netflix", externalId: "70204970", regions: [], since: null },
  ],
  companies: [
    {
      id: 81,
      role: "ANIMATION_PRODUCTION",
      region: null,
      studio: { slug: "studio-4c", name: "Studio 4°C" },
      segment: { title: "Magnetic Rose" },
      episode: null,
    },
    {
      id: 82,
      role: "DISTRIBUTOR",
      region: "JP",
      studio: { slug: "shochiku", name: "Shochiku" },
      segment: null,
      episode: { kind: "REGULAR", number: 3 },
    },
  ],
  // Two imports of the same version credit it once.
  imports: [
    { source: "bangumi-data", version: "0.3.208" },
    { source: "bangumi-data", version: "0.3.208" },
  ],
};

/** Every key anywhere in a JSON value, to prove no database id leaks. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  }
  return [];
}

describe("filmJson", () => {
  const json = filmJson(film, site);

  it("keeps the film's own fields and adds the page's address", () => {
    expect(json).toMatchObject({
      slug: "memories",
      url: "https://keyframe.example/films/memories",
      title: "Memories",
      nativeTitle: "MEMORIES",
      romanisedTitle: "Memorīzu",
      romanisedByMachine: true,
      deck: "Three short stories.",
      description: "See [[film:akira|Akira]].",
      runtimeMinutes: 115,
      year: 1995,
      updatedAt: "2026-01-02T03:04:05.000Z",
      aliases: ["Magnetic Rose", "Kanojo no Omoide"],
      titles: [
        { title: "Magnetic Rose", language: "en", kind: "synonym" },
        { title: "Kanojo no Omoide", language: "ja-Latn", kind: "romanised" },
      ],
    });
  });

  it("spells stored values in the API's own vocabulary", () => {
    expect(json.format).toBe("film");
    expect(json.contentRating).toBe("PG-13");
    expect(json.characters[0]?.prominence).toBe("main");
    expect(json.relatedFilms).toEqual([{ kind: "side_story", film: { slug: "akira", title: "Akira", year: 1988 } }]);
    expect(json.sourceMaterial).toBe("light_novel");
    expect(json.season).toEqual({ year: 1995, season: "fall" });
  });

  it("gives each link to another database with its address there", () => {
    expect(json.links).toEqual([{ site: "tmdb", key: "movie/42994", url: "https://www.themoviedb.org/movie/42994" }]);
  });

  it("gives each company with its studio, role, region and segment", () => {
    expect(json.companies).toEqual([
      {
        studio: { slug: "studio-4c", name: "Studio 4°C" },
        role: "ANIMATION_PRODUCTION",
        region: null,
        segment: "Magnetic Rose",
        episode: null,
      },
      {
        studio: { slug: "shochiku", name: "Shochiku" },
        role: "DISTRIBUTOR",
        region: "JP",
        segment: null,
        episode: "3",
      },
    ]);
  });

  it("credits the outside sources its data was imported from, with their licences", () => {
    expect(json.sources).toEqual([
      {
        name: "bangumi-data",
        url: "https://github.com/bangumi-data/bangumi-data",
        licence: "CC BY 4.0",
        licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
        version: "0.3.208",
      },
    ]);
    expect(filmJson({ ...film, imports: [] }, site).sources).toEqual([]);
  });

  it("gives where to watch with each site's address and regions, every-region sites first", () => {
    expect(json.streams).toEqual([
      { site: "netflix", label: "Netflix", url: "https://www.netflix.com/title/70204970", regions: [], since: null },
      {
        site: "bilibili",
        label: "哔哩哔哩 (bilibili)",
        url: "https://www.bilibili.com/bangumi/media/md28220978/",
        regions: ["CN"],
        since: "2020-01-10",
      },
    ]);
  });

  it("gives a series' broadcast slot with its next episode as of the answer, and none without a slot", () => {
    expect(json.broadcast).toBeNull();
    const series = filmJson(
      {
        ...film,
        format: "TV",
        episodeCount: 12,
        // Saturday 2026-10-03 01:58 in Japan.
        broadcastStart: new Date("2026-10-02T16:58:00Z"),
        broadcastIntervalDays: 7,
        broadcastEnd: null,
      },
      site,
      new Date("2026-12-02T11:00:00Z"),
    );
    expect(series.broadcast).toEqual({
      firstAiring: "2026-10-02T16:58:00.000Z",
      intervalDays: 7,
      lastAiring: null,
      nextEpisodeAt: "2026-12-04T16:58:00.000Z",
    });
  });

  it("gives release dates only as precise as they are known", () => {
    expect(json.releases).toEqual([
      { region: "JP", title: "メモリーズ", date: "1995-12-23", datePrecision: "day" },
      { region: "US", title: "Memories", date: "2004", datePrecision: "year" },
      { region: "FR", title: "Memories", date: null, datePrecision: null },
    ]);
  });

  it("names people, characters and segments by slug and title", () => {
    expect(json.credits).toEqual([
      {
        person: { slug: "yoko-kanno", name: "Yoko Kanno" },
        role: "Music",
        segment: "Magnetic Rose",
        episode: null,
        note: "Soundtrack.",
      },
      {
        person: { slug: "masahiro-ando", name: "Masahiro Ando" },
        role: "Key Animator",
        segment: null,
        episode: null,
        note: "",
      },
    ]);
    expect(json.characters).toEqual([
      {
        character: { slug: "heintz", name: "Heintz" },
        prominence: "main",
        segment: "Magnetic Rose",
        episode: null,
        voiceActors: [{ person: { slug: "shigeru-chiba", name: "Shigeru Chiba" }, language: "ja", note: "" }],
      },
    ]);
    expect(json.segments).toEqual([
      { title: "Magnetic Rose", nativeTitle: "彼女の想いで", synopsis: "Salvagers.", runtimeMinutes: null },
    ]);
  });

  it("lists terms by slug and name", () => {
    expect(json.genres).toEqual([{ slug: "science-fiction", name: "Science Fiction" }]);
    expect(json.themes).toEqual([{ slug: "war", name: "War" }]);
    expect(json.associations).toEqual([{ slug: "anthology", name: "Anthology" }]);
    expect(json.franchise).toEqual({ slug: "otomo", name: "Otomo Works" });
  });

  it("gives the poster's addresses on the site", () => {
    expect(json.poster).toEqual({
      url: "https://keyframe.example/media/films/7/abc.webp",
      thumbnailUrl: "https://keyframe.example/media/films/7/abc.w200.webp",
      width: 600,
      height: 850,
      caption: "Japanese poster",
    });
    expect(filmJson({ ...film, poster: null, franchise: null, contentRating: null }, site)).toMatchObject({
      poster: null,
      franchise: null,
      contentRating: null,
    });
  });

  it("leaks no database id", () => {
    expect(keysOf(json)).not.toContain("id");
    expect(keysOf(json).filter((key) => key.endsWith("Id"))).toEqual([]);
  });

  it("percent-encodes a slug that is not ASCII", () => {
    expect(filmJson({ ...film, slug: "メモリーズ" }, site).url).toBe(
      "https://keyframe.example/films/%E3%83%A1%E3%83%A2%E3%83%AA%E3%83%BC%E3%82%BA",
    );
  });
});

describe("personJson", () => {
  const person: PersonPage = {
    id: 9,
    slug: "yoko-kanno",
    name: "Yoko Kanno",
    nativeName: "菅野よう子",
    deck: "Composer.",
    bio: "Wrote for [[film:memories]].",
    updatedAt,
    credits: [
      {
        id: 21,
        note: "Soundtrack.",
        role: { name: "Music", position: 4 },
        segment: { title: "Magnetic Rose" },
        episode: null,
        film: { slug: "memories", title: "Memories", year: 1995 },
      },
    ],
    voiceCredits: [
      {
        id: 41,
        language: "ja",
        note: "Cameo.",
        appearance: {
          character: { slug: "heintz", name: "Heintz" },
          film: { slug: "memories", title: "Memories", year: 1995 },
        },
      },
    ],
  };

  it("gives the person's fields, credits and voice roles with film slugs and titles", () => {
    const json = personJson(person, site);
    expect(json).toEqual({
      slug: "yoko-kanno",
      url: "https://keyframe.example/people/yoko-kanno",
      name: "Yoko Kanno",
      nativeName: "菅野よう子",
      deck: "Composer.",
      bio: "Wrote for [[film:memories]].",
      updatedAt: "2026-01-02T03:04:05.000Z",
      credits: [
        {
          film: { slug: "memories", title: "Memories", year: 1995 },
          role: "Music",
          segment: "Magnetic Rose",
          episode: null,
          note: "Soundtrack.",
        },
      ],
      voiceRoles: [
        {
          film: { slug: "memories", title: "Memories", year: 1995 },
          character: { slug: "heintz", name: "Heintz" },
          language: "ja",
          note: "Cameo.",
        },
      ],
    });
    expect(keysOf(json)).not.toContain("id");
  });
});

describe("characterJson", () => {
  const character: CharacterPage = {
    id: 5,
    slug: "heintz",
    name: "Heintz",
    nativeName: "ハインツ",
    deck: "Salvager.",
    description: "Haunted.",
    updatedAt,
    appearances: [
      {
        id: 31,
        prominence: "SUPPORTING",
        film: { slug: "memories", title: "Memories", year: 1995 },
        segment: null,
        episode: { kind: "SPECIAL", number: 2 },
        voiceCredits: [{ id: 41, language: "en", note: "", person: { slug: "someone", name: "Someone" } }],
      },
    ],
  };

  it("gives the character's fields and appearances with voice actors", () => {
    const json = characterJson(character, site);
    expect(json).toEqual({
      slug: "heintz",
      url: "https://keyframe.example/characters/heintz",
      name: "Heintz",
      nativeName: "ハインツ",
      deck: "Salvager.",
      description: "Haunted.",
      updatedAt: "2026-01-02T03:04:05.000Z",
      appearances: [
        {
          film: { slug: "memories", title: "Memories", year: 1995 },
          segment: null,
          episode: "s2",
          prominence: "supporting",
          voiceActors: [{ person: { slug: "someone", name: "Someone" }, language: "en", note: "" }],
        },
      ],
    });
    expect(keysOf(json)).not.toContain("id");
  });
});
