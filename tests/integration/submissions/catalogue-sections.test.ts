import { beforeAll, describe, expect, it } from "vitest";
import { revertToRevision } from "@/lib/revisions/mutations";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { sectionOf } from "@/lib/submissions/sections";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let lain: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  lain = await database.prisma.film.findUniqueOrThrow({
    where: { slug: "serial-experiments-lain" },
    select: { id: true },
  });
});

const read = (section: string) => database.prisma.$transaction((tx) => sectionOf(section).read(tx, lain.id));

async function approveEdit(section: string, values: Record<string, unknown>) {
  const submission = await submitSection(actors.editor, lain.id, section, values);
  await approveSubmission(actors.moderator, submission.id);
  return database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
}

describe("the title section", () => {
  it("renames the work, keeps its romanisation and clears the machine mark when an editor checks it", async () => {
    const before = await read("title");
    expect(before).toEqual({
      title: "Serial Experiments Lain",
      nativeTitle: expect.any(String),
      romanisedTitle: "",
      format: "TV",
      romanisedByMachine: false,
    });
    await database.prisma.film.update({
      where: { id: lain.id },
      data: { romanisedTitle: "Shiriaru Ekusuperimentsu Rein", romanisedByMachine: true },
    });
    const revision = await approveEdit("title", {
      ...(await read("title")),
      romanisedTitle: "Shiriaru Ekusupériméntsu Rein",
      romanisedByMachine: false,
    });
    const film = await database.prisma.film.findUniqueOrThrow({ where: { id: lain.id } });
    expect(film).toMatchObject({ romanisedTitle: "Shiriaru Ekusupériméntsu Rein", romanisedByMachine: false });
    expect(revision.after).toMatchObject({ romanisedByMachine: false });
  });

  it("never marks an empty romanisation as made by a machine", async () => {
    await approveEdit("title", { ...(await read("title")), romanisedTitle: "", romanisedByMachine: true });
    expect(await read("title")).toMatchObject({ romanisedTitle: "", romanisedByMachine: false });
  });
});

describe("the broadcast section", () => {
  it("stores the Japan-time slot as an instant, reads it back as typed, and reverts", async () => {
    const first = await approveEdit("broadcast", {
      firstAiring: "1998-07-07T01:00",
      intervalDays: null,
      lastAiring: "",
    });
    await approveEdit("broadcast", {
      firstAiring: "1998-07-07T01:15",
      intervalDays: 7,
      lastAiring: "1998-09-29",
    });
    const film = await database.prisma.film.findUniqueOrThrow({ where: { id: lain.id } });
    expect(film.broadcastStart?.toISOString()).toBe("1998-07-06T16:15:00.000Z");
    expect(film.broadcastIntervalDays).toBe(7);
    expect(await read("broadcast")).toEqual({
      firstAiring: "1998-07-07T01:15",
      intervalDays: 7,
      lastAiring: "1998-09-29",
    });
    await revertToRevision(actors.moderator, first.id, "Checking revert");
    expect(await read("broadcast")).toEqual({ firstAiring: "1998-07-07T01:00", intervalDays: null, lastAiring: "" });
  });
});

describe("the where-to-watch section", () => {
  it("keeps the streams in order with their regions and dates, and two edits of different rows merge", async () => {
    const crunchyroll = { site: "crunchyroll", id: "GY8VX2G9Y", regions: [], since: "2019-06-01" };
    await approveEdit("streams", { streams: [crunchyroll] });
    const base = await read("streams");
    const addsNetflix = await submitSection(actors.editor, lain.id, "streams", {
      streams: [...(base.streams as object[]), { site: "netflix", id: "80117544", regions: ["JP"], since: "" }],
    });
    const addsUnext = await submitSection(actors.admin, lain.id, "streams", {
      streams: [{ site: "unext", id: "SID0001234", regions: ["JP"], since: "" }, ...(base.streams as object[])],
    });
    // An admin's own edit is applied at once; the editor's, approved after it, merges with it.
    expect(await database.prisma.submission.findUniqueOrThrow({ where: { id: addsUnext.id } })).toMatchObject({
      status: "APPROVED",
    });
    await approveSubmission(actors.moderator, addsNetflix.id);
    const streams = (await read("streams")).streams as { site: string }[];
    expect(streams.map((stream) => stream.site).sort()).toEqual(["crunchyroll", "netflix", "unext"]);
    expect(streams.find((stream) => stream.site === "crunchyroll")).toEqual(crunchyroll);
    const rows = await database.prisma.stream.findMany({ where: { filmId: lain.id }, orderBy: { position: "asc" } });
    expect(rows.map((row) => row.position)).toEqual([1, 2, 3]);
  });
});
