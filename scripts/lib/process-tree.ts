import { readFile } from "node:fs/promises";

/** A process and every descendant, from /proc (Linux), parents before their children. */
export async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const nested = await Promise.all(
    children
      .split(/\s+/)
      .filter(Boolean)
      .map((child) => processTree(Number(child))),
  );
  return [pid, ...nested.flat()];
}
