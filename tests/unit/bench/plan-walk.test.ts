import { describe, expect, it } from "vitest";
import { indexesOf, seqScansOf, type ExplainOutput } from "../../../scripts/bench/plans/plan-walk";
import { formatPlanReport, summarisePlans } from "../../../scripts/bench/plans/report";

// Shaped like PostgreSQL's EXPLAIN (FORMAT JSON), trimmed to the fields that matter here.
const plan: ExplainOutput = [
  {
    Plan: {
      "Node Type": "Limit",
      Plans: [
        {
          "Node Type": "Nested Loop",
          Plans: [
            {
              "Node Type": "Seq Scan",
              "Relation Name": "ListItem",
              Alias: "ListItem",
              "Plan Rows": 1000042,
            },
            {
              "Node Type": "Index Scan",
              "Relation Name": "List",
              "Index Name": "List_pkey",
              Plans: [],
            },
            {
              "Node Type": "Bitmap Heap Scan",
              "Relation Name": "Film",
              Plans: [{ "Node Type": "Bitmap Index Scan", "Index Name": "Film_title_idx" }],
            },
            {
              "Node Type": "Seq Scan",
              "Relation Name": "Genre",
              Filter: "(slug = 'mecha'::text)",
              "Plan Rows": 1,
            },
            {
              "Node Type": "Seq Scan",
              "Relation Name": "List",
              Filter: "(visibility = 'PUBLIC')",
              "Plan Rows": 42506,
            },
            { "Node Type": "Index Only Scan", "Relation Name": "List", "Index Name": "List_pkey" },
          ],
        },
      ],
    },
  },
];

describe("walking an EXPLAIN plan", () => {
  it("finds every sequential scan of a large table, however deep, and none of small ones", () => {
    expect(seqScansOf(plan)).toEqual([
      { table: "ListItem", filter: null, rows: 1000042 },
      { table: "List", filter: "(visibility = 'PUBLIC')", rows: 42506 },
    ]);
  });

  it("can be asked about other tables", () => {
    expect(seqScansOf(plan, ["Genre"])).toEqual([{ table: "Genre", filter: "(slug = 'mecha'::text)", rows: 1 }]);
  });

  it("finds nothing in a plan of index scans", () => {
    expect(
      seqScansOf([{ Plan: { "Node Type": "Index Scan", "Relation Name": "Film", "Index Name": "Film_slug_key" } }]),
    ).toEqual([]);
  });

  it("names each index the plan reads once", () => {
    expect(indexesOf(plan)).toEqual(["List_pkey", "Film_title_idx"]);
  });
});

describe("the plan report", () => {
  const reports = [
    { page: "home /", queries: 2, indexes: ["Film_createdAt_idx"], seqScans: [], unexplained: [] },
    {
      page: "lists /lists",
      queries: 3,
      indexes: [],
      seqScans: [
        { table: "List", filter: "(visibility = 'PUBLIC')", rows: 42506, query: 'SELECT  "List"."id"\n  FROM "List"' },
      ],
      unexplained: [],
    },
  ];

  it("prints each page's queries and indexes, and each scan under its page", () => {
    expect(formatPlanReport(reports).split("\n")).toEqual([
      "✓ home /",
      "    2 queries; indexes: Film_createdAt_idx",
      "✗ lists /lists",
      "    3 queries; indexes: none",
      `    Seq Scan on "List" (filter: (visibility = 'PUBLIC'), ~42,506 rows)`,
      '      in: SELECT "List"."id" FROM "List"',
    ]);
  });

  it("fails when any page reads a large table whole, or has a statement it could not explain", () => {
    expect(summarisePlans(reports)).toEqual({
      ok: false,
      line: "1 of 2 pages fail: 1 sequential scan of large tables.",
    });
    expect(summarisePlans([reports[0]!])).toEqual({
      ok: true,
      line: "1 page, 2 statements: no sequential scan of a large table.",
    });
    const unexplained = [
      { ...reports[0]!, unexplained: [{ query: "SELECT $1", error: "could not determine data type" }] },
    ];
    expect(summarisePlans(unexplained).ok).toBe(false);
  });
});
