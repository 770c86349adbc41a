import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** A page's HTML and the address it came from, which error messages name. */
export type PageHtml = { url: string; html: string };

export type HtmlError = { url: string; line?: number; column?: number; message: string; extract?: string };

type NuMessage = {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
};

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/**
 * Checks every page with the W3C Nu HTML checker in one Java process (a JVM per page would cost
 * seconds each) and answers its errors; warnings and notes are not errors.
 */
export async function checkHtml(pages: PageHtml[]): Promise<HtmlError[]> {
  const folder = await mkdtemp(path.join(tmpdir(), "keyframe-html-"));
  try {
    // Files named by their place in the list: the checker names files, the report names addresses.
    const files = pages.map((_, index) => path.join(folder, `page-${index}.html`));
    await Promise.all(pages.map((page, index) => writeFile(files[index]!, page.html)));
    const { stdout } = await promisify(execFile)(
      "java",
      ["-jar", vnuJar, "--errors-only", "--format", "json", "--exit-zero-always", "--stdout", ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw new Error("The HTML check needs Java 17 or newer on PATH (`java`).");
      throw error;
    });
    const addressOf = new Map(files.map((file, index) => [path.basename(file), pages[index]!.url]));
    return parseNuReport(stdout, (file) => addressOf.get(path.basename(file)) ?? file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The errors in the checker's JSON report, each named by the address `addressOf` gives its file. */
export function parseNuReport(json: string, addressOf: (file: string) => string): HtmlError[] {
  const { messages } = JSON.parse(json) as { messages: NuMessage[] };
  // "non-document-error" is the checker failing to read a file: as much a failure as an error.
  return messages
    .filter((message) => message.type === "error" || message.type === "non-document-error")
    .map((message) => ({
      url: message.url ? addressOf(message.url) : "(no file)",
      line: message.lastLine,
      column: message.firstColumn ?? message.lastColumn,
      message: message.message,
      extract: message.extract,
    }));
}

/** An error per line (and its extract under it): what a failing test prints. */
export function formatHtmlErrors(errors: HtmlError[]): string {
  return errors
    .map((error) => {
      const where = error.line === undefined ? error.url : `${error.url}:${error.line}:${error.column ?? 0}`;
      const extract = error.extract ? `\n    ${error.extract.replaceAll("\n", " ").trim()}` : "";
      return `${where} ${error.message}${extract}`;
    })
    .join("\n");
}
