import "server-only";
import bangumiData from "bangumi-data/package.json" with { type: "json" };
import { OUTSIDE_SOURCES, type OutsideSource, type OutsideSourceId } from "./declared";

// The package.json of each installed source, read where it is installed (node_modules), so the
// version credited is the one the importer reads; a build records it.
const PACKAGES: Record<OutsideSourceId, { name: string; version: string; license: string }> = {
  "bangumi-data": bangumiData,
};

export type InstalledSource = OutsideSource & { id: OutsideSourceId; version: string };

/** The version of a source's package installed here, e.g. "0.3.208". */
export function installedVersion(id: OutsideSourceId): string {
  return PACKAGES[id].version;
}

/** The SPDX licence the installed package declares, to check against the licence credited. */
export function installedLicence(id: OutsideSourceId): string {
  return PACKAGES[id].license;
}

/** Every outside source with the version installed, as /about lists them. */
export function installedSources(): InstalledSource[] {
  return (Object.keys(OUTSIDE_SOURCES) as OutsideSourceId[]).map((id) => ({
    ...OUTSIDE_SOURCES[id],
    id,
    version: installedVersion(id),
  }));
}
