import type { PrismaClient } from "../../lib/generated/prisma/client";
import { slugify } from "../../lib/format/slug";
import { nameKeysOf } from "../../lib/users/names";
import { checkSeedData } from "./check-seed-data";
import { communityUsers } from "./community";
import { hashDevelopmentUsers } from "./hash-development-users";
import { insertFilms } from "./insert-films";
import { insertLists } from "./insert-lists";
import { CREDIT_ROLES, people } from "./people";
import { studios } from "./studios";

export { checkSeedData } from "./check-seed-data";
export { seedFilms } from "./films";

// Idempotence: the seed only ever inserts what is missing and never updates.
// - Rows with a unique key (credit roles, people, studios, users, films) are inserted with
//   `skipDuplicates`; a row that exists is left exactly as it is, so a re-run cannot overwrite
//   what the wiki's editors changed since.
// - A film's child rows (segments, credits, releases, aliases, revisions) are inserted only in
//   the run that inserts the film, and a list's items and likes only with the list (a list is
//   known by its owner and title). A second run therefore inserts nothing at all.

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
    studios: number;
    users: number;
    films: number;
    lists: number;
  };
}

/** True while the database holds no film. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.film.findFirst({ select: { id: true } })) === null;
}

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  checkSeedData();
  // Hashing is slow (scrypt), so it happens before the transaction and only for missing users.
  const developmentRows = options.developmentUsers ? await hashDevelopmentUsers(prisma) : [];

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
      const studioRows = await tx.studio.createMany({ data: studios, skipDuplicates: true });
      const userRows = [...communityUsers.map((user) => ({ ...user, passwordHash: null })), ...developmentRows];
      const users = await tx.user.createMany({ data: userRows, skipDuplicates: true });
      // Their names, folded, as registration holds them (lib/users/name-keys.ts).
      const seeded = await tx.user.findMany({
        where: { username: { in: userRows.map((user) => user.username) } },
        select: { id: true, username: true, displayName: true },
      });
      await tx.userNameKey.createMany({
        data: seeded.flatMap((user) =>
          nameKeysOf(user.username, user.displayName).map((key) => ({ key, userId: user.id })),
        ),
        skipDuplicates: true,
      });
      return {
        creditRoles: creditRoles.count,
        people: persons.count,
        studios: studioRows.count,
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
