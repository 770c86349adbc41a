import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { getCharacterPage } from "@/lib/characters/queries";
import { getFilmPage } from "@/lib/films/queries";
import { SectionFieldErrors } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;
let counter: ReturnType<typeof installQueryCounter>;
let akira: { id: number };
let memories: { id: number };

beforeAll(async () => {
  counter = installQueryCounter(database.url);
  actors = await seededActors(database.prisma);
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
  memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
});

type Row = {
  character: string;
  newCharacter?: boolean;
  prominence?: string;
  segment?: string;
  voices?: { person: string; language: string }[];
};

const row = ({ newCharacter = false, prominence = "MAIN", segment = "", voices = [], ...rest }: Row) => ({
  ...rest,
  newCharacter,
  prominence,
  segment,
  voices,
});

const edit = (actor: Actor, filmId: number, rows: Row[]) =>
  submitSection(actor, filmId, "characters", { characters: rows.map(row) });

/** The messages a refused edit carries, and proof that nothing was saved. */
async function refusal(attempt: Promise<unknown>) {
  const submissions = await database.prisma.submission.count();
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SectionFieldErrors);
  expect(await database.prisma.submission.count()).toBe(submissions);
  return (error as SectionFieldErrors).fieldErrors;
}

describe("characters", () => {
  it("adds a new character voiced in two languages once a moderator approves", async () => {
    const submission = await edit(actors.editor, akira.id, [
      {
        character: "Kaneda",
        newCharacter: true,
        voices: [
          { person: "katsuhiro-otomo", language: "ja" },
          { person: "Satoshi Kon", language: "en" },
        ],
      },
    ]);
    expect(submission.status).toBe("PENDING");
    expect(await database.prisma.character.count({ where: { name: "Kaneda" } })).toBe(0);

    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const film = await getFilmPage("akira");
    expect(film?.appearances).toEqual([
      expect.objectContaining({
        prominence: "MAIN",
        segment: null,
        character: expect.objectContaining({ slug: "kaneda", name: "Kaneda" }),
        voiceCredits: [
          expect.objectContaining({ language: "en", person: { slug: "satoshi-kon", name: "Satoshi Kon" } }),
          expect.objectContaining({ language: "ja", person: { slug: "katsuhiro-otomo", name: "Katsuhiro Otomo" } }),
        ],
      }),
    ]);
    const character = await getCharacterPage("kaneda");
    expect(character?.appearances).toEqual([
      expect.objectContaining({
        film: expect.objectContaining({ slug: "akira" }),
        voiceCredits: [
          expect.objectContaining({ language: "en", person: { slug: "satoshi-kon", name: "Satoshi Kon" } }),
          expect.objectContaining({ language: "ja", person: { slug: "katsuhiro-otomo", name: "Katsuhiro Otomo" } }),
        ],
      }),
    ]);
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision.after).toEqual({
      characters: [
        row({
          character: "kaneda",
          voices: [
            { person: "katsuhiro-otomo", language: "ja" },
            { person: "satoshi-kon", language: "en" },
          ],
        }),
      ],
    });

    // The next edit names the character by slug; it is not created again.
    await edit(actors.admin, akira.id, [{ character: "Kaneda", prominence: "SUPPORTING" }]);
    expect(await database.prisma.character.count({ where: { name: "Kaneda" } })).toBe(1);
    expect(await database.prisma.voiceCredit.count({ where: { appearance: { filmId: akira.id } } })).toBe(0);
  });

  it("creates a new character once for several segments, with a free slug, in a fixed number of queries", async () => {
    await database.prisma.character.create({ data: { slug: "heintz", name: "Heintz (another)" } });
    const rows: Row[] = [
      { character: "Heintz", newCharacter: true, segment: "Magnetic Rose" },
      { character: "heintz", newCharacter: true, segment: "Stink Bomb", prominence: "MINOR" },
    ];
    const { queries: few } = await counter.count(() => edit(actors.admin, memories.id, rows));
    expect(few).toBeGreaterThan(5);
    const created = await database.prisma.character.findMany({ where: { name: { equals: "Heintz" } } });
    expect(created.map((character) => character.slug)).toEqual(["heintz-2"]);
    expect(
      await database.prisma.characterAppearance.findMany({
        where: { filmId: memories.id },
        orderBy: { position: "asc" },
        select: { characterId: true, prominence: true, segment: { select: { title: true } } },
      }),
    ).toEqual([
      { characterId: created[0]!.id, prominence: "MAIN", segment: { title: "Magnetic Rose" } },
      { characterId: created[0]!.id, prominence: "MINOR", segment: { title: "Stink Bomb" } },
    ]);

    const many = Array.from({ length: 12 }, (_, index): Row => ({
      character: `Crew member ${index}`,
      newCharacter: true,
      voices: [
        { person: "koji-morimoto", language: "ja" },
        { person: "yoko-kanno", language: "fr" },
      ],
    }));
    const { queries } = await counter.count(() => edit(actors.admin, memories.id, many));
    // Six times the rows, a couple more statements at most (slug checks batch by name).
    expect(queries).toBeLessThanOrEqual(few + 3);
    expect(await database.prisma.voiceCredit.count({ where: { appearance: { filmId: memories.id } } })).toBe(24);
  });

  it("refuses unknown names, repeated characters and repeated voices, beside their inputs", async () => {
    await database.prisma.character.create({ data: { slug: "tetsuo", name: "Tetsuo Shima" } });
    const errors = await refusal(
      edit(actors.editor, memories.id, [
        { character: "Tetsuo Shima", segment: "Magnetic Rose" },
        { character: "tetsuo", segment: "Magnetic Rose" },
        { character: "Nobody Atall" },
        { character: "tetsuo shima", newCharacter: true },
        {
          character: "tetsuo",
          segment: "No Such Story",
          voices: [
            { person: "satoshi-kon", language: "ja" },
            { person: "Satoshi Kon", language: "ja" },
            { person: "Satoshi Kon", language: "en" },
            { person: "Nobody Else", language: "en" },
          ],
        },
      ]),
    );
    expect(errors).toEqual({
      "characters.1.character": ["tetsuo is already listed on Magnetic Rose."],
      "characters.2.character": [
        "No character called Nobody Atall. Choose one from the list, or tick “New character” to add them.",
      ],
      "characters.3.character": [
        "There is already a character called Tetsuo Shima (tetsuo). Untick “New character” to use them.",
      ],
      "characters.4.segment": ["This film has no segment called No Such Story."],
      "characters.4.voices.1.person": ["Satoshi Kon already voices this character in Japanese."],
      "characters.4.voices.3.person": [
        "No person called Nobody Else. Choose someone from the list, or tick “New person” to add them.",
      ],
    });
  });

  it("refuses the same new character twice on the whole film", async () => {
    const errors = await refusal(
      edit(actors.editor, akira.id, [
        { character: "Kei", newCharacter: true },
        { character: "kei", newCharacter: true },
      ]),
    );
    expect(errors).toEqual({ "characters.1.character": ["kei is already listed for the whole work."] });
  });
});
