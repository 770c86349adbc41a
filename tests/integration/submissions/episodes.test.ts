import { beforeAll, describe, expect, it } from "vitest";
import { getEpisodeJson, getFilmJson, getPersonJson } from "@/lib/api/entries";
import { tagsShowingSection } from "@/lib/cache/affected";
import { getEpisodePage } from "@/lib/episodes/queries";
import { searchCatalogue } from "@/lib/search/queries";
import { displayValue } from "@/lib/submissions/display";
import { SectionFieldErrors } from "@/lib/submissions/errors";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { getSectionForEditing, getSubmissionReview } from "@/lib/submissions/queries";
import { withTestDatabase } from "../../support/test-database";
import { seededActors, submitSection } from "./film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;
let series: { id: number };

const episode = (number: number, title: string, airDate: string) => ({
  kind: "REGULAR",
  number,
  title,
  nativeTitle: "",
  romanisedTitle: "",
  airDate,
  runtimeMinutes: null,
  synopsis: "",
});

beforeAll(async () => {
  actors = await seededActors(database.prisma);
  series = await database.prisma.film.create({
    data: {
      slug: "harbour-lights",
      title: "Harbour Lights",
      format: "TV",
      episodeCount: 12,
      releases: { create: { region: "JP", title: "Harbour Lights", date: new Date("2024-04-02"), position: 1 } },
    },
    select: { id: true },
  });
});

describe("editing a series' episodes", () => {
  it("writes the episodes on approval, shows them in diffs, the work's JSON and the episode's own", async () => {
    const submission = await submitSection(actors.editor, series.id, "episodes", {
      episodes: [
        episode(1, "The Lighthouse Keeper", "2024-04-02"),
        episode(2, "Quayside Moonwatch", "2024-04-09"),
        { ...episode(1, "Christmas at the Pier", "2024-12"), kind: "SPECIAL" },
      ],
    });
    const review = await getSubmissionReview(submission.id);
    expect(displayValue("episodes", review?.changes.episodes?.after, review?.names)).toBe(
      [
        "Episode 1: The Lighthouse Keeper, aired April 2, 2024",
        "Episode 2: Quayside Moonwatch, aired April 9, 2024",
        "Special 1: Christmas at the Pier, aired December 2024",
      ].join("\n"),
    );
    expect(await database.prisma.episode.count({ where: { filmId: series.id } })).toBe(0);

    await approveSubmission(actors.moderator, submission.id);
    const json = await getFilmJson("harbour-lights");
    expect(json?.episodeCount).toBe(12);
    expect(json?.episodes.map((listed) => [listed.code, listed.title, listed.airDate])).toEqual([
      ["1", "The Lighthouse Keeper", "2024-04-02"],
      ["2", "Quayside Moonwatch", "2024-04-09"],
      ["s1", "Christmas at the Pier", "2024-12"],
    ]);
    expect(await getEpisodeJson("harbour-lights", "2")).toMatchObject({
      title: "Quayside Moonwatch",
      work: { slug: "harbour-lights" },
    });
    const page = await getEpisodePage("harbour-lights", "2");
    expect(page?.previous).toMatchObject({ kind: "REGULAR", number: 1 });
    expect(page?.next).toMatchObject({ kind: "SPECIAL", number: 1 });
    expect(await getEpisodePage("harbour-lights", "3")).toBeNull();
  });

  it("credits a person on one episode, which its page lists and the work's and person's JSON name", async () => {
    const credits = (await getSectionForEditing(series.id, "credits"))!.values as { credits: unknown[] };
    const submission = await submitSection(actors.editor, series.id, "credits", {
      credits: [
        ...credits.credits,
        { person: "koji-morimoto", role: "Director", segment: "", episode: "2", note: "Storyboard too." },
      ],
    });
    await approveSubmission(actors.moderator, submission.id);
    expect((await getEpisodePage("harbour-lights", "2"))?.episode.credits).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ slug: "koji-morimoto" }), note: "Storyboard too." }),
    ]);
    expect((await getEpisodePage("harbour-lights", "1"))?.episode.credits).toEqual([]);
    expect((await getFilmJson("harbour-lights"))?.credits).toContainEqual(
      expect.objectContaining({ role: "Director", episode: "2" }),
    );
    expect((await getPersonJson("koji-morimoto"))?.credits).toContainEqual(
      expect.objectContaining({ film: expect.objectContaining({ slug: "harbour-lights" }), episode: "2" }),
    );
  });

  it("refuses an episode the series does not have in a credit, beside the row", async () => {
    const error = await submitSection(actors.editor, series.id, "credits", {
      credits: [{ person: "koji-morimoto", role: "Director", segment: "", episode: "9", note: "" }],
    }).catch((caught: unknown) => caught);
    expect((error as SectionFieldErrors).fieldErrors).toEqual({
      "credits.0.episode": ["This series has no episode 9."],
    });
  });

  it("refuses an episode aired before the series began, beside its date, and saves nothing", async () => {
    const before = await database.prisma.submission.count({ where: { section: "episodes" } });
    const error = await submitSection(actors.editor, series.id, "episodes", {
      episodes: [episode(1, "The Lighthouse Keeper", "2024-03-26")],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SectionFieldErrors);
    expect((error as SectionFieldErrors).fieldErrors).toEqual({
      "episodes.0.airDate": ["Episode 1 cannot have aired before the series began (April 2, 2024)."],
    });
    expect(await database.prisma.submission.count({ where: { section: "episodes" } })).toBe(before);
  });

  it("finds the work by an episode's title", async () => {
    const found = await searchCatalogue("quayside moonwatch");
    expect(found.results[0]).toMatchObject({
      kind: "film",
      film: { slug: "harbour-lights" },
      matchedName: "Quayside Moonwatch",
    });
  });

  it("expires the work's tag, which its episode pages carry, when its episodes change", async () => {
    expect(await tagsShowingSection("FILM", series.id, "episodes")).toEqual(["film:harbour-lights", "films:recent"]);
  });

  it("seeds Serial Experiments Lain with its thirteen Layers, weekly from July 6, 1998", async () => {
    const lain = await getFilmJson("serial-experiments-lain");
    expect(lain?.episodes).toHaveLength(13);
    expect(lain?.episodes[0]).toMatchObject({ title: "Layer:01 WEIRD", airDate: "1998-07-06" });
    expect(lain?.episodes[12]).toMatchObject({ title: "Layer:13 EGO", airDate: "1998-09-28" });
  });
});
