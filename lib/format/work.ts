import type { FilmFormat } from "@/lib/generated/prisma/enums";
import { formatLabel } from "./labels";

/**
 * The parts a work's format has: a film or special may be an anthology of segments; a series (TV,
 * OVA, ONA) has episodes. Credits and characters may name one part.
 */
export function workParts(format: FilmFormat): "segments" | "episodes" {
  return format === "FILM" || format === "SPECIAL" ? "segments" : "episodes";
}

/**
 * What pages call the work, by its format: "film", "TV series", "OVA". Sentences use it in place
 * of "film", so a series' page never calls it one.
 */
export function workNoun(format: FilmFormat): string {
  const label = formatLabel(format);
  // Abbreviations and "TV" keep their capitals inside a sentence.
  return format === "FILM" || format === "SPECIAL" ? label.toLowerCase() : label;
}
