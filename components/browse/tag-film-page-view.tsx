import { FilmBrowseView } from "./film-browse-view";
import { TagHeader } from "./tag-header";
import type { TagFilmPage } from "@/lib/browse/tag-film-pages";

/** A genre's or theme's page: the tag, then its films with every other facet to narrow them. */
export function TagFilmPageView({ facet, label, indexHref, indexLabel, basePath, tag, page }: TagFilmPage) {
  return (
    <div className="space-y-6">
      <TagHeader
        kind={label}
        name={tag.name}
        description={tag.description}
        indexHref={indexHref}
        indexLabel={indexLabel}
      />
      <FilmBrowseView basePath={basePath} fixed={facet} {...page} />
    </div>
  );
}
