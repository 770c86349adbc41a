import { parseReleaseDate, toIsoDate } from "@/lib/format/dates";
import {
  BROADCAST_FORM_FIELD,
  BroadcastValuesSchema,
  broadcastFromForm,
  parseJapanTime,
  toJapanTime,
  type BroadcastValues,
} from "./schema";
import type { SectionDefinition } from "../types";

/**
 * A series' broadcast slot in Japan: when its first episode aired, how many days apart the next
 * ones air, and the date of the last. From these the work page tells when the next episode airs.
 */
export const broadcast: SectionDefinition<BroadcastValues> = {
  id: "broadcast",
  entityType: "FILM",
  title: "Broadcast",
  fields: {
    firstAiring: "First broadcast (Japan time)",
    intervalDays: "Days between episodes",
    lastAiring: "Last broadcast",
  },
  schema: BroadcastValuesSchema,
  // Season charts show each work's broadcast slot.
  shownElsewhere: true,
  display: {
    firstAiring: { text: (text) => text.replace("T", " ") + " JST" },
    intervalDays: { text: (days) => (days === 7 ? "weekly" : `every ${days} days`) },
  },
  formField: BROADCAST_FORM_FIELD,
  fromForm: broadcastFromForm,
  async read(tx, filmId) {
    const film = await tx.film.findUniqueOrThrow({
      where: { id: filmId },
      select: { broadcastStart: true, broadcastIntervalDays: true, broadcastEnd: true },
    });
    return {
      firstAiring: film.broadcastStart ? toJapanTime(film.broadcastStart) : "",
      intervalDays: film.broadcastIntervalDays,
      lastAiring: film.broadcastEnd ? toIsoDate(film.broadcastEnd, "DAY") : "",
    };
  },
  async write(tx, filmId, values) {
    await tx.film.update({
      where: { id: filmId },
      data: {
        broadcastStart: values.firstAiring ? parseJapanTime(values.firstAiring) : null,
        broadcastIntervalDays: values.intervalDays,
        broadcastEnd: values.lastAiring ? (parseReleaseDate(values.lastAiring)?.date ?? null) : null,
      },
    });
  },
};
