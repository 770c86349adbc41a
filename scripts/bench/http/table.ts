import type { CaseId, CaseResult } from "./result";
import { ratio, type MemorySummary, type SoakVerdict } from "./stats";
import type { TargetVerdict } from "./targets";

type Column = { title: string; align: "left" | "right"; cell: (result: CaseResult) => string };

const fixed = (value: number | null, digits: number) => (value === null ? "—" : value.toFixed(digits));
const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
const mark = (met: boolean | null | undefined) => (met === undefined ? "" : met === null ? "?" : met ? "✓" : "✗");

/** Columns of text, each padded to its widest cell, under a rule. */
function layout(columns: { title: string; align: "left" | "right" }[], cells: string[][]): string {
  const rows = [columns.map((column) => column.title), ...cells];
  const widths = columns.map((_, index) => Math.max(...rows.map((row) => [...row[index]!].length)));
  const pad = (text: string, index: number) => {
    const gap = " ".repeat(widths[index]! - [...text].length);
    return columns[index]!.align === "right" ? gap + text : text + gap;
  };
  const lines = rows.map((row) => row.map(pad).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((width) => "-".repeat(width)).join("  "));
  return lines.join("\n");
}

/** A plain-text table, one row per case; failed requests are connection errors plus unexpected statuses. */
export function formatResultsTable(results: CaseResult[], verdicts: TargetVerdict[] = []): string {
  const columns: Column[] = [
    { title: "case", align: "left", cell: (result) => result.title },
    { title: "conns", align: "right", cell: (result) => String(result.connections) },
    { title: "req/s", align: "right", cell: (result) => fixed(result.requestsPerSecond, 1) },
    { title: "p50 ms", align: "right", cell: (result) => fixed(result.latencyMs.p50, 1) },
    { title: "p99 ms", align: "right", cell: (result) => fixed(result.latencyMs.p99, 1) },
    { title: "failed", align: "right", cell: (result) => String(result.errors + result.unexpected) },
    { title: "vs static", align: "right", cell: (result) => percent(result.ratioToStatic) },
    { title: "vs /about", align: "right", cell: (result) => percent(result.ratioToAbout) },
    { title: "cache", align: "left", cell: (result) => result.cache ?? "—" },
    {
      title: "target",
      align: "left",
      cell: (result) => mark(verdicts.find((verdict) => verdict.id === result.id)?.met),
    },
  ];
  return layout(
    columns,
    results.map((result) => columns.map((column) => column.cell(result))),
  );
}

/** One Node's results in a comparison; `label` is what `--node` named it. */
export type NodeResults = { label: string; version: string; results: CaseResult[] };

/**
 * Each case's median req/s and p99 under every Node side by side, each later Node's req/s as a share
 * of the first's, then what to watch: each Node's cached film page against /about.
 */
export function formatNodeComparison(nodes: NodeResults[]): string {
  const [first, ...others] = nodes;
  if (!first) return "";
  const ids = [...new Set(nodes.flatMap((node) => node.results.map((result) => result.id)))];
  const find = (node: NodeResults, id: CaseId) => node.results.find((result) => result.id === id);
  const columns = [
    { title: "case", align: "left" as const },
    ...nodes.flatMap((node) => [
      { title: `req/s ${node.label}`, align: "right" as const },
      { title: `p99 ms ${node.label}`, align: "right" as const },
    ]),
    ...others.map((node) => ({ title: `${node.label} vs ${first.label}`, align: "right" as const })),
  ];
  const cells = ids.map((id) => [
    nodes.map((node) => find(node, id)?.title).find(Boolean) ?? id,
    ...nodes.flatMap((node) => [
      fixed(find(node, id)?.requestsPerSecond ?? null, 1),
      fixed(find(node, id)?.latencyMs.p99 ?? null, 1),
    ]),
    ...others.map((node) =>
      percent(ratio(find(node, id)?.requestsPerSecond ?? null, find(first, id)?.requestsPerSecond ?? null)),
    ),
  ]);
  const watched = nodes
    .map((node) => `Node ${node.label} (${node.version}) ${percent(find(node, "film-cached")?.ratioToAbout ?? null)}`)
    .join(", ");
  return `${layout(columns, cells)}\n\nCached film page vs /about: ${watched}`;
}

export function formatTargets(verdicts: TargetVerdict[], results: CaseResult[]): string {
  return verdicts
    .map((verdict) => {
      const title = results.find((result) => result.id === verdict.id)?.title ?? verdict.id;
      return `${mark(verdict.met)} ${title}: ${verdict.target} — ${verdict.measured}`;
    })
    .join("\n");
}

const mb = (value: number | null) => (value === null ? "—" : `${Math.round(value)} MB`);

export function formatMemory(memory: MemorySummary): string {
  return `next-server RSS: start ${mb(memory.startMb)}, end ${mb(memory.endMb)}, peak ${mb(memory.peakMb)}`;
}

export function formatSoak(seconds: number, verdict: SoakVerdict | null): string {
  if (!verdict) return `Soak (${seconds} s): too few memory samples to judge.`;
  const growth = `${verdict.growth >= 0 ? "+" : ""}${(verdict.growth * 100).toFixed(1)}%`;
  return `Soak (${seconds} s of the cached film page): RSS falls back to ${mb(verdict.afterWarmUpMb)} after warm-up and to ${mb(verdict.endMb)} by the end (${growth}), peak ${mb(verdict.peakMb)}: ${verdict.steady ? "steady" : "GROWING"}`;
}
