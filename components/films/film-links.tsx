import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { isLinkSite, linkSiteLabel, linkUrl } from "@/lib/links/sites";

/** The work's pages on other databases, each under its site's name. */
export function FilmLinks({ film }: { film: FilmPage }) {
  const links = film.links.flatMap((link) => (isLinkSite(link.site) ? [{ ...link, site: link.site }] : []));
  return (
    <Section id="links" title="Links" editHref={`/films/${film.slug}/edit/links`}>
      {links.length === 0 ? (
        <EmptyState>No links to other databases yet.</EmptyState>
      ) : (
        <ul className="plain">
          {links.map((link) => (
            <li key={link.id}>
              <a href={linkUrl(link.site, link.externalId)} rel="external noopener">
                {linkSiteLabel(link.site)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
