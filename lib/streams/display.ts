import { regionName } from "@/lib/format/labels";
import { isStreamSite, streamSiteLabel, streamUrl, type StreamSiteId } from "./sites";

type StoredStream = { site: string; externalId: string; regions: string[] };

export type ShownStream<Row extends StoredStream> = Row & { site: StreamSiteId; label: string; url: string };

/** Japan first, since every work here airs there first; then the others by name. */
function regionOrder(regions: readonly string[]): string {
  if (regions.length === 0) return "0";
  if (regions.includes("JP")) return "1";
  return `2${regionName(regions[0]!)}`;
}

/**
 * A work's streams as readers see them: only sites Keyframe links to, each with its label and
 * address, those serving every region first, then those serving Japan, then by region name, so
 * a reader finds their own region's sites together. The stored order breaks ties.
 */
export function shownStreams<Row extends StoredStream>(rows: readonly Row[]): ShownStream<Row>[] {
  return rows
    .flatMap((row) =>
      isStreamSite(row.site)
        ? [{ ...row, site: row.site, label: streamSiteLabel(row.site), url: streamUrl(row.site, row.externalId) }]
        : [],
    )
    .map((stream, index) => ({ stream, key: regionOrder(stream.regions), index }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.index - b.index)
    .map(({ stream }) => stream);
}

/** "All regions", or the regions by name: "Hong Kong, Taiwan". */
export function regionsText(regions: readonly string[]): string {
  return regions.length === 0 ? "All regions" : regions.map(regionName).join(", ");
}

/**
 * A season chart's few words for where a work streams: each site once, with its regions' codes when
 * few ("" when it serves every region).
 */
export function streamSummary(rows: readonly StoredStream[]): { label: string; regions: string }[] {
  // null: every region.
  const seen = new Map<string, Set<string> | null>();
  for (const stream of shownStreams(rows)) {
    const regions = seen.has(stream.label) ? seen.get(stream.label)! : new Set<string>();
    seen.set(stream.label, regions && stream.regions.length > 0 ? new Set([...regions, ...stream.regions]) : null);
  }
  return [...seen].map(([label, regions]) => ({
    label,
    regions: !regions ? "" : regions.size <= 3 ? [...regions].join(", ") : `${regions.size} regions`,
  }));
}
