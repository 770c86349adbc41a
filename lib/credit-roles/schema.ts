import { z } from "zod";
import { textField } from "@/lib/forms/text";

export const NewCreditRoleSchema = z.strictObject({
  name: textField()
    .trim()
    .min(2, "Give the role a name of at least 2 characters.")
    .max(60, "Role names are at most 60 characters long.")
    .refine((name) => /\p{L}/u.test(name), "A role name needs letters."),
});

export type NewCreditRole = z.infer<typeof NewCreditRoleSchema>;
