/** The tables that grow with the catalogue: reading one of them whole is the scan to catch. */
export const LARGE_TABLES = [
  "Film",
  "Person",
  "Credit",
  "Character",
  "CharacterAppearance",
  "VoiceCredit",
  "Release",
  "Alias",
  "ListItem",
  "List",
  "ListLike",
  "Submission",
  "Revision",
  "User",
  "SearchName",
  "FilmGenre",
  "FilmTheme",
] as const;

/** A node of PostgreSQL's `EXPLAIN (FORMAT JSON)` output, with the fields read here. */
export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  Alias?: string;
  "Index Name"?: string;
  Filter?: string;
  "Plan Rows"?: number;
  Plans?: PlanNode[];
};

/** What `EXPLAIN (FORMAT JSON)` returns: one element holding the root node. */
export type ExplainOutput = [{ Plan: PlanNode }];

export type SeqScan = { table: string; filter: string | null; rows: number | null };

/** Every node of a plan, parents before children. */
export function* planNodes(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.Plans ?? []) yield* planNodes(child);
}

/** The sequential scans of the given tables anywhere in the plan, parallel ones included. */
export function seqScansOf(explain: ExplainOutput, tables: readonly string[] = LARGE_TABLES): SeqScan[] {
  return [...planNodes(explain[0].Plan)].flatMap((node) =>
    node["Node Type"] === "Seq Scan" && node["Relation Name"] && tables.includes(node["Relation Name"])
      ? [{ table: node["Relation Name"], filter: node.Filter ?? null, rows: node["Plan Rows"] ?? null }]
      : [],
  );
}

/** The indexes the plan reads (index, index-only and bitmap index scans), each once. */
export function indexesOf(explain: ExplainOutput): string[] {
  const names = [...planNodes(explain[0].Plan)].flatMap((node) => (node["Index Name"] ? [node["Index Name"]] : []));
  return [...new Set(names)];
}
