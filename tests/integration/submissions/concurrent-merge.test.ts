import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { Conflicts } from "@/lib/submissions/change-set";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { approveTogether } from "./approve-together";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>> & { second: Actor };
const films: Record<string, number> = {};

beforeAll(async () => {
  const prisma = database.prisma;
  const seeded = await seededActors(prisma);
  const second = await prisma.user.create({
    data: { username: "second-editor", displayName: "Second Editor", role: "USER" },
    select: { id: true, role: true },
  });
  actors = { ...seeded, second };
  for (const slug of ["roujin-z", "memories", "akira", "steamboy", "darker-than-black", "neo-tokyo", "canaan"]) {
    films[slug] = (await prisma.film.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
});

type Values = Record<string, unknown>;
type Credit = { person: string; role: string; segment: string; note: string };

const credit = (person: string, role: string, note = ""): Credit => ({ person, role, segment: "", note });

/** What the section holds now, as its form would start from it. */
const valuesOf = async (filmId: number, section: string) =>
  (await getSectionForEditing(filmId, section))!.values as Values;

/**
 * Two editors open the same section, each changes it their own way, both submit on the same base,
 * and two moderators approve both at once.
 */
async function editTogether(
  slug: string,
  section: string,
  first: (values: Values) => Values,
  second: (values: Values) => Values,
) {
  const filmId = films[slug]!;
  const opened = await valuesOf(filmId, section);
  const submissions = [
    await submitSection(actors.editor, filmId, section, first(structuredClone(opened))),
    await submitSection(actors.second, filmId, section, second(structuredClone(opened))),
  ];
  expect(submissions.map((submission) => submission.status)).toEqual(["PENDING", "PENDING"]);
  const statuses = await approveTogether(database, filmId, [
    { reviewer: actors.moderator, submissionId: submissions[0]!.id },
    { reviewer: actors.admin, submissionId: submissions[1]!.id },
  ]);
  return { filmId, opened, statuses, submissions };
}

const creditsOf = async (filmId: number) => (await valuesOf(filmId, "credits")).credits as Credit[];
const sorted = (credits: Credit[]) => credits.map((row) => `${row.person}/${row.role}/${row.note}`).sort();

/** The stored conflict of whichever submission lost the race. */
async function conflictOf(submissions: { id: number }[], statuses: string[]) {
  const loser = submissions[statuses.indexOf("CONFLICT")]!;
  return (await database.prisma.submission.findUniqueOrThrow({ where: { id: loser.id } })).conflict as Conflicts;
}

describe("two approvals at once of edits that do not overlap", () => {
  it("keeps two batches of new credits", async () => {
    const { filmId, opened, statuses } = await editTogether(
      "roujin-z",
      "credits",
      ({ credits }) => ({
        credits: [...(credits as Credit[]), credit("koji-morimoto", "Director"), credit("yoko-kanno", "Producer")],
      }),
      ({ credits }) => ({
        credits: [
          ...(credits as Credit[]),
          credit("tensai-okamura", "Key Animator"),
          credit("masahiro-ando", "Art Director"),
        ],
      }),
    );
    expect(statuses).toEqual(["APPROVED", "APPROVED"]);
    expect(sorted(await creditsOf(filmId))).toEqual(
      sorted([
        ...(opened.credits as Credit[]),
        credit("koji-morimoto", "Director"),
        credit("yoko-kanno", "Producer"),
        credit("tensai-okamura", "Key Animator"),
        credit("masahiro-ando", "Art Director"),
      ]),
    );
  });

  it("keeps one editor's new note on a credit and the other's new credit", async () => {
    const { filmId, statuses } = await editTogether(
      "akira",
      "credits",
      ({ credits }) => ({
        credits: (credits as Credit[]).map((row) =>
          row.role === "Director" ? { ...row, note: "Also storyboards." } : row,
        ),
      }),
      ({ credits }) => ({ credits: [...(credits as Credit[]), credit("koji-morimoto", "Animation Director")] }),
    );
    expect(statuses).toEqual(["APPROVED", "APPROVED"]);
    expect(await creditsOf(filmId)).toEqual([
      credit("katsuhiro-otomo", "Original Creator"),
      credit("katsuhiro-otomo", "Director", "Also storyboards."),
      credit("koji-morimoto", "Animation Director"),
    ]);
  });

  it("keeps two editors' changes to different paragraphs of a description", async () => {
    const { filmId, opened, statuses } = await editTogether(
      "memories",
      "description",
      (values) => ({
        ...values,
        description: (values.description as string).replace("An anthology film", "An anthology"),
      }),
      (values) => ({ ...values, description: `${values.description as string}\n\nA fourth paragraph, appended.` }),
    );
    expect(statuses).toEqual(["APPROVED", "APPROVED"]);
    const now = (await valuesOf(filmId, "description")).description as string;
    expect(now).toBe(
      `${(opened.description as string).replace("An anthology film", "An anthology")}\n\nA fourth paragraph, appended.`,
    );
  });

  it("keeps the titles both editors added", async () => {
    const english = (title: string) => ({ title, language: "en", kind: "SYNONYM" });
    const { filmId, statuses } = await editTogether(
      "neo-tokyo",
      "aliases",
      ({ aliases }) => ({ aliases: [...(aliases as unknown[]), english("Labyrinth Tales")] }),
      ({ aliases }) => ({ aliases: [...(aliases as unknown[]), english("Labyrinth Stories")] }),
    );
    expect(statuses).toEqual(["APPROVED", "APPROVED"]);
    const titles = (await valuesOf(filmId, "aliases")).aliases as { title: string }[];
    expect(titles.map((alias) => alias.title).toSorted()).toEqual([
      "Labyrinth Stories",
      "Labyrinth Tales",
      "Manie-Manie",
      "Meikyū Monogatari",
    ]);
  });

  it("keeps the releases both editors added, and one's runtime", async () => {
    const release = (region: string) => ({ region, title: "Canaan", date: "2010" });
    const { filmId, statuses } = await editTogether(
      "canaan",
      "general",
      (values) => ({ ...values, releases: [...(values.releases as unknown[]), release("US")], runtimeMinutes: 24 }),
      (values) => ({ ...values, releases: [...(values.releases as unknown[]), release("FR")] }),
    );
    expect(statuses).toEqual(["APPROVED", "APPROVED"]);
    const now = await valuesOf(filmId, "general");
    expect((now.releases as { region: string }[]).map((row) => row.region).toSorted()).toEqual(["FR", "JP", "US"]);
    expect(now.runtimeMinutes).toBe(24);
  });

  it("keeps one editor's change to a segment and the other's new segment", async () => {
    type Segment = { id: number | null; title: string; synopsis: string };
    const { filmId, statuses } = await editTogether(
      "memories",
      "segments",
      ({ segments }) => ({
        segments: (segments as Segment[]).map((row, index) => (index === 0 ? { ...row, synopsis: "Shorter." } : row)),
      }),
      ({ segments }) => ({
        segments: [
          ...(segments as Segment[]),
          { id: null, title: "Epilogue", nativeTitle: "", synopsis: "", runtimeMinutes: null },
        ],
      }),
    );
    expect(statuses).toEqual(["APPROVED", "APPROVED"]);
    const now = (await valuesOf(filmId, "segments")).segments as Segment[];
    expect(now.map((row) => row.title)).toEqual(["Magnetic Rose", "Stink Bomb", "Cannon Fodder", "Epilogue"]);
    expect(now[0]!.synopsis).toBe("Shorter.");
  });
});

describe("two approvals at once of edits that clash", () => {
  it("stops at the one credit both changed differently, naming only it, and writes nothing of the second", async () => {
    const director = credit("katsuhiro-otomo", "Director");
    const { filmId, statuses, submissions } = await editTogether(
      "steamboy",
      "credits",
      () => ({ credits: [{ ...director, note: "First editor's note." }, credit("yoko-kanno", "Producer")] }),
      () => ({ credits: [{ ...director, note: "Second editor's note." }] }),
    );
    expect(statuses.toSorted()).toEqual(["APPROVED", "CONFLICT"]);
    const firstWon = statuses[0] === "APPROVED";
    const mine = { ...director, note: "First editor's note." };
    const theirs = { ...director, note: "Second editor's note." };
    expect(await creditsOf(filmId)).toEqual(firstWon ? [mine, credit("yoko-kanno", "Producer")] : [theirs]);
    const conflict = await conflictOf(submissions, statuses);
    expect(Object.keys(conflict)).toEqual(["credits"]);
    expect(conflict.credits!.parts).toEqual([
      { base: director, current: firstWon ? mine : theirs, proposed: firstWon ? theirs : mine },
    ]);
  });

  it("stops at a credit one editor removed and the other changed", async () => {
    const director = credit("tensai-okamura", "Director");
    const changed = { ...director, note: "Series director." };
    const { filmId, statuses, submissions } = await editTogether(
      "darker-than-black",
      "credits",
      () => ({ credits: [] }),
      () => ({ credits: [changed] }),
    );
    expect(statuses.toSorted()).toEqual(["APPROVED", "CONFLICT"]);
    const removedFirst = statuses[0] === "APPROVED";
    expect(await creditsOf(filmId)).toEqual(removedFirst ? [] : [changed]);
    expect((await conflictOf(submissions, statuses)).credits!.parts).toEqual([
      removedFirst
        ? { base: director, current: null, proposed: changed }
        : { base: director, current: changed, proposed: null },
    ]);
  });

  it("stops at the paragraph both changed differently", async () => {
    const { filmId, opened, statuses, submissions } = await editTogether(
      "memories",
      "description",
      (values) => ({
        ...values,
        description: (values.description as string).replace("Stink Bomb", "Stink Bomb (first)"),
      }),
      (values) => ({
        ...values,
        description: (values.description as string).replace("Stink Bomb", "Stink Bomb (second)"),
      }),
    );
    expect(statuses.toSorted()).toEqual(["APPROVED", "CONFLICT"]);
    const winner = statuses[0] === "APPROVED" ? "first" : "second";
    const now = (await valuesOf(filmId, "description")).description as string;
    expect(now).toBe((opened.description as string).replace("Stink Bomb", `Stink Bomb (${winner})`));
    const parts = (await conflictOf(submissions, statuses)).description!.parts!;
    expect(parts).toHaveLength(1);
    expect(parts[0]!.base).toMatch(/^The second sequence, \*\*Stink Bomb\*\*/);
    expect(parts[0]!.current).toContain(`Stink Bomb (${winner})`);
  });

  it("refuses to add the same new segment twice rather than write two of one title", async () => {
    const epilogue = { id: null, title: "Coda", nativeTitle: "", synopsis: "", runtimeMinutes: null };
    const { filmId, statuses } = await editTogether(
      "memories",
      "segments",
      ({ segments }) => ({ segments: [...(segments as unknown[]), epilogue] }),
      ({ segments }) => ({ segments: [...(segments as unknown[]), { ...epilogue, synopsis: "An ending." }] }),
    );
    expect(statuses.toSorted()).toEqual(["APPROVED", "CONFLICT"]);
    const titles = ((await valuesOf(filmId, "segments")).segments as { title: string }[]).map((row) => row.title);
    expect(titles.filter((title) => title === "Coda")).toHaveLength(1);
  });
});
