import { parseArgs } from "node:util";
import { z } from "zod";
import { MAX_SCALE } from "./plan";

const USAGE = "Usage: npm run bench:data -- --scale N [--synthetic-only]";

const ScaleSchema = z.coerce
  .number({ error: "--scale must be a number, such as 1 or 0.01." })
  .positive("--scale must be greater than 0.")
  .max(MAX_SCALE, `--scale is at most ${MAX_SCALE}.`);

export type CatalogueArguments = {
  scale: number;
  /** Whether the real catalogue (bangumi-data) joins the synthetic one, as on a site that imported it. */
  bangumi: boolean;
};

/**
 * The run's scale (1 when none is given) and whether to import bangumi-data too (unless
 * `--synthetic-only`), or a one-line reason the arguments are wrong.
 */
export function parseCatalogueArguments(
  argv: string[],
): ({ ok: true } & CatalogueArguments) | { ok: false; message: string } {
  let values: { scale?: string; "synthetic-only"?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: { scale: { type: "string", default: "1" }, "synthetic-only": { type: "boolean", default: false } },
      strict: true,
    }).values;
  } catch (error) {
    // Node explains some mistakes over several lines; the first says what is wrong.
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/\.$/, "");
    return { ok: false, message: `${reason}. ${USAGE}` };
  }
  const parsed = ScaleSchema.safeParse(values.scale);
  return parsed.success
    ? { ok: true, scale: parsed.data, bangumi: !values["synthetic-only"] }
    : { ok: false, message: `${parsed.error.issues[0]!.message} ${USAGE}` };
}
