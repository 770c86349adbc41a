import { isOutsideSourceId, OUTSIDE_SOURCES } from "./declared";

/** How a work's JSON and page credit an outside source its data came from. */
export type SourceCredit = { name: string; url: string; licence: string; licenceUrl: string; version: string };

/**
 * The credits a work owes for its imported rows (`ImportedWork`: source and version), one per
 * source and version, in the order given. Only declared sources are imported (OUTSIDE_SOURCES).
 */
export function sourceCredits(imports: readonly { source: string; version: string }[]): SourceCredit[] {
  const seen = new Set<string>();
  const credits: SourceCredit[] = [];
  for (const { source, version } of imports) {
    const key = `${source}\u0000${version}`;
    if (seen.has(key) || !isOutsideSourceId(source)) continue;
    seen.add(key);
    const declared = OUTSIDE_SOURCES[source];
    credits.push({
      name: declared.name,
      url: declared.url,
      licence: declared.licence.name,
      licenceUrl: declared.licence.url,
      version,
    });
  }
  return credits;
}
