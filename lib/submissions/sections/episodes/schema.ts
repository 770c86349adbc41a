import { z } from "zod";
import { parseReleaseDate } from "@/lib/format/dates";
import { addRunIntent, postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { EPISODE_KINDS, episodeLabel, type EpisodeKind } from "@/lib/episodes/codes";
import { rowList, runtimeMinutesSchema } from "../shared-schema";

export const EPISODE_TITLE_MAX = 300;
export const EPISODE_SYNOPSIS_MAX = 5000;
export const EPISODE_NUMBER_MAX = 9999;
/** The most episodes one "number from … to …" adds at once. */
export const EPISODE_RUN_MAX = 200;

const titleField = () =>
  textField().trim().max(EPISODE_TITLE_MAX, `Titles are at most ${EPISODE_TITLE_MAX} characters.`);

export const EpisodeValueSchema = z.strictObject({
  kind: z.enum(EPISODE_KINDS, "Choose whether this is an episode, a special or a recap."),
  number: z
    .number({ error: "Give the episode's number, a whole number." })
    .int("Give the episode's number, a whole number.")
    .min(0, "Episode numbers start at 0.")
    .max(EPISODE_NUMBER_MAX, `Episode numbers are at most ${EPISODE_NUMBER_MAX}.`),
  /** The English title; empty while unknown. */
  title: titleField(),
  nativeTitle: titleField(),
  romanisedTitle: titleField(),
  /** YYYY, YYYY-MM or YYYY-MM-DD, the day it first aired in Japan; empty while unknown. */
  airDate: textField()
    .trim()
    .refine(
      (date) => date === "" || parseReleaseDate(date) !== null,
      "Use YYYY, YYYY-MM or YYYY-MM-DD for the air date, or leave it empty.",
    ),
  runtimeMinutes: runtimeMinutesSchema,
  synopsis: textField()
    .trim()
    .max(EPISODE_SYNOPSIS_MAX, `A synopsis is at most ${EPISODE_SYNOPSIS_MAX.toLocaleString("en-US")} characters.`),
});

export type EpisodeValue = z.infer<typeof EpisodeValueSchema>;

export const EpisodesValuesSchema = z
  .strictObject({ episodes: rowList(EpisodeValueSchema, "episodes") })
  .superRefine(({ episodes }, context) => {
    // Credits and addresses name an episode by kind and number, so each names one episode.
    const seen = new Set<string>();
    episodes.forEach((episode, index) => {
      const key = `${episode.kind}:${episode.number}`;
      if (seen.has(key)) {
        context.addIssue({
          code: "custom",
          path: ["episodes", index, "number"],
          message: `${episodeLabel(episode)} is listed twice.`,
        });
      }
      seen.add(key);
    });
  });

export type EpisodesValues = z.infer<typeof EpisodesValuesSchema>;

export const EPISODE_FIELDS = [
  "kind",
  "number",
  "title",
  "nativeTitle",
  "romanisedTitle",
  "airDate",
  "runtimeMinutes",
  "synopsis",
] as const;

/** An episode row as the form holds it: every input's text. */
export type EpisodeRow = Record<(typeof EPISODE_FIELDS)[number], string>;

export const BLANK_EPISODE: EpisodeRow = {
  kind: "REGULAR",
  number: "",
  title: "",
  nativeTitle: "",
  romanisedTitle: "",
  airDate: "",
  runtimeMinutes: "",
  synopsis: "",
};

/** The run control's inputs, which belong to no episode: "number from", "to" and the kind. */
export const EPISODE_RUN = { from: "episodes-run-from", to: "episodes-run-to", kind: "episodes-run-kind" } as const;

export const EPISODE_FORM_FIELD = new RegExp(
  `^(?:${rowNames("episodes", EPISODE_FIELDS)}|${Object.values(EPISODE_RUN).join("|")})$`,
);

// A row with nothing but its number (one the run added and nobody filled) is no episode.
const blankEpisode = (row: EpisodeRow) =>
  EPISODE_FIELDS.every((field) => field === "kind" || field === "number" || !row[field].trim());

/**
 * The posted episodes.<n>.* rows in order, blank rows dropped. The form rebuilds a failed post
 * with this too, because the server's error keys ("episodes.2.number") count these rows.
 */
export function episodeRowsFromForm(fields: Record<string, string | undefined>): EpisodeRow[] {
  return postedRows(fields, "episodes", EPISODE_FIELDS)
    .map(({ values }) => values)
    .filter((row) => !blankEpisode(row));
}

const numberOrNull = (text: string) => (text.trim() ? Number(text) : null);

export function episodesFromRows(rows: readonly EpisodeRow[]) {
  return {
    episodes: rows.map((row) => ({
      ...row,
      number: numberOrNull(row.number),
      runtimeMinutes: numberOrNull(row.runtimeMinutes),
    })),
  };
}

export type EpisodeRun = { rows: EpisodeRow[] } | { error: string };

const wholeNumber = (text: string | undefined) => (/^\d{1,4}$/.test(text?.trim() ?? "") ? Number(text) : null);

/**
 * The rows "number from … to …" adds: one pre-numbered row per number of the run that the listed
 * rows do not already use for that kind, for the editor to fill in.
 */
export function episodeRun(
  from: string | undefined,
  to: string | undefined,
  kind: string | undefined,
  listed: readonly Pick<EpisodeRow, "kind" | "number">[],
): EpisodeRun {
  const first = wholeNumber(from);
  const last = wholeNumber(to);
  const runKind = EPISODE_KINDS.find((candidate) => candidate === kind) ?? "REGULAR";
  if (first === null || last === null) return { error: "Give the first and last numbers as whole numbers." };
  if (last < first) return { error: "The last number comes after the first." };
  if (last - first + 1 > EPISODE_RUN_MAX) return { error: `Add at most ${EPISODE_RUN_MAX} episodes at a time.` };
  const used = new Set(
    listed.filter((row) => row.kind === runKind).map((row) => Number(row.number.trim() || Number.NaN)),
  );
  const rows = Array.from({ length: last - first + 1 }, (_, offset) => first + offset)
    .filter((number) => !used.has(number))
    .map((number): EpisodeRow => ({ ...BLANK_EPISODE, kind: runKind satisfies EpisodeKind, number: String(number) }));
  return { rows };
}

/** The run control's submit button posts this as the form's intent, without JavaScript. */
export const EPISODE_RUN_INTENT = addRunIntent("episodes");

/** Where the run's message goes; the summary links to the "from" box. */
export const episodeRunErrorKey = EPISODE_RUN.from;
