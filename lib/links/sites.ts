/**
 * The other databases a work can link to, declared once: what readers call each, the shape of its
 * ids (with the message for an id that does not fit) and the address of a work there. Client-safe:
 * the edit form, the film page and the API all read it.
 */

type Site = {
  label: string;
  /** How the edit form hints at the id. */
  example: string;
  pattern: RegExp;
  /** Why a typed id does not fit, shown beside the row. */
  message: string;
  url(id: string): string;
};

const POSITIVE_INTEGER = /^[1-9]\d{0,9}$/;

function numbered(label: string, example: string, url: (id: string) => string): Site {
  return {
    label,
    example,
    pattern: POSITIVE_INTEGER,
    message: `${label} ids are whole numbers, such as ${example}.`,
    url,
  };
}

export const LINK_SITES = {
  mal: numbered("MyAnimeList", "1462", (id) => `https://myanimelist.net/anime/${id}`),
  anilist: numbered("AniList", "1462", (id) => `https://anilist.co/anime/${id}`),
  anidb: numbered("AniDB", "262", (id) => `https://anidb.net/anime/${id}`),
  ann: numbered(
    "Anime News Network",
    "1476",
    (id) => `https://www.animenewsnetwork.com/encyclopedia/anime.php?id=${id}`,
  ),
  tmdb: {
    label: "TMDB",
    example: "movie/42994",
    pattern: /^(?:movie|tv)\/[1-9]\d{0,9}$/,
    message: "A TMDB id is movie/ or tv/ and a number, such as movie/42994.",
    url: (id) => `https://www.themoviedb.org/${id}`,
  },
  wikidata: {
    label: "Wikidata",
    example: "Q1165437",
    pattern: /^Q[1-9]\d{0,11}$/,
    message: "A Wikidata id is Q and a number, such as Q1165437.",
    url: (id) => `https://www.wikidata.org/wiki/${id}`,
  },
  bangumi: numbered("Bangumi", "3627", (id) => `https://bgm.tv/subject/${id}`),
  official: {
    label: "Official site",
    example: "https://example.com/",
    // An address people can open, without spaces; URL parsing below settles the rest.
    pattern: /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i,
    message: "An official site is a web address starting with http:// or https://.",
    url: (id) => id,
  },
} as const satisfies Record<string, Site>;

export type LinkSite = keyof typeof LINK_SITES;

export const LINK_SITE_IDS = Object.keys(LINK_SITES) as [LinkSite, ...LinkSite[]];

export function isLinkSite(value: string): value is LinkSite {
  return Object.hasOwn(LINK_SITES, value);
}

export function linkSiteLabel(site: LinkSite): string {
  return LINK_SITES[site].label;
}

/** Why an id does not fit its site, or null when it does. */
export function linkIdProblem(site: LinkSite, id: string): string | null {
  const { pattern, message } = LINK_SITES[site];
  if (!pattern.test(id)) return message;
  return site === "official" && !URL.canParse(id) ? message : null;
}

/** The work's address on the site; the id must fit (linkIdProblem). */
export function linkUrl(site: LinkSite, id: string): string {
  return LINK_SITES[site].url(id);
}

/** Stored links with their addresses; a site no longer declared here is left out rather than linked wrongly. */
export function linksWithUrls<Link extends { site: string; externalId: string }>(links: readonly Link[]) {
  return links.flatMap((link) =>
    isLinkSite(link.site) ? [{ ...link, site: link.site, url: linkUrl(link.site, link.externalId) }] : [],
  );
}
