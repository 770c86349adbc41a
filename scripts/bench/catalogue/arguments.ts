import { parseArgs } from "node:util";
import { z } from "zod";
import { MAX_SCALE } from "./plan";

const USAGE = "Usage: npm run bench:data -- --scale N";

const ScaleSchema = z.coerce
  .number({ error: "--scale must be a number, such as 1 or 0.01." })
  .positive("--scale must be greater than 0.")
  .max(MAX_SCALE, `--scale is at most ${MAX_SCALE}.`);

/** The run's scale from its arguments (1 when none is given), or a one-line reason it is wrong. */
export function parseScale(argv: string[]): { ok: true; scale: number } | { ok: false; message: string } {
  let value: string | undefined;
  try {
    value = parseArgs({ args: argv, options: { scale: { type: "string", default: "1" } }, strict: true }).values.scale;
  } catch (error) {
    // Node explains some mistakes over several lines; the first says what is wrong.
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/\.$/, "");
    return { ok: false, message: `${reason}. ${USAGE}` };
  }
  const parsed = ScaleSchema.safeParse(value);
  return parsed.success
    ? { ok: true, scale: parsed.data }
    : { ok: false, message: `${parsed.error.issues[0]!.message} ${USAGE}` };
}
