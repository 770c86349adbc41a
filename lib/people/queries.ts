import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything the page (and its JSON) reads; the dump reads the same for many at once. */
export const personPageSelect = {
  id: true,
  slug: true,
  name: true,
  nativeName: true,
  deck: true,
  bio: true,
  updatedAt: true,
  credits: {
    orderBy: [{ film: { year: "asc" } }, { film: { title: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      note: true,
      role: { select: { name: true, position: true } },
      segment: { select: { title: true } },
      episode: { select: { kind: true, number: true } },
      film: { select: { slug: true, title: true, year: true } },
    },
  },
  voiceCredits: {
    orderBy: [{ appearance: { film: { year: "asc" } } }, { id: "asc" }],
    select: {
      id: true,
      language: true,
      note: true,
      appearance: {
        select: {
          character: { select: { slug: true, name: true } },
          film: { select: { slug: true, title: true, year: true } },
        },
      },
    },
  },
} satisfies Prisma.PersonSelect;

/** A person with every credit and voice role, in a fixed number of queries. */
export const getPersonPage = cache(async (slug: string) =>
  db.person.findUnique({ where: { slug }, select: personPageSelect }),
);

export type PersonPage = NonNullable<Awaited<ReturnType<typeof getPersonPage>>>;

/** Credits grouped by role, roles in the vocabulary's order. */
export function creditsByRole(credits: PersonPage["credits"]) {
  const groups = new Map<string, { role: string; position: number; credits: PersonPage["credits"] }>();
  for (const credit of credits) {
    const group = groups.get(credit.role.name) ?? {
      role: credit.role.name,
      position: credit.role.position,
      credits: [],
    };
    group.credits.push(credit);
    groups.set(credit.role.name, group);
  }
  return [...groups.values()].sort((a, b) => a.position - b.position || a.role.localeCompare(b.role));
}
