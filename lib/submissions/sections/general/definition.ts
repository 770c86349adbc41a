import { formatReleaseDate, parseReleaseDate, toIsoDate } from "@/lib/format/dates";
import { contentRatingLabel, regionName, sourceMaterialLabel } from "@/lib/format/labels";
import { GENERAL_FORM_FIELD, GeneralValuesSchema, releaseRowsFromForm, type GeneralValues } from "./schema";
import type { SectionDefinition } from "../types";

export const general: SectionDefinition<GeneralValues> = {
  id: "general",
  entityType: "FILM",
  title: "General Information",
  fields: {
    releases: "Releases",
    contentRating: "Rating",
    runtimeMinutes: "Runtime (minutes)",
    sourceMaterial: "Source material",
    episodeCount: "Planned episodes",
  },
  schema: GeneralValuesSchema,
  // Films' pages around it show its year, from the releases.
  shownElsewhere: true,
  rowKey: { releases: (release) => `${release.region}:${release.title.toLowerCase()}` },
  display: {
    releases: {
      line(release) {
        const parsed = release.date ? parseReleaseDate(release.date) : null;
        const date = parsed ? formatReleaseDate(parsed.date, parsed.precision) : "date unknown";
        return `${regionName(release.region)}: ${release.title} (${date})`;
      },
    },
    contentRating: { text: contentRatingLabel },
    sourceMaterial: { text: sourceMaterialLabel },
  },
  formField: GENERAL_FORM_FIELD,
  fromForm: (fields) => ({
    releases: releaseRowsFromForm(fields),
    contentRating: fields.contentRating ? fields.contentRating : null,
    runtimeMinutes: fields.runtimeMinutes?.trim() ? Number(fields.runtimeMinutes) : null,
    sourceMaterial: fields.sourceMaterial ? fields.sourceMaterial : null,
    episodeCount: fields.episodeCount?.trim() ? Number(fields.episodeCount) : null,
  }),
  async read(tx, filmId) {
    const film = await tx.film.findUniqueOrThrow({
      where: { id: filmId },
      select: {
        contentRating: true,
        runtimeMinutes: true,
        sourceMaterial: true,
        episodeCount: true,
        releases: {
          orderBy: { position: "asc" },
          select: { region: true, title: true, date: true, datePrecision: true },
        },
      },
    });
    return {
      releases: film.releases.map((release) => ({
        region: release.region,
        title: release.title,
        date: release.date ? toIsoDate(release.date, release.datePrecision) : "",
      })),
      contentRating: film.contentRating,
      runtimeMinutes: film.runtimeMinutes,
      sourceMaterial: film.sourceMaterial,
      episodeCount: film.episodeCount,
    };
  },
  async write(tx, filmId, values) {
    const releases = values.releases.map((release, index) => {
      const parsed = release.date ? parseReleaseDate(release.date) : null;
      return {
        filmId,
        region: release.region,
        title: release.title,
        date: parsed?.date ?? null,
        datePrecision: parsed?.precision ?? "DAY",
        position: index + 1,
      };
    });
    const years = releases.flatMap((release) => (release.date ? [release.date.getUTCFullYear()] : []));
    await tx.release.deleteMany({ where: { filmId } });
    await tx.release.createMany({ data: releases });
    await tx.film.update({
      where: { id: filmId },
      data: {
        contentRating: values.contentRating,
        runtimeMinutes: values.runtimeMinutes,
        sourceMaterial: values.sourceMaterial,
        episodeCount: values.episodeCount,
        // Without dated releases, the year the film was proposed with stays.
        year: years.length > 0 ? Math.min(...years) : undefined,
      },
    });
  },
};
