import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything the page (and its JSON) reads; the dump reads the same for many at once. */
export const characterPageSelect = {
  id: true,
  slug: true,
  name: true,
  nativeName: true,
  deck: true,
  description: true,
  updatedAt: true,
  appearances: {
    orderBy: [{ film: { year: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      prominence: true,
      film: { select: { slug: true, title: true, year: true } },
      segment: { select: { title: true } },
      episode: { select: { kind: true, number: true } },
      voiceCredits: {
        orderBy: { language: "asc" },
        select: { id: true, language: true, note: true, person: { select: { slug: true, name: true } } },
      },
    },
  },
} satisfies Prisma.CharacterSelect;

export const getCharacterPage = cache(async (slug: string) =>
  db.character.findUnique({ where: { slug }, select: characterPageSelect }),
);

export type CharacterPage = NonNullable<Awaited<ReturnType<typeof getCharacterPage>>>;
