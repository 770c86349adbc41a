import { z } from "zod";
import { textField } from "@/lib/forms/text";

/** Room for the reason in a revision's summary, after "Reverted <section> to revision #<n>: ". */
export const REVERT_REASON_MAX = 200;

/** The revert confirmation form: why the section goes back, which the history then shows. */
export const RevertSchema = z.strictObject({
  reason: textField()
    .trim()
    .min(1, { error: "Say why you are reverting, so the history tells others.", abort: true })
    .max(REVERT_REASON_MAX, `Reasons are at most ${REVERT_REASON_MAX} characters long.`)
    .refine((reason) => /[\p{L}\p{N}]/u.test(reason), "A reason needs words, not just punctuation."),
});
