import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { parseReleaseDate } from "@/lib/format/dates";

/** "2016-07-02T23:30" as Japan time; the form's datetime-local input sends this shape. */
const JAPAN_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Japan has kept UTC+9 all year since 1952. */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The instant a Japan-time "YYYY-MM-DDTHH:MM" names, or null when it names none. */
export function parseJapanTime(text: string): Date | null {
  const match = JAPAN_TIME.exec(text);
  if (!match) return null;
  const part = (index: number) => Number(match[index]);
  const instant = new Date(Date.UTC(part(1), part(2) - 1, part(3), part(4), part(5)) - JAPAN_OFFSET_MS);
  return toJapanTime(instant) === text ? instant : null;
}

/** An instant as Japan time, "YYYY-MM-DDTHH:MM". */
export function toJapanTime(instant: Date): string {
  return new Date(instant.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 16);
}

export const BroadcastValuesSchema = z
  .strictObject({
    firstAiring: textField()
      .trim()
      .refine(
        (text) => text === "" || parseJapanTime(text) !== null,
        "Give the first broadcast as a date and time in Japan, YYYY-MM-DDTHH:MM, or leave it empty.",
      ),
    intervalDays: z
      .number({ error: "Days between episodes is a whole number." })
      .int("Days between episodes is a whole number.")
      .min(1, "Episodes air at least 1 day apart.")
      .max(31, "Episodes air at most 31 days apart.")
      .nullable(),
    lastAiring: textField()
      .trim()
      .refine(
        (text) => text === "" || parseReleaseDate(text)?.precision === "DAY",
        "Give the last broadcast's date as YYYY-MM-DD, or leave it empty.",
      ),
  })
  .superRefine((values, context) => {
    if (values.intervalDays !== null && values.firstAiring === "") {
      context.addIssue({
        code: "custom",
        path: ["firstAiring"],
        message: "Give the first broadcast too: the repeats count from it.",
      });
    }
    if (values.firstAiring && values.lastAiring && values.lastAiring < values.firstAiring.slice(0, 10)) {
      context.addIssue({
        code: "custom",
        path: ["lastAiring"],
        message: "The last broadcast cannot come before the first.",
      });
    }
  });

export type BroadcastValues = z.infer<typeof BroadcastValuesSchema>;

export const BROADCAST_FORM_FIELD = /^(?:firstAiring|intervalDays|lastAiring)$/;

export function broadcastFromForm(fields: Record<string, string | undefined>) {
  const interval = fields.intervalDays?.trim() ?? "";
  return {
    firstAiring: fields.firstAiring ?? "",
    intervalDays: interval === "" ? null : Number(interval),
    lastAiring: fields.lastAiring ?? "",
  };
}
