import type pg from "pg";
import { DEVELOPMENT_PASSWORD, DEVELOPMENT_USERS } from "../../../prisma/seed/community";
import type { Catalogue } from "./model";
import { BIG_LIST_ITEMS, PROLIFIC_CREDITS } from "./plan";
import { Random } from "./random";
import { EPOCH } from "./time";
import { misspell } from "./titles";

/** What a benchmark needs to know about the generated catalogue. */
export type CatalogueManifest = {
  scale: number;
  epoch: string;
  /** Rows in each table after the run, seed included. */
  counts: Record<string, number>;
  bigFilm: { slug: string };
  prolificPerson: { slug: string; name: string; credits: number };
  bigList: { id: number; title: string; owner: string; items: number };
  samples: { films: string[]; people: string[]; characters: string[]; lists: number[] };
  search: {
    exactTitles: string[];
    misspelledTitle: { query: string; intended: string };
    nativeTitle: string;
    alias: string;
    partialPersonName: string;
  };
  credentials: { password: string; developmentUsers: string[]; sampleUsers: string[] };
};

const COUNTED_TABLES = [
  "Film",
  "Segment",
  "Release",
  "Alias",
  "Genre",
  "Theme",
  "Concept",
  "FilmGenre",
  "FilmTheme",
  "FilmConcept",
  "Franchise",
  "FilmRelation",
  "Person",
  "CreditRole",
  "Credit",
  "Character",
  "CharacterAppearance",
  "VoiceCredit",
  "User",
  "List",
  "ListItem",
  "ListLike",
  "Submission",
  "Revision",
] as const;

export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const result = await client.query<Record<string, number>>(
    `SELECT ${COUNTED_TABLES.map((table) => `(SELECT count(*) FROM "${table}")::int AS "${table}"`).join(", ")}`,
  );
  return result.rows[0]!;
}

export async function buildManifest(client: pg.ClientBase, catalogue: Catalogue): Promise<CatalogueManifest> {
  const random = new Random("manifest");
  const { films, people, characters, lists, users, first } = catalogue;
  const titleCounts = new Map<string, number>();
  for (const film of films)
    titleCounts.set(film.title.toLowerCase(), (titleCounts.get(film.title.toLowerCase()) ?? 0) + 1);
  const unique = films.filter((film) => titleCounts.get(film.title.toLowerCase()) === 1 && film.title.length >= 10);
  const exact = random.sample(unique.length > 0 ? unique : films, 3);
  const intended = exact[0]!.title;
  const withNative = films.find((film, index) => index >= films.length / 2 && film.nativeTitle) ?? films[0]!;
  const withAlias = films.find((film, index) => index >= films.length / 3 && film.aliases.length > 0) ?? films[0]!;
  const bigList = lists[catalogue.bigList]!;
  const owner = users[bigList.owner - first.user]!;
  const prolific = catalogue.prolificPerson;
  const anthology = films.find((film) => film.segments.length > 0);
  const pick = <T>(items: readonly T[], count: number) => random.sample(items, count);
  return {
    scale: catalogue.scale,
    epoch: new Date(EPOCH).toISOString(),
    counts: await countRows(client),
    bigFilm: { slug: "memories" },
    prolificPerson: { slug: people.slug[prolific]!, name: people.name[prolific]!, credits: PROLIFIC_CREDITS },
    bigList: { id: first.list + catalogue.bigList, title: bigList.title, owner: owner.username, items: BIG_LIST_ITEMS },
    samples: {
      films: [...new Set([...(anthology ? [anthology.slug] : []), ...pick(films, 5).map((film) => film.slug)])],
      people: pick(people.slug, 5),
      characters: pick(characters.slug, 5),
      lists: pick(
        lists.flatMap((list, index) => (list.visibility === "PUBLIC" ? [first.list + index] : [])),
        5,
      ),
    },
    search: {
      exactTitles: exact.map((film) => film.title),
      misspelledTitle: { query: misspell(intended), intended },
      nativeTitle: withNative.nativeTitle ?? withNative.title,
      alias: withAlias.aliases[0] ?? withAlias.title,
      // The family name of a generated person: many people share it, as real names do.
      partialPersonName: people.name[prolific]!.split(" ").at(-1)!,
    },
    credentials: {
      password: DEVELOPMENT_PASSWORD,
      developmentUsers: DEVELOPMENT_USERS.map((user) => user.username),
      sampleUsers: pick(users, 3).map((user) => user.username),
    },
  };
}
