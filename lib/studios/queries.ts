import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { CompanyRole } from "@/lib/generated/prisma/enums";
import { COMPANY_ROLES } from "@/lib/submissions/sections/companies/schema";

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
          film: { select: { slug: true, title: true, year: true, format: true } },
        },
      },
    },
  }),
);

export type StudioPage = NonNullable<Awaited<ReturnType<typeof getStudioPage>>>;

type Company = { role: CompanyRole };

/** Rows grouped by role, in the roles' order (animation production first); empty roles left out. */
export function companiesByRole<Row extends Company>(rows: readonly Row[]): { role: CompanyRole; rows: Row[] }[] {
  return COMPANY_ROLES.map((role) => ({ role, rows: rows.filter((row) => row.role === role) })).filter(
    (group) => group.rows.length > 0,
  );
}
