import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { getFilmPage } from "@/lib/films/queries";
import { getPersonPage } from "@/lib/people/queries";
import { SectionFieldErrors } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;
let roujinZ: { id: number };
let memories: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  roujinZ = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
  memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
});

type Credit = { person: string; newPerson?: boolean; role: string; segment?: string; note?: string };

/** The film's credits as its form shows them, with the given ones added after. */
async function withAdded(filmId: number, added: Credit[]) {
  const { values } = (await getSectionForEditing(filmId, "credits"))!;
  return {
    credits: [
      ...(values as { credits: Credit[] }).credits,
      ...added.map(({ segment = "", note = "", ...credit }) => ({ ...credit, segment, note })),
    ],
  };
}

const edit = async (actor: Actor, filmId: number, added: Credit[]) =>
  submitSection(actor, filmId, "credits", await withAdded(filmId, added));

const creditsOf = (filmId: number) =>
  database.prisma.credit.findMany({
    where: { filmId },
    orderBy: { position: "asc" },
    select: { personId: true, role: { select: { name: true } }, segment: { select: { title: true } } },
  });

/** The messages a refused edit carries, and proof that nothing was saved. */
async function refusal(attempt: Promise<unknown>) {
  const submissions = await database.prisma.submission.count();
  const people = await database.prisma.person.count();
  const error = await attempt.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SectionFieldErrors);
  expect(await database.prisma.submission.count()).toBe(submissions);
  expect(await database.prisma.person.count()).toBe(people);
  return (error as SectionFieldErrors).fieldErrors;
}

describe("credits naming a new person", () => {
  it("creates the person once a moderator approves, and the credit points at them", async () => {
    const submission = await edit(actors.editor, roujinZ.id, [
      { person: "Hiroyuki Kitakubo", newPerson: true, role: "Director" },
    ]);
    expect(submission.status).toBe("PENDING");
    expect(await database.prisma.person.count({ where: { name: "Hiroyuki Kitakubo" } })).toBe(0);
    const stored = await database.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect((stored.changes as { credits: { after: Credit[] } }).credits.after.at(-1)).toEqual({
      person: "Hiroyuki Kitakubo",
      newPerson: true,
      role: "Director",
      segment: "",
      note: "",
    });

    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const people = await database.prisma.person.findMany({
      where: { name: "Hiroyuki Kitakubo" },
      select: { id: true, slug: true },
    });
    expect(people).toEqual([{ id: expect.any(Number), slug: "hiroyuki-kitakubo" }]);
    expect((await creditsOf(roujinZ.id)).at(-1)).toEqual({
      personId: people[0]!.id,
      role: { name: "Director" },
      segment: null,
    });
    const film = await getFilmPage("roujin-z");
    expect(film?.credits.at(-1)).toMatchObject({
      person: { slug: "hiroyuki-kitakubo", name: "Hiroyuki Kitakubo" },
      role: { name: "Director" },
    });
    const person = await getPersonPage("hiroyuki-kitakubo");
    expect(person?.credits).toEqual([
      expect.objectContaining({
        role: expect.objectContaining({ name: "Director" }),
        film: expect.objectContaining({ slug: "roujin-z" }),
      }),
    ]);
    // The revision holds the credits as read back: the new person by slug, unmarked.
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect((revision.after as { credits: Credit[] }).credits.at(-1)).toEqual({
      person: "hiroyuki-kitakubo",
      role: "Director",
      segment: "",
      note: "",
    });

    // The next edit names them like anyone else; they are not created again.
    await edit(actors.admin, roujinZ.id, [{ person: "Hiroyuki Kitakubo", role: "Writer" }]);
    expect(await database.prisma.person.count({ where: { name: "Hiroyuki Kitakubo" } })).toBe(1);
  });

  it("refuses a new name that already exists, and a name nobody has without the box", async () => {
    const errors = await refusal(
      edit(actors.editor, roujinZ.id, [
        { person: "Satoshi Kon", newPerson: true, role: "Director" },
        { person: "Nobody Atall", role: "Director" },
      ]),
    );
    const first = (await getSectionForEditing(roujinZ.id, "credits"))!.values as { credits: unknown[] };
    const at = first.credits.length;
    expect(errors).toEqual({
      [`credits.${at}.person`]: [
        "There is already a person called Satoshi Kon (satoshi-kon). Untick “New person” to use them.",
      ],
      [`credits.${at + 1}.person`]: [
        "No person called Nobody Atall. Choose someone from the list, or tick “New person” to add them.",
      ],
    });
  });

  it("makes one person of the same new name in several rows, with a free slug", async () => {
    await database.prisma.person.create({ data: { slug: "mao-lee", name: "Mao Lee (another)" } });
    const [magneticRose, stinkBomb] = await database.prisma.segment.findMany({
      where: { filmId: memories.id },
      orderBy: { position: "asc" },
      select: { title: true },
    });
    const submission = await edit(actors.editor, memories.id, [
      { person: "Mao Lee", newPerson: true, role: "Director", segment: magneticRose!.title },
      { person: "mao lee", newPerson: true, role: "Director", segment: stinkBomb!.title },
    ]);
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const created = await database.prisma.person.findMany({
      where: { name: "Mao Lee" },
      select: { id: true, slug: true },
    });
    expect(created).toEqual([{ id: expect.any(Number), slug: "mao-lee-2" }]);
    expect((await creditsOf(memories.id)).slice(-2)).toEqual([
      { personId: created[0]!.id, role: { name: "Director" }, segment: magneticRose },
      { personId: created[0]!.id, role: { name: "Director" }, segment: stinkBomb },
    ]);
  });

  it("never gives a new person the slug the route for proposing people takes", async () => {
    const submission = await edit(actors.admin, roujinZ.id, [{ person: "New", newPerson: true, role: "Writer" }]);
    expect(submission.status).toBe("APPROVED");
    expect(await database.prisma.person.findMany({ where: { name: "New" }, select: { slug: true } })).toEqual([
      { slug: "new-2" },
    ]);
  });

  it("refuses the same new person twice in the same role", async () => {
    const at = ((await getSectionForEditing(roujinZ.id, "credits"))!.values as { credits: unknown[] }).credits.length;
    const errors = await refusal(
      edit(actors.editor, roujinZ.id, [
        { person: "Kei Ishiguro", newPerson: true, role: "Director" },
        { person: "kei ishiguro", newPerson: true, role: "Director" },
      ]),
    );
    expect(errors).toEqual({ [`credits.${at + 1}.person`]: ["kei ishiguro is already credited as Director."] });
  });

  it("takes a person created between the submission and its approval rather than making them twice", async () => {
    const submission = await edit(actors.editor, roujinZ.id, [
      { person: "Tomoko Kawasaki", newPerson: true, role: "Music" },
    ]);
    const meanwhile = await database.prisma.person.create({
      data: { slug: "tomoko-kawasaki", name: "Tomoko Kawasaki" },
      select: { id: true },
    });
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    expect(await database.prisma.person.count({ where: { name: "Tomoko Kawasaki" } })).toBe(1);
    expect((await creditsOf(roujinZ.id)).at(-1)).toEqual({
      personId: meanwhile.id,
      role: { name: "Music" },
      segment: null,
    });
  });
});
