import { z } from "zod";
import { TagNameSchema } from "../tags/schema";

export const FRANCHISE_NAME_MAX = 200;

export const FranchiseValuesSchema = z.strictObject({
  franchise: TagNameSchema.max(
    FRANCHISE_NAME_MAX,
    `Names are at most ${FRANCHISE_NAME_MAX} characters long.`,
  ).nullable(),
});

export type FranchiseValues = z.infer<typeof FranchiseValuesSchema>;
