import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";
import { DEVELOPMENT_PASSWORD } from "../../../prisma/seed/community";
import { generateAppearances, generateCharacters } from "./characters";
import { communityLoads } from "./community-rows";
import { copyRows } from "./copy";
import { castLoads } from "./cast-rows";
import { describeFilms } from "./descriptions";
import { ID_TABLES, readExisting } from "./existing";
import { dropSecondaryIndexes, restoreIndexes } from "./indexes";
import { filmLoads, franchiseRows, vocabularies, vocabularyLoads } from "./film-rows";
import { generateFilms } from "./films";
import { planHistory, REVISION_COLUMNS, revisionRows } from "./history";
import type { Load } from "./load";
import { buildManifest, type CatalogueManifest } from "./manifest";
import type { Catalogue } from "./model";
import { describePeople, generateCredits, generatePeople } from "./people";
import { planCounts } from "./plan";
import { silentReporter, Steps, type Reporter, type StepTiming } from "./progress";
import { SUBMISSION_COLUMNS, submissionRows } from "./submissions";
import { generateLists, generateUsers } from "./users";

export type GenerateOptions = {
  /** A migrated and seeded database; the catalogue is added after the seed's rows. */
  url: string;
  scale: number;
  reporter?: Reporter;
};

export type GenerateResult = { manifest: CatalogueManifest; timings: StepTiming[] };

/**
 * Adds the synthetic catalogue to a seeded database: builds it in memory from seeded random
 * streams (the same scale always gives the same rows), streams each table in with COPY, then
 * moves the id sequences past the new rows, refreshes statistics and the search table.
 */
export async function generateCatalogue(options: GenerateOptions): Promise<GenerateResult> {
  const steps = new Steps(options.reporter ?? silentReporter);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    // Triggers (foreign keys included) stay off while loading: the rows are consistent by
    // construction, and the search table is rebuilt once at the end instead of row by row.
    await client.query("SET session_replication_role = replica");
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '512MB'");
    const catalogue = await steps.run("Build the catalogue in memory", 0, () => build(client, options.scale));
    const passwordHash = await steps.run("Hash the shared password", 1, () => hashPassword(DEVELOPMENT_PASSWORD));

    const loads: Load[] = [
      ...vocabularyLoads(catalogue.added, catalogue.franchises),
      ...filmLoads(catalogue),
      ...castLoads(catalogue),
      ...communityLoads(catalogue, passwordHash),
    ];
    const tables = [...loads.map((load) => load.table), "Revision", "Submission"];
    const indexes = await steps.run("Drop secondary indexes", 0, () => dropSecondaryIndexes(client, tables));
    for (const load of loads) await copyLoad(steps, client, load);

    const history = planHistory(catalogue);
    const newest = new Map<string, number>();
    await copyLoad(steps, client, {
      table: "Revision",
      columns: REVISION_COLUMNS,
      total: history.total,
      rows: revisionRows(catalogue, history, catalogue.existing.maxIds.Revision! + 1, newest),
    });
    await copyLoad(steps, client, {
      table: "Submission",
      columns: SUBMISSION_COLUMNS,
      total: catalogue.counts.submissions,
      rows: submissionRows(catalogue, catalogue.existing.maxIds.Submission! + 1, newest),
    });

    await steps.run(`Rebuild ${indexes.length} indexes`, indexes.length, (progress) =>
      restoreIndexes(client, indexes, () => progress.tick(1)),
    );
    await client.query("SET session_replication_role = DEFAULT");
    await steps.run("Move id sequences past the new rows", ID_TABLES.length, () => resetSequences(client));
    await steps.run("Analyze", 0, () => client.query("ANALYZE"));
    // The load ran with triggers off: refill what they keep.
    await steps.run("Rebuild the search table", 0, () => client.query("SELECT rebuild_search_names()"));
    await steps.run("Recount list items, likes and films per genre and theme", 0, () =>
      client.query("SELECT rebuild_counters()"),
    );
    await steps.run("Date each film's season from its releases", 0, () =>
      client.query("SELECT rebuild_film_seasons()"),
    );
    const manifest = await buildManifest(client, catalogue);
    return { manifest, timings: steps.timings };
  } finally {
    await client.end();
  }
}

async function copyLoad(steps: Steps, client: pg.Client, load: Load): Promise<void> {
  if (load.total === 0) return;
  await steps.run(load.table, load.total, (progress) =>
    copyRows(client, load.table, load.columns, load.rows, (rows) => progress.tick(rows)),
  );
}

/** Every generated entity, in memory, in the order their rows depend on one another. */
async function build(
  client: pg.Client,
  scale: number,
): Promise<Catalogue & { added: ReturnType<typeof addedVocabulary> }> {
  const existing = await readExisting(client);
  const counts = planCounts(scale);
  const vocabulary = vocabularies(existing);
  const first = {
    film: existing.maxIds.Film! + 1,
    segment: existing.maxIds.Segment! + 1,
    person: existing.maxIds.Person! + 1,
    character: existing.maxIds.Character! + 1,
    user: existing.maxIds.User! + 1,
    list: existing.maxIds.List! + 1,
    franchise: existing.maxIds.Franchise! + 1,
  };
  const genres = vocabulary.genres.all;
  const themes = vocabulary.themes.all;
  const concepts = vocabulary.concepts.all;
  const { films, franchiseNames } = generateFilms({
    counts,
    existing,
    firstFilmId: first.film,
    firstSegmentId: first.segment,
    vocabulary: { genres, themes, concepts },
  });
  const people = generatePeople(counts, existing);
  const { credits, prolificPerson } = generateCredits({ counts, films, people, roles: existing.roles });
  describeFilms({ films, firstFilmId: first.film, credits, people, roles: existing.roles });
  describePeople(people, credits, films, existing.roles);
  const characters = generateCharacters(counts, existing);
  const { appearances, voices } = generateAppearances({ counts, films, people });
  const users = generateUsers(counts, existing);
  const { lists, bigList } = generateLists({
    counts,
    users,
    firstUserId: first.user,
    films,
    seedFilms: existing.films,
    genres,
    themes,
  });
  return {
    scale,
    counts,
    existing,
    first,
    genres,
    themes,
    concepts,
    franchises: franchiseRows(franchiseNames, existing),
    films,
    credits,
    people,
    prolificPerson,
    characters,
    appearances,
    voices,
    users,
    lists,
    bigList,
    added: addedVocabulary(vocabulary),
  };
}

function addedVocabulary(vocabulary: ReturnType<typeof vocabularies>) {
  return { genres: vocabulary.genres.added, themes: vocabulary.themes.added, concepts: vocabulary.concepts.added };
}

/** Serial columns would otherwise hand out ids the run has already used. */
async function resetSequences(client: pg.Client): Promise<void> {
  for (const table of ID_TABLES) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), greatest((SELECT max(id) FROM "${table}"), 1), (SELECT max(id) FROM "${table}") IS NOT NULL)`,
      [`"${table}"`],
    );
  }
}
