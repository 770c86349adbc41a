import { diffWords } from "diff";
import { formatReleaseDate, parseReleaseDate } from "@/lib/format/dates";
import { contentRatingLabel, regionName } from "@/lib/format/labels";
import type { ContentRating } from "@/lib/generated/prisma/enums";

/** A section value as the text a reader compares: one line per release, labels for codes. */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (field === "contentRating") return contentRatingLabel(value as ContentRating);
  if (field === "releases" && Array.isArray(value)) {
    return value
      .map((release: { region: string; title: string; date: string }) => {
        const parsed = release.date ? parseReleaseDate(release.date) : null;
        const date = parsed ? formatReleaseDate(parsed.date, parsed.precision) : "date unknown";
        return `${regionName(release.region)}: ${release.title} (${date})`;
      })
      .join("\n");
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

export type DiffPart = { text: string; change: "same" | "removed" | "added" };

/**
 * Word-level differences between two texts, for highlighting what changed inside a long field.
 * A rewrite of a long text could take seconds to diff on every render, so past a time budget the
 * whole old text counts as removed and the whole new text as added.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts = diffWords(before, after, { timeout: 200 });
  if (!parts) {
    return [
      { text: before, change: "removed" },
      { text: after, change: "added" },
    ];
  }
  return parts.map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}
