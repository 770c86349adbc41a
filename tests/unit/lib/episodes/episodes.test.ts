import { describe, expect, it } from "vitest";
import { airedCount, japanToday, nextAiringChange } from "@/lib/episodes/aired";
import { episodeCode, parseEpisodeCode } from "@/lib/episodes/codes";
import { arrangesRows } from "@/lib/forms/numbered-rows";
import { episodesBeforeStart } from "@/lib/submissions/sections/episodes/definition";
import {
  BLANK_EPISODE,
  EPISODE_RUN_INTENT,
  EpisodesValuesSchema,
  episodeRowsFromForm,
  episodeRun,
  episodesFromRows,
} from "@/lib/submissions/sections/episodes/schema";

const row = (number: string, title = `Episode ${number}`, airDate = "") => ({
  ...BLANK_EPISODE,
  number,
  title,
  airDate,
});
const day = (iso: string) => ({
  kind: "REGULAR",
  airDate: new Date(`${iso}T00:00:00Z`),
  airDatePrecision: "DAY" as const,
});

describe("the episodes schema", () => {
  it("refuses an episode number used twice for the same kind, beside the second row", () => {
    const result = EpisodesValuesSchema.safeParse(episodesFromRows([row("1"), row("2"), row("1")]));
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["episodes", 2, "number"], message: "Episode 1 is listed twice." }),
    ]);
  });

  it("takes the same number as a special and as a regular episode", () => {
    const special = { ...row("1"), kind: "SPECIAL" };
    expect(EpisodesValuesSchema.safeParse(episodesFromRows([row("1"), special])).success).toBe(true);
  });

  it("refuses a date that is not one and a number that is not whole", () => {
    const result = EpisodesValuesSchema.safeParse(episodesFromRows([row("1", "A", "1998-02-30"), row("x")]));
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "episodes.0.airDate",
      "episodes.1.number",
    ]);
  });

  it("refuses an episode aired before the series began, and takes one on its first day", () => {
    const values = EpisodesValuesSchema.parse(
      episodesFromRows([row("1", "WEIRD", "1998-07-06"), row("2", "GIRLS", "1998-06"), row("3", "", "1998-07")]),
    );
    const start = { date: new Date("1998-07-06T00:00:00Z"), label: "July 6, 1998" };
    expect(episodesBeforeStart(values, start)).toEqual({
      "episodes.1.airDate": ["Episode 2 cannot have aired before the series began (July 6, 1998)."],
    });
  });
});

describe("the run of numbered rows", () => {
  it("is a post that only arranges rows, and rows left with nothing but their number are no episodes", () => {
    const posted = {
      intent: EPISODE_RUN_INTENT,
      "episodes.0.kind": "REGULAR",
      "episodes.0.number": "1",
      "episodes.0.title": "Kept",
      "episodes.1.kind": "REGULAR",
      "episodes.1.number": "2",
    };
    expect(arrangesRows(posted)).toBe(true);
    expect(episodeRowsFromForm(posted).map((kept) => kept.title)).toEqual(["Kept"]);
  });

  it("numbers a row for each episode of the run that is not listed yet", () => {
    const run = episodeRun("1", "4", "REGULAR", [row("2")]);
    expect("rows" in run && run.rows.map((added) => added.number)).toEqual(["1", "3", "4"]);
  });

  it("refuses a backward run, a run too long and numbers that are not whole", () => {
    expect(episodeRun("5", "1", "REGULAR", [])).toEqual({ error: "The last number comes after the first." });
    expect(episodeRun("1", "500", "REGULAR", [])).toEqual({ error: "Add at most 200 episodes at a time." });
    expect(episodeRun("one", "3", "REGULAR", [])).toHaveProperty("error");
  });
});

describe("the aired count in Japan time", () => {
  const lain = [day("1998-07-06"), day("1998-07-13"), day("1998-07-20")];

  it("counts an episode from midnight in Japan, which is 15:00 UTC the day before", () => {
    expect(airedCount(lain, 13, new Date("1998-07-12T14:59:59Z"))).toMatchObject({ aired: 1, total: 13 });
    expect(airedCount(lain, 13, new Date("1998-07-12T15:00:00Z"))).toMatchObject({ aired: 2, total: 13 });
    expect(japanToday(new Date("1998-07-12T15:00:00Z"))).toBe("1998-07-13");
  });

  it("counts the listed episodes when the plan is unknown, and one dated to a month once the month is over", () => {
    const month = { kind: "REGULAR", airDate: new Date("1998-08-01T00:00:00Z"), airDatePrecision: "MONTH" as const };
    expect(airedCount([...lain, month], null, new Date("1998-08-30T00:00:00Z"))).toMatchObject({ aired: 3, total: 4 });
    expect(airedCount([...lain, month], null, new Date("1998-08-31T00:00:00Z"))).toMatchObject({ aired: 4, total: 4 });
  });

  it("ends the page's cache at the Japanese midnight of the next airing, and never once all have aired", () => {
    expect(nextAiringChange(lain, new Date("1998-07-07T00:00:00Z"))).toEqual(new Date("1998-07-12T15:00:00Z"));
    expect(nextAiringChange(lain, new Date("1998-08-01T00:00:00Z"))).toBeNull();
  });
});

describe("episode codes", () => {
  it("name regular episodes by number and specials and recaps with a letter, both ways", () => {
    expect(episodeCode({ kind: "SPECIAL", number: 1 })).toBe("s1");
    expect(parseEpisodeCode("r2")).toEqual({ kind: "RECAP", number: 2 });
    expect(parseEpisodeCode("12")).toEqual({ kind: "REGULAR", number: 12 });
    expect(parseEpisodeCode("x1")).toBeNull();
  });
});
