import { describe, expect, it } from "vitest";
import {
  currentSeason,
  nextSeason,
  parseSeasonParams,
  previousSeason,
  seasonKey,
  seasonLabel,
  seasonOfCalendarDate,
  seasonPath,
  seasonsBack,
} from "@/lib/seasons/season";

describe("seasonOfCalendarDate", () => {
  it.each([
    ["1998-01-01", 1998, "WINTER"],
    ["1998-03-31", 1998, "WINTER"],
    ["1998-04-01", 1998, "SPRING"],
    ["1998-06-30", 1998, "SPRING"],
    ["1998-07-01", 1998, "SUMMER"],
    ["1998-09-30", 1998, "SUMMER"],
    ["1998-10-01", 1998, "FALL"],
    ["1998-12-31", 1998, "FALL"],
    ["1999-01-01", 1999, "WINTER"],
    ["1995-12", 1995, "FALL"],
  ] as const)("puts %s in %s %s", (date, year, season) => {
    expect(seasonOfCalendarDate(date)).toEqual({ year, season });
  });

  it("has no season for a year alone or anything else", () => {
    expect(seasonOfCalendarDate("1998")).toBeNull();
    expect(seasonOfCalendarDate("1998-13-01")).toBeNull();
    expect(seasonOfCalendarDate("")).toBeNull();
  });
});

describe("currentSeason", () => {
  it("follows Japan's calendar, nine hours ahead of UTC", () => {
    expect(currentSeason(new Date("2026-03-31T14:59:59Z"))).toEqual({ year: 2026, season: "WINTER" });
    expect(currentSeason(new Date("2026-03-31T15:00:00Z"))).toEqual({ year: 2026, season: "SPRING" });
    expect(currentSeason(new Date("2026-12-31T15:00:00Z"))).toEqual({ year: 2027, season: "WINTER" });
  });
});

describe("neighbouring seasons", () => {
  it("walks across the turn of the year both ways", () => {
    expect(nextSeason({ year: 1998, season: "FALL" })).toEqual({ year: 1999, season: "WINTER" });
    expect(previousSeason({ year: 1999, season: "WINTER" })).toEqual({ year: 1998, season: "FALL" });
    expect(nextSeason({ year: 1998, season: "SPRING" })).toEqual({ year: 1998, season: "SUMMER" });
    expect(previousSeason({ year: 1998, season: "SUMMER" })).toEqual({ year: 1998, season: "SPRING" });
  });

  it("lists a number of seasons backwards from one, that one first", () => {
    expect(seasonsBack({ year: 1999, season: "SPRING" }, 4).map(seasonKey)).toEqual([
      "1999-spring",
      "1999-winter",
      "1998-fall",
      "1998-summer",
    ]);
    expect(seasonsBack({ year: 1999, season: "SPRING" }, 40)).toHaveLength(40);
  });
});

describe("season names and addresses", () => {
  const summer = { year: 1998, season: "SUMMER" } as const;

  it("labels, links and keys a season", () => {
    expect(seasonLabel(summer)).toBe("Summer 1998");
    expect(seasonPath(summer)).toBe("/seasons/1998/summer");
    expect(seasonKey(summer)).toBe("1998-summer");
  });

  it("reads a season's address back, and refuses any other spelling or a year out of range", () => {
    const now = new Date("2026-12-02T00:00:00Z");
    expect(parseSeasonParams("1998", "summer", now)).toEqual(summer);
    expect(parseSeasonParams("1900", "winter", now)).toEqual({ year: 1900, season: "WINTER" });
    expect(parseSeasonParams("2031", "fall", now)).toEqual({ year: 2031, season: "FALL" });
    expect(parseSeasonParams("2032", "winter", now)).toBeNull();
    expect(parseSeasonParams("1899", "fall", now)).toBeNull();
    expect(parseSeasonParams("1998", "Summer", now)).toBeNull();
    expect(parseSeasonParams("1998", "autumn", now)).toBeNull();
    expect(parseSeasonParams("01998", "summer", now)).toBeNull();
    expect(parseSeasonParams("1998", "SUMMER", now)).toBeNull();
  });
});
