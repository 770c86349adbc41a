import type { Actor } from "@/lib/auth/policy";
import { submitFilmEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { sectionOf } from "@/lib/submissions/sections";
import type { PrismaClient } from "@/lib/prisma-client";

/** The dev users the seed creates, by username. */
export async function seededActors(prisma: PrismaClient) {
  const actors = {} as Record<"editor" | "moderator" | "admin", Actor>;
  for (const username of ["editor", "moderator", "admin"] as const) {
    actors[username] = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  }
  return actors;
}

/** An edit of one section as its action passes it on: parsed by the schema, on the newest revision. */
export async function submitSection(actor: Actor, filmId: number, section: string, values: Record<string, unknown>) {
  const editing = await getSectionForEditing(filmId, section);
  return submitFilmEdit(actor, {
    filmId,
    section,
    values: sectionOf(section).schema.parse(values),
    meta: { summary: `Edit ${section}`, source: "", baseRevisionId: editing!.baseRevisionId },
  });
}
