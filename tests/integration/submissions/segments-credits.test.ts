import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { SectionFieldErrors } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitFilmEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
const actors: Record<"editor" | "moderator" | "admin", Actor> = {} as never;
let memories: { id: number };
let roujinZ: { id: number };

beforeAll(async () => {
  const prisma = database.prisma;
  for (const username of ["editor", "moderator", "admin"] as const) {
    actors[username] = await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true } });
  }
  memories = await prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
  roujinZ = await prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
});

/** An edit of one section as its form would send it, based on the newest revision. */
async function edit(actor: Actor, filmId: number, section: "segments" | "credits", values: Record<string, unknown>) {
  const editing = await getSectionForEditing(filmId, section);
  return submitFilmEdit(actor, {
    filmId,
    section,
    values,
    meta: { summary: `Edit ${section}`, source: "", baseRevisionId: editing!.baseRevisionId },
  });
}

const segmentsOf = (filmId: number) =>
  database.prisma.segment.findMany({
    where: { filmId },
    orderBy: { position: "asc" },
    select: { id: true, position: true, title: true, runtimeMinutes: true },
  });

const creditsOf = (filmId: number) =>
  database.prisma.credit.findMany({
    where: { filmId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      note: true,
      segmentId: true,
      person: { select: { slug: true } },
      role: { select: { name: true } },
    },
  });

/** The error a refused edit carries, and proof that nothing was saved. */
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

describe("segments", () => {
  it("adds, renames, reorders and removes segments, and credits keep pointing at the kept ones", async () => {
    const [magneticRose, stinkBomb, cannonFodder] = await segmentsOf(memories.id);
    const creditsBefore = await database.prisma.credit.findMany({
      where: { filmId: memories.id, segmentId: { not: null } },
      select: { id: true, segmentId: true },
    });
    const onStinkBomb = creditsBefore.filter((credit) => credit.segmentId === stinkBomb!.id).map((credit) => credit.id);
    const onMagneticRose = creditsBefore
      .filter((credit) => credit.segmentId === magneticRose!.id)
      .map((credit) => credit.id);
    expect(onStinkBomb.length).toBeGreaterThan(0);
    expect(onMagneticRose.length).toBeGreaterThan(0);

    const { values } = (await getSectionForEditing(memories.id, "segments"))!;
    const current = (values as { segments: { id: number; title: string }[] }).segments;
    const byId = (id: number) => current.find((segment) => segment.id === id)!;
    const submission = await edit(actors.admin, memories.id, "segments", {
      segments: [
        byId(cannonFodder!.id),
        { ...byId(stinkBomb!.id), title: "Stink Bomb (renamed)", runtimeMinutes: 41 },
        { id: null, title: "A New Story", nativeTitle: "", synopsis: "Added.", runtimeMinutes: null },
      ],
    });
    expect(submission.status).toBe("APPROVED");

    expect(await segmentsOf(memories.id)).toEqual([
      { id: cannonFodder!.id, position: 1, title: "Cannon Fodder", runtimeMinutes: cannonFodder!.runtimeMinutes },
      { id: stinkBomb!.id, position: 2, title: "Stink Bomb (renamed)", runtimeMinutes: 41 },
      { id: expect.any(Number), position: 3, title: "A New Story", runtimeMinutes: null },
    ]);
    const creditsAfter = await database.prisma.credit.findMany({
      where: { id: { in: [...onStinkBomb, ...onMagneticRose] } },
      select: { id: true, segmentId: true },
    });
    for (const credit of creditsAfter) {
      expect(credit.segmentId).toBe(onStinkBomb.includes(credit.id) ? stinkBomb!.id : null);
    }
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect((revision.after as { segments: { title: string }[] }).segments.map((segment) => segment.title)).toEqual([
      "Cannon Fodder",
      "Stink Bomb (renamed)",
      "A New Story",
    ]);
  });

  it("refuses a segment id of another film and saves nothing", async () => {
    const [elsewhere] = await segmentsOf(memories.id);
    const before = await segmentsOf(roujinZ.id);
    const errors = await refusal(
      edit(actors.admin, roujinZ.id, "segments", {
        segments: [{ id: elsewhere!.id, title: "Stolen", nativeTitle: "", synopsis: "", runtimeMinutes: null }],
      }),
    );
    expect(Object.keys(errors)).toEqual(["segments.0.id"]);
    expect(await segmentsOf(roujinZ.id)).toEqual(before);
    expect(await segmentsOf(memories.id)).toContainEqual(expect.objectContaining({ id: elsewhere!.id }));
  });
});

describe("credits", () => {
  it("replaces a film's credits in order once a moderator approves, storing people by slug", async () => {
    const submission = await edit(actors.editor, roujinZ.id, "credits", {
      credits: [
        { person: "Satoshi Kon", role: "Writer", segment: "", note: "Art design" },
        { person: "katsuhiro-otomo", role: "Writer", segment: "", note: "" },
      ],
    });
    expect(submission.status).toBe("PENDING");
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(
      (stored.changes as { credits: { after: { person: string }[] } }).credits.after.map((credit) => credit.person),
    ).toEqual(["satoshi-kon", "katsuhiro-otomo"]);

    const outcome = await approveSubmission(actors.moderator, submission.id);
    expect(outcome.status).toBe("APPROVED");
    expect(await creditsOf(roujinZ.id)).toEqual([
      { position: 1, note: "Art design", segmentId: null, person: { slug: "satoshi-kon" }, role: { name: "Writer" } },
      { position: 2, note: "", segmentId: null, person: { slug: "katsuhiro-otomo" }, role: { name: "Writer" } },
    ]);
  });

  it("credits a segment by its title", async () => {
    const [first] = await segmentsOf(memories.id);
    const { values } = (await getSectionForEditing(memories.id, "credits"))!;
    const current = (values as { credits: unknown[] }).credits;
    await edit(actors.admin, memories.id, "credits", {
      credits: [...current, { person: "yoko-kanno", role: "Music", segment: first!.title, note: "" }],
    });
    const credits = await creditsOf(memories.id);
    expect(credits).toHaveLength(current.length + 1);
    expect(credits.at(-1)).toMatchObject({
      segmentId: first!.id,
      person: { slug: "yoko-kanno" },
      position: credits.length,
    });
  });

  it("refuses unknown people, roles and segments and duplicate credits beside their rows", async () => {
    const before = await creditsOf(roujinZ.id);
    const errors = await refusal(
      edit(actors.admin, roujinZ.id, "credits", {
        credits: [
          { person: "satoshi-kon", role: "Writer", segment: "", note: "" },
          { person: "Nobody Atall", role: "Writer", segment: "", note: "" },
          { person: "satoshi-kon", role: "Catering", segment: "", note: "" },
          { person: "satoshi-kon", role: "Director", segment: "No Such Story", note: "" },
          { person: "Satoshi Kon", role: "Writer", segment: "", note: "Twice" },
        ],
      }),
    );
    expect(errors).toEqual({
      "credits.1.person": [expect.stringMatching(/^No person called Nobody Atall\./)],
      "credits.2.role": [expect.stringContaining("Catering is not a credit role")],
      "credits.3.segment": [expect.stringContaining("No Such Story")],
      "credits.4.person": [expect.stringContaining("Satoshi Kon is already credited as Writer")],
    });
    expect(await creditsOf(roujinZ.id)).toEqual(before);
  });
});
