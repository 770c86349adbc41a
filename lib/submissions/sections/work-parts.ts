import type { Choice } from "./shared-schema";

/**
 * The parts of a work a credit or a character row may name, by its format (lib/format/work.ts):
 * a film's segments by title, or a series' episodes by code with their labels. The form offers
 * only the kind the work has.
 */
export type WorkPartChoices = { parts: "segments" | "episodes"; segments: string[]; episodes: Choice[] };
