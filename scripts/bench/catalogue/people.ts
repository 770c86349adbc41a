import { Faker, base, en } from "@faker-js/faker";
import {
  emptyEntryColumns,
  type CreditColumns,
  type Existing,
  type FilmModel,
  type Named,
  type PeopleColumns,
  type PersonKind,
} from "./model";
import { PROLIFIC_CREDITS, type CatalogueCounts } from "./plan";
import { apportion, Random, ZipfPicker } from "./random";
import { SlugAllocator } from "./slugs";
import { addedAt } from "./time";
import { japaneseName, westernName } from "./titles";
import { CITIES, OCCUPATIONS } from "./vocabulary";

const CREDITS_PER_FILM: Record<string, number> = { FILM: 28, TV: 30, OVA: 14, ONA: 9, SPECIAL: 8 };

/** Roles every film tends to have once, in the order the credits list them. */
const HEAD_ROLES = [
  ["Director", 1],
  ["Original Creator", 0.5],
  ["Writer", 0.9],
  ["Producer", 0.8],
  ["Character Artist/Designer", 0.8],
  ["Art Director", 0.6],
  ["Music", 0.9],
  ["Sound Director", 0.5],
  ["Cinematographer", 0.4],
  ["Editor", 0.4],
] as const;

/** Roles of the long tail of a film's credits. */
const TAIL_ROLES = { "Key Animator": 75, "Animation Director": 20, Producer: 3, Writer: 2 } as const;

/** Roles credited per segment of an anthology. */
const SEGMENT_ROLES = new Set(["Director", "Writer", "Music"]);

export function generatePeople(counts: CatalogueCounts, existing: Existing): PeopleColumns {
  const random = new Random("people");
  const faker = new Faker({ locale: [en, base], seed: 1995 });
  const slugs = new SlugAllocator(existing.personSlugs);
  const people: PeopleColumns = { ...emptyEntryColumns(), kinds: [] };
  for (let index = 0; index < counts.people; index += 1) {
    const kind: PersonKind = (["staff", "japanese-voice", "foreign-voice"] as const)[random.weighted([80, 12, 8])]!;
    const { name, nativeName } = kind === "foreign-voice" ? westernName(faker) : japaneseName(random);
    people.kinds.push(kind);
    people.name.push(name);
    people.nativeName.push(nativeName);
    people.slug.push(slugs.claim(name, "person"));
    people.deck.push("");
    people.text.push("");
    people.createdAt.push(addedAt(random, index, counts.people));
  }
  return people;
}

/**
 * Credits for every film, exactly `counts.credits` of them: a few heads of department, then the
 * animators. People are drawn with a Zipf-like weight, so some are prolific and most have a credit
 * or two; the weights keep everyone else well below PROLIFIC_CREDITS, which one person gets exactly.
 */
export function generateCredits(options: {
  counts: CatalogueCounts;
  films: FilmModel[];
  people: PeopleColumns;
  roles: Named[];
}): { credits: CreditColumns; prolificPerson: number } {
  const random = new Random("credits");
  const { counts, films, people, roles } = options;
  const roleIndex = new Map(roles.map((role, index) => [role.name, index]));
  const staff = people.kinds.flatMap((kind, index) => (kind === "staff" ? [index] : []));
  const picker = new ZipfPicker(random, staff.length, { exponent: 0.9, offset: 300 });
  // The prolific person is a staff member the Zipf draw never returns.
  const prolificPerson = staff[picker.top()]!;
  const drawStaff = () => {
    for (;;) {
      const person = staff[picker.pick(random)]!;
      if (person !== prolificPerson) return person;
    }
  };
  const perFilm = apportion(
    random,
    counts.credits,
    films.map((film) => CREDITS_PER_FILM[film.format]! * (0.4 + random.next() * 1.2)),
    { min: 1, max: 400 },
  );
  const prolificFilms = new Set(
    random.sample(
      films.map((_, index) => index),
      PROLIFIC_CREDITS,
    ),
  );
  const credits: CreditColumns = {
    film: new Int32Array(counts.credits),
    person: new Int32Array(counts.credits),
    role: new Int32Array(counts.credits),
    segment: new Int32Array(counts.credits),
    notes: new Map(),
  };
  let next = 0;
  films.forEach((film, filmIndex) => {
    film.creditStart = next;
    const wanted = perFilm[filmIndex]!;
    const seen = new Set<string>();
    const add = (person: number, role: string, segment: number) => {
      const key = `${person}:${role}:${segment}`;
      if (seen.has(key) || next - film.creditStart >= wanted) return false;
      seen.add(key);
      credits.film[next] = filmIndex;
      credits.person[next] = person;
      credits.role[next] = roleIndex.get(role) ?? 0;
      credits.segment[next] = segment;
      if (random.chance(0.03)) credits.notes.set(next, creditNote(random, role));
      next += 1;
      return true;
    };
    if (prolificFilms.has(filmIndex))
      add(prolificPerson, random.chance(0.7) ? "Key Animator" : "Animation Director", -1);
    for (const [role, probability] of HEAD_ROLES) {
      if (!random.chance(probability)) continue;
      if (SEGMENT_ROLES.has(role) && film.segments.length > 0) {
        film.segments.forEach((_, segment) => add(drawStaff(), role, segment));
      } else {
        add(drawStaff(), role, -1);
      }
    }
    let attempts = 0;
    while (next - film.creditStart < wanted && attempts < wanted * 10) {
      const segment = film.segments.length > 0 && random.chance(0.3) ? random.int(0, film.segments.length - 1) : -1;
      add(drawStaff(), random.weightedKey(TAIL_ROLES), segment);
      attempts += 1;
    }
    film.creditCount = next - film.creditStart;
  });
  if (next !== counts.credits) throw new Error(`Generated ${next} credits instead of ${counts.credits}.`);
  return { credits, prolificPerson };
}

function creditNote(random: Random, role: string): string {
  if (role === "Music") return random.pick(["Opening theme.", "Ending theme.", "Insert songs.", "Soundtrack."]);
  return random.pick(["Uncredited.", "Episodes 1–4.", "Assistant.", "Opening sequence.", "Final episode."]);
}

/** Decks from what each person mostly did; a bio for some, linking one of their films. */
export function describePeople(
  people: PeopleColumns,
  credits: CreditColumns,
  films: FilmModel[],
  roles: Named[],
): void {
  const random = new Random("people-text");
  const mainRole = new Int32Array(people.slug.length).fill(-1);
  const firstFilm = new Int32Array(people.slug.length).fill(-1);
  for (let index = 0; index < credits.person.length; index += 1) {
    const person = credits.person[index]!;
    if (mainRole[person] === -1) {
      mainRole[person] = credits.role[index]!;
      firstFilm[person] = credits.film[index]!;
    }
  }
  for (let person = 0; person < people.slug.length; person += 1) {
    const kind = people.kinds[person]!;
    const occupation =
      kind === "staff"
        ? (OCCUPATIONS[roles[mainRole[person]!]?.name ?? ""] ?? "animator")
        : kind === "japanese-voice"
          ? "voice actor"
          : "voice actor known for English dubs";
    const nationality = kind === "foreign-voice" ? "American" : "Japanese";
    if (random.chance(0.7)) people.deck[person] = `${nationality} ${occupation}.`;
    const film = films[firstFilm[person]!];
    if (film && random.chance(0.3)) {
      people.text[person] =
        `${people.name[person]} was born in ${random.pick(CITIES)} and began working in animation in ${film.year}. ` +
        `An early credit was [[film:${film.slug}|${film.title}]].`;
    }
  }
}
