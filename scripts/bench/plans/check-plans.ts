import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { indexesOf, LARGE_TABLES, seqScansOf, type ExplainOutput, type SeqScan } from "./plan-walk";

/** A public page, as the reads it makes through lib/ (run outside Next, so nothing is cached). */
export type PageRead = { page: string; read: () => Promise<unknown> };

export type CapturedQuery = { query: string; params: unknown[] };

export type PageReport = {
  page: string;
  /** Every statement Prisma sent for the page. */
  queries: number;
  indexes: string[];
  seqScans: (SeqScan & { query: string })[];
  /** Statements EXPLAIN refused, with its message: their plans are unknown, which fails the check. */
  unexplained: { query: string; error: string }[];
};

const READS = /^\s*(select|with)\b/i;

/**
 * Runs each page's reads through the app's own `db` (lib/db reuses `globalThis.prisma`), capturing
 * every statement Prisma sends, then asks PostgreSQL for the plan of each with its real
 * parameters, so the planner sees what it would see serving the page.
 */
export async function checkPlans(url: string, pages: PageRead[]): Promise<PageReport[]> {
  const captured: CapturedQuery[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (event) => captured.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
  const global = globalThis as { prisma?: unknown };
  const previous = global.prisma;
  global.prisma = prisma;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const reports: PageReport[] = [];
    for (const { page, read } of pages) {
      captured.length = 0;
      await read();
      reports.push(await planPage(client, page, [...captured]));
    }
    return reports;
  } finally {
    global.prisma = previous;
    await client.end();
    await prisma.$disconnect();
  }
}

async function planPage(client: pg.ClientBase, page: string, statements: CapturedQuery[]): Promise<PageReport> {
  const report: PageReport = { page, queries: statements.length, indexes: [], seqScans: [], unexplained: [] };
  const indexes = new Set<string>();
  for (const statement of statements.filter(({ query }) => READS.test(query))) {
    try {
      const plan = await explain(client, statement);
      for (const index of indexesOf(plan)) indexes.add(index);
      report.seqScans.push(...seqScansOf(plan, LARGE_TABLES).map((scan) => ({ ...scan, query: statement.query })));
    } catch (error) {
      report.unexplained.push({
        query: statement.query,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  report.indexes = [...indexes].sort();
  return report;
}

/** The plan PostgreSQL would choose for the statement with these very parameters (not run). */
export async function explain(client: pg.ClientBase, { query, params }: CapturedQuery): Promise<ExplainOutput> {
  const result = await client.query<{ "QUERY PLAN": ExplainOutput }>(`EXPLAIN (FORMAT JSON) ${query}`, params);
  return result.rows[0]!["QUERY PLAN"];
}
