import "server-only";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { letterRanges, type StringRange } from "./letters";
import { offsetOf, paged, type Paged } from "./pagination";
import type { NameBrowseParams } from "./schema";
import { pageSegments } from "./segments";

export type NameRow = { slug: string; name: string; nativeName: string | null; deck: string };

const nameRowSelect = { slug: true, name: true, nativeName: true, deck: true } as const;

type Direction = "asc" | "desc";
type NameSegment = { where: { name?: StringRange }; orderBy: { name?: Direction; id?: Direction }[] };

/**
 * People, characters and studios share a shape: a name with an index. A letter's ranges are segments read
 * one after another by that index (see `pageSegments`); names Z–A read them in reverse.
 */
function nameSegments({ letter, sort }: NameBrowseParams): NameSegment[] {
  const direction: Direction = sort === "name-desc" ? "desc" : "asc";
  const orderBy: NameSegment["orderBy"] = [{ name: direction }, { id: direction }];
  const segments: NameSegment[] = letter
    ? letterRanges(letter).map((name) => ({ where: { name }, orderBy }))
    : [{ where: {}, orderBy }];
  return direction === "desc" ? segments.reverse() : segments;
}

export async function browsePeople(
  params: NameBrowseParams,
  pageSize = config().BROWSE_PAGE_SIZE,
): Promise<Paged<NameRow>> {
  const { rows, total } = await pageSegments(
    nameSegments(params),
    {
      count: ({ where }) => db.person.count({ where }),
      rows: ({ where, orderBy }, skip, take) =>
        db.person.findMany({ where, orderBy, skip, take, select: nameRowSelect }),
    },
    offsetOf(params.page, pageSize),
    pageSize,
  );
  return paged(rows, total, params.page, pageSize);
}

export async function browseCharacters(
  params: NameBrowseParams,
  pageSize = config().BROWSE_PAGE_SIZE,
): Promise<Paged<NameRow>> {
  const { rows, total } = await pageSegments(
    nameSegments(params),
    {
      count: ({ where }) => db.character.count({ where }),
      rows: ({ where, orderBy }, skip, take) =>
        db.character.findMany({ where, orderBy, skip, take, select: nameRowSelect }),
    },
    offsetOf(params.page, pageSize),
    pageSize,
  );
  return paged(rows, total, params.page, pageSize);
}

export async function browseStudios(
  params: NameBrowseParams,
  pageSize = config().BROWSE_PAGE_SIZE,
): Promise<Paged<NameRow>> {
  const { rows, total } = await pageSegments(
    nameSegments(params),
    {
      count: ({ where }) => db.studio.count({ where }),
      rows: ({ where, orderBy }, skip, take) =>
        db.studio.findMany({ where, orderBy, skip, take, select: nameRowSelect }),
    },
    offsetOf(params.page, pageSize),
    pageSize,
  );
  return paged(rows, total, params.page, pageSize);
}
