import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { formatReleaseDate, parseReleaseDate, toIsoDate } from "@/lib/format/dates";

const utc = (year: number, month: number, day = 1) => new Date(Date.UTC(year, month - 1, day));

describe("formatReleaseDate", () => {
  it.each([
    [utc(2004, 2, 24), "Feb. 24, 2004"],
    [utc(1995, 12, 23), "Dec. 23, 1995"],
    [utc(1990, 5, 5), "May 5, 1990"],
    [utc(2000, 6, 1), "June 1, 2000"],
    [utc(1988, 7, 16), "July 16, 1988"],
    [utc(2001, 9, 3), "Sept. 3, 2001"],
    [utc(1997, 1, 11), "Jan. 11, 1997"],
    [utc(1997, 3, 8), "March 8, 1997"],
    [utc(1997, 4, 19), "April 19, 1997"],
    [utc(1997, 8, 2), "Aug. 2, 1997"],
    [utc(1997, 10, 31), "Oct. 31, 1997"],
    [utc(1997, 11, 30), "Nov. 30, 1997"],
  ])("formats %o at day precision as %j", (date, expected) => {
    expect(formatReleaseDate(date, "DAY")).toBe(expected);
  });

  it("spells the month out at month precision", () => {
    expect(formatReleaseDate(utc(2004, 2), "MONTH")).toBe("February 2004");
    expect(formatReleaseDate(utc(2001, 9), "MONTH")).toBe("September 2001");
  });

  it("shows only the year at year precision", () => {
    expect(formatReleaseDate(utc(2004, 1), "YEAR")).toBe("2004");
  });

  it("reads the date in UTC whatever the local time zone", () => {
    // One millisecond before midnight UTC is already the next day east of Greenwich.
    expect(formatReleaseDate(new Date("2003-12-31T23:59:59.999Z"), "DAY")).toBe("Dec. 31, 2003");
    expect(formatReleaseDate(new Date("2004-01-01T00:00:00.000Z"), "YEAR")).toBe("2004");
  });

  it("rejects an invalid date instead of printing NaN", () => {
    expect(() => formatReleaseDate(new Date(Number.NaN), "DAY")).toThrow(RangeError);
  });
});

describe("toIsoDate", () => {
  it("truncates to the precision", () => {
    const date = utc(2004, 2, 24);
    expect(toIsoDate(date, "DAY")).toBe("2004-02-24");
    expect(toIsoDate(date, "MONTH")).toBe("2004-02");
    expect(toIsoDate(date, "YEAR")).toBe("2004");
  });

  it("zero-pads months and days", () => {
    expect(toIsoDate(utc(1988, 7, 6), "DAY")).toBe("1988-07-06");
  });

  it("uses UTC", () => {
    expect(toIsoDate(new Date("2003-12-31T23:59:59.999Z"), "DAY")).toBe("2003-12-31");
  });
});

describe("parseReleaseDate", () => {
  it.each([
    ["2004", utc(2004, 1, 1), "YEAR"],
    ["2004-02", utc(2004, 2, 1), "MONTH"],
    ["2004-02-24", utc(2004, 2, 24), "DAY"],
    ["2004-02-29", utc(2004, 2, 29), "DAY"],
    [" 1988-07-16 ", utc(1988, 7, 16), "DAY"],
  ])("parses %j", (input, date, precision) => {
    expect(parseReleaseDate(input)).toEqual({ date, precision });
  });

  it("stores the date at UTC midnight of the first day of the period", () => {
    expect(parseReleaseDate("2004-02")?.date.toISOString()).toBe("2004-02-01T00:00:00.000Z");
    expect(parseReleaseDate("2004")?.date.toISOString()).toBe("2004-01-01T00:00:00.000Z");
  });

  it("takes two-digit-era years literally", () => {
    expect(parseReleaseDate("0099")?.date.getUTCFullYear()).toBe(99);
  });

  it.each([
    "2004-02-30",
    "2003-02-29",
    "2004-13",
    "2004-00",
    "2004-04-31",
    "2004-01-00",
    "04",
    "20040",
    "2004-2",
    "2004-02-4",
    "2004/02/24",
    "2004-02-24T00:00:00Z",
    "Feb. 24, 2004",
    "",
  ])("rejects %j", (input) => {
    expect(parseReleaseDate(input)).toBeNull();
  });

  it("round-trips through toIsoDate", () => {
    for (const input of ["1995", "1995-12", "1995-12-23"]) {
      const parsed = parseReleaseDate(input);
      expect(parsed).not.toBeNull();
      if (parsed) expect(toIsoDate(parsed.date, parsed.precision)).toBe(input);
    }
  });
});

describe("outside UTC", () => {
  const originalTimeZone = process.env.TZ;

  // West of Greenwich, UTC midnight is still the previous day locally — where local-time getters go wrong.
  beforeAll(() => {
    process.env.TZ = "America/Los_Angeles";
  });

  afterAll(() => {
    // Assigning undefined would set the string "undefined".
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it("runs in a time zone where the local date differs", () => {
    expect(utc(2004, 2, 24).getDate()).toBe(23);
  });

  it("formats, serialises and parses in UTC", () => {
    const date = utc(2004, 2, 1);
    expect(formatReleaseDate(date, "DAY")).toBe("Feb. 1, 2004");
    expect(formatReleaseDate(date, "MONTH")).toBe("February 2004");
    expect(toIsoDate(utc(2004, 1, 1), "YEAR")).toBe("2004");
    expect(parseReleaseDate("2004-02-01")?.date.toISOString()).toBe("2004-02-01T00:00:00.000Z");
  });
});
