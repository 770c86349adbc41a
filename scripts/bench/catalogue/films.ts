import type { ContentRating, DatePrecision, FilmFormat } from "../../../lib/generated/prisma/enums";
import type { Existing, FilmModel, Named, ReleaseModel, SegmentModel } from "./model";
import type { CatalogueCounts } from "./plan";
import { Random } from "./random";
import { SlugAllocator } from "./slugs";
import { addedAt } from "./time";
import { makeTitle, premise, sequelTitle, type Title } from "./titles";
import { ADJECTIVES, NOUNS, RELEASE_REGIONS } from "./vocabulary";

const FORMATS: Record<FilmFormat, number> = { FILM: 30, TV: 40, OVA: 15, ONA: 10, SPECIAL: 5 };
const RATINGS: Record<ContentRating | "none", number> = { G: 15, PG: 25, PG_13: 35, R: 15, NC_17: 2, none: 8 };
const RUNTIMES: Record<FilmFormat, [number, number]> = {
  FILM: [70, 150],
  TV: [22, 26],
  OVA: [25, 60],
  ONA: [8, 25],
  SPECIAL: [15, 60],
};
const ANTHOLOGY_SHARE = 0.2;

type FilmSpec = { franchise: number; order: number };

/** Which films belong to which franchise, in a shuffled order, each franchise's entries in sequence. */
function filmSpecs(random: Random, counts: CatalogueCounts): FilmSpec[] {
  const specs: FilmSpec[] = [];
  const franchiseFilms = Math.floor(counts.films * 0.25);
  for (let franchise = 0; franchise < counts.franchises && specs.length < franchiseFilms; franchise += 1) {
    const size = random.int(2, 8);
    for (let index = 0; index < size; index += 1) specs.push({ franchise, order: 0 });
  }
  while (specs.length < counts.films) specs.push({ franchise: -1, order: 0 });
  specs.length = counts.films;
  random.shuffle(specs);
  const seen = new Map<number, number>();
  for (const spec of specs) {
    if (spec.franchise < 0) continue;
    spec.order = seen.get(spec.franchise) ?? 0;
    seen.set(spec.franchise, spec.order + 1);
  }
  return specs;
}

/** Release years lean towards recent decades, as the medium's output does. */
function releaseYear(random: Random): number {
  return Math.min(2026, 1960 + Math.floor(67 * Math.pow(random.next(), 0.6)));
}

function releaseDate(random: Random, year: number): { date: Date; precision: DatePrecision } {
  const precision = (["DAY", "MONTH", "YEAR"] as const)[random.weighted([70, 15, 15])]!;
  const month = precision === "YEAR" ? 0 : random.int(0, 11);
  const day = precision === "DAY" ? random.int(1, 28) : 1;
  return { date: new Date(Date.UTC(year, month, day)), precision };
}

function releases(random: Random, title: string, nativeTitle: string | null, year: number): ReleaseModel[] {
  const japan = { region: "JP", title: nativeTitle ?? title, ...releaseDate(random, year) };
  const abroad = random.sample(
    RELEASE_REGIONS.slice(0, random.chance(0.7) ? 3 : RELEASE_REGIONS.length),
    random.weighted([45, 35, 20]),
  );
  return [
    japan,
    ...abroad.map((region) => ({
      region,
      title,
      ...releaseDate(random, Math.min(2026, year + random.int(0, 3))),
    })),
  ];
}

function segments(random: Random, firstId: number): SegmentModel[] {
  const count = random.int(2, 6);
  const titles = new Set<string>();
  const rows: SegmentModel[] = [];
  while (rows.length < count) {
    const noun = random.pick(NOUNS);
    const adjective = random.pick(ADJECTIVES);
    const title = `${adjective[0]} ${noun[0]}`;
    // Credits name their segment by title, so a film's segments never share one.
    if (titles.has(title.toLowerCase())) continue;
    titles.add(title.toLowerCase());
    rows.push({
      id: firstId + rows.length,
      title,
      nativeTitle: random.chance(0.8) ? `${adjective[1]}${noun[2]}` : "",
      synopsis: random.chance(0.85) ? premise(random) : "",
      runtimeMinutes: random.chance(0.7) ? random.int(8, 45) : null,
    });
  }
  return rows;
}

function aliases(random: Random, title: string, otherTitle: string, year: number): string[] {
  const candidates = [otherTitle, `${title} (${year})`, initials(title)].filter(
    (alias) => alias.length > 1 && alias.toLowerCase() !== title.toLowerCase(),
  );
  return random.sample([...new Set(candidates)], random.weighted([30, 35, 25, 10]));
}

function initials(title: string): string {
  return title
    .split(/[\s:]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}

function pickIndexes(random: Random, size: number, min: number, max: number): number[] {
  const indexes = Array.from({ length: size }, (_, index) => index);
  return random.sample(indexes, random.int(min, Math.min(max, size))).sort((a, b) => a - b);
}

/**
 * The films with their own rows (segments, releases, aliases, tags, relations). Credits and
 * appearances are filled in later; descriptions too, since they name the film's staff.
 */
export function generateFilms(options: {
  counts: CatalogueCounts;
  existing: Existing;
  firstFilmId: number;
  firstSegmentId: number;
  vocabulary: { genres: Named[]; themes: Named[]; concepts: Named[] };
}): { films: FilmModel[]; franchiseNames: string[] } {
  const random = new Random("films");
  const { counts, firstFilmId } = options;
  const slugs = new SlugAllocator(options.existing.filmSlugs);
  const specs = filmSpecs(random, counts);
  const franchiseTitles: { title: Title; english: boolean; year: number }[] = [];
  for (let franchise = 0; franchise < counts.franchises; franchise += 1) {
    franchiseTitles.push({ title: makeTitle(random), english: random.chance(0.55), year: releaseYear(random) - 8 });
  }
  const anthologyConcept = options.vocabulary.concepts.findIndex((concept) => concept.name === "Anthology");
  let nextSegmentId = options.firstSegmentId;
  const films: FilmModel[] = [];
  const lastOfFranchise = new Map<number, number>();

  specs.forEach((spec, index) => {
    const format = random.weightedKey(FORMATS);
    const inFranchise = spec.franchise >= 0 ? franchiseTitles[spec.franchise]! : null;
    const title = inFranchise
      ? spec.order === 0
        ? inFranchise.title
        : sequelTitle(random, inFranchise.title, spec.order, format)
      : makeTitle(random);
    const english = inFranchise ? inFranchise.english : random.chance(0.55);
    const shown = english ? title.english : title.romaji;
    const other = english ? title.romaji : title.english;
    const nativeTitle = random.chance(0.85) ? title.native : null;
    const year = inFranchise
      ? Math.min(2026, Math.max(1960, inFranchise.year + spec.order * random.int(1, 3)))
      : releaseYear(random);
    const rating = random.weightedKey(RATINGS);
    const [shortest, longest] = RUNTIMES[format];
    const createdAt = addedAt(random, index, counts.films);
    const deck = premise(random);
    const anthology = random.chance(ANTHOLOGY_SHARE);
    const filmSegments = anthology ? segments(random, nextSegmentId) : [];
    nextSegmentId += filmSegments.length;
    const concepts = pickIndexes(random, options.vocabulary.concepts.length, 0, 2);
    if (anthology && anthologyConcept >= 0 && !concepts.includes(anthologyConcept)) {
      concepts.push(anthologyConcept);
      concepts.sort((a, b) => a - b);
    }
    const film: FilmModel = {
      id: firstFilmId + index,
      slug: slugs.claim(shown, "film"),
      title: shown,
      otherTitle: other,
      nativeTitle,
      initialDeck: deck.split(" ").slice(0, 6).join(" ").replace(/[.,]$/, "") + ".",
      deck,
      descriptionParts: [],
      format,
      contentRating: rating === "none" ? null : rating,
      runtimeMinutes: random.chance(0.9) ? random.int(shortest, longest) : null,
      year,
      franchise: spec.franchise,
      createdAt,
      updatedAt: createdAt,
      segments: filmSegments,
      releases: releases(random, shown, nativeTitle, year),
      aliases: aliases(random, shown, other, year),
      genres: pickIndexes(random, options.vocabulary.genres.length, 1, 4),
      themes: pickIndexes(random, options.vocabulary.themes.length, 0, 3),
      concepts,
      relations: [],
      creditStart: 0,
      creditCount: 0,
      appearanceStart: 0,
      appearanceCount: 0,
    };
    const previous = lastOfFranchise.get(spec.franchise);
    if (previous !== undefined) {
      const earlier = films[previous]!;
      const kind = format === "OVA" || format === "SPECIAL" ? "SIDE_STORY" : "SEQUEL";
      earlier.relations.push({ kind, to: film.id });
    }
    if (spec.franchise >= 0) lastOfFranchise.set(spec.franchise, index);
    films.push(film);
  });
  addSimilarWorks(random, films);
  return {
    films,
    franchiseNames: franchiseTitles.map((franchise) =>
      franchise.english ? franchise.title.english : franchise.title.romaji,
    ),
  };
}

/** About one film in eight links to a few similar works elsewhere in the catalogue. */
function addSimilarWorks(random: Random, films: FilmModel[]): void {
  for (const film of films) {
    if (!random.chance(0.12)) continue;
    const count = random.int(1, 3);
    for (let index = 0; index < count; index += 1) {
      const other = random.pick(films);
      if (other.id === film.id || film.relations.some((relation) => relation.to === other.id)) continue;
      film.relations.push({ kind: random.chance(0.8) ? "SIMILAR" : "RELATED", to: other.id });
    }
  }
}
