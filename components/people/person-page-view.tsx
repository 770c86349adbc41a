import Link from "next/link";
import { EntryHeader } from "@/components/ui/entry-header";
import { EmptyState, Section } from "@/components/ui/section";
import { WikiText } from "@/components/wiki-text";
import { episodeHref, episodeLabel } from "@/lib/episodes/codes";
import { languageName } from "@/lib/format/labels";
import { slugify } from "@/lib/format/slug";
import { creditsByRole, type PersonPage } from "@/lib/people/queries";
import type { ResolvedWikiLinks } from "@/lib/wiki/resolve";

function FilmLink({ film }: { film: { slug: string; title: string; year: number | null } }) {
  return (
    <>
      <Link href={`/films/${film.slug}`}>{film.title}</Link>
      {film.year ? <span className="muted"> ({film.year})</span> : null}
    </>
  );
}

export function PersonPageView({ person, links }: { person: PersonPage; links: ResolvedWikiLinks }) {
  const groups = creditsByRole(person.credits);
  return (
    <article className="space-y-8">
      <EntryHeader name={person.name} nativeName={person.nativeName} deck={person.deck} />
      <p className="text-sm font-medium">
        <Link href={`/people/${person.slug}/edit`}>
          Edit<span className="sr-only"> {person.name}</span>
        </Link>
      </p>
      {person.bio ? (
        <Section id="biography" title="Biography">
          <WikiText text={person.bio} links={links} className="prose-wiki max-w-3xl leading-relaxed" />
        </Section>
      ) : null}
      <Section id="credits" title="Credits">
        {groups.length === 0 ? (
          <EmptyState>No staff credits yet.</EmptyState>
        ) : (
          groups.map((group) => (
            <Section key={group.role} id={`role-${slugify(group.role)}`} title={group.role} level={3}>
              <ul className="space-y-1">
                {group.credits.map((credit) => (
                  <li key={credit.id}>
                    <FilmLink film={credit.film} />
                    {credit.segment ? <span className="muted"> · {credit.segment.title}</span> : null}
                    {credit.episode ? (
                      <>
                        {" · "}
                        <Link href={episodeHref(credit.film.slug, credit.episode)}>{episodeLabel(credit.episode)}</Link>
                      </>
                    ) : null}
                    {credit.note ? <p className="text-sm text-stone-800">{credit.note}</p> : null}
                  </li>
                ))}
              </ul>
            </Section>
          ))
        )}
      </Section>
      <Section id="voice-roles" title="Voice roles">
        {person.voiceCredits.length === 0 ? (
          <EmptyState>No voice roles yet.</EmptyState>
        ) : (
          <ul className="space-y-1">
            {person.voiceCredits.map((voice) => (
              <li key={voice.id}>
                <Link href={`/characters/${voice.appearance.character.slug}`}>{voice.appearance.character.name}</Link>{" "}
                in <FilmLink film={voice.appearance.film} />{" "}
                <span className="muted">({languageName(voice.language)})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
