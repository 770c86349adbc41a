import type { Prisma } from "@/lib/generated/prisma/client";

/** What a row of films shows (browsing, search results): enough to recognise a film and open it. */
export const filmRowSelect = {
  id: true,
  slug: true,
  title: true,
  nativeTitle: true,
  romanisedTitle: true,
  year: true,
  format: true,
  deck: true,
  poster: { select: { storageKey: true } },
} satisfies Prisma.FilmSelect;

export type FilmRow = Prisma.FilmGetPayload<{ select: typeof filmRowSelect }>;
