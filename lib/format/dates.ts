import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type ReleaseDate = { date: Date; precision: DatePrecision };

// AP style: March through July are never abbreviated, and September is "Sept.".
const AP_MONTHS = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
] as const;

const FULL_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type UtcParts = { year: number; month: number; day: number };

export function formatReleaseDate(date: Date, precision: DatePrecision): string {
  const { year, month, day } = utcParts(date);
  switch (precision) {
    case "YEAR":
      return String(year);
    case "MONTH":
      return `${FULL_MONTHS[month - 1]} ${year}`;
    case "DAY":
      return `${AP_MONTHS[month - 1]} ${day}, ${year}`;
  }
}

export function toIsoDate(date: Date, precision: DatePrecision): string {
  const { year, month, day } = utcParts(date);
  const yyyy = String(year).padStart(4, "0");
  const mm = String(month).padStart(2, "0");
  switch (precision) {
    case "YEAR":
      return yyyy;
    case "MONTH":
      return `${yyyy}-${mm}`;
    case "DAY":
      return `${yyyy}-${mm}-${String(day).padStart(2, "0")}`;
  }
}

export function parseReleaseDate(input: string): ReleaseDate | null {
  const match = ISO_DATE.exec(input.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const parts = { year: Number(year), month: Number(month ?? 1), day: Number(day ?? 1) };
  const date = utcDate(parts);
  if (!sameParts(utcParts(date), parts)) return null;
  const precision: DatePrecision = day ? "DAY" : month ? "MONTH" : "YEAR";
  return { date, precision };
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear takes the year literally.
function utcDate({ year, month, day }: UtcParts): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function utcParts(date: Date): UtcParts {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid release date");
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

// Out-of-range parts (month 13, Feb. 30) roll over into a different date, which is how they are caught.
function sameParts(a: UtcParts, b: UtcParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
