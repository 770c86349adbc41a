import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser, type SignedIn } from "@/lib/auth/session";
import type { FormState } from "@/lib/forms/form-state";
import { addCountName, addRowsIntent, moveRowIntent } from "@/lib/forms/numbered-rows";
import { submitEdit } from "@/lib/submissions/actions";
import { getSectionForEditing } from "@/lib/submissions/queries";
import { ROWS_PER_SUBMISSION } from "@/lib/submissions/sections/shared-schema";
import { withTestDatabase } from "../../support/test-database";

// The action reads the session and revalidates pages, both of which need a Next request.
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));
// Next's redirect throws to end the action; here it throws where the test can read it.
vi.mock("next/navigation", () => ({
  redirect: vi.fn((url: string) => {
    throw new Error(`redirect to ${url}`);
  }),
}));

const database = withTestDatabase();
let editor: SignedIn;
let memories: { id: number };

beforeAll(async () => {
  const user = await database.prisma.user.findUniqueOrThrow({
    where: { username: "editor" },
    select: { id: true, username: true, displayName: true, role: true },
  });
  editor = { ...user, sessionId: "session-of-editor" };
  memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
});

beforeEach(() => {
  vi.mocked(getCurrentUser).mockResolvedValue(editor);
});

/** The credits form of Memories as a browser posts it: its base, a summary, and these rows. */
async function creditsForm(rows: { person: string; role: string }[], extra: Record<string, string> = {}) {
  const { baseRevisionId } = (await getSectionForEditing(memories.id, "credits"))!;
  const form = new FormData();
  form.set("summary", "A long staff list");
  form.set("source", "");
  form.set("baseRevisionId", String(baseRevisionId ?? ""));
  rows.forEach((row, index) => {
    form.set(`credits.${index}.order`, String(index + 1));
    form.set(`credits.${index}.person`, row.person);
    form.set(`credits.${index}.role`, row.role);
    form.set(`credits.${index}.segment`, "");
    form.set(`credits.${index}.note`, "");
  });
  form.set(addCountName("credits"), "5");
  for (const [name, value] of Object.entries(extra)) form.set(name, value);
  return form;
}

/** What the action answers, and proof that it saved nothing. */
async function answerSavingNothing(form: FormData): Promise<FormState> {
  const before = await database.prisma.submission.count();
  const state = await submitEdit(memories.id, "credits", null, form);
  expect(await database.prisma.submission.count()).toBe(before);
  return state;
}

describe("the Add rows button of a form without JavaScript", () => {
  it("gives the form back as posted, with no message, and saves nothing, even with rows half filled", async () => {
    // A row with a role and no person would be refused by a save; asking for rows checks nothing.
    const form = await creditsForm([
      { person: "satoshi-kon", role: "Writer" },
      { person: "", role: "Director" },
    ]);
    form.set("intent", addRowsIntent("credits"));
    const state = await answerSavingNothing(form);
    expect(state).toEqual({
      ok: false,
      fieldErrors: {},
      formError: undefined,
      values: expect.objectContaining({
        "credits.0.person": "satoshi-kon",
        "credits.1.role": "Director",
        intent: addRowsIntent("credits"),
        [addCountName("credits")]: "5",
      }),
    });
  });

  it("moves a row by its Order for a Move button, and saves nothing", async () => {
    const form = await creditsForm([
      { person: "satoshi-kon", role: "Writer" },
      { person: "katsuhiro-otomo", role: "Director" },
    ]);
    form.set("intent", moveRowIntent("credits", 1, "up"));
    const state = await answerSavingNothing(form);
    expect(!state.ok && state.fieldErrors).toEqual({});
    expect(!state.ok && state.values["credits.1.order"]).toBe("0.5");
  });

  it("is no field of the section when the form is saved instead", async () => {
    const form = await creditsForm([{ person: "satoshi-kon", role: "Writer" }]);
    await expect(submitEdit(memories.id, "credits", null, form)).rejects.toThrow(
      /^redirect to \/submissions\/\d+\?saved=1$/,
    );
  });
});

describe("the limit of rows in one submission", () => {
  it("refuses 501 credits with a message on the list, and saves nothing", async () => {
    const rows = Array.from({ length: ROWS_PER_SUBMISSION + 1 }, () => ({ person: "satoshi-kon", role: "Writer" }));
    const state = await answerSavingNothing(await creditsForm(rows));
    expect(state.ok).toBe(false);
    expect(!state.ok && state.fieldErrors).toEqual({
      credits: ["At most 500 credits in one submission: split the rest into another."],
    });
    // What was typed comes back, to be split.
    expect(!state.ok && state.values[`credits.${ROWS_PER_SUBMISSION}.person`]).toBe("satoshi-kon");
  });
});
