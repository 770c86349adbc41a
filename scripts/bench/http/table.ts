import type { CaseResult } from "./result";
import type { MemorySummary, SoakVerdict } from "./stats";
import type { TargetVerdict } from "./targets";

type Column = { title: string; align: "left" | "right"; cell: (result: CaseResult) => string };

const fixed = (value: number | null, digits: number) => (value === null ? "—" : value.toFixed(digits));
const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
const mark = (met: boolean | null | undefined) => (met === undefined ? "" : met === null ? "?" : met ? "✓" : "✗");

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
  const rows = [columns.map((column) => column.title), ...results.map((result) => columns.map((c) => c.cell(result)))];
  const widths = columns.map((_, index) => Math.max(...rows.map((row) => [...row[index]!].length)));
  const pad = (text: string, index: number) => {
    const gap = " ".repeat(widths[index]! - [...text].length);
    return columns[index]!.align === "right" ? gap + text : text + gap;
  };
  const lines = rows.map((row) => row.map(pad).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((width) => "-".repeat(width)).join("  "));
  return lines.join("\n");
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
