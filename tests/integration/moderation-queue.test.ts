import { beforeAll, describe, expect, it } from "vitest";
import { readQueueParams, resolveQueueFilters } from "@/lib/submissions/filter-queries";
import {
  decodeCursor,
  encodeCursor,
  getModerationQueue,
  QUEUE_PAGE_SIZE,
  type QueueFilters,
} from "@/lib/submissions/queries";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const ids: Record<"akira" | "steamboy" | "roujinZ" | "editor" | "moderator" | "admin", number> = {} as never;
const START = Date.UTC(2024, 0, 1);
/** The 60 pending description edits of Akira by the editor, oldest first. */
const editorQueue: number[] = [];

type Row = {
  filmId: number;
  authorId: number;
  section?: string;
  createdAt: Date;
  status?: SubmissionStatus;
  summary: string;
};

async function createSubmission(row: Row): Promise<number> {
  const created = await database.prisma.submission.create({
    data: {
      entityType: "FILM",
      entityId: row.filmId,
      filmId: row.filmId,
      section: row.section ?? "description",
      changes: { deck: { before: "x", after: "y" } },
      authorId: row.authorId,
      summary: row.summary,
      status: row.status ?? "PENDING",
      createdAt: row.createdAt,
    },
    select: { id: true },
  });
  return created.id;
}

const second = (n: number) => new Date(START + n * 1000);

beforeAll(async () => {
  const prisma = database.prisma;
  for (const [key, slug] of [
    ["akira", "akira"],
    ["steamboy", "steamboy"],
    ["roujinZ", "roujin-z"],
  ] as const) {
    ids[key] = (await prisma.film.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
  for (const username of ["editor", "moderator", "admin"] as const) {
    ids[username] = (await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
  }
  // Created newest first, so that id order and time order disagree: the queue must follow time.
  for (let n = 59; n >= 0; n -= 1) {
    editorQueue.unshift(
      await createSubmission({
        filmId: ids.akira,
        authorId: ids.editor,
        createdAt: second(n * 10),
        summary: `Deck ${n}`,
      }),
    );
  }
  // Interleaved in time with the editor's: another section, film and author.
  for (let n = 0; n < 5; n += 1) {
    await createSubmission({
      filmId: ids.steamboy,
      authorId: ids.moderator,
      section: "general",
      createdAt: second(n * 100 + 5),
      summary: `Runtime ${n}`,
    });
  }
  // Decided submissions never appear in the queue.
  for (const status of ["APPROVED", "REJECTED", "WITHDRAWN", "CONFLICT"] as const) {
    await createSubmission({ filmId: ids.akira, authorId: ids.editor, createdAt: second(3), status, summary: status });
  }
});

type Page = Awaited<ReturnType<typeof getModerationQueue>>;

const cursor = (value: string) => {
  const decoded = decodeCursor(value);
  if (!decoded) throw new Error(`Not a cursor: ${value}`);
  return decoded;
};

async function walkForwards(filters: QueueFilters): Promise<Page[]> {
  const pages = [await getModerationQueue(filters, { direction: "first" })];
  while (pages.at(-1)!.next) {
    pages.push(await getModerationQueue(filters, { direction: "after", cursor: cursor(pages.at(-1)!.next!) }));
    if (pages.length > 100) throw new Error("The queue never ends.");
  }
  return pages;
}

async function walkBackwards(filters: QueueFilters): Promise<Page[]> {
  const pages = [await getModerationQueue(filters, { direction: "last" })];
  while (pages.at(-1)!.previous) {
    pages.push(await getModerationQueue(filters, { direction: "before", cursor: cursor(pages.at(-1)!.previous!) }));
    if (pages.length > 100) throw new Error("The queue never ends.");
  }
  return pages.reverse();
}

/** Every pending submission the filters match, oldest first, as the database orders them. */
async function expectedIds(filters: QueueFilters): Promise<number[]> {
  const rows = await database.prisma.submission.findMany({
    where: { status: "PENDING", ...filters },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

const idsOf = (pages: Page[]) => pages.flatMap((page) => page.items.map((item) => item.id));

function expectWellFormed(pages: Page[]) {
  expect(pages[0]!.previous).toBeNull();
  expect(pages.at(-1)!.next).toBeNull();
  for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(QUEUE_PAGE_SIZE);
  for (const page of pages.slice(1)) expect(page.previous).not.toBeNull();
  for (const page of pages.slice(0, -1)) expect(page.next).not.toBeNull();
}

describe("getModerationQueue", () => {
  it("walks forwards from the first page: every pending submission once, oldest first", async () => {
    const pages = await walkForwards({});
    const expected = await expectedIds({});
    expect(expected.length).toBeGreaterThanOrEqual(65);
    expect(idsOf(pages)).toEqual(expected);
    expect(pages.slice(0, -1).every((page) => page.items.length === QUEUE_PAGE_SIZE)).toBe(true);
    expectWellFormed(pages);
  });

  it("walks backwards from the last page: every pending submission once, oldest first", async () => {
    const pages = await walkBackwards({});
    expect(idsOf(pages)).toEqual(await expectedIds({}));
    expect(pages.slice(1).every((page) => page.items.length === QUEUE_PAGE_SIZE)).toBe(true);
    expectWellFormed(pages);
  });

  it("comes back to the same page by Previous after Next", async () => {
    const first = await getModerationQueue({}, { direction: "first" });
    const second = await getModerationQueue({}, { direction: "after", cursor: cursor(first.next!) });
    const back = await getModerationQueue({}, { direction: "before", cursor: cursor(second.previous!) });
    expect(back.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(back.previous).toBeNull();
    expect(back.next).toBe(first.next);
  });

  it("gives each row what the queue table shows", async () => {
    const { items } = await getModerationQueue({ authorId: ids.editor }, { direction: "first" });
    expect(items[0]).toEqual({
      id: editorQueue[0],
      section: "description",
      summary: "Deck 0",
      createdAt: second(0),
      entityType: "FILM",
      entityId: ids.akira,
      film: { slug: "akira", title: "Akira" },
      author: { username: "editor", displayName: "editor" },
      entry: { name: "Akira", proposed: null },
    });
  });

  it("filters by section, film and author, keeping the order and the paging", async () => {
    const general = await walkForwards({ section: "general" });
    expect(general.flatMap((page) => page.items.map((item) => item.summary))).toEqual([
      "Runtime 0",
      "Runtime 1",
      "Runtime 2",
      "Runtime 3",
      "Runtime 4",
    ]);
    expect(general).toHaveLength(1);
    expect(idsOf(await walkForwards({ filmId: ids.steamboy }))).toEqual(idsOf(general));
    expect(idsOf(await walkForwards({ authorId: ids.moderator }))).toEqual(idsOf(general));

    const editor = await walkForwards({ authorId: ids.editor });
    expect(idsOf(editor)).toEqual(editorQueue);
    expect(editor.map((page) => page.items.length)).toEqual([25, 25, 10]);
    expect(idsOf(await walkBackwards({ authorId: ids.editor }))).toEqual(editorQueue);
    expect(idsOf(await walkBackwards({ section: "description", filmId: ids.akira }))).toEqual(editorQueue);
    expect(idsOf(await walkForwards({ section: "general", authorId: ids.editor }))).toEqual([]);
  });

  it("orders submissions made in the same millisecond by id, across pages", async () => {
    const at = second(10_000);
    const same: number[] = [];
    for (let n = 0; n < 30; n += 1) {
      same.push(
        await createSubmission({ filmId: ids.roujinZ, authorId: ids.admin, createdAt: at, summary: `Tie ${n}` }),
      );
    }
    const filters = { filmId: ids.roujinZ };
    expect(idsOf(await walkForwards(filters))).toEqual(same);
    expect(idsOf(await walkBackwards(filters))).toEqual(same);
  });

  it("answers an empty queue with no pages either way", async () => {
    const filters = { filmId: ids.akira, authorId: ids.admin };
    for (const direction of ["first", "last"] as const) {
      expect(await getModerationQueue(filters, { direction })).toEqual({ items: [], previous: null, next: null });
    }
  });
});

describe("the queue's URL and filters", () => {
  it("reads the page to show from the URL, ignoring broken cursors", () => {
    const at = { createdAt: second(20), id: 42 };
    expect(readQueueParams({ after: encodeCursor(at) }).page).toEqual({ direction: "after", cursor: at });
    expect(readQueueParams({ before: encodeCursor(at), film: " akira " })).toEqual({
      input: { section: "", film: "akira", author: "" },
      page: { direction: "before", cursor: at },
    });
    expect(readQueueParams({ last: "1" }).page).toEqual({ direction: "last" });
    expect(readQueueParams({ after: "yesterday", section: ["general", "description"] })).toEqual({
      input: { section: "general", film: "", author: "" },
      page: { direction: "first" },
    });
  });

  it("resolves a film by slug or title and a user by username", async () => {
    expect(await resolveQueueFilters({ section: "general", film: "akira", author: "@Editor" })).toEqual({
      filters: { section: "general", filmId: ids.akira, authorId: ids.editor },
      messages: {},
      filmChoices: [],
      matchesNothing: false,
    });
    expect((await resolveQueueFilters({ section: "", film: "Roujin Z", author: "" })).filters).toEqual({
      filmId: ids.roujinZ,
    });
  });

  it("says which film or user does not exist, and then matches nothing", async () => {
    expect(await resolveQueueFilters({ section: "", film: "no-such-film", author: "nobody-here" })).toEqual({
      filters: {},
      messages: {
        film: "No film is titled “no-such-film” or has that slug.",
        author: "Nobody has the username “nobody-here”.",
      },
      filmChoices: [],
      matchesNothing: true,
    });
  });

  it("ignores an unknown section, with a message", async () => {
    expect(await resolveQueueFilters({ section: "trivia", film: "", author: "" })).toEqual({
      filters: {},
      messages: { section: "There is no section called “trivia”, so every section is shown." },
      filmChoices: [],
      matchesNothing: false,
    });
  });
});
