import "server-only";
import { db } from "@/lib/db";
import type { LinkSite } from "./sites";

/** The slug of the work whose page on the site has this id, or null. */
export async function filmSlugByLink(site: LinkSite, id: string): Promise<string | null> {
  const link = await db.filmLink.findUnique({
    where: { site_externalId: { site, externalId: id } },
    select: { film: { select: { slug: true } } },
  });
  return link?.film.slug ?? null;
}
