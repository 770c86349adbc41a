import Link from "next/link";
import { FilmCardList } from "@/components/films/film-card-list";
import { Section } from "@/components/ui/section";

type Entry = { slug: string; name: string; nativeName: string | null; deck: string };
type Results = {
  films: Parameters<typeof FilmCardList>[0]["films"];
  people: Entry[];
  characters: Entry[];
};

function EntryList({ entries, path }: { entries: Entry[]; path: "people" | "characters" }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {entries.map((entry) => (
        <li key={entry.slug} className="p-3">
          <Link href={`/${path}/${entry.slug}`} className="font-semibold">
            {entry.name}
          </Link>
          {entry.nativeName ? (
            <span lang="ja" className="ml-2 text-sm text-stone-700">
              {entry.nativeName}
            </span>
          ) : null}
          {entry.deck ? <p className="line-clamp-2 text-sm text-stone-800">{entry.deck}</p> : null}
        </li>
      ))}
    </ul>
  );
}

export function SearchResults({ query, results }: { query: string; results: Results }) {
  const total = results.films.length + results.people.length + results.characters.length;
  if (total === 0) {
    return (
      <div className="space-y-2">
        <p>Nothing matches “{query}”. Check the spelling, or try a shorter part of the name.</p>
        <p>
          Can’t find it? Propose a new <Link href="/films/new">film</Link>, <Link href="/people/new">person</Link> or{" "}
          <Link href="/characters/new">character</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      {results.films.length > 0 ? (
        <Section id="film-results" title="Films">
          <FilmCardList films={results.films} />
        </Section>
      ) : null}
      {results.people.length > 0 ? (
        <Section id="person-results" title="People">
          <EntryList entries={results.people} path="people" />
        </Section>
      ) : null}
      {results.characters.length > 0 ? (
        <Section id="character-results" title="Characters">
          <EntryList entries={results.characters} path="characters" />
        </Section>
      ) : null}
    </div>
  );
}
