import { parseReleaseDate, toIsoDate } from "@/lib/format/dates";
import { isStreamSite, streamSiteLabel } from "@/lib/streams/sites";
import {
  STREAMS_FORM_FIELD,
  StreamsValuesSchema,
  streamFromRow,
  streamKey,
  streamRowsFromForm,
  type StreamValue,
  type StreamsValues,
} from "./schema";
import type { SectionDefinition } from "../types";

function line(stream: StreamValue): string {
  const where = stream.regions.length > 0 ? stream.regions.join(", ") : "all regions";
  const since = stream.since ? `, since ${stream.since}` : "";
  return `${streamSiteLabel(stream.site)}: ${stream.id} (${where}${since})`;
}

/** Where to watch: legal streaming sites with the work's id there, their regions and since when. */
export const streams: SectionDefinition<StreamsValues> = {
  id: "streams",
  entityType: "FILM",
  title: "Where to watch",
  fields: { streams: "Streaming sites" },
  schema: StreamsValuesSchema,
  // Season charts list where each work streams.
  shownElsewhere: true,
  rowKey: { streams: streamKey },
  display: { streams: { line } },
  formField: STREAMS_FORM_FIELD,
  fromForm: (fields) => ({ streams: streamRowsFromForm(fields).map(streamFromRow) }),
  async read(tx, filmId) {
    const rows = await tx.stream.findMany({
      where: { filmId },
      orderBy: { position: "asc" },
      select: { site: true, externalId: true, regions: true, since: true },
    });
    return {
      streams: rows.flatMap((row) =>
        isStreamSite(row.site)
          ? [
              {
                site: row.site,
                id: row.externalId,
                regions: row.regions,
                since: row.since ? toIsoDate(row.since, "DAY") : "",
              },
            ]
          : [],
      ),
    };
  },
  async write(tx, filmId, values) {
    await tx.stream.deleteMany({ where: { filmId } });
    await tx.stream.createMany({
      data: values.streams.map((stream, index) => ({
        filmId,
        site: stream.site,
        externalId: stream.id,
        regions: stream.regions,
        since: stream.since ? (parseReleaseDate(stream.since)?.date ?? null) : null,
        position: index + 1,
      })),
    });
  },
};
