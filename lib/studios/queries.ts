import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything the page (and its JSON) reads; the dump reads the same for many at once. */
export const studioPageSelect = {
  id: true,
  slug: true,
  name: true,
  nativeName: true,
  deck: true,
  description: true,
  updatedAt: true,
  companies: {
    orderBy: [{ film: { year: "asc" } }, { film: { title: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      role: true,
      region: true,
      segment: { select: { title: true } },
      episode: { select: { kind: true, number: true } },
      film: { select: { slug: true, title: true, year: true, format: true } },
    },
  },
} satisfies Prisma.StudioSelect;

/** A studio with every work that credits it, in one query. */
export const getStudioPage = cache(async (slug: string) =>
  db.studio.findUnique({ where: { slug }, select: studioPageSelect }),
);

export type StudioPage = NonNullable<Awaited<ReturnType<typeof getStudioPage>>>;
