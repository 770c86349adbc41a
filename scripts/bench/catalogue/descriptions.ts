import type { CreditColumns, EntryColumns, FilmModel, Named } from "./model";
import { Random } from "./random";
import { premise } from "./titles";
import { ADJECTIVES, CITIES, NOUNS } from "./vocabulary";

const FORMAT_NOUNS: Record<string, string> = {
  FILM: "feature film",
  TV: "television series",
  OVA: "original video animation",
  ONA: "web series",
  SPECIAL: "special",
};

const FILLERS: readonly ((random: Random) => string)[] = [
  (random) => `The ${random.pick(NOUNS)[0].toLowerCase()} at the heart of the plot is never fully explained.`,
  (random) =>
    `Critics praised the art direction, especially the ${random.pick(ADJECTIVES)[0].toLowerCase()} ${random.pick(NOUNS)[0].toLowerCase()} sequences.`,
  (random) => `Production took ${random.int(2, 6)} years, much of it spent on the final act.`,
  () => "Several scenes were drawn by hand on paper before being composited digitally.",
  (random) => `The English dub was recorded in ${random.pick(["Los Angeles", "Houston", "London", "Vancouver"])}.`,
  (random) => `Location scouting took the staff to ${random.pick(CITIES)}, whose streets appear throughout.`,
  () => "Its ending divided audiences on release and is still argued about.",
  () => "A soundtrack album followed a month after the premiere.",
];

/**
 * Descriptions in the wiki's Markdown, naming the director and composer and the sequel or a
 * similar work with wiki links, so film pages resolve links as real ones do. Three to eight
 * sentences, so history can grow a description sentence by sentence.
 */
export function describeFilms(options: {
  films: FilmModel[];
  firstFilmId: number;
  credits: CreditColumns;
  people: EntryColumns;
  roles: Named[];
}): void {
  const random = new Random("descriptions");
  const { films, credits, people, roles } = options;
  const director = roles.findIndex((role) => role.name === "Director");
  const music = roles.findIndex((role) => role.name === "Music");
  const link = (person: number) => `[[person:${people.slug[person]}|${people.name[person]}]]`;
  for (const film of films) {
    let directedBy = -1;
    let composer = -1;
    for (let index = film.creditStart; index < film.creditStart + film.creditCount; index += 1) {
      if (directedBy < 0 && credits.role[index] === director) directedBy = credits.person[index]!;
      if (composer < 0 && credits.role[index] === music) composer = credits.person[index]!;
    }
    const sentences = [
      `${film.title} is a ${film.year} ${FORMAT_NOUNS[film.format]}${directedBy >= 0 ? ` directed by ${link(directedBy)}` : ""}.`,
      premise(random),
    ];
    if (composer >= 0) sentences.push(`Its score is by ${link(composer)}.`);
    const sequel = film.relations.find((relation) => relation.kind === "SEQUEL" || relation.kind === "SIDE_STORY");
    const similar = film.relations.find((relation) => relation.kind === "SIMILAR");
    const linked = (id: number) => films[id - options.firstFilmId]!;
    if (sequel) sentences.push(`It was followed by [[film:${linked(sequel.to).slug}|${linked(sequel.to).title}]].`);
    if (similar)
      sentences.push(`Fans often compare it to [[film:${linked(similar.to).slug}|${linked(similar.to).title}]].`);
    const wanted = random.int(3, 8);
    for (const filler of random.sample(FILLERS, Math.max(0, wanted - sentences.length))) sentences.push(filler(random));
    // A paragraph break after the opening two sentences, and another later in long descriptions.
    film.descriptionParts = sentences.map((sentence, index) =>
      index === 0 ? sentence : index === 2 || index === 5 ? `\n\n${sentence}` : ` ${sentence}`,
    );
  }
}
