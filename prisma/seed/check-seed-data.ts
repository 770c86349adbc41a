import { parseReleaseDate } from "../../lib/format/dates";
import { slugify } from "../../lib/format/slug";
import { AliasesValuesSchema } from "../../lib/submissions/sections/aliases/schema";
import { parseWikiLinks, wikiLinkKey, type WikiLinkKind } from "../../lib/wiki/links";
import { communityUsers, lists, SEED_EDITOR } from "./community";
import { seedFilms } from "./films";
import { CREDIT_ROLES, people } from "./people";
import { studios } from "./studios";

/** Fails before touching the database when the seed's data contradicts itself. */
export function checkSeedData(): void {
  const problems: string[] = [];
  const filmSlugs = new Set(seedFilms.map((film) => film.slug));
  const personSlugs = new Set(people.map((person) => slugify(person.name)));
  const studioSlugs = new Set(studios.map((studio) => studio.slug));
  const roles = new Set(CREDIT_ROLES);
  const usernames = new Set(communityUsers.map((user) => user.username));
  // The seed creates no characters, so every character link would be broken.
  const linkable: Record<WikiLinkKind, ReadonlySet<string>> = {
    film: filmSlugs,
    person: personSlugs,
    character: new Set(),
    studio: studioSlugs,
  };

  if (filmSlugs.size !== seedFilms.length) problems.push("duplicate film slugs");
  if (personSlugs.size !== people.length) problems.push("duplicate person slugs");
  if (!usernames.has(SEED_EDITOR)) problems.push(`unknown seed editor ${SEED_EDITOR}`);

  const checkLinks = (where: string, markdown: string) => {
    const links = parseWikiLinks(markdown);
    // The page shows a `[[…]]` it cannot parse (`[[flim:akira]]`) as plain text, so each `[[` must open a link.
    if (links.length !== markdown.split("[[").length - 1) problems.push(`${where}: malformed wiki link`);
    for (const { target } of links) {
      if (!linkable[target.kind].has(target.slug)) problems.push(`${where}: broken wiki link ${wikiLinkKey(target)}`);
    }
  };

  for (const film of seedFilms) {
    const where = `film ${film.slug}`;
    checkLinks(where, film.description);
    if (film.releases.length === 0) problems.push(`${where}: no release, so no year`);
    for (const release of film.releases) {
      // `insertFilms` stores the date string as it is, so it must be a whole `YYYY-MM-DD`.
      if (parseReleaseDate(release.date)?.precision !== "DAY" || release.date.trim() !== release.date)
        problems.push(`${where}: bad release date ${release.date}`);
      if (release.datePrecision === "YEAR" && !release.date.endsWith("-01-01"))
        problems.push(`${where}: a YEAR release must be dated January 1st`);
    }
    for (const credit of film.credits) {
      if (!personSlugs.has(credit.person)) problems.push(`${where}: unknown person ${credit.person}`);
      if (!roles.has(credit.role)) problems.push(`${where}: unknown role ${credit.role}`);
      if (credit.segment !== null && !(credit.segment >= 1 && credit.segment <= film.segments.length))
        problems.push(`${where}: no segment ${credit.segment}`);
    }
    const titles = AliasesValuesSchema.safeParse({ aliases: film.aliases });
    if (!titles.success)
      problems.push(`${where}: titles: ${titles.error.issues.map((issue) => issue.message).join(" ")}`);
    else if (JSON.stringify(titles.data.aliases) !== JSON.stringify(film.aliases)) {
      problems.push(`${where}: titles not as the section stores them (language tags in canonical form)`);
    }
    for (const company of film.companies) {
      if (!studioSlugs.has(company.studio)) problems.push(`${where}: unknown studio ${company.studio}`);
      if (company.segment !== null && !(company.segment >= 1 && company.segment <= film.segments.length))
        problems.push(`${where}: no segment ${company.segment}`);
    }
    if (new Set(film.history).size !== film.history.length) problems.push(`${where}: duplicate history sections`);
  }
  for (const person of people) checkLinks(`person ${slugify(person.name)}`, person.bio);
  for (const studio of studios) checkLinks(`studio ${studio.slug}`, studio.description);
  for (const list of lists) {
    const where = `list "${list.title}"`;
    if (!usernames.has(list.owner)) problems.push(`${where}: unknown owner ${list.owner}`);
    if (new Set(list.films).size !== list.films.length) problems.push(`${where}: a film twice`);
    for (const slug of list.films) if (!filmSlugs.has(slug)) problems.push(`${where}: unknown film ${slug}`);
    for (const liker of list.likedBy) {
      if (!usernames.has(liker) || liker === list.owner) problems.push(`${where}: bad liker ${liker}`);
    }
  }
  if (problems.length > 0) throw new Error(`Seed data is inconsistent: ${problems.join("; ")}`);
}
