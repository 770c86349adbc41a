import type { DumpKind } from "./kinds";

/** One line of a dump: an entry of a kind, exactly as its API endpoint answers it. */
export type DumpLine = { type: DumpKind; entry: unknown };

/** The line for an entry, with its newline: JSON holds no raw newline, so one entry is one line. */
export function dumpLine(type: DumpKind, entry: unknown): string {
  return `${JSON.stringify({ type, entry } satisfies DumpLine)}\n`;
}
