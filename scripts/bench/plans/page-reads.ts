import type pg from "pg";
import { getFilmBrowsePage, browseFilms } from "../../../lib/browse/film-queries";
import { browseCharacters, browsePeople } from "../../../lib/browse/name-queries";
import { MAX_PAGE } from "../../../lib/browse/schema";
import {
  browseFranchises,
  getFranchise,
  getGenre,
  getGenreIndex,
  getTheme,
  getThemeIndex,
} from "../../../lib/browse/tag-queries";
import { getCharacterPage } from "../../../lib/characters/queries";
import { getFilmPage, getRecentFilms } from "../../../lib/films/queries";
import { getTopEditors } from "../../../lib/films/top-editors";
import type { Role } from "../../../lib/generated/prisma/enums";
import {
  findFilmsTitled,
  getListForOrdering,
  getListPage,
  getOwnListsForFilm,
  getPublicLists,
  getTopListsForFilm,
} from "../../../lib/lists/queries";
import { getPersonPage } from "../../../lib/people/queries";
import { getRecentChanges } from "../../../lib/revisions/queries";
import { searchCatalogue } from "../../../lib/search/queries";
import { getSeasonChart, getSeasonFormatPage, getSeasonIndex, getSeasonShowcase } from "../../../lib/seasons/queries";
import type { SeasonOfYear } from "../../../lib/seasons/season";
import { resolveQueueFilters } from "../../../lib/submissions/filter-queries";
import { countPendingEdits, getModerationQueue } from "../../../lib/submissions/queries";
import { resolveWikiLinks } from "../../../lib/wiki/resolve";
import type { CatalogueManifest } from "../catalogue/manifest";
import type { PageRead } from "./check-plans";

/** The entries the pages are read for: the catalogue's notable ones, and the biggest tags. */
export type PlanSamples = {
  film: { slug: string; id: number };
  person: string;
  character: string;
  list: { id: number; ownerId: number };
  reader: { id: number; role: Role };
  searches: { label: string; query: string }[];
  genre: string;
  theme: string;
  franchise: string;
  season: SeasonOfYear;
};

async function one<T extends pg.QueryResultRow>(client: pg.ClientBase, sql: string, values: unknown[] = []) {
  const row = (await client.query<T>(sql, values)).rows[0];
  if (!row) throw new Error(`The catalogue has nothing for: ${sql}`);
  return row;
}

/** Samples from the manifest, and from the database what the manifest does not name. */
export async function findPlanSamples(client: pg.ClientBase, manifest: CatalogueManifest): Promise<PlanSamples> {
  const film = await one<{ id: number }>(client, `SELECT id FROM "Film" WHERE slug = $1`, [manifest.bigFilm.slug]);
  const owner = await one<{ id: number }>(client, `SELECT id FROM "User" WHERE username = $1`, [
    manifest.bigList.owner,
  ]);
  const reader = await one<{ id: number; role: Role }>(client, `SELECT id, role FROM "User" WHERE username = 'editor'`);
  // The tag with the most films reads the most rows: the page most likely to outgrow its index.
  const biggest = (table: string, key: string, tag: string) =>
    one<{ slug: string }>(
      client,
      `SELECT t.slug FROM "${tag}" t JOIN "${table}" j ON j."${key}" = t.id GROUP BY t.id ORDER BY count(*) DESC, t.id LIMIT 1`,
    );
  const { search } = manifest;
  return {
    film: { slug: manifest.bigFilm.slug, id: film.id },
    person: manifest.prolificPerson.slug,
    character: manifest.samples.characters[0]!,
    list: { id: manifest.bigList.id, ownerId: owner.id },
    reader,
    searches: [
      ...search.exactTitles.map((query) => ({ label: "exact title", query })),
      { label: "misspelt title", query: search.misspelledTitle.query },
      { label: "native title", query: search.nativeTitle },
      { label: "alias", query: search.alias },
      { label: "part of a name", query: search.partialPersonName },
    ],
    genre: (await biggest("FilmGenre", "genreId", "Genre")).slug,
    theme: (await biggest("FilmTheme", "themeId", "Theme")).slug,
    franchise: (await biggest("Film", "franchiseId", "Franchise")).slug,
    season: await one<SeasonOfYear>(
      client,
      `SELECT "seasonYear" AS year, season FROM "Film" WHERE season IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
    ),
  };
}

const required = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`${what} is not in the catalogue.`);
  return value;
};

/**
 * What each public page reads, as its route does (the same lib functions, in the same order),
 * without the cache in front: the plans are those of a cache miss.
 */
export function publicPageReads(samples: PlanSamples): PageRead[] {
  const noFilters = { section: "", film: "", author: "" };
  return [
    {
      page: "home /",
      // The fullest season stands for the current one.
      read: () =>
        Promise.all([getRecentFilms("createdAt"), getRecentFilms("updatedAt"), getSeasonShowcase(samples.season)]),
    },
    {
      page: `film /films/${samples.film.slug}`,
      read: async () => {
        const film = required(await getFilmPage(samples.film.slug), "The film");
        await Promise.all([getTopEditors(film.id), getTopListsForFilm(film.id), resolveWikiLinks(film.description)]);
      },
    },
    {
      page: `film, signed-in reader's parts /api/viewer/films/${samples.film.id}`,
      read: () =>
        Promise.all([
          countPendingEdits(samples.film.id, samples.reader),
          getOwnListsForFilm(samples.reader.id, samples.film.id),
        ]),
    },
    {
      page: `person /people/${samples.person}`,
      read: async () => resolveWikiLinks(required(await getPersonPage(samples.person), "The person").bio),
    },
    {
      page: `character /characters/${samples.character}`,
      read: async () =>
        resolveWikiLinks(required(await getCharacterPage(samples.character), "The character").description),
    },
    { page: `list /lists/${samples.list.id}`, read: () => getListPage(samples.list.id, null) },
    {
      page: `list, as its owner /lists/${samples.list.id}`,
      // The add-a-film box's suggestions come from the search API, whose plans the search pages check.
      read: () => getListPage(samples.list.id, samples.list.ownerId),
    },
    { page: `list, last page /lists/${samples.list.id}?page=10`, read: () => getListPage(samples.list.id, null, 10) },
    {
      page: `list order form /lists/${samples.list.id}/order`,
      read: () => getListForOrdering(samples.list.id, samples.list.ownerId),
    },
    {
      page: `list's "Add a film" by title /lists/${samples.list.id}`,
      read: () => findFilmsTitled(samples.searches[0]!.query),
    },
    { page: "lists /lists", read: () => getPublicLists("popular", 1) },
    { page: "lists /lists?sort=recent", read: () => getPublicLists("recent", 1) },
    {
      page: "moderation queue, first page /moderation",
      read: async () => getModerationQueue((await resolveQueueFilters(noFilters)).filters, { direction: "first" }),
    },
    {
      page: "moderation queue, last page /moderation?last=1",
      read: async () => getModerationQueue((await resolveQueueFilters(noFilters)).filters, { direction: "last" }),
    },
    ...samples.searches.map(({ label, query }) => ({
      page: `search, ${label} /search?q=${query}`,
      read: () => searchCatalogue(query),
    })),
    {
      // An edit form's picker: people only, each with their works, here the catalogue's most credited person's.
      page: `person picker /api/v1/search?type=people&limit=8&q=${samples.person}`,
      read: () => searchCatalogue(samples.person.replaceAll("-", " "), { kind: "people", pageSize: 8 }),
    },
    { page: "recent changes /recent-changes", read: () => getRecentChanges(null) },
    { page: "films /films", read: () => getFilmBrowsePage({}) },
    { page: "films /films?sort=newest", read: () => getFilmBrowsePage({ sort: "newest" }) },
    { page: `films /films?page=${MAX_PAGE}`, read: () => getFilmBrowsePage({ page: String(MAX_PAGE) }) },
    { page: "genres /genres", read: () => getGenreIndex() },
    {
      page: `genre /genres/${samples.genre}`,
      read: async () => {
        const genre = required(await getGenre(samples.genre), "The genre");
        await getFilmBrowsePage({}, { facet: "genre", id: genre.id });
      },
    },
    { page: "themes /themes", read: () => getThemeIndex() },
    {
      page: `theme /themes/${samples.theme}`,
      read: async () => {
        const theme = required(await getTheme(samples.theme), "The theme");
        await getFilmBrowsePage({}, { facet: "theme", id: theme.id });
      },
    },
    { page: "franchises /franchises", read: () => browseFranchises(1) },
    {
      page: `franchise /franchises/${samples.franchise}`,
      read: async () => {
        const franchise = required(await getFranchise(samples.franchise), "The franchise");
        await browseFilms({ franchiseId: franchise.id }, "oldest", 1);
      },
    },
    { page: "seasons /seasons", read: () => getSeasonIndex() },
    {
      page: `season /seasons/${samples.season.year}/${samples.season.season.toLowerCase()}`,
      read: () => getSeasonChart(samples.season.year, samples.season.season),
    },
    {
      page: `season's TV series /seasons/${samples.season.year}/${samples.season.season.toLowerCase()}/tv?page=2`,
      read: () => getSeasonFormatPage(samples.season.year, samples.season.season, "TV", 2),
    },
    { page: "people /people", read: () => browsePeople({ sort: "name", page: 1 }) },
    { page: "characters /characters", read: () => browseCharacters({ sort: "name", page: 1 }) },
  ];
}
