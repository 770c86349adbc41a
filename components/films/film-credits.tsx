import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";

export function FilmCredits({ film }: { film: FilmPage }) {
  return (
    <Section
      id="credits"
      title="Staff"
      editHref={`/films/${film.slug}/edit/credits`}
      editLabel={`Add a credit to ${film.title}`}
    >
      <p className="text-sm text-stone-700">Voice actors are credited with the characters they play, above.</p>
      {film.credits.length === 0 ? (
        <EmptyState>No staff are credited on {film.title} yet. Help us fill it in!</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {film.credits.map((credit) => (
            <li key={credit.id} className="grid gap-1 p-3 sm:grid-cols-[14rem_1fr]">
              <div>
                <Link href={`/people/${credit.person.slug}`} className="font-semibold">
                  {credit.person.name}
                </Link>
                {credit.person.nativeName ? (
                  <span lang="ja" className="ml-2 text-sm text-stone-700">
                    {credit.person.nativeName}
                  </span>
                ) : null}
              </div>
              <div>
                <p>
                  <span className="font-medium">{credit.role.name}</span>
                  {credit.segment ? <span className="text-stone-700"> · {credit.segment.title}</span> : null}
                </p>
                {credit.note ? (
                  <p className="text-sm">{credit.note}</p>
                ) : credit.person.deck ? (
                  <p className="text-sm text-stone-700">{credit.person.deck}</p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
