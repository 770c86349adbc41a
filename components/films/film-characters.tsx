import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { languageName, prominenceLabel } from "@/lib/format/labels";

export function FilmCharacters({ film }: { film: FilmPage }) {
  return (
    <Section
      id="characters"
      title="Characters & Voice Actors"
      editHref={`/films/${film.slug}/edit/characters`}
      editLabel="Add a character to this film"
    >
      {film.appearances.length === 0 ? (
        <EmptyState>We don&apos;t have any characters attached to this film. Help us fill it in!</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {film.appearances.map((appearance) => (
            <li key={appearance.id} className="rounded-md border border-stone-200 bg-white p-3">
              <Link href={`/characters/${appearance.character.slug}`} className="font-semibold">
                {appearance.character.name}
              </Link>
              <p className="text-sm text-stone-700">
                {prominenceLabel(appearance.prominence)}
                {appearance.segment ? ` · ${appearance.segment.title}` : ""}
              </p>
              {appearance.voiceCredits.length > 0 ? (
                <dl className="mt-2 text-sm">
                  {appearance.voiceCredits.map((voice) => (
                    <div key={voice.id} className="flex gap-2">
                      <dt className="text-stone-700">{languageName(voice.language)}:</dt>
                      <dd>
                        <Link href={`/people/${voice.person.slug}`}>{voice.person.name}</Link>
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
