import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;
let memories: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
});

type Voice = { person: string; newPerson?: boolean; language: string };

const row = (character: string, segment: string, voices: Voice[]) => ({
  character,
  newCharacter: true,
  prominence: "MAIN",
  segment,
  voices,
});

describe("voice rows naming a new person", () => {
  it("creates the person once for several rows, and each character's voice links to them", async () => {
    const [magneticRose, stinkBomb] = await database.prisma.segment.findMany({
      where: { filmId: memories.id },
      orderBy: { position: "asc" },
      select: { title: true },
    });
    const submission = await submitSection(actors.editor, memories.id, "characters", {
      characters: [
        row("Heintz", magneticRose!.title, [{ person: "Voice Newcomer", newPerson: true, language: "ja" }]),
        row("Nobuo", stinkBomb!.title, [{ person: "voice newcomer", newPerson: true, language: "ja" }]),
      ],
    });
    expect(submission.status).toBe("PENDING");
    expect(
      await database.prisma.person.count({ where: { name: { equals: "Voice Newcomer", mode: "insensitive" } } }),
    ).toBe(0);

    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const people = await database.prisma.person.findMany({
      where: { name: { equals: "Voice Newcomer", mode: "insensitive" } },
      select: { id: true, slug: true, name: true },
    });
    expect(people).toEqual([{ id: expect.any(Number), slug: "voice-newcomer", name: "Voice Newcomer" }]);
    const voices = await database.prisma.voiceCredit.findMany({
      where: { appearance: { filmId: memories.id } },
      orderBy: { id: "asc" },
      select: { personId: true, language: true, appearance: { select: { character: { select: { name: true } } } } },
    });
    expect(voices).toEqual([
      { personId: people[0]!.id, language: "ja", appearance: { character: { name: "Heintz" } } },
      { personId: people[0]!.id, language: "ja", appearance: { character: { name: "Nobuo" } } },
    ]);
  });

  it("refuses a new voice actor who already exists, and an unknown one without the box", async () => {
    await database.prisma.person.create({ data: { slug: "already-here", name: "Already Here" } });
    const attempt = submitSection(actors.editor, memories.id, "characters", {
      characters: [
        row("Margaret", "", [
          { person: "Already Here", newPerson: true, language: "ja" },
          { person: "Nobody Atall", language: "en" },
        ]),
      ],
    });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: {
        "characters.0.voices.0.person": [
          "There is already a person called Already Here (already-here). Untick “New person” to use them.",
        ],
        "characters.0.voices.1.person": [
          "No person called Nobody Atall. Choose someone from the list, or tick “New person” to add them.",
        ],
      },
    });
  });
});
