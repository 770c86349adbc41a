import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { DECK_MAX, wikiTextSchema } from "../../schema";

export const DescriptionValuesSchema = z.strictObject({
  deck: textField().trim().max(DECK_MAX, `The deck is at most ${DECK_MAX} characters long.`),
  description: wikiTextSchema("description"),
});

export type DescriptionValues = z.infer<typeof DescriptionValuesSchema>;
