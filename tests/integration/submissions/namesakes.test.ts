import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { SectionFieldErrors } from "@/lib/submissions/errors";
import { getSectionForEditing } from "@/lib/submissions/queries";
import type { CreditChoices } from "@/lib/submissions/sections/credits/schema";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;
let roujinZ: { id: number };

/** Two people called Mika Sato: one who directed Memories, one with no works. */
beforeAll(async () => {
  const { prisma } = database;
  actors = await seededActors(prisma);
  roujinZ = await prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
  const memories = await prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
  const role = await prisma.creditRole.findUniqueOrThrow({ where: { name: "Director" }, select: { id: true } });
  await prisma.person.create({
    data: {
      slug: "mika-sato",
      name: "Mika Sato",
      credits: { create: { filmId: memories.id, roleId: role.id, position: 99 } },
    },
  });
  await prisma.person.create({ data: { slug: "mika-sato-2", name: "Mika Sato" } });
});

async function creditsWith(person: string) {
  const { values } = (await getSectionForEditing(roujinZ.id, "credits"))!;
  const credits = (values as { credits: object[] }).credits;
  return { credits: [...credits, { person, role: "Director", segment: "", note: "" }] };
}

describe("a name several people share", () => {
  it("is refused with each namesake's slug and works, so that the slug can be typed instead", async () => {
    const values = await creditsWith("mika sato");
    const index = values.credits.length - 1;
    const error = await submitSection(actors.editor, roujinZ.id, "credits", values).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SectionFieldErrors);
    expect((error as SectionFieldErrors).fieldErrors[`credits.${index}.person`]).toEqual([
      "Several people are called mika sato. Choose one from the suggestions, or type the slug of the one you mean: " +
        "“mika-sato” (1995 · Memories (1995)) or “mika-sato-2” (No works yet).",
    ]);

    const bySlug = await submitSection(actors.editor, roujinZ.id, "credits", await creditsWith("mika-sato-2"));
    expect(bySlug.status).toBe("PENDING");
  });

  it("shows in the form by name with its works, and says that others share it", async () => {
    const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
    const { choices } = (await getSectionForEditing(memories.id, "credits"))!;
    const people = (choices as CreditChoices).people;
    expect(people.find((person) => person.slug === "mika-sato")).toEqual({
      type: "person",
      slug: "mika-sato",
      name: "Mika Sato",
      nativeName: null,
      year: null,
      format: null,
      activeYears: { from: 1995, to: 1995 },
      works: [{ slug: "memories", title: "Memories", year: 1995 }],
      workCount: 1,
      nameShared: true,
    } satisfies NamedEntry);
    expect(people.find((person) => person.slug === "katsuhiro-otomo")).toMatchObject({ nameShared: false });
    // Only the people the form names, never the whole table.
    expect(people.length).toBeLessThan(await database.prisma.person.count());
  });
});

describe("a title several films share", () => {
  it("is refused with each film's slug, format and year", async () => {
    await database.prisma.film.createMany({
      data: [
        { slug: "harbour-lights", title: "Harbour Lights", year: 1987 },
        { slug: "harbour-lights-2", title: "Harbour Lights", year: 2003, format: "TV" },
      ],
    });
    const error = await submitSection(actors.editor, roujinZ.id, "relations", {
      relations: [{ kind: "SIMILAR", film: "Harbour Lights" }],
    }).catch((caught: unknown) => caught);
    expect((error as SectionFieldErrors).fieldErrors["relations.0.film"]).toEqual([
      "Several films are called “Harbour Lights”. Choose one from the suggestions, or type the slug of the one you mean: " +
        "“harbour-lights” (Film · 1987) or “harbour-lights-2” (TV series · 2003).",
    ]);
  });
});
