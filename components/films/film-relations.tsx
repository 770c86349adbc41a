import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { relationKindLabel } from "@/lib/format/labels";
import { possessive } from "@/lib/format/possessive";

export function FilmFranchise({ film }: { film: FilmPage }) {
  return (
    <Section id="franchise" title="Franchise" editHref={`/films/${film.slug}/edit/franchise`}>
      {film.franchise ? (
        <p className="text-sm">
          <Link href={`/franchises/${film.franchise.slug}`}>{film.franchise.name}</Link>
        </p>
      ) : (
        <EmptyState>{film.title} is not part of a known franchise.</EmptyState>
      )}
    </Section>
  );
}

export function FilmRelations({ film }: { film: FilmPage }) {
  return (
    <Section id="similar" title="Similar" editHref={`/films/${film.slug}/edit/relations`}>
      {film.relations.length === 0 ? (
        <EmptyState>
          We don&apos;t have any info about {possessive(film.title)} related works. Help us fill it in!
        </EmptyState>
      ) : (
        <ul className="plain">
          {film.relations.map((relation) => (
            <li key={`${relation.kind}-${relation.film.slug}`}>
              <span className="muted">{relationKindLabel(relation.kind)}: </span>
              <Link href={`/films/${relation.film.slug}`}>{relation.film.title}</Link>
              {relation.film.year ? <span className="muted"> ({relation.film.year})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
