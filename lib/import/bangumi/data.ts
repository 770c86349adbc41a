import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ImportRefused } from "../errors";

/** bangumi-data's versions are semver ("0.3.208"). */
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

const ISO_INSTANT = z.iso.datetime({ offset: true });

export const BangumiSiteSchema = z.object({
  site: z.string().min(1),
  id: z.string().optional(),
  begin: z.union([ISO_INSTANT, z.literal("")]).optional(),
  broadcast: z.string().optional(),
});

export const BangumiItemSchema = z.object({
  title: z.string().trim().min(1),
  titleTranslate: z.record(z.string(), z.array(z.string())).default({}),
  type: z.enum(["tv", "movie", "ova", "web"]),
  lang: z.string().default("ja"),
  officialSite: z.string().default(""),
  begin: ISO_INSTANT,
  broadcast: z.string().optional(),
  end: z.union([ISO_INSTANT, z.literal("")]).optional(),
  sites: z.array(BangumiSiteSchema),
});

export type BangumiItem = z.infer<typeof BangumiItemSchema>;

const SiteMetaSchema = z.record(z.string(), z.object({ type: z.string() }).loose());

/** The file's shape; items are checked one by one later, so that one bad item does not stop the rest. */
const BangumiFileSchema = z.object({ siteMeta: SiteMetaSchema, items: z.array(z.unknown()) });

export type BangumiData = { version: string; siteMeta: Record<string, { type: string }>; items: unknown[] };

export const BANGUMI_PACKAGE_DIR = path.resolve(import.meta.dirname, "../../../node_modules/bangumi-data");

/** The installed package's version, from its package.json. */
export async function packageVersion(packageDir = BANGUMI_PACKAGE_DIR): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as { version?: unknown };
  return String(manifest.version ?? "");
}

/** Checks a parsed file and its version; refuses the whole import when either is malformed. */
export function checkBangumiData(parsed: unknown, version: string): BangumiData {
  if (!SEMVER.test(version)) {
    throw new ImportRefused(`“${version}” is not a bangumi-data version (such as 0.3.208): nothing was imported.`);
  }
  const file = BangumiFileSchema.safeParse(parsed);
  if (!file.success) {
    throw new ImportRefused(
      "The data file is not bangumi-data: it needs a siteMeta object and an items array at the top. Nothing was imported.",
    );
  }
  return { version, siteMeta: file.data.siteMeta, items: file.data.items };
}

/** Reads a bangumi-data file (the package's own unless `file` is given) and checks its shape. */
export async function readBangumiData(options: { file?: string; version?: string } = {}): Promise<BangumiData> {
  const file = options.file ?? path.join(BANGUMI_PACKAGE_DIR, "dist/data.json");
  const version = options.version ?? (await packageVersion());
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportRefused(`Cannot read ${file} as JSON (${reason}): nothing was imported.`);
  }
  return checkBangumiData(parsed, version);
}
