import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { IMPORTER_USERNAME } from "@/lib/import/importer-account";
import { IMPORTED_SECTIONS } from "@/lib/import/values";
import { writeRevision } from "@/lib/submissions/apply";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { sectionOf } from "@/lib/submissions/sections";
import { withTestDatabase } from "../../support/test-database";
import { fixtureData, fixtureJson, itemTitled, runImport } from "./fixture";

const database = withTestDatabase();
const RESOURCE_SITES = ["dmhy", "mikan", "bangumi_moe"];

async function counts() {
  const prisma = database.prisma;
  const [films, releases, aliases, links, streams, revisions, submissions, imported] = await Promise.all([
    prisma.film.count(),
    prisma.release.count(),
    prisma.alias.count(),
    prisma.filmLink.count(),
    prisma.stream.count(),
    prisma.revision.count(),
    prisma.submission.count(),
    prisma.importedWork.count(),
  ]);
  return { films, releases, aliases, links, streams, revisions, submissions, imported };
}

const filmWithLink = (site: string, externalId: string) =>
  database.prisma.film.findFirstOrThrow({ where: { links: { some: { site, externalId } } } });

let firstRun: Awaited<ReturnType<typeof runImport>>;
let seededFilms: number;

beforeAll(async () => {
  seededFilms = await database.prisma.film.count();
  firstRun = await runImport(database.prisma, fixtureData());
});

describe("a first import", () => {
  it("creates the works it cannot match and fills the ones it can, with a summary", async () => {
    const { summary, lines } = firstRun;
    const items = fixtureJson().items.length;
    expect(lines).toEqual([]);
    expect(summary.skipped).toBe(0);
    expect(summary.created + summary.matched).toBe(items);
    expect(summary.matched).toBeGreaterThanOrEqual(4);
    expect(await database.prisma.film.count()).toBe(seededFilms + summary.created);
    expect(await database.prisma.importedWork.count()).toBe(items);
  });

  it("writes revisions by the importer that read back exactly as the sections read the works", async () => {
    const importer = await database.prisma.user.findUniqueOrThrow({ where: { username: IMPORTER_USERNAME } });
    expect(importer.passwordHash).toBeNull();
    const works = await database.prisma.importedWork.findMany({ select: { filmId: true } });
    await database.prisma.$transaction(async (tx) => {
      for (const { filmId } of works) {
        for (const section of IMPORTED_SECTIONS) {
          const latest = await tx.revision.findFirst({
            where: { entityType: "FILM", entityId: filmId, section },
            orderBy: { number: "desc" },
          });
          const values = await sectionOf(section).read(tx, filmId);
          if (latest) expect(latest.after, `${section} of film ${filmId}`).toEqual(values);
        }
      }
    });
    const imported = await database.prisma.revision.findMany({
      where: { proposerId: importer.id },
      select: { summary: true, approverId: true },
    });
    expect(imported.length).toBeGreaterThan(firstRun.summary.created * 3);
    expect(new Set(imported.map((revision) => revision.summary))).toEqual(
      new Set(["Imported from bangumi-data 0.3.208"]),
    );
  });

  it("keeps Memories one work, with its seed data and the imported ids", async () => {
    const memories = await database.prisma.film.findUniqueOrThrow({
      where: { slug: "memories" },
      include: { links: true, segments: true },
    });
    expect(memories).toMatchObject({ title: "Memories", runtimeMinutes: 115, format: "FILM" });
    expect(memories.segments).toHaveLength(3);
    const links = memories.links.map((link) => `${link.site}:${link.externalId}`);
    expect(links).toEqual(
      expect.arrayContaining(["mal:1462", "anidb:262", "anilist:1462", "tmdb:movie/42994", "bangumi:3627"]),
    );
    expect(await database.prisma.film.count({ where: { title: { equals: "memories", mode: "insensitive" } } })).toBe(1);
    // Its own Japanese release stays the only one: the import's month-precise one is not added.
    const general = await database.prisma.$transaction((tx) => sectionOf("general").read(tx, memories.id));
    expect(general.releases).toEqual([
      { region: "US", title: "Memories", date: "2004-02-24" },
      { region: "JP", title: "メモリーズ", date: "1995-12-23" },
    ]);
    const byImporter = await database.prisma.revision.findMany({
      where: { entityType: "FILM", entityId: memories.id, proposer: { username: IMPORTER_USERNAME } },
      orderBy: { number: "asc" },
    });
    expect(byImporter.map((revision) => revision.section)).toEqual(["aliases", "streams"]);
  });

  it("matches a work without links by its title and year", async () => {
    const akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, include: { links: true } });
    expect(akira.links.map((link) => link.site)).toContain("bangumi");
    expect(await database.prisma.film.count({ where: { nativeTitle: "AKIRA" } })).toBe(1);
  });

  it("links no torrent site and streams only from legal sites", async () => {
    expect(await database.prisma.filmLink.count({ where: { site: { in: RESOURCE_SITES } } })).toBe(0);
    expect(await database.prisma.stream.count({ where: { site: { in: RESOURCE_SITES } } })).toBe(0);
    expect(await database.prisma.stream.count()).toBeGreaterThan(0);
    expect(await database.prisma.filmLink.count({ where: { externalId: { contains: "/season/" } } })).toBe(0);
  });

  it("gives every imported work an address in Latin letters", async () => {
    const films = await database.prisma.film.findMany({ where: { imports: { some: {} } }, select: { slug: true } });
    for (const { slug } of films) expect(slug).toMatch(/^[a-z0-9-]+$/);
    // 尸兄, a Chinese web series with no title in Latin letters, is named by its Bangumi id.
    expect(await database.prisma.film.findFirstOrThrow({ where: { nativeTitle: "尸兄" } })).toMatchObject({
      slug: expect.stringMatching(/^bangumi-\d+$/),
    });
  });

  it("gives a link two items share to the first only", async () => {
    const ranma = await filmWithLink("tmdb", "tv/57706");
    expect(ranma.nativeTitle).toBe("らんま1/2");
  });

  it("marks machine romanisations and times series in Japan", async () => {
    const kimetsu = await database.prisma.film.findFirstOrThrow({ where: { nativeTitle: "鬼滅の刃" } });
    expect(kimetsu).toMatchObject({ title: "Demon Slayer: Kimetsu no Yaiba", format: "TV", romanisedByMachine: true });
    expect(kimetsu.romanisedTitle).toMatch(/\S/);
    const summer = await database.prisma.film.findFirstOrThrow({ where: { nativeTitle: "サマータイムレンダ" } });
    // The year and the season follow the Japanese release, as the seasonal charts read them.
    expect(summer).toMatchObject({ year: 2022, seasonYear: 2022, season: "SPRING" });
    expect(await database.prisma.film.count({ where: { imports: { some: {} }, year: null } })).toBe(0);
    const broadcast = await database.prisma.$transaction((tx) => sectionOf("broadcast").read(tx, summer.id));
    // R/2022-04-14T15:00:00.000Z/P7D: midnight in Japan; it ended 2022-09-29T15:xxZ, the 30th there.
    expect(broadcast).toEqual({ firstAiring: "2022-04-15T00:00", intervalDays: 7, lastAiring: "2022-09-30" });
  });
});

describe("running again", () => {
  it("changes nothing when the data did not change", async () => {
    const before = await counts();
    const { summary } = await runImport(database.prisma, fixtureData());
    expect(await counts()).toEqual(before);
    expect(summary).toMatchObject({ created: 0, matched: 0, updated: 0, proposed: 0 });
    expect(summary.unchanged).toBe(fixtureJson().items.length);
  });

  describe("on newer data", () => {
    let moderator: Actor;
    let kimetsuId: number;

    beforeAll(async () => {
      const prisma = database.prisma;
      moderator = await prisma.user.findUniqueOrThrow({
        where: { username: "moderator" },
        select: { id: true, role: true },
      });
      const editor = await prisma.user.findUniqueOrThrow({ where: { username: "editor" } });
      kimetsuId = (await prisma.film.findFirstOrThrow({ where: { nativeTitle: "鬼滅の刃" } })).id;
      // An editor's change, approved before the new data arrives.
      await prisma.$transaction(async (tx) => {
        const current = await sectionOf("title").read(tx, kimetsuId);
        await writeRevision(tx, {
          entityType: "FILM",
          entityId: kimetsuId,
          filmId: kimetsuId,
          section: "title",
          before: current,
          after: { ...current, title: "Demon Slayer", romanisedTitle: "Kimetsu no Yaiba", romanisedByMachine: false },
          summary: "Checked the romanisation",
          proposerId: editor.id,
          approverId: moderator.id,
        });
      });
      const json = fixtureJson();
      const kimetsu = itemTitled(json, "鬼滅の刃");
      kimetsu.titleTranslate.en = ["Demon Slayer: Kimetsu no Yaiba (TV)"];
      kimetsu.sites.push({ site: "crunchyroll", id: "GY5P48XEY" });
      const memories = itemTitled(json, "MEMORIES");
      memories.sites = memories.sites.filter((site) => site.site !== "anidb");
      await runImport(database.prisma, fixtureData("0.3.209", json));
    });

    const submissionsOf = (filmId: number) =>
      database.prisma.submission.findMany({
        where: { filmId, status: { in: ["PENDING", "CONFLICT", "APPROVED"] } },
        orderBy: { id: "asc" },
      });

    const submissionsOfAnyStatus = (filmId: number) =>
      database.prisma.submission.findMany({ where: { filmId }, orderBy: { id: "asc" } });

    it("proposes each upstream change as a pending submission against the current revision", async () => {
      const submissions = await submissionsOf(kimetsuId);
      expect(submissions.map((submission) => submission.section).sort()).toEqual(["streams", "title"]);
      for (const submission of submissions) {
        expect(submission.status).toBe("PENDING");
        expect(submission.summary).toBe("bangumi-data 0.3.209: upstream change");
        const latest = await database.prisma.revision.findFirstOrThrow({
          where: { entityType: "FILM", entityId: kimetsuId, section: submission.section },
          orderBy: { number: "desc" },
        });
        expect(submission.baseRevisionId).toBe(latest.id);
      }
      const title = submissions.find((submission) => submission.section === "title")!;
      expect(title.changes).toEqual({
        title: { before: "Demon Slayer: Kimetsu no Yaiba", after: "Demon Slayer: Kimetsu no Yaiba (TV)" },
      });
    });

    it("keeps the editor's title: approving the upstream title conflicts, the new stream goes in", async () => {
      const submissions = await submissionsOf(kimetsuId);
      const title = submissions.find((submission) => submission.section === "title")!;
      const streams = submissions.find((submission) => submission.section === "streams")!;
      expect((await approveSubmission(moderator, title.id)).status).toBe("CONFLICT");
      expect((await approveSubmission(moderator, streams.id)).status).toBe("APPROVED");
      const film = await database.prisma.film.findUniqueOrThrow({
        where: { id: kimetsuId },
        include: { streams: true },
      });
      expect(film.title).toBe("Demon Slayer");
      expect(film.streams.map((stream) => stream.site)).toContain("crunchyroll");
    });

    it("proposes removing a link upstream removed, leaving it until approved", async () => {
      const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
      const [links] = await submissionsOf(memories.id);
      expect(links).toMatchObject({ section: "links", status: "PENDING" });
      expect(await filmWithLink("anidb", "262")).toMatchObject({ id: memories.id });
    });

    it("does not propose the same change twice", async () => {
      const before = await counts();
      const json = fixtureJson();
      const kimetsu = itemTitled(json, "鬼滅の刃");
      kimetsu.titleTranslate.en = ["Demon Slayer: Kimetsu no Yaiba (TV)"];
      kimetsu.sites.push({ site: "crunchyroll", id: "GY5P48XEY" });
      const memories = itemTitled(json, "MEMORIES");
      memories.sites = memories.sites.filter((site) => site.site !== "anidb");
      const { summary } = await runImport(database.prisma, fixtureData("0.3.209", json));
      expect(summary.proposed).toBe(0);
      expect(await counts()).toEqual(before);
    });

    it("records the newest version on every work, changed or not", async () => {
      const versions = await database.prisma.importedWork.groupBy({ by: ["version"], _count: true });
      expect(versions.map((row) => row.version)).toEqual(["0.3.209"]);
    });

    it("withdraws its pending proposal when upstream goes back to what was imported", async () => {
      const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
      await runImport(database.prisma, fixtureData("0.3.210"));
      const [links] = await submissionsOfAnyStatus(memories.id);
      expect(links).toMatchObject({ section: "links", status: "WITHDRAWN" });
    });
  });
});
