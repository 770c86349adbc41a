import { hashPassword } from "../../lib/auth/password";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { catalogue } from "./catalogue";
import {
  communityUsers,
  DEVELOPMENT_PASSWORD,
  DEVELOPMENT_USERS,
  lists,
  SEED_EDITOR,
  SEED_REVISION_SUMMARY,
} from "./community";
import { memories } from "./memories";
import { CREDIT_ROLES, people } from "./people";
import { slugify } from "../../lib/format/slug";
import type { FilmSection, FilmSeed, ReleaseSeed } from "./types";

// Idempotence: the seed only ever inserts what is missing and never updates.
// - Rows with a unique key (credit roles, people, users, films) are inserted with
//   `skipDuplicates`; a row that exists is left exactly as it is, so a re-run cannot overwrite
//   what the wiki's editors changed since.
// - A film's child rows (segments, credits, releases, aliases, revisions) are inserted only in
//   the run that inserts the film, and a list's items and likes only with the list (a list is
//   known by its owner and title). A second run therefore inserts nothing at all.

/** Every film the seed creates: Memories first, then the works its page names. */
export const seedFilms: readonly FilmSeed[] = [memories, ...catalogue];

export interface SeedOptions {
  /** Also create the signed-in development accounts (admin, moderator, editor). */
  developmentUsers: boolean;
}

export interface SeedResult {
  /** Whether this run inserted anything; false when the seed was already there. */
  created: boolean;
  /** Rows inserted by this run, per kind of top-level row. */
  inserted: {
    creditRoles: number;
    people: number;
    users: number;
    films: number;
    lists: number;
  };
}

type Tx = Prisma.TransactionClient;

/** True while the database holds no film. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.film.findFirst({ select: { id: true } })) === null;
}

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  checkSeedData();
  // Hashing is slow (scrypt), so it happens before the transaction and only for missing users.
  const developmentRows = options.developmentUsers ? await missingDevelopmentUsers(prisma) : [];

  const inserted = await prisma.$transaction(
    async (tx) => {
      const creditRoles = await tx.creditRole.createMany({
        data: CREDIT_ROLES.map((name, index) => ({
          name,
          slug: slugify(name),
          position: index + 1,
        })),
        skipDuplicates: true,
      });
      const persons = await tx.person.createMany({
        data: people.map((person) => ({
          slug: slugify(person.name),
          ...person,
        })),
        skipDuplicates: true,
      });
      const users = await tx.user.createMany({
        data: [...communityUsers.map((user) => ({ ...user, passwordHash: null })), ...developmentRows],
        skipDuplicates: true,
      });
      return {
        creditRoles: creditRoles.count,
        people: persons.count,
        users: users.count,
        films: await insertFilms(tx),
        lists: await insertLists(tx),
      };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  return {
    created: Object.values(inserted).some((count) => count > 0),
    inserted,
  };
}

async function missingDevelopmentUsers(prisma: PrismaClient): Promise<Prisma.UserCreateManyInput[]> {
  const existing = await prisma.user.findMany({
    where: { username: { in: DEVELOPMENT_USERS.map((user) => user.username) } },
    select: { username: true },
  });
  const present = new Set(existing.map((user) => user.username));
  const rows: Prisma.UserCreateManyInput[] = [];
  for (const user of DEVELOPMENT_USERS) {
    if (present.has(user.username)) continue;
    rows.push({
      ...user,
      passwordHash: await hashPassword(DEVELOPMENT_PASSWORD),
    });
  }
  return rows;
}

/** Inserts the missing films with all their child rows; returns how many films it inserted. */
async function insertFilms(tx: Tx): Promise<number> {
  const inserted = await tx.film.createManyAndReturn({
    data: seedFilms.map((film) => ({
      slug: film.slug,
      title: film.title,
      nativeTitle: film.nativeTitle,
      format: film.format,
      contentRating: film.contentRating,
      runtimeMinutes: film.runtimeMinutes,
      deck: film.deck,
      description: film.description,
      year: earliestYear(film.releases),
    })),
    skipDuplicates: true,
    select: { id: true, slug: true },
  });
  if (inserted.length === 0) return 0;

  const seedBySlug = new Map(seedFilms.map((film) => [film.slug, film]));
  const created = inserted.map(({ id, slug }) => ({
    id,
    film: need(seedBySlug, slug, "film"),
  }));

  // One transaction runs its queries one at a time, so these stay sequential.
  const roles = await tx.creditRole.findMany({
    where: { name: { in: [...CREDIT_ROLES] } },
    select: { id: true, name: true },
  });
  const persons = await tx.person.findMany({
    where: { slug: { in: people.map((person) => slugify(person.name)) } },
    select: { id: true, slug: true, name: true },
  });
  const editor = await tx.user.findUniqueOrThrow({
    where: { username: SEED_EDITOR },
    select: { id: true },
  });
  const roleByName = new Map(roles.map((role) => [role.name, role]));
  const personBySlug = new Map(persons.map((person) => [person.slug, person]));

  const segments = await tx.segment.createManyAndReturn({
    data: created.flatMap(({ id, film }) =>
      film.segments.map((segment, index) => ({
        filmId: id,
        position: index + 1,
        ...segment,
      })),
    ),
    select: { id: true, filmId: true, position: true, title: true },
  });
  const segmentAt = new Map(segments.map((segment) => [`${segment.filmId}:${segment.position}`, segment]));

  const credits = created.flatMap(({ id, film }) =>
    film.credits.map((credit, index) => {
      const person = need(personBySlug, credit.person, "person");
      const role = need(roleByName, credit.role, "credit role");
      const segment = credit.segment === null ? null : need(segmentAt, `${id}:${credit.segment}`, "segment");
      return {
        filmId: id,
        position: index + 1,
        person,
        role,
        segment,
        note: credit.note,
      };
    }),
  );
  await tx.credit.createMany({
    data: credits.map(({ filmId, position, person, role, segment, note }) => ({
      filmId,
      position,
      personId: person.id,
      roleId: role.id,
      segmentId: segment?.id ?? null,
      note,
    })),
  });

  await tx.release.createMany({
    data: created.flatMap(({ id, film }) =>
      film.releases.map((release, index) => ({
        filmId: id,
        position: index + 1,
        region: release.region,
        title: release.title,
        date: new Date(`${release.date}T00:00:00Z`),
        datePrecision: release.datePrecision,
      })),
    ),
  });

  await tx.alias.createMany({
    data: created.flatMap(({ id, film }) => film.aliases.map((name) => ({ filmId: id, name }))),
  });

  // The film's history: one approved revision per imported section, numbered 1..n per film.
  await tx.revision.createMany({
    data: created.flatMap(({ id, film }) =>
      film.history.map((section, index) => ({
        entityType: "FILM" as const,
        entityId: id,
        filmId: id,
        section,
        number: index + 1,
        before: {},
        after: sectionSnapshot(film, section, {
          credits: credits.filter((credit) => credit.filmId === id),
          segments: segments.filter((segment) => segment.filmId === id),
        }),
        summary: SEED_REVISION_SUMMARY,
        proposerId: editor.id,
        approverId: null,
      })),
    ),
  });

  return inserted.length;
}

interface SnapshotRows {
  credits: {
    position: number;
    person: { id: number; name: string };
    role: { id: number; name: string };
    segment: { id: number; title: string } | null;
    note: string;
  }[];
  segments: { id: number; position: number }[];
}

/** A section's content after the import, as a revision's `after`: always an object of fields. */
function sectionSnapshot(film: FilmSeed, section: FilmSection, rows: SnapshotRows): Prisma.InputJsonObject {
  switch (section) {
    case "description":
      return { deck: film.deck, description: film.description };
    case "general":
      return {
        releases: film.releases.map((release, index) => ({
          position: index + 1,
          ...release,
        })),
        contentRating: film.contentRating,
        runtimeMinutes: film.runtimeMinutes,
      };
    case "credits":
      return {
        credits: rows.credits.map((credit) => ({
          position: credit.position,
          personId: credit.person.id,
          person: credit.person.name,
          roleId: credit.role.id,
          role: credit.role.name,
          segmentId: credit.segment?.id ?? null,
          segment: credit.segment?.title ?? null,
          note: credit.note,
        })),
      };
    case "segments":
      return {
        segments: film.segments.map((segment, index) => ({
          id: rows.segments.find((row) => row.position === index + 1)?.id ?? null,
          position: index + 1,
          ...segment,
        })),
      };
    case "aliases":
      return { aliases: film.aliases };
  }
}

/** Inserts the missing lists with their items and likes; returns how many lists it inserted. */
async function insertLists(tx: Tx): Promise<number> {
  const users = await tx.user.findMany({
    where: { username: { in: communityUsers.map((user) => user.username) } },
    select: { id: true, username: true },
  });
  const films = await tx.film.findMany({
    where: { slug: { in: seedFilms.map((film) => film.slug) } },
    select: { id: true, slug: true },
  });
  const userId = new Map(users.map((user) => [user.username, user.id]));
  const filmId = new Map(films.map((film) => [film.slug, film.id]));

  const wanted = lists.map((list) => ({
    ...list,
    ownerId: need(userId, list.owner, "user"),
  }));
  const existing = await tx.list.findMany({
    where: { OR: wanted.map(({ ownerId, title }) => ({ ownerId, title })) },
    select: { ownerId: true, title: true },
  });
  const present = new Set(existing.map((list) => `${list.ownerId}:${list.title}`));
  const missing = wanted.filter((list) => !present.has(`${list.ownerId}:${list.title}`));
  if (missing.length === 0) return 0;

  const inserted = await tx.list.createManyAndReturn({
    data: missing.map(({ ownerId, title, description }) => ({
      ownerId,
      title,
      description,
      ranked: true,
      visibility: "PUBLIC" as const,
    })),
    select: { id: true, ownerId: true, title: true },
  });
  const listId = new Map(inserted.map((list) => [`${list.ownerId}:${list.title}`, list.id]));
  const created = missing.map((list) => ({
    ...list,
    id: need(listId, `${list.ownerId}:${list.title}`, "list"),
  }));

  await tx.listItem.createMany({
    data: created.flatMap((list) =>
      list.films.map((slug, index) => ({
        listId: list.id,
        filmId: need(filmId, slug, "film"),
        position: index + 1,
      })),
    ),
  });
  await tx.listLike.createMany({
    data: created.flatMap((list) =>
      list.likedBy.map((username) => ({
        listId: list.id,
        userId: need(userId, username, "user"),
      })),
    ),
  });
  return inserted.length;
}

function earliestYear(releases: readonly ReleaseSeed[]): number | null {
  const years = releases.map((release) => Number(release.date.slice(0, 4)));
  return years.length === 0 ? null : Math.min(...years);
}

function need<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: no ${what} "${String(key)}" in the database`);
  return value;
}

const WIKI_LINK = /\[\[(\w+):([^\]|]+)(?:\|[^\]]*)?\]\]/g;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Fails before touching the database when the seed's data contradicts itself. */
export function checkSeedData(): void {
  const problems: string[] = [];
  const filmSlugs = new Set(seedFilms.map((film) => film.slug));
  const personSlugs = new Set(people.map((person) => slugify(person.name)));
  const roles = new Set(CREDIT_ROLES);
  const usernames = new Set(communityUsers.map((user) => user.username));

  if (filmSlugs.size !== seedFilms.length) problems.push("duplicate film slugs");
  if (personSlugs.size !== people.length) problems.push("duplicate person slugs");
  if (!usernames.has(SEED_EDITOR)) problems.push(`unknown seed editor ${SEED_EDITOR}`);

  const checkLinks = (where: string, markdown: string) => {
    for (const [, kind, slug] of markdown.matchAll(WIKI_LINK)) {
      const known = kind === "film" ? filmSlugs : kind === "person" ? personSlugs : new Set<string>();
      if (!slug || !known.has(slug)) problems.push(`${where}: broken wiki link ${kind}:${slug}`);
    }
  };

  for (const film of seedFilms) {
    const where = `film ${film.slug}`;
    checkLinks(where, film.description);
    if (film.releases.length === 0) problems.push(`${where}: no release, so no year`);
    for (const release of film.releases) {
      if (!ISO_DATE.test(release.date)) problems.push(`${where}: bad release date ${release.date}`);
      if (release.datePrecision === "YEAR" && !release.date.endsWith("-01-01"))
        problems.push(`${where}: a YEAR release must be dated January 1st`);
    }
    for (const credit of film.credits) {
      if (!personSlugs.has(credit.person)) problems.push(`${where}: unknown person ${credit.person}`);
      if (!roles.has(credit.role)) problems.push(`${where}: unknown role ${credit.role}`);
      if (credit.segment !== null && !(credit.segment >= 1 && credit.segment <= film.segments.length))
        problems.push(`${where}: no segment ${credit.segment}`);
    }
    if (new Set(film.aliases).size !== film.aliases.length) problems.push(`${where}: duplicate aliases`);
    if (new Set(film.history).size !== film.history.length) problems.push(`${where}: duplicate history sections`);
  }
  for (const person of people) checkLinks(`person ${slugify(person.name)}`, person.bio);
  for (const list of lists) {
    const where = `list "${list.title}"`;
    if (!usernames.has(list.owner)) problems.push(`${where}: unknown owner ${list.owner}`);
    if (new Set(list.films).size !== list.films.length) problems.push(`${where}: a film twice`);
    for (const slug of list.films) if (!filmSlugs.has(slug)) problems.push(`${where}: unknown film ${slug}`);
    for (const liker of list.likedBy) {
      if (!usernames.has(liker) || liker === list.owner) problems.push(`${where}: bad liker ${liker}`);
    }
  }
  if (problems.length > 0) throw new Error(`Seed data is inconsistent: ${problems.join("; ")}`);
}
