import { updateTag } from "next/cache";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getFilmJson, getSearchJson, getStudioJson } from "@/lib/api/entries";
import { expiringPagesShowing } from "@/lib/cache/affected";
import { SearchApiQuerySchema } from "@/lib/search/schema";
import { displayValue } from "@/lib/submissions/display";
import { SectionFieldErrors, SimilarEntriesError } from "@/lib/submissions/errors";
import { proposeEntry } from "@/lib/submissions/mutations/propose-entry";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { submitEntityEdit } from "@/lib/submissions/mutations/submit-edit";
import { getSectionForEditing, getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "../submissions/film-edit";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), updateTag: vi.fn() }));

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let memories: { id: number };

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { id: true } });
});

beforeEach(() => {
  vi.mocked(updateTag).mockReset();
});

type Row = { studio: string; newStudio?: boolean; role: string; region?: string; segment?: string; episode?: string };

const companies = (rows: Row[]) => ({
  companies: rows.map(({ region = "", segment = "", ...row }) => ({ ...row, region, segment })),
});

const memoriesCompanies = async () =>
  (
    await database.prisma.filmCompany.findMany({
      where: { filmId: memories.id },
      orderBy: { position: "asc" },
      select: { role: true, region: true, studio: { select: { slug: true } }, segment: { select: { title: true } } },
    })
  ).map((row) => [row.studio.slug, row.role, row.region, row.segment?.title ?? null].join(" "));

/** Approves as the review action does, returning the cache tags it expired. */
async function approveExpiring(
  submissionId: number,
  target: { entityType: "FILM" | "STUDIO"; entityId: number; section: string },
) {
  await expiringPagesShowing(
    async () => target,
    () => approveSubmission(actors.moderator, submissionId),
    (outcome) => outcome.status === "APPROVED",
  );
  return vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
}

describe("the companies section", () => {
  it("reads the seeded Memories: Studio 4°C on two segments, Madhouse on one, Shochiku distributing in Japan", async () => {
    expect(await memoriesCompanies()).toEqual([
      "studio-4c ANIMATION_PRODUCTION  Magnetic Rose",
      "studio-4c ANIMATION_PRODUCTION  Cannon Fodder",
      "madhouse ANIMATION_PRODUCTION  Stink Bomb",
      "shochiku DISTRIBUTOR JP ",
    ]);
  });

  it("is approved with a new studio, shows in the film and studio JSON, and expires the pages of studios added and removed", async () => {
    const rows = companies([
      { studio: "studio-4c", role: "ANIMATION_PRODUCTION", segment: "Magnetic Rose" },
      { studio: "studio-4c", role: "ANIMATION_PRODUCTION", segment: "Cannon Fodder" },
      { studio: "shochiku", role: "DISTRIBUTOR", region: "jp" },
      { studio: "Sony Pictures Classics", newStudio: true, role: "DISTRIBUTOR", region: "US" },
    ]);
    const submission = await submitSection(actors.editor, memories.id, "companies", rows);
    const review = await getSubmissionReview(submission.id);
    expect(displayValue("companies", review?.changes.companies?.before, review?.names)).toBe(
      [
        "Studio 4°C — Animation production (Magnetic Rose)",
        "Studio 4°C — Animation production (Cannon Fodder)",
        "Madhouse — Animation production (Stink Bomb)",
        "Shochiku — Distributor, Japan",
      ].join("\n"),
    );
    expect(displayValue("companies", review?.changes.companies?.after, review?.names)).toContain(
      "Sony Pictures Classics (new studio) — Distributor, United States",
    );

    const tags = await approveExpiring(submission.id, {
      entityType: "FILM",
      entityId: memories.id,
      section: "companies",
    });
    expect(tags).toEqual(
      expect.arrayContaining(["film:memories", "studio:madhouse", "studio:sony-pictures-classics", "studio:shochiku"]),
    );
    expect(await memoriesCompanies()).toEqual([
      "studio-4c ANIMATION_PRODUCTION  Magnetic Rose",
      "studio-4c ANIMATION_PRODUCTION  Cannon Fodder",
      "shochiku DISTRIBUTOR JP ",
      "sony-pictures-classics DISTRIBUTOR US ",
    ]);
    expect((await getFilmJson("memories"))?.companies).toContainEqual({
      studio: { slug: "sony-pictures-classics", name: "Sony Pictures Classics" },
      role: "DISTRIBUTOR",
      region: "US",
      segment: null,
      episode: null,
    });
    expect((await getStudioJson("sony-pictures-classics"))?.works).toEqual([
      {
        film: { slug: "memories", title: "Memories", year: 1995 },
        format: "film",
        role: "DISTRIBUTOR",
        region: "US",
        segment: null,
        episode: null,
      },
    ]);
    expect((await getStudioJson("madhouse"))?.works).toEqual([]);
  });

  it("refuses a repeat, an unknown studio and a segment the work lacks beside their rows, and saves nothing", async () => {
    const before = await memoriesCompanies();
    const error = await submitSection(
      actors.editor,
      memories.id,
      "companies",
      companies([
        { studio: "shochiku", role: "DISTRIBUTOR", region: "JP" },
        { studio: "Shochiku", role: "DISTRIBUTOR", region: "JP" },
        { studio: "Studio Nowhere", role: "PRODUCTION" },
        { studio: "studio-4c", role: "PRODUCTION", segment: "Nothing Like It" },
        // The same studio in the same role is fine in another region.
        { studio: "shochiku", role: "DISTRIBUTOR", region: "US" },
      ]),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SectionFieldErrors);
    expect((error as SectionFieldErrors).fieldErrors).toEqual({
      "companies.1.studio": ["Shochiku is already credited for distributor in Japan."],
      "companies.2.studio": [
        "No studio called Studio Nowhere. Choose one from the list, or tick “New studio” to add them.",
      ],
      "companies.3.segment": ["This work has no segment called Nothing Like It."],
    });
    expect(await database.prisma.submission.count({ where: { section: "companies", status: "PENDING" } })).toBe(0);
    expect(await memoriesCompanies()).toEqual(before);
  });

  it("credits a studio for one episode of a series, shown by its code in the JSON and refused for an episode it lacks", async () => {
    const lain = await database.prisma.film.findUniqueOrThrow({
      where: { slug: "serial-experiments-lain" },
      select: { id: true },
    });
    const refused = await submitSection(
      actors.editor,
      lain.id,
      "companies",
      companies([{ studio: "madhouse", role: "PRODUCTION", episode: "14" }]),
    ).catch((caught: unknown) => caught);
    expect((refused as SectionFieldErrors).fieldErrors).toEqual({
      "companies.0.episode": ["This series has no episode 14."],
    });

    const rows = companies([
      { studio: "triangle-staff", role: "ANIMATION_PRODUCTION" },
      // The same studio and role for the whole series and for one episode are two credits.
      { studio: "triangle-staff", role: "ANIMATION_PRODUCTION", episode: "13" },
    ]);
    const submission = await submitSection(actors.editor, lain.id, "companies", rows);
    const review = await getSubmissionReview(submission.id);
    expect(displayValue("companies", review?.changes.companies?.after, review?.names)).toBe(
      ["Triangle Staff — Animation production", "Triangle Staff — Animation production (episode 13)"].join("\n"),
    );
    await approveSubmission(actors.moderator, submission.id);
    expect((await getFilmJson("serial-experiments-lain"))?.companies.map((row) => row.episode)).toEqual([null, "13"]);
    expect((await getStudioJson("triangle-staff"))?.works.map((row) => row.episode)).toEqual([null, "13"]);
    expect((await getSectionForEditing(lain.id, "companies"))?.values).toEqual({
      companies: [
        { studio: "triangle-staff", role: "ANIMATION_PRODUCTION", region: "", segment: "" },
        { studio: "triangle-staff", role: "ANIMATION_PRODUCTION", region: "", segment: "", episode: "13" },
      ],
    });
  });
});

describe("a studio", () => {
  it("renamed, expires the pages of every work that credits it", async () => {
    const studio = await database.prisma.studio.findUniqueOrThrow({ where: { slug: "studio-4c" } });
    const editing = await getSectionForEditing(studio.id, "studio");
    const submission = await submitEntityEdit(actors.editor, {
      entityType: "STUDIO",
      entityId: studio.id,
      section: "studio",
      values: { ...editing!.values, name: "Studio 4℃" },
      meta: { summary: "The studio's own spelling", source: "", baseRevisionId: editing!.baseRevisionId },
    });
    expect(await getSubmissionReview(submission.id)).toMatchObject({
      sectionTitle: "Studio",
      entry: { href: "/studios/studio-4c", name: "Studio 4°C" },
    });
    const tags = await approveExpiring(submission.id, { entityType: "STUDIO", entityId: studio.id, section: "studio" });
    expect(tags).toEqual(expect.arrayContaining(["studio:studio-4c", "film:memories"]));
    expect((await getFilmJson("memories"))?.companies[0]?.studio).toEqual({ slug: "studio-4c", name: "Studio 4℃" });
  });

  it("is proposed new, refused while a similar one exists unless confirmed, and created on approval", async () => {
    const proposal = (name: string, confirmedNew = false) =>
      proposeEntry(actors.editor, {
        kind: "new-studio",
        values: { name, nativeName: "", deck: `${name}, proposed.` },
        meta: { summary: "A studio Keyframe lacks", source: "" },
        confirmedNew,
      });
    const similar = await proposal("Madhouse Inc.").catch((caught: unknown) => caught);
    expect(similar).toBeInstanceOf(SimilarEntriesError);
    expect((similar as SimilarEntriesError).similar).toContainEqual(
      expect.objectContaining({ href: "/studios/madhouse", name: "Madhouse" }),
    );
    const submission = await proposal("Production I.G");
    await approveSubmission(actors.moderator, submission.id);
    expect(await database.prisma.studio.findUniqueOrThrow({ where: { slug: "production-i-g" } })).toMatchObject({
      name: "Production I.G",
      deck: "Production I.G, proposed.",
    });
  });

  it("is found by the search, by name and by native name", async () => {
    const search = (q: string, type = "studios") => getSearchJson(SearchApiQuerySchema.parse({ q, type }));
    const found = await search("shochiku");
    expect(found.results[0]).toMatchObject({
      type: "studio",
      slug: "shochiku",
      name: "Shochiku",
      url: expect.stringMatching(/\/studios\/shochiku$/),
    });
    expect(found.totals.studios).toBeGreaterThanOrEqual(1);
    expect((await search("松竹", "all")).results.map((result) => result.slug)).toContain("shochiku");
  });
});
