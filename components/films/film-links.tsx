import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { linkSiteLabel, linksWithUrls } from "@/lib/links/sites";

/** The work's pages on other databases, each under its site's name. */
export function FilmLinks({ film }: { film: FilmPage }) {
  const links = linksWithUrls(film.links);
  return (
    <Section id="links" title="Links" editHref={`/films/${film.slug}/edit/links`}>
      {links.length === 0 ? (
        <EmptyState>No links to other databases yet.</EmptyState>
      ) : (
        <ul className="plain">
          {links.map((link) => (
            <li key={link.id}>
              <a href={link.url} rel="external noopener">
                {linkSiteLabel(link.site)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
