import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createList } from "@/lib/lists/list-mutations";
import { ListDetailsSchema } from "@/lib/lists/schema";
import { submitSection, seededActors } from "./submissions/film-edit";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;

beforeAll(async () => {
  actors = await seededActors(database.prisma);
});

describe("submitted text", () => {
  it("is stored with LF line endings, on the entry and in its revision", async () => {
    const film = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
    // An admin's edit applies at once, through the same path as an approval.
    await submitSection(actors.admin, film.id, "description", {
      deck: "Neo-Tokyo,\r\n2019.",
      description: "First paragraph.\r\n\r\nSecond\rparagraph.",
    });
    const stored = await database.prisma.film.findUniqueOrThrow({
      where: { id: film.id },
      select: { deck: true, description: true },
    });
    expect(stored).toEqual({ deck: "Neo-Tokyo,\n2019.", description: "First paragraph.\n\nSecond\nparagraph." });
    const revision = await database.prisma.revision.findFirstOrThrow({
      where: { entityType: "FILM", entityId: film.id, section: "description" },
      orderBy: { number: "desc" },
      select: { after: true },
    });
    expect(revision.after).toMatchObject({ deck: "Neo-Tokyo,\n2019." });
  });

  it("is stored with LF line endings in a list's description", async () => {
    const details = ListDetailsSchema.parse({ title: "CRLF", description: "One\r\nTwo", visibility: "PUBLIC" });
    const { id } = await createList(actors.editor, details);
    const list = await database.prisma.list.findUniqueOrThrow({ where: { id }, select: { description: true } });
    expect(list.description).toBe("One\nTwo");
  });
});

describe("the line-endings migration", () => {
  it("rewrites CRLF and lone CR in stored text and inside stored values, and nothing else", async () => {
    const person = await database.prisma.person.create({
      data: { slug: "crlf-person", name: "CRLF Person", deck: "a\r\nb", bio: "c\rd\r\n" },
      select: { id: true },
    });
    const revision = await database.prisma.revision.create({
      data: {
        entityType: "PERSON",
        entityId: person.id,
        section: "person",
        number: 1,
        before: {},
        // A backslash followed by r is text, not a line ending: it stays.
        after: { bio: "c\rd\r\n", rows: [{ note: "e\r\nf" }], literal: "\\r stays", count: 2 },
        summary: "Seeded\r\nwith CRLF",
        proposerId: actors.admin.id,
      },
      select: { id: true },
    });
    const sql = await readFile(
      path.join(import.meta.dirname, "../../prisma/migrations/20261215000000_line_endings/migration.sql"),
      "utf8",
    );
    const client = new pg.Client(database.url);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
    expect(
      await database.prisma.person.findUniqueOrThrow({ where: { id: person.id }, select: { deck: true, bio: true } }),
    ).toEqual({ deck: "a\nb", bio: "c\nd\n" });
    expect(
      await database.prisma.revision.findUniqueOrThrow({
        where: { id: revision.id },
        select: { after: true, summary: true },
      }),
    ).toEqual({
      after: { bio: "c\nd\n", rows: [{ note: "e\nf" }], literal: "\\r stays", count: 2 },
      summary: "Seeded\nwith CRLF",
    });
  });
});
