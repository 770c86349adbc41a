import { episodeLabel } from "@/lib/episodes/codes";
import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";

export function FilmCredits({ film }: { film: FilmPage }) {
  return (
    <Section
      id="credits"
      title="Staff"
      editHref={`/films/${film.slug}/edit/credits#credits-new`}
      editLabel={`Add a credit to ${film.title}`}
    >
      <p className="text-sm text-stone-700">Voice actors are credited with the characters they play, above.</p>
      {film.credits.length === 0 ? (
        <EmptyState>No staff are credited on {film.title} yet. Help us fill it in!</EmptyState>
      ) : (
        <ul className="rows">
          {film.credits.map((credit) => (
            <li key={credit.id}>
              <div>
                <Link href={`/people/${credit.person.slug}`}>{credit.person.name}</Link>
                {credit.person.nativeName ? <span lang="ja">{credit.person.nativeName}</span> : null}
              </div>
              <div>
                <p>
                  <b>{credit.role.name}</b>
                  {credit.segment ? ` · ${credit.segment.title}` : null}
                  {credit.episode ? ` · ${episodeLabel(credit.episode)}` : null}
                </p>
                {credit.note || credit.person.deck ? <p>{credit.note || credit.person.deck}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
