import path from "node:path";

/** A dump's two files: `keyframe-2026-12-02.jsonl.gz` and its header `keyframe-2026-12-02.json`. */
const DUMP_FILE = /^keyframe-(\d{4}-\d{2}-\d{2})\.(jsonl\.gz|json)$/;

export type DumpFileKind = "data" | "header";

/** The file names of the dump made on a day (UTC). */
export function dumpFileNames(madeAt: Date): { date: string; data: string; header: string } {
  const date = madeAt.toISOString().slice(0, 10);
  return { date, data: `keyframe-${date}.jsonl.gz`, header: `keyframe-${date}.json` };
}

/**
 * What a name is, when it names a dump file, or null: `/dumps/<name>` serves only such names, so
 * nothing else in the folder (a partial file, a path) is ever reachable.
 */
export function parseDumpFileName(name: string): { date: string; kind: DumpFileKind } | null {
  const match = DUMP_FILE.exec(name);
  if (!match || Number.isNaN(Date.parse(match[1]!))) return null;
  return { date: match[1]!, kind: match[2] === "json" ? "header" : "data" };
}

export const DUMP_CONTENT_TYPES: Record<DumpFileKind, string> = {
  data: "application/gzip",
  header: "application/json; charset=utf-8",
};

/**
 * Where dumps are written and served from: KEYFRAME_DUMP_DIR (`npm start` passes it), else `dumps/`
 * in the data folder, found from the working directory as the media folder is. Read at each call,
 * so tests can point it at a temporary folder.
 */
export function dumpDir(): string {
  const configured = process.env.KEYFRAME_DUMP_DIR;
  if (configured) return path.resolve(configured);
  return path.resolve(process.cwd(), process.env.KEYFRAME_DATA_DIR ?? ".data", "dumps");
}
