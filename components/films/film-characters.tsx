import { workNoun } from "@/lib/format/work";
import { episodeLabel } from "@/lib/episodes/codes";
import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { languageName, prominenceLabel } from "@/lib/format/labels";

export function FilmCharacters({ film }: { film: FilmPage }) {
  return (
    <Section
      id="characters"
      title="Characters & Voice Actors"
      editHref={`/films/${film.slug}/edit/characters#characters-new`}
      editLabel={`Add a character to this ${workNoun(film.format)}`}
    >
      {film.appearances.length === 0 ? (
        <EmptyState>
          We don&apos;t have any characters attached to this {workNoun(film.format)}. Help us fill it in!
        </EmptyState>
      ) : (
        <ul className="cards">
          {film.appearances.map((appearance) => (
            <li key={appearance.id}>
              <Link href={`/characters/${appearance.character.slug}`}>{appearance.character.name}</Link>
              <p className="muted">
                {prominenceLabel(appearance.prominence)}
                {appearance.segment ? ` · ${appearance.segment.title}` : ""}
                {appearance.episode ? ` · ${episodeLabel(appearance.episode)}` : ""}
              </p>
              {appearance.voiceCredits.length > 0 ? (
                <dl>
                  {appearance.voiceCredits.map((voice) => (
                    <div key={voice.id}>
                      <dt>{languageName(voice.language)}:</dt>
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
