import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";

export function FilmAliases({ film }: { film: FilmPage }) {
  return (
    <Section id="aliases" title="Aliases" editHref={`/films/${film.slug}/edit/aliases`}>
      {film.aliases.length === 0 ? (
        <EmptyState>{film.title} has no other known names yet.</EmptyState>
      ) : (
        <ul className="plain">
          {film.aliases.map((alias) => (
            <li key={alias.id}>{alias.name}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
