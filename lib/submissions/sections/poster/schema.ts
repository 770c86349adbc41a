import { z } from "zod";

/** The poster section's values: which of the film's uploaded images is its poster. */
export const PosterValuesSchema = z.strictObject({ posterId: z.number().int().positive().nullable() });

export type PosterValues = z.infer<typeof PosterValuesSchema>;
