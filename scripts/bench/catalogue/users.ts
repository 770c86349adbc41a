import { Faker, base, en } from "@faker-js/faker";
import type { Existing, FilmModel, ListModel, Named, UserModel } from "./model";
import { BIG_LIST_ITEMS, type CatalogueCounts } from "./plan";
import { apportion, Random, ZipfPicker } from "./random";
import { addedAt, between, CATALOGUE_END } from "./time";
import { LIST_TITLES } from "./vocabulary";

const LISTS_PER_USER = 100;

export function generateUsers(counts: CatalogueCounts, existing: Existing): UserModel[] {
  const random = new Random("users");
  const faker = new Faker({ locale: [en, base], seed: 2004 });
  const taken = new Set(existing.usernames);
  const users: UserModel[] = [];
  for (let index = 0; index < counts.users; index += 1) {
    const displayName = faker.internet.username().slice(0, 28);
    let username = displayName
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, "")
      .slice(0, 28);
    if (username.length < 3) username = `user${index}`;
    for (let suffix = 2; taken.has(username); suffix += 1) username = `${username.replace(/-\d+$/, "")}-${suffix}`;
    taken.add(username);
    users.push({
      username,
      displayName,
      email: random.chance(0.6) ? `${username}@example.com` : null,
      role: (["USER", "TRUSTED", "MODERATOR"] as const)[random.weighted([970, 27, 3])]!,
      createdAt: addedAt(random, index, counts.users),
    });
  }
  return users;
}

/**
 * Lists of films, exactly `counts.listItems` items in all: most public, some unlisted or private,
 * popular films in many of them, and one public list of exactly BIG_LIST_ITEMS films.
 */
export function generateLists(options: {
  counts: CatalogueCounts;
  users: UserModel[];
  firstUserId: number;
  films: FilmModel[];
  seedFilms: Existing["films"];
  genres: Named[];
  themes: Named[];
}): { lists: ListModel[]; bigList: number } {
  const random = new Random("lists");
  const { counts, users, films } = options;
  const filmIds = [...options.seedFilms.map((film) => film.id), ...films.map((film) => film.id)];
  const popularity = new ZipfPicker(random, filmIds.length, { exponent: 0.9, offset: 300 });
  const owners = new ZipfPicker(random, users.length, { exponent: 0.8, offset: 20 });
  const bigList = random.int(0, counts.lists - 1);
  const others = apportion(
    random,
    counts.listItems - BIG_LIST_ITEMS,
    Array.from({ length: counts.lists - 1 }, () => Math.pow(random.next(), 2) + 0.05),
    { min: 0, max: Math.min(BIG_LIST_ITEMS - 1, filmIds.length) },
  );
  const sizeOf = (index: number) => (index === bigList ? BIG_LIST_ITEMS : others[index < bigList ? index : index - 1]!);
  const listsOf = new Int32Array(users.length);
  const lists: ListModel[] = [];
  for (let index = 0; index < counts.lists; index += 1) {
    let owner = owners.pick(random);
    while (listsOf[owner]! >= LISTS_PER_USER) owner = random.int(0, users.length - 1);
    listsOf[owner] = listsOf[owner]! + 1;
    const visibility =
      index === bigList ? "PUBLIC" : (["PUBLIC", "UNLISTED", "PRIVATE"] as const)[random.weighted([85, 7, 8])]!;
    const size = sizeOf(index);
    // The big list is a random thousand films, not the popular ones the other lists share.
    const chosen =
      index === bigList ? random.sample(filmIds, BIG_LIST_ITEMS) : popularFilms(random, popularity, filmIds, size);
    const createdAt = between(random, users[owner]!.createdAt.getTime(), CATALOGUE_END);
    lists.push({
      owner: options.firstUserId + owner,
      title: listTitle(random, options),
      description: random.chance(0.3) ? "Films I keep coming back to, in rough order." : "",
      ranked: random.chance(0.7),
      visibility,
      createdAt,
      films: chosen,
    });
  }
  return { lists, bigList };
}

/** Distinct films drawn by popularity. */
function popularFilms(random: Random, picker: ZipfPicker, filmIds: number[], size: number): number[] {
  const chosen = new Set<number>();
  let attempts = 0;
  while (chosen.size < size && attempts < size * 20) {
    chosen.add(filmIds[picker.pick(random)]!);
    attempts += 1;
  }
  // A long list of a small catalogue runs out of popular films; fill it with any others.
  for (let index = 0; chosen.size < size; index += 1) chosen.add(filmIds[index]!);
  return [...chosen];
}

function listTitle(random: Random, vocabulary: { genres: Named[]; themes: Named[] }): string {
  return random
    .pick(LIST_TITLES)
    .replace("{year}", String(random.int(2015, 2026)))
    .replace("{decade}", String(1960 + 10 * random.int(0, 6)))
    .replace("{genre}", random.pick(vocabulary.genres).name)
    .replace("{theme}", random.pick(vocabulary.themes).name);
}

/** Likes of public lists by other users: popular lists gather many. */
export function generateLikes(options: {
  counts: CatalogueCounts;
  lists: ListModel[];
  firstListId: number;
  firstUserId: number;
  userCount: number;
}): { listId: number; userId: number; createdAt: Date }[] {
  const random = new Random("likes");
  const publicLists = options.lists.flatMap((list, index) => (list.visibility === "PUBLIC" ? [index] : []));
  const picker = new ZipfPicker(random, publicLists.length, { exponent: 1, offset: 10 });
  const seen = new Set<number>();
  const likes: { listId: number; userId: number; createdAt: Date }[] = [];
  let attempts = 0;
  while (likes.length < options.counts.listLikes && attempts < options.counts.listLikes * 20) {
    attempts += 1;
    const listIndex = publicLists[picker.pick(random)]!;
    const list = options.lists[listIndex]!;
    const userId = options.firstUserId + random.int(0, options.userCount - 1);
    const key = listIndex * options.userCount + (userId - options.firstUserId);
    if (userId === list.owner || seen.has(key)) continue;
    seen.add(key);
    likes.push({
      listId: options.firstListId + listIndex,
      userId,
      createdAt: between(random, list.createdAt.getTime(), CATALOGUE_END),
    });
  }
  return likes;
}
