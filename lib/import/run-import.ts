import type { PrismaClient } from "@/lib/generated/prisma/client";
import { linkKey } from "@/lib/submissions/sections/links/schema";
import { loadRomaniser } from "@/lib/titles/romanise";
import { BangumiItemSchema, type BangumiData } from "./bangumi/data";
import { mapBangumiItem } from "./bangumi/map-item";
import { createWorks, hasValues } from "./create-works";
import { ImportRefused } from "./errors";
import { fillMatchedWorks } from "./fill-matched";
import { findWorks } from "./find-works";
import { importerAccount } from "./importer-account";
import { Progress } from "./progress";
import { changedSections, proposeUpdates } from "./propose-updates";
import { BANGUMI_SOURCE } from "./source";
import { IMPORTED_SECTIONS, type MappedWork } from "./values";


/** The advisory lock an import holds for its whole run ("KFimport" in ASCII), so two never interleave. */
export const IMPORT_LOCK_KEY = 0x4b46696d706f7274n;

export type ImportSummary = {
  version: string;
  items: number;
  created: number;
  matched: number;
  updated: number;
  proposed: number;
  unchanged: number;
  skipped: number;
  /** Fields of matched works whose community value was kept over the source's. */
  kept: number;
  /** Links and streams the sections refused (a TMDB season id), or that another work or item already had. */
  dropped: number;
  rows: number;
  seconds: number;
  /** Of `seconds`, the time spent reading and mapping the items (romanising most of it), before the database. */
  mapSeconds: number;
  dryRun: boolean;
};

export type ImportOptions = {
  dryRun?: boolean;
  /** One line per item that was skipped, and other notes. */
  log?: (line: string) => void;
  progress?: Progress;
};

class DryRunDone extends Error {}

/** Maps every item; one that does not parse or map is reported in one line and skipped. */
async function mapItems(data: BangumiData, log: (line: string) => void, progress: Progress) {
  const romanise = await loadRomaniser();
  const works: MappedWork[] = [];
  progress.start("Reading", data.items.length);
  for (const [index, raw] of data.items.entries()) {
    const title =
      typeof (raw as { title?: unknown })?.title === "string" ? (raw as { title: string }).title : "untitled";
    const parsed = BangumiItemSchema.safeParse(raw);
    try {
      if (!parsed.success) throw parsed.error;
      works.push(await mapBangumiItem(parsed.data, index, { siteMeta: data.siteMeta, romanise }));
    } catch (error) {
      const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
      const why = issue ? `${issue.path.join(".") || "item"}: ${issue.message}` : String(error);
      log(`Skipped item ${index} (${title}): ${why}`);
    }
    progress.advance();
  }
  progress.finish();
  return works;
}

/**
 * Gives each item a key of its own (a repeated Bangumi id falls back to title and start; a
 * repeated fallback is skipped), and each link to the first item that lists it. Deterministic,
 * so that the next run of the same file computes the same values.
 */
function settleKeysAndLinks(works: MappedWork[], log: (line: string) => void) {
  const keys = new Set<string>();
  const links = new Set<string>();
  let dropped = 0;
  const settled: MappedWork[] = [];
  for (const work of works) {
    const key = keys.has(work.key) ? work.fallbackKey : work.key;
    if (keys.has(key)) {
      log(`Skipped ${work.label}: it repeats an earlier item.`);
      continue;
    }
    keys.add(key);
    const own = work.values.links.links.filter((link) => !links.has(linkKey(link)));
    for (const link of own) links.add(linkKey(link));
    dropped += work.values.links.links.length - own.length;
    settled.push({ ...work, key, values: { ...work.values, links: { links: own } } });
  }
  return { works: settled, dropped };
}

/**
 * Imports a bangumi-data file: works known from an earlier import get a pending submission per
 * section that changed upstream; works found by their links or their title and year get what
 * they lack; the rest are created, with revisions by the importer. All in one transaction that
 * holds an advisory lock, so a second import at the same time is refused and a failure leaves
 * nothing half done.
 */
export async function importBangumiData(
  prisma: PrismaClient,
  data: BangumiData,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.error(line));
  const progress = options.progress ?? new Progress();
  const mapped = await mapItems(data, log, progress);
  const settled = settleKeysAndLinks(mapped, log);
  const summary: ImportSummary = {
    version: data.version,
    items: data.items.length,
    created: 0,
    matched: 0,
    updated: 0,
    proposed: 0,
    unchanged: 0,
    skipped: data.items.length - settled.works.length,
    kept: 0,
    dropped: settled.dropped + mapped.reduce((sum, work) => sum + work.dropped, 0),
    rows: 0,
    seconds: 0,
    mapSeconds: (performance.now() - started) / 1000,
    dryRun: options.dryRun ?? false,
  };
  try {
    await prisma.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_KEY}) AS locked`;
        if (!lock?.locked)
          throw new ImportRefused("Another import is running: this one was refused and changed nothing.");
        const context = {
          source: BANGUMI_SOURCE,
          version: data.version,
          importerId: await importerAccount(tx),
          summary: `Imported from ${BANGUMI_SOURCE} ${data.version}`,
          onRows: (count: number) => progress.advance(count),
        };
        const { known, matches, fresh, dropped } = await findWorks(tx, settled.works);
        summary.dropped += dropped;

        const changed = known.filter(({ work, stored }) => changedSections(stored, work.values).length > 0);
        summary.unchanged = known.length - changed.length;
        const newRows = rowsOfNewWorks(fresh);
        progress.start("Writing", newRows + matches.length + changed.length);
        summary.kept = await fillMatchedWorks(tx, matches, context);
        summary.matched = matches.length;
        summary.created = (await createWorks(tx, fresh, context)).length;
        summary.proposed = await proposeUpdates(tx, changed, context);
        summary.updated = changed.length;
        // Works the new version left as they were now match it too.
        const changedIds = new Set(changed.map(({ importedId }) => importedId));
        await tx.importedWork.updateMany({
          where: {
            id: { in: known.map(({ importedId }) => importedId).filter((id) => !changedIds.has(id)) },
            version: { not: data.version },
          },
          data: { version: data.version },
        });
        progress.finish();
        // Matched works' revisions and known works' submissions and records, one or a few each.
        summary.rows = newRows + summary.matched + summary.proposed + summary.updated;
        if (options.dryRun) throw new DryRunDone();
      },
      { maxWait: 10_000, timeout: 30 * 60_000 },
    );
  } catch (error) {
    if (!(error instanceof DryRunDone)) throw error;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The rows creating these works writes: films, releases, titles, links, streams, revisions and import records. */
function rowsOfNewWorks(fresh: readonly MappedWork[]): number {
  let rows = 0;
  for (const { values } of fresh) {
    rows += 2 + values.general.releases.length + values.aliases.aliases.length;
    rows += values.links.links.length + values.streams.streams.length;
    rows += IMPORTED_SECTIONS.filter((section) => hasValues(section, values)).length;
  }
  return rows;
}
