import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { titleKindLabel } from "@/lib/titles/kinds";
import { groupTitlesByLanguage } from "@/lib/titles/group";
import { UNKNOWN_LANGUAGE } from "@/lib/titles/languages";

/**
 * The work's alternative titles under their languages' names. Each title carries its language, so
 * screen readers pronounce it in that language; an unknown one is marked unknown (lang="").
 */
export function FilmAliases({ film }: { film: FilmPage }) {
  const groups = groupTitlesByLanguage(film.aliases);
  return (
    <Section id="aliases" title="Alternative titles" editHref={`/films/${film.slug}/edit/aliases`}>
      {groups.length === 0 ? (
        <EmptyState>{film.title} has no other known titles yet.</EmptyState>
      ) : (
        <dl className="space-y-2">
          {groups.map((group) => (
            <div key={group.language}>
              <dt className="text-sm font-semibold text-stone-700">{group.name}</dt>
              {group.titles.map((alias) => (
                <dd key={alias.id}>
                  <span lang={alias.language === UNKNOWN_LANGUAGE ? "" : alias.language}>{alias.name}</span>{" "}
                  <span className="text-sm text-stone-600">({titleKindLabel(alias.kind)})</span>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
