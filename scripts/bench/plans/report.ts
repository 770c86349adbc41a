import type { PageReport } from "./check-plans";

const oneLine = (sql: string, max = 160) => {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Per page: its statements and indexes, then each sequential scan of a large table under it. */
export function formatPlanReport(reports: PageReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const verdict = report.seqScans.length > 0 || report.unexplained.length > 0 ? "✗" : "✓";
    lines.push(`${verdict} ${report.page}`);
    lines.push(
      `    ${report.queries} ${report.queries === 1 ? "query" : "queries"}; indexes: ${report.indexes.join(", ") || "none"}`,
    );
    for (const scan of report.seqScans) {
      const rows = scan.rows === null ? "" : `, ~${scan.rows.toLocaleString("en-US")} rows`;
      lines.push(
        `    Seq Scan on "${scan.table}"${scan.filter ? ` (filter: ${scan.filter}${rows})` : rows ? ` (${rows.slice(2)})` : ""}`,
      );
      lines.push(`      in: ${oneLine(scan.query)}`);
    }
    for (const { query, error } of report.unexplained) {
      lines.push(`    could not explain (${error}): ${oneLine(query)}`);
    }
  }
  return lines.join("\n");
}

/** One closing line saying how many pages read a large table whole. */
export function summarisePlans(reports: PageReport[]): { ok: boolean; line: string } {
  const scans = reports.reduce((sum, report) => sum + report.seqScans.length, 0);
  const unexplained = reports.reduce((sum, report) => sum + report.unexplained.length, 0);
  const failing = reports.filter((report) => report.seqScans.length > 0 || report.unexplained.length > 0).length;
  const statements = reports.reduce((sum, report) => sum + report.queries, 0);
  const ok = failing === 0;
  const problems = [
    scans > 0 ? `${scans} sequential ${scans === 1 ? "scan" : "scans"} of large tables` : "",
    unexplained > 0 ? `${unexplained} ${unexplained === 1 ? "statement" : "statements"} EXPLAIN refused` : "",
  ].filter(Boolean);
  return {
    ok,
    line: ok
      ? `${reports.length} ${reports.length === 1 ? "page" : "pages"}, ${statements} statements: no sequential scan of a large table.`
      : `${failing} of ${reports.length} pages fail: ${problems.join(", ")}.`,
  };
}
