import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** A studio with every work that credits it, in one query. */
export const getStudioPage = cache(async (slug: string) =>
  db.studio.findUnique({
    where: { slug },
    select: {
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
    },
  }),
);

export type StudioPage = NonNullable<Awaited<ReturnType<typeof getStudioPage>>>;
