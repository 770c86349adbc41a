import { formatLabelOfApi } from "@/lib/api/vocabulary";

/** A work named beside a person, character or studio, so namesakes can be told apart. */
export type WorkRef = { slug: string; title: string; year: number | null };

/**
 * What tells an entry apart from others of the same name: the search API gives it for each result
 * and a form's pickers show it. `format` is the API's spelling ("tv").
 */
export type EntrySummary = {
  type: "film" | "person" | "character" | "studio";
  slug: string;
  name: string;
  nativeName: string | null;
  /** Films only. */
  year: number | null;
  format: string | null;
  /** People and studios only: the years of their earliest and latest works. */
  activeYears: { from: number; to: number } | null;
  /** A person's or studio's best-known works, a character's appearances, at most `WORKS_SHOWN`; null for films. */
  works: WorkRef[] | null;
  /** How many works they have in all; null for films. */
  workCount: number | null;
};

/**
 * An entry a form already names. When another of its kind has the same name, the form shows its
 * slug until its script runs, because without JavaScript the text is what is posted and the slug
 * alone names it.
 */
export type NamedEntry = EntrySummary & { nameShared: boolean };

export const WORKS_SHOWN = 3;

const workLabel = (work: WorkRef) => (work.year ? `${work.title} (${work.year})` : work.title);

function worksLabel(entry: EntrySummary) {
  const works = entry.works ?? [];
  if (works.length === 0) return null;
  const more = (entry.workCount ?? 0) - works.length;
  const list = works.map(workLabel).join(", ") + (more > 0 ? ` and ${more} more` : "");
  return entry.type === "character" ? `in ${list}` : list;
}

function yearsLabel({ activeYears: years }: EntrySummary) {
  if (!years) return null;
  return years.from === years.to ? String(years.from) : `${years.from}–${years.to}`;
}

/**
 * The details shown after an entry's name wherever namesakes may meet: a person's or studio's native
 * name, active years and best-known works; a character's native name and works; a film's format and year.
 */
export function entryDetails(entry: EntrySummary): string {
  const native = entry.nativeName && entry.nativeName !== entry.name ? entry.nativeName : null;
  const parts =
    entry.type === "film"
      ? [(entry.format && formatLabelOfApi(entry.format)) ?? "Film", entry.year, native]
      : [native, yearsLabel(entry), worksLabel(entry)];
  const details = parts.filter((part) => part !== null && part !== undefined && part !== "").join(" · ");
  return details || (entry.type === "film" ? "" : entry.type === "character" ? "In no works yet" : "No works yet");
}
