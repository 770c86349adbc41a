import { beforeAll, describe, expect, it } from "vitest";
import { getFilmJson, getLookupJson } from "@/lib/api/entries";
import { ApiError } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/query";
import { LookupQuerySchema } from "@/lib/links/schema";
import { displayValue } from "@/lib/submissions/display";
import { SectionFieldErrors, SubmissionError } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { settleTogether } from "./approve-together";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let akira: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" }, select: { id: true } });
});

const akiraLinks = async () =>
  (
    await database.prisma.filmLink.findMany({
      where: { filmId: akira.id },
      orderBy: { id: "asc" },
      select: { site: true, externalId: true },
    })
  ).map((link) => `${link.site}:${link.externalId}`);

const lookup = (query: string) => getLookupJson(parseQuery(new URLSearchParams(query), LookupQuerySchema));

describe("editing links to other databases", () => {
  it("writes the links on approval, records a revision, and the API and lookup answer with them", async () => {
    const submission = await submitSection(actors.editor, akira.id, "links", {
      links: [
        { site: "mal", id: "47" },
        { site: "wikidata", id: "Q185090" },
      ],
    });
    const review = await getSubmissionReview(submission.id);
    expect(displayValue("links", review?.changes.links?.after, review?.names)).toBe(
      "MyAnimeList: 47\nWikidata: Q185090",
    );
    expect(await akiraLinks()).toEqual([]);

    await approveSubmission(actors.moderator, submission.id);
    expect(await akiraLinks()).toEqual(["mal:47", "wikidata:Q185090"]);
    const revision = await database.prisma.revision.findUniqueOrThrow({ where: { submissionId: submission.id } });
    expect(revision).toMatchObject({ section: "links", before: { links: [] } });

    expect((await getFilmJson("akira"))?.links).toEqual([
      { site: "mal", key: "47", url: "https://myanimelist.net/anime/47" },
      { site: "wikidata", key: "Q185090", url: "https://www.wikidata.org/wiki/Q185090" },
    ]);
    expect((await lookup("site=mal&id=47"))?.slug).toBe("akira");
  });

  it("refuses a link another work has, naming that work beside the row, and saves nothing", async () => {
    const before = await akiraLinks();
    const error = await submitSection(actors.editor, akira.id, "links", {
      links: [
        { site: "anidb", id: "36" },
        // Memories' page on MyAnimeList, from the seed.
        { site: "mal", id: "1462" },
      ],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SectionFieldErrors);
    expect((error as SectionFieldErrors).fieldErrors).toEqual({
      "links.1.id": ["This link is already on “Memories” (memories): a page elsewhere describes one work."],
    });
    expect(await database.prisma.submission.count({ where: { section: "links", status: "PENDING" } })).toBe(0);
    expect(await akiraLinks()).toEqual(before);
  });
});

describe("two works approved with the same link at once", () => {
  it("gives the link to one of them and refuses the other with a message, saving nothing of it", async () => {
    const neoTokyo = await database.prisma.film.findUniqueOrThrow({ where: { slug: "neo-tokyo" }, select: { id: true } });
    const roujinZ = await database.prisma.film.findUniqueOrThrow({ where: { slug: "roujin-z" }, select: { id: true } });
    const link = { site: "anidb", id: "424242" };
    const submissions = [
      await submitSection(actors.editor, neoTokyo.id, "links", { links: [link] }),
      await submitSection(actors.editor, roujinZ.id, "links", { links: [link] }),
    ];
    const outcomes = await settleTogether(database, [neoTokyo.id, roujinZ.id], [
      { reviewer: actors.moderator, submissionId: submissions[0]!.id },
      { reviewer: actors.admin, submissionId: submissions[1]!.id },
    ]);

    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(SubmissionError);
    expect(String((refused[0] as PromiseRejectedResult).reason.message)).toMatch(/already on|another work/);
    const holders = await database.prisma.filmLink.findMany({ where: { site: "anidb", externalId: "424242" } });
    expect(holders).toHaveLength(1);
    const statuses = await database.prisma.submission.findMany({
      where: { id: { in: submissions.map((submission) => submission.id) } },
      select: { status: true },
    });
    expect(statuses.map((row) => row.status).sort()).toEqual(["APPROVED", "PENDING"]);
  });
});

describe("GET /api/v1/lookup", () => {
  it("answers the seeded Memories by any of its links, with its source material", async () => {
    const memories = await lookup("site=tmdb&id=movie/42994");
    expect(memories).toMatchObject({ slug: "memories", sourceMaterial: "manga" });
    expect(memories?.links.map((link) => link.url)).toEqual([
      "https://myanimelist.net/anime/1462",
      "https://anilist.co/anime/1462",
      "https://anidb.net/anime/262",
      "https://www.themoviedb.org/movie/42994",
      "https://bgm.tv/subject/3627",
    ]);
    expect((await lookup("site=anidb&id=262"))?.slug).toBe("memories");
  });

  it("answers null for a link no work has, and refuses an unknown site by name", async () => {
    expect(await lookup("site=mal&id=999999")).toBeNull();
    // An id is only ever on its own site.
    expect(await lookup("site=anilist&id=262")).toBeNull();
    expect(() => parseQuery(new URLSearchParams("site=imdb&id=1"), LookupQuerySchema)).toThrow(ApiError);
    expect(() => parseQuery(new URLSearchParams("site=mal"), LookupQuerySchema)).toThrow(/"id"/);
  });
});
