import { isUniqueViolation } from "@/lib/db-errors";
import { rowField } from "@/lib/forms/numbered-rows";
import { isLinkSite, linkSiteLabel } from "@/lib/links/sites";
import { SubmissionError } from "../../errors";
import { LINKS_FORM_FIELD, LinksValuesSchema, linkKey, linkRowsFromForm, type LinksValues } from "./schema";
import type { SectionDefinition, Tx } from "../types";

/** The links of these values that another work already has, with that work's title and slug. */
async function linksOnOtherWorks(tx: Tx, filmId: number, values: LinksValues) {
  if (values.links.length === 0) return new Map<string, { title: string; slug: string }>();
  const taken = await tx.filmLink.findMany({
    where: {
      filmId: { not: filmId },
      OR: values.links.map((link) => ({ site: link.site, externalId: link.id })),
    },
    select: { site: true, externalId: true, film: { select: { title: true, slug: true } } },
  });
  return new Map(taken.map((link) => [`${link.site}:${link.externalId}`, link.film]));
}

const LINK_TAKEN_MEANWHILE =
  "One of these links was given to another work while this edit was being approved. Reload to see which.";

function takenMessage(film: { title: string; slug: string }) {
  return `This link is already on “${film.title}” (${film.slug}): a page elsewhere describes one work.`;
}

/** The work's pages on other databases (MyAnimeList, AniDB…), in the order they were added. */
export const links: SectionDefinition<LinksValues> = {
  id: "links",
  entityType: "FILM",
  title: "Links",
  fields: { links: "Links" },
  schema: LinksValuesSchema,
  shownElsewhere: false,
  rowKey: { links: linkKey },
  display: { links: { line: (link) => `${linkSiteLabel(link.site)}: ${link.id}` } },
  formField: LINKS_FORM_FIELD,
  fromForm: (fields) => ({ links: linkRowsFromForm(fields) }),
  async resolve(tx, filmId, values) {
    const taken = await linksOnOtherWorks(tx, filmId, values);
    return {
      values,
      errors: Object.fromEntries(
        values.links.flatMap((link, index) => {
          const film = taken.get(linkKey(link));
          return film ? [[rowField("links", index, "id"), [takenMessage(film)]]] : [];
        }),
      ),
    };
  },
  async read(tx, filmId) {
    const rows = await tx.filmLink.findMany({
      where: { filmId },
      orderBy: { id: "asc" },
      select: { site: true, externalId: true },
    });
    return {
      links: rows.flatMap((row) => (isLinkSite(row.site) ? [{ site: row.site, id: row.externalId }] : [])),
    };
  },
  async write(tx, filmId, values) {
    // Another work may have taken a link since the edit was proposed.
    const [taken] = (await linksOnOtherWorks(tx, filmId, values)).values();
    if (taken) throw new SubmissionError("invalid", takenMessage(taken));
    await tx.filmLink.deleteMany({ where: { filmId } });
    try {
      await tx.filmLink.createMany({
        data: values.links.map((link) => ({ filmId, site: link.site, externalId: link.id })),
      });
    } catch (error) {
      // Another approval gave one of these links to its work while this one ran.
      if (isUniqueViolation(error)) throw new SubmissionError("invalid", LINK_TAKEN_MEANWHILE);
      throw error;
    }
  },
};
