import { rowField } from "@/lib/forms/numbered-rows";
import { formatReleaseDate, parseReleaseDate, toIsoDate } from "@/lib/format/dates";
import { lastDayOfPeriod } from "@/lib/episodes/aired";
import { byEpisodeOrder, episodeLabel } from "@/lib/episodes/codes";
import { SectionFieldErrors } from "../../errors";
import {
  EPISODE_FORM_FIELD,
  EpisodesValuesSchema,
  episodeRowsFromForm,
  episodesFromRows,
  type EpisodeValue,
  type EpisodesValues,
} from "./schema";
import type { SectionDefinition, Tx } from "../types";

/**
 * Episodes that certainly aired before the series began (their whole air-date period lies before
 * the work's earliest release), each an error beside its air date. Pure, so unit tests reach it.
 */
export function episodesBeforeStart(values: EpisodesValues, seriesStart: { date: Date; label: string } | null) {
  const errors: Record<string, string[]> = {};
  if (!seriesStart) return errors;
  const start = seriesStart.date.toISOString().slice(0, 10);
  values.episodes.forEach((episode, index) => {
    const parsed = episode.airDate ? parseReleaseDate(episode.airDate) : null;
    const end = parsed ? lastDayOfPeriod(parsed.date, parsed.precision) : null;
    if (end !== null && end < start) {
      errors[rowField("episodes", index, "airDate")] = [
        `${episodeLabel(episode)} cannot have aired before the series began (${seriesStart.label}).`,
      ];
    }
  });
  return errors;
}

/** The work's earliest dated release, when it has one: the day the series began. */
async function seriesStart(tx: Tx, filmId: number) {
  const first = await tx.release.findFirst({
    where: { filmId, date: { not: null } },
    orderBy: { date: "asc" },
    select: { date: true, datePrecision: true },
  });
  return first?.date ? { date: first.date, label: formatReleaseDate(first.date, first.datePrecision) } : null;
}

function episodeLine(episode: EpisodeValue): string {
  const titles = [episode.title, episode.nativeTitle, episode.romanisedTitle].filter(Boolean);
  const parsed = episode.airDate ? parseReleaseDate(episode.airDate) : null;
  const parts = [
    titles.length > 0 ? titles.join(" / ") : "untitled",
    parsed ? `aired ${formatReleaseDate(parsed.date, parsed.precision)}` : null,
    episode.runtimeMinutes ? `${episode.runtimeMinutes} min` : null,
  ].filter(Boolean);
  const synopsis = episode.synopsis ? ` — ${episode.synopsis.replace(/\s+/g, " ")}` : "";
  return `${episodeLabel(episode)}: ${parts.join(", ")}${synopsis}`;
}

export const episodes: SectionDefinition<EpisodesValues> = {
  id: "episodes",
  entityType: "FILM",
  title: "Episodes",
  fields: { episodes: "Episodes" },
  schema: EpisodesValuesSchema,
  // The work's own pages show them (its page and its episodes' pages, under its tag); no other entry's.
  shownElsewhere: false,
  rowKey: { episodes: (episode) => `${episode.kind}:${episode.number}` },
  display: { episodes: { line: episodeLine } },
  formField: EPISODE_FORM_FIELD,
  // Credits and characters name their episode, and lose it when it is removed.
  affects: ["credits", "characters"],
  fromForm: (fields) => episodesFromRows(episodeRowsFromForm(fields)),
  async read(tx, filmId) {
    const rows = await tx.episode.findMany({
      where: { filmId },
      select: {
        kind: true,
        number: true,
        title: true,
        nativeTitle: true,
        romanisedTitle: true,
        airDate: true,
        airDatePrecision: true,
        runtimeMinutes: true,
        synopsis: true,
      },
    });
    return {
      episodes: rows.sort(byEpisodeOrder).map(({ airDate, airDatePrecision, ...row }) => ({
        ...row,
        nativeTitle: row.nativeTitle ?? "",
        romanisedTitle: row.romanisedTitle ?? "",
        airDate: airDate ? toIsoDate(airDate, airDatePrecision) : "",
      })),
    };
  },
  async resolve(tx, filmId, values) {
    return { values, errors: episodesBeforeStart(values, await seriesStart(tx, filmId)) };
  },
  async write(tx, filmId, values) {
    const errors = episodesBeforeStart(values, await seriesStart(tx, filmId));
    // The work's releases may have changed since the submission.
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    const rows = values.episodes.map((episode) => {
      const parsed = episode.airDate ? parseReleaseDate(episode.airDate) : null;
      return {
        ...episode,
        nativeTitle: episode.nativeTitle || null,
        romanisedTitle: episode.romanisedTitle || null,
        airDate: parsed?.date ?? null,
        airDatePrecision: parsed?.precision ?? "DAY",
      };
    });
    // Kept episodes keep their ids, so the credits and characters naming them stay; those removed
    // lose them through the foreign keys' SET NULL.
    await tx.episode.deleteMany({
      where: {
        filmId,
        NOT: { OR: rows.map((row) => ({ kind: row.kind, number: row.number })) },
      },
    });
    if (rows.length === 0) return;
    // One statement for every row, however many there are.
    await tx.$executeRaw`
      INSERT INTO "Episode" ("filmId", kind, number, title, "nativeTitle", "romanisedTitle", "airDate",
                             "airDatePrecision", "runtimeMinutes", synopsis)
      SELECT ${filmId}, v.kind::"EpisodeKind", v.number, v.title, v.native_title, v.romanised_title, v.air_date,
             v.precision::"DatePrecision", v.runtime_minutes, v.synopsis
      FROM unnest(
        ${rows.map((row) => row.kind)}::text[], ${rows.map((row) => row.number)}::int[],
        ${rows.map((row) => row.title)}::text[], ${rows.map((row) => row.nativeTitle)}::text[],
        ${rows.map((row) => row.romanisedTitle)}::text[], ${rows.map((row) => row.airDate?.toISOString().slice(0, 10) ?? null)}::date[],
        ${rows.map((row) => row.airDatePrecision)}::text[], ${rows.map((row) => row.runtimeMinutes)}::int[],
        ${rows.map((row) => row.synopsis)}::text[]
      ) AS v(kind, number, title, native_title, romanised_title, air_date, precision, runtime_minutes, synopsis)
      ON CONFLICT ("filmId", kind, number) DO UPDATE
        SET title = EXCLUDED.title, "nativeTitle" = EXCLUDED."nativeTitle",
            "romanisedTitle" = EXCLUDED."romanisedTitle", "airDate" = EXCLUDED."airDate",
            "airDatePrecision" = EXCLUDED."airDatePrecision", "runtimeMinutes" = EXCLUDED."runtimeMinutes",
            synopsis = EXCLUDED.synopsis`;
  },
};
