import "server-only";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { db } from "@/lib/db";
import { sourceCredits } from "@/lib/sources/credits";
import { dumpHeader, type DumpHeader } from "./header";
import { DUMP_KIND_ORDER, DUMP_KINDS, type DumpKind, type DumpReader } from "./kinds";
import { dumpLine } from "./lines";
import { dumpFileNames } from "./names";

/** Rows read per query: large enough that a batch's fixed count of queries is cheap, small enough to hold. */
const BATCH_SIZE = 500;

/** A whole dump may take this long; one snapshot is held open meanwhile. */
const DUMP_TIMEOUT_MS = 60 * 60 * 1000;

export type DumpOptions = {
  dir: string;
  site: URL;
  madeAt?: Date;
  /** Called after each batch with the running counts, for a progress line. */
  onProgress?: (counts: Record<DumpKind, number>) => void;
};

export type DumpResult = { dataFile: string; headerFile: string; header: DumpHeader };

async function* lines(
  reader: DumpReader,
  site: URL,
  counts: Record<DumpKind, number>,
  onProgress?: DumpOptions["onProgress"],
) {
  for (const kind of DUMP_KIND_ORDER) {
    let afterId = 0;
    for (;;) {
      const batch = await DUMP_KINDS[kind].read(reader, afterId, BATCH_SIZE, site);
      if (batch.length === 0) break;
      counts[kind] += batch.length;
      afterId = batch.at(-1)!.id;
      // One chunk a batch: a write per line would cost more than the JSON.
      yield batch.map(({ json }) => dumpLine(kind, json)).join("");
      onProgress?.(counts);
      if (batch.length < BATCH_SIZE) break;
    }
  }
}

/** Passes bytes on unchanged, counting them and hashing them on the way. */
function measure() {
  const hash = createHash("sha256");
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, sha256: hash.digest("hex") }) };
}

/** Written aside and renamed, so a reader of the folder never sees half a file. */
function partialName(dir: string, name: string): string {
  return path.join(dir, `.${name}.${process.pid}.${Date.now()}.partial`);
}

/**
 * Writes the whole public catalogue to `<dir>/keyframe-<date>.jsonl.gz`, one entry a line in the
 * API's shapes, then its header `<dir>/keyframe-<date>.json`. Everything is read in one read-only
 * snapshot, so the counts, the sources and the lines agree even while editors keep editing. The
 * header is renamed into place last: a dump whose header is there is complete.
 */
export async function writeDump({ dir, site, madeAt = new Date(), onProgress }: DumpOptions): Promise<DumpResult> {
  const names = dumpFileNames(madeAt);
  await mkdir(dir, { recursive: true });
  const partialData = partialName(dir, names.data);
  const partialHeader = partialName(dir, names.header);
  try {
    const counts = Object.fromEntries(DUMP_KIND_ORDER.map((kind) => [kind, 0])) as Record<DumpKind, number>;
    const measured = measure();
    const imports = await db.$transaction(
      async (tx) => {
        await pipeline(
          Readable.from(lines(tx, site, counts, onProgress)),
          createGzip(),
          measured.stream,
          createWriteStream(partialData),
        );
        return tx.importedWork.groupBy({ by: ["source", "version"], orderBy: [{ source: "asc" }, { version: "asc" }] });
      },
      { isolationLevel: "RepeatableRead", timeout: DUMP_TIMEOUT_MS, maxWait: 60_000 },
    );
    const header = dumpHeader({
      file: names.data,
      date: names.date,
      createdAt: madeAt,
      site,
      sources: sourceCredits(imports),
      counts,
      endpoints: Object.fromEntries(DUMP_KIND_ORDER.map((kind) => [kind, DUMP_KINDS[kind].endpoint])) as Record<
        DumpKind,
        string
      >,
      ...measured.result(),
    });
    await writeFile(partialHeader, `${JSON.stringify(header, null, 2)}\n`);
    const dataFile = path.join(dir, names.data);
    const headerFile = path.join(dir, names.header);
    await rename(partialData, dataFile);
    await rename(partialHeader, headerFile);
    return { dataFile, headerFile, header };
  } finally {
    await rm(partialData, { force: true });
    await rm(partialHeader, { force: true });
  }
}
