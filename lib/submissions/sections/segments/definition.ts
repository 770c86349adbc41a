import { rowField } from "@/lib/forms/numbered-rows";
import { SectionFieldErrors } from "../../errors";
import {
  SEGMENT_FORM_FIELD,
  SegmentsValuesSchema,
  segmentRowsFromForm,
  segmentsFromRows,
  type SegmentValue,
  type SegmentsValues,
} from "./schema";
import type { SectionDefinition, Tx } from "../types";

/** Rows that name a segment of another film, or one deleted since the form was opened. */
async function foreignSegments(tx: Tx, filmId: number, values: SegmentsValues) {
  const owned = await tx.segment.findMany({ where: { filmId }, select: { id: true } });
  const ownedIds = new Set(owned.map((segment) => segment.id));
  const errors: Record<string, string[]> = {};
  values.segments.forEach((segment, index) => {
    if (segment.id !== null && !ownedIds.has(segment.id)) {
      errors[rowField("segments", index, "id")] = [
        "This segment is no longer part of the film. Reload the page and edit again.",
      ];
    }
  });
  return errors;
}

function segmentLine(segment: SegmentValue, index: number): string {
  const native = segment.nativeTitle ? ` (${segment.nativeTitle})` : "";
  const runtime = segment.runtimeMinutes ? `, ${segment.runtimeMinutes} min` : "";
  const synopsis = segment.synopsis ? ` — ${segment.synopsis.replace(/\s+/g, " ")}` : "";
  return `${index + 1}. ${segment.title}${native}${runtime}${synopsis}`;
}

export const segments: SectionDefinition<SegmentsValues> = {
  id: "segments",
  entityType: "FILM",
  title: "Segments",
  fields: { segments: "Segments" },
  schema: SegmentsValuesSchema,
  // Credits and characters on other pages name their segment.
  shownElsewhere: true,
  rowKey: { segments: (segment) => (segment.id === null ? `new:${segment.title.toLowerCase()}` : String(segment.id)) },
  display: { segments: { line: segmentLine } },
  formField: SEGMENT_FORM_FIELD,
  // Credits and characters name their segment by title, and lose it when it is removed.
  affects: ["credits", "characters"],
  fromForm: (fields) => segmentsFromRows(segmentRowsFromForm(fields)),
  async read(tx, filmId) {
    const rows = await tx.segment.findMany({
      where: { filmId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, title: true, nativeTitle: true, synopsis: true, runtimeMinutes: true },
    });
    return { segments: rows.map((row) => ({ ...row, nativeTitle: row.nativeTitle ?? "" })) };
  },
  async resolve(tx, filmId, values) {
    return { values, errors: await foreignSegments(tx, filmId, values) };
  },
  async write(tx, filmId, values) {
    const errors = await foreignSegments(tx, filmId, values);
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    const rows = values.segments.map((segment, index) => ({
      ...segment,
      nativeTitle: segment.nativeTitle || null,
      position: index + 1,
    }));
    const kept = rows.flatMap((row) => (row.id === null ? [] : [{ ...row, id: row.id }]));
    // Credits and appearances on a removed segment lose it through the foreign key's SET NULL.
    await tx.segment.deleteMany({ where: { filmId, id: { notIn: kept.map((row) => row.id) } } });
    if (kept.length > 0) {
      // One statement for every kept row, however many there are.
      await tx.$executeRaw`
        UPDATE "Segment" AS s
        SET position = v.position, title = v.title, "nativeTitle" = v.native_title,
            synopsis = v.synopsis, "runtimeMinutes" = v.runtime_minutes
        FROM unnest(
          ${kept.map((row) => row.id)}::int[], ${kept.map((row) => row.position)}::int[],
          ${kept.map((row) => row.title)}::text[], ${kept.map((row) => row.nativeTitle)}::text[],
          ${kept.map((row) => row.synopsis)}::text[], ${kept.map((row) => row.runtimeMinutes)}::int[]
        ) AS v(id, position, title, native_title, synopsis, runtime_minutes)
        WHERE s.id = v.id AND s."filmId" = ${filmId}`;
    }
    await tx.segment.createMany({
      data: rows.flatMap(({ id, ...row }) => (id === null ? [{ ...row, filmId }] : [])),
    });
  },
};
