import { slugify } from "../../../lib/format/slug";
import { sameName } from "../../../lib/submissions/sections/shared-schema";
import { childRows, rowsFor, type Load, type Row } from "./load";
import type { Catalogue, Existing, Named } from "./model";
import { SlugAllocator } from "./slugs";
import { CONCEPTS, GENRES, THEMES } from "./vocabulary";

/** A vocabulary: the rows already there, then the words the seed lacks, with the ids they will get. */
export function extendVocabulary(
  present: Named[],
  words: readonly string[],
  maxId: number,
): { all: Named[]; added: Named[] } {
  const added: Named[] = [];
  for (const name of words) {
    if ([...present, ...added].some((row) => sameName(row.name, name) || row.slug === slugify(name))) continue;
    added.push({ id: maxId + added.length + 1, name, slug: slugify(name) });
  }
  return { all: [...present, ...added], added };
}

export function vocabularies(existing: Existing) {
  return {
    genres: extendVocabulary(existing.genres, GENRES, existing.maxIds.Genre!),
    themes: extendVocabulary(existing.themes, THEMES, existing.maxIds.Theme!),
    concepts: extendVocabulary(existing.concepts, CONCEPTS, existing.maxIds.Concept!),
  };
}

export function franchiseRows(names: string[], existing: Existing): Named[] {
  const slugs = new SlugAllocator(existing.franchiseSlugs);
  return names.map((name, index) => ({
    id: existing.maxIds.Franchise! + index + 1,
    name,
    slug: slugs.claim(name, "franchise"),
  }));
}

const vocabularyLoad = (table: string, rows: Named[]): Load => ({
  table,
  columns: ["id", "name", "slug"],
  total: rows.length,
  rows: rows.map((row): Row => [row.id, row.name, row.slug]),
});

export function vocabularyLoads(
  added: { genres: Named[]; themes: Named[]; concepts: Named[] },
  franchises: Named[],
): Load[] {
  return [
    vocabularyLoad("Genre", added.genres),
    vocabularyLoad("Theme", added.themes),
    vocabularyLoad("Concept", added.concepts),
    vocabularyLoad("Franchise", franchises),
  ];
}

export function filmLoads(catalogue: Catalogue): Load[] {
  const { films, existing } = catalogue;
  const sum = (count: (film: (typeof films)[number]) => number) =>
    films.reduce((total, film) => total + count(film), 0);
  let releaseId = existing.maxIds.Release!;
  let aliasId = existing.maxIds.Alias!;
  let relationId = existing.maxIds.FilmRelation!;
  const link = (ids: (film: (typeof films)[number]) => number[], vocabulary: Named[]) =>
    childRows(films, (film) => ids(film).map((index): Row => [film.id, vocabulary[index]!.id]));
  return [
    {
      table: "Film",
      columns: [
        "id",
        "slug",
        "title",
        "nativeTitle",
        "deck",
        "description",
        "format",
        "contentRating",
        "runtimeMinutes",
        "year",
        "franchiseId",
        "createdAt",
        "updatedAt",
      ],
      total: films.length,
      rows: rowsFor(films.length, (index) => {
        const film = films[index]!;
        return [
          film.id,
          film.slug,
          film.title,
          film.nativeTitle,
          film.deck,
          film.descriptionParts.join(""),
          film.format,
          film.contentRating,
          film.runtimeMinutes,
          film.year,
          film.franchise >= 0 ? catalogue.franchises[film.franchise]!.id : null,
          film.createdAt,
          film.updatedAt,
        ];
      }),
    },
    {
      table: "Segment",
      columns: ["id", "filmId", "position", "title", "nativeTitle", "synopsis", "runtimeMinutes"],
      total: sum((film) => film.segments.length),
      rows: childRows(films, (film) =>
        film.segments.map((segment, index): Row => [
          segment.id,
          film.id,
          index + 1,
          segment.title,
          segment.nativeTitle || null,
          segment.synopsis,
          segment.runtimeMinutes,
        ]),
      ),
    },
    {
      table: "Release",
      columns: ["id", "filmId", "region", "title", "date", "datePrecision", "position"],
      total: sum((film) => film.releases.length),
      rows: childRows(films, (film) =>
        film.releases.map((release, index): Row => [
          ++releaseId,
          film.id,
          release.region,
          release.title,
          release.date.toISOString().slice(0, 10),
          release.precision,
          index + 1,
        ]),
      ),
    },
    {
      table: "Alias",
      columns: ["id", "filmId", "name"],
      total: sum((film) => film.aliases.length),
      rows: childRows(films, (film) => film.aliases.map((name): Row => [++aliasId, film.id, name])),
    },
    {
      table: "FilmGenre",
      columns: ["filmId", "genreId"],
      total: sum((film) => film.genres.length),
      rows: link((film) => film.genres, catalogue.genres),
    },
    {
      table: "FilmTheme",
      columns: ["filmId", "themeId"],
      total: sum((film) => film.themes.length),
      rows: link((film) => film.themes, catalogue.themes),
    },
    {
      table: "FilmConcept",
      columns: ["filmId", "conceptId"],
      total: sum((film) => film.concepts.length),
      rows: link((film) => film.concepts, catalogue.concepts),
    },
    {
      table: "FilmRelation",
      columns: ["id", "fromFilmId", "toFilmId", "kind"],
      total: sum((film) => film.relations.length),
      rows: childRows(films, (film) =>
        film.relations.map((relation): Row => [++relationId, film.id, relation.to, relation.kind]),
      ),
    },
  ];
}
