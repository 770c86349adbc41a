import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { getSubmissionForAmending } from "@/lib/submissions/amend-queries";
import { amendSubmission } from "@/lib/submissions/mutations/author-submission";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitFilmEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { sectionOf } from "@/lib/submissions/sections";
import type { CreditValue } from "@/lib/submissions/sections/credits/schema";
import { withTestDatabase } from "../../support/test-database";
import { seededActors } from "./film-edit";

const database = withTestDatabase();
let actors: Record<"editor" | "moderator" | "admin", Actor>;
let akira: { id: number };
let roujinZ: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
  roujinZ = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
});

type Form = { values: Record<string, unknown>; baseRevisionId: number | null };

/** Opens a section's edit form, as both editors do before either saves. */
async function openForm(filmId: number, section: string): Promise<Form> {
  const editing = await getSectionForEditing(filmId, section);
  return { values: editing!.values, baseRevisionId: editing!.baseRevisionId };
}

/** Saves an edit from a form opened earlier; the admin's edits apply at once. */
function save(actor: Actor, filmId: number, section: string, form: Form, changes: Record<string, unknown>) {
  return submitFilmEdit(actor, {
    filmId,
    section,
    values: sectionOf(section).schema.parse({ ...form.values, ...changes }),
    meta: { summary: `Edit ${section}`, source: "", baseRevisionId: form.baseRevisionId },
  });
}

/** Saves the amend form as its page would post it: its values, and the revision it was built on. */
function saveAmendment(actor: Actor, submissionId: number, section: string, form: Form) {
  return amendSubmission(actor, submissionId, {
    section,
    values: sectionOf(section).schema.parse(form.values),
    meta: { summary: "Amended after the conflict", source: "", baseRevisionId: form.baseRevisionId },
  });
}

const filmText = (filmId: number) =>
  database.prisma.film.findUniqueOrThrow({ where: { id: filmId }, select: { deck: true, description: true } });

describe("amending a description in conflict", () => {
  const opening = "Neo-Tokyo, 2019: a city rebuilt on the ruins.";
  const middle = "A biker gang roams the highways.";
  const ending = "The end.";
  const text = (...paragraphs: string[]) => paragraphs.join("\n\n");

  async function clash() {
    await save(actors.admin, akira.id, "description", await openForm(akira.id, "description"), {
      deck: "The old deck.",
      description: text(opening, middle, ending),
    });
    const theirs = await openForm(akira.id, "description");
    const mine = await openForm(akira.id, "description");
    await save(actors.admin, akira.id, "description", theirs, {
      description: text("Their words: " + opening, middle, ending),
    });
    const submission = await save(actors.editor, akira.id, "description", mine, {
      deck: "My deck.",
      description: text("My words: " + opening, middle, ending, "My closing paragraph."),
    });
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("CONFLICT");
    return submission;
  }

  it("starts from the site now with the author's other changes in, and saving it keeps the approved change", async () => {
    const submission = await clash();
    // Approved after the conflict was found: the form must hold it too.
    await save(actors.admin, akira.id, "description", await openForm(akira.id, "description"), {
      description: text("Their words: " + opening, middle, "The real end."),
    });

    const amend = (await getSubmissionForAmending(submission.id, actors.editor.id))!;
    const description = amend.values.description as string;
    expect(description.startsWith("Their words: " + opening)).toBe(true);
    expect(description).toContain("The real end.");
    expect(amend.values.deck).toBe("My deck.");
    // Merged by paragraph: the added paragraph is in, and only the reworded opening clashes.
    expect(description).toContain("My closing paragraph.");
    expect(amend.conflicts.map((choice) => choice.kind)).toEqual(["passage"]);
    expect(amend.conflicts).toHaveLength(1);
    expect(amend.conflicts[0]).toMatchObject({ field: "description", mine: false, choosable: true });
    expect(amend.conflicts[0]!.part.proposed).toContain("My words: ");
    expect(amend.conflicts[0]!.part.current).toContain("Their words: ");
    expect(amend.baseRevisionId).toBe((await openForm(akira.id, "description")).baseRevisionId);

    await saveAmendment(actors.editor, submission.id, "description", amend);
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const film = await filmText(akira.id);
    expect(film.deck).toBe("My deck.");
    expect(film.description).toBe(description);
    expect(film.description.startsWith("Their words: ")).toBe(true);
  });

  it("puts in the author's version of only the part they choose", async () => {
    const stale = await openForm(akira.id, "description");
    const mineForm = await openForm(akira.id, "description");
    await save(actors.admin, akira.id, "description", stale, {
      deck: "Their deck.",
      description: text("Their opening.", middle, ending),
    });
    const submission = await save(actors.editor, akira.id, "description", mineForm, {
      deck: "My deck again.",
      description: text("My opening.", middle, ending),
    });
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("CONFLICT");

    const offered = (await getSubmissionForAmending(submission.id, actors.editor.id))!;
    expect(offered.values).toMatchObject({ deck: "Their deck.", description: text("Their opening.", middle, ending) });
    const part = offered.conflicts.find((choice) => choice.field === "description")!;
    const chosen = (await getSubmissionForAmending(submission.id, actors.editor.id, [part.id]))!;
    expect(chosen.values).toMatchObject({ deck: "Their deck.", description: text("My opening.", middle, ending) });
    expect(chosen.conflicts.map((choice) => [choice.field, choice.mine])).toEqual([
      ["deck", false],
      ["description", true],
    ]);
  });

  it("does not undo an approval that came after the amend form was opened", async () => {
    const submission = await clash();
    const amend = (await getSubmissionForAmending(submission.id, actors.editor.id))!;
    await save(actors.admin, akira.id, "description", await openForm(akira.id, "description"), {
      description: text("Their words: " + opening, "A middle approved meanwhile.", ending),
    });
    await saveAmendment(actors.editor, submission.id, "description", amend);
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("APPROVED");
    const film = await filmText(akira.id);
    expect(film.deck).toBe("My deck.");
    expect(film.description).toContain("A middle approved meanwhile.");
    expect(film.description.startsWith("Their words: ")).toBe(true);
  });

  it("conflicts again, like any other edit, when the part it changes is changed again after the form opened", async () => {
    const submission = await clash();
    const amend = (await getSubmissionForAmending(submission.id, actors.editor.id, ["description.0"]))!;
    await save(actors.admin, akira.id, "description", await openForm(akira.id, "description"), {
      description: text("Yet other words: " + opening, middle, ending),
    });
    await saveAmendment(actors.editor, submission.id, "description", amend);
    expect((await approveSubmission(actors.moderator, submission.id)).status).toBe("CONFLICT");
    expect((await filmText(akira.id)).description.startsWith("Yet other words: ")).toBe(true);
  });
});

describe("amending credits in conflict", () => {
  const credit = (person: string, role: string, note = ""): CreditValue => ({ person, role, segment: "", note });

  it("keeps the first batch's approved credits and adds the second's, so the earlier approval survives", async () => {
    await save(actors.admin, roujinZ.id, "credits", await openForm(roujinZ.id, "credits"), {
      credits: [credit("satoshi-kon", "Writer", "Started here")],
    });
    const first = await openForm(roujinZ.id, "credits");
    const second = await openForm(roujinZ.id, "credits");
    const firstBatch = [credit("katsuhiro-otomo", "Director"), credit("yoko-kanno", "Music")];
    const secondBatch = [credit("koji-morimoto", "Animation Director"), credit("tensai-okamura", "Key Animator")];
    // Both change the same credit's note differently, so the second conflicts however the rows merge.
    const firstEdit = await save(actors.editor, roujinZ.id, "credits", first, {
      credits: [credit("satoshi-kon", "Writer", "The first batch's note"), ...firstBatch],
    });
    const secondEdit = await save(actors.editor, roujinZ.id, "credits", second, {
      credits: [credit("satoshi-kon", "Writer", "The second batch's note"), ...secondBatch],
    });
    expect((await approveSubmission(actors.moderator, firstEdit.id)).status).toBe("APPROVED");
    expect((await approveSubmission(actors.moderator, secondEdit.id)).status).toBe("CONFLICT");

    const amend = (await getSubmissionForAmending(secondEdit.id, actors.editor.id))!;
    const offered = amend.values.credits as CreditValue[];
    expect(offered).toEqual(
      expect.arrayContaining([credit("satoshi-kon", "Writer", "The first batch's note"), ...firstBatch]),
    );
    // Merged row by row, the second batch is already in, and only the note both changed clashes.
    expect(offered).toEqual(expect.arrayContaining(secondBatch));
    expect(amend.conflicts.map((choice) => [choice.kind, choice.part.proposed])).toEqual([
      ["row", credit("satoshi-kon", "Writer", "The second batch's note")],
    ]);

    await saveAmendment(actors.editor, secondEdit.id, "credits", {
      ...amend,
      values: { credits: offered },
    });
    expect((await approveSubmission(actors.moderator, secondEdit.id)).status).toBe("APPROVED");
    const credits = (await openForm(roujinZ.id, "credits")).values.credits as CreditValue[];
    // The second batch's rows keep their place after the row before them in its edit.
    expect(credits).toEqual([
      credit("satoshi-kon", "Writer", "The first batch's note"),
      ...secondBatch,
      ...firstBatch,
    ]);
  });
});
