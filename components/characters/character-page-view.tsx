import Link from "next/link";
import { EntryHeader } from "@/components/ui/entry-header";
import { EmptyState, Section } from "@/components/ui/section";
import { WikiText } from "@/components/wiki-text";
import type { CharacterPage } from "@/lib/characters/queries";
import { episodeLabel } from "@/lib/episodes/codes";
import { languageName, prominenceLabel } from "@/lib/format/labels";
import type { ResolvedWikiLinks } from "@/lib/wiki/resolve";

export function CharacterPageView({ character, links }: { character: CharacterPage; links: ResolvedWikiLinks }) {
  return (
    <article className="space-y-8">
      <EntryHeader name={character.name} nativeName={character.nativeName} deck={character.deck} />
      <p className="text-sm font-medium">
        <Link href={`/characters/${character.slug}/edit`}>
          Edit<span className="sr-only"> {character.name}</span>
        </Link>
      </p>
      {character.description ? (
        <Section id="description" title="Description">
          <WikiText text={character.description} links={links} className="prose-wiki max-w-3xl leading-relaxed" />
        </Section>
      ) : null}
      <Section id="appearances" title="Appearances">
        {character.appearances.length === 0 ? (
          <EmptyState>{character.name} is not attached to any film yet.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {character.appearances.map((appearance) => (
              <li key={appearance.id}>
                <Link href={`/films/${appearance.film.slug}`} className="font-semibold">
                  {appearance.film.title}
                </Link>
                {appearance.film.year ? <span className="muted"> ({appearance.film.year})</span> : null}
                <span className="muted">
                  {" "}
                  · {prominenceLabel(appearance.prominence)}
                  {appearance.segment ? ` · ${appearance.segment.title}` : ""}
                  {appearance.episode ? ` · ${episodeLabel(appearance.episode)}` : ""}
                </span>
                {appearance.voiceCredits.length > 0 ? (
                  <p className="text-sm">
                    Voiced by{" "}
                    {appearance.voiceCredits.map((voice, index) => (
                      <span key={voice.id}>
                        {index > 0 ? ", " : ""}
                        <Link href={`/people/${voice.person.slug}`}>{voice.person.name}</Link> (
                        {languageName(voice.language)})
                      </span>
                    ))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
