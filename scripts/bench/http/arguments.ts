import { parseArgs } from "node:util";
import { z } from "zod";
import { CASE_IDS, type CaseId } from "./result";

export const USAGE =
  "Usage: npm run bench -- [--duration 10] [--connections 50] [--cases static,about,...] [--rounds 1] [--soak 300] [--out reports/bench.json] [--port N] [--node 20=/usr/bin/node,24=/path/to/node]";

/** A Node binary to serve the build with, and what the tables call it. */
export type NodeBinary = { label: string; path: string };

export type BenchOptions = {
  /** Seconds each case runs. */
  duration: number;
  /** Connections for every case but the single-connection ones (uncached film page, search-1). */
  connections: number;
  cases: CaseId[];
  /** Times the cases run, one after another; each case reports its median round. */
  rounds: number;
  /** Seconds of the cached film page after the cases, watching memory; null for none. */
  soak: number | null;
  out: string;
  port: number | null;
  /** Serve the build with each of these in turn, alternating them round by round; null for this Node alone. */
  nodes: NodeBinary[] | null;
};

const whole = (name: string, max: number) =>
  z.coerce
    .number({ error: `--${name} must be a number.` })
    .int(`--${name} must be a whole number.`)
    .min(1, `--${name} must be at least 1.`)
    .max(max, `--${name} is at most ${max}.`);

const OptionsSchema = z.object({
  duration: whole("duration", 3600),
  connections: whole("connections", 1000),
  cases: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.enum(CASE_IDS, {
            error: (issue) => `Unknown case "${String(issue.input)}"; the cases are ${CASE_IDS.join(", ")}.`,
          }),
        )
        .min(1, "--cases needs at least one case."),
    )
    // Run in the usual order, whatever order they were named in, so the ceilings come first.
    .transform((names) => CASE_IDS.filter((id) => names.includes(id))),
  rounds: whole("rounds", 20),
  soak: whole("soak", 24 * 3600).nullable(),
  out: z.string().min(1, "--out needs a file name."),
  port: whole("port", 65535).nullable(),
  nodes: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^[^=\s]+=\S+$/, {
              error: (issue) => `--node takes LABEL=PATH pairs; got "${String(issue.input)}".`,
            })
            .transform((entry): NodeBinary => {
              const at = entry.indexOf("=");
              return { label: entry.slice(0, at), path: entry.slice(at + 1) };
            }),
        )
        .min(2, "--node needs at least two LABEL=PATH pairs to compare.")
        .refine(
          (nodes) => new Set(nodes.map((node) => node.label)).size === nodes.length,
          "--node labels must differ.",
        ),
    )
    .nullable(),
});

/** The run's options from its arguments, or a one-line reason they are wrong. */
export function parseBenchArguments(
  argv: string[],
): { ok: true; options: BenchOptions } | { ok: false; message: string } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        duration: { type: "string", default: "10" },
        connections: { type: "string", default: "50" },
        cases: { type: "string", default: CASE_IDS.join(",") },
        rounds: { type: "string", default: "1" },
        soak: { type: "string" },
        out: { type: "string", default: "reports/bench.json" },
        port: { type: "string" },
        node: { type: "string" },
      },
    }).values;
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/\.$/, "");
    return { ok: false, message: `${reason}. ${USAGE}` };
  }
  if (values.node !== undefined && values.port !== undefined) {
    return { ok: false, message: `--port serves one Node; with --node each Node gets a free port. ${USAGE}` };
  }
  const parsed = OptionsSchema.safeParse({
    ...values,
    soak: values.soak ?? null,
    port: values.port ?? null,
    nodes: values.node ?? null,
  });
  return parsed.success
    ? { ok: true, options: parsed.data }
    : { ok: false, message: `${parsed.error.issues[0]!.message} ${USAGE}` };
}
