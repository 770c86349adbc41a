import "server-only";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { DumpHeader } from "./header";
import { DUMP_CONTENT_TYPES, dumpDir, parseDumpFileName } from "./names";

// A name is rewritten by the next dump of the same day, so caches keep it briefly.
const CACHE_CONTROL = "public, max-age=300";

function notFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * `/dumps/<name>`: a dump or its header, streamed from the dump folder. Only names of the dumps'
 * own pattern are looked up, so no other file there (a partial dump) or beyond it is reachable.
 */
export async function dumpFileResponse(name: string, method: "GET" | "HEAD"): Promise<Response> {
  const parsed = parseDumpFileName(name);
  if (!parsed) return notFound();
  // Dumps live outside the build; without the comment, Next would trace the whole project into it.
  const file = path.join(/*turbopackIgnore: true*/ dumpDir(), name);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound();
  const headers = {
    "Content-Type": DUMP_CONTENT_TYPES[parsed.kind],
    // Next 16.4 drops a route's Content-Length on the wire (send-response.js, which cannot trust the
    // length of a body fetch may have decoded) and sends it chunked; the header file's `bytes` and
    // `sha256` let a download be checked. Any other server in front keeps it.
    "Content-Length": String(info.size),
    "Last-Modified": info.mtime.toUTCString(),
    "Cache-Control": CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
    ...(parsed.kind === "data" ? { "Content-Disposition": `attachment; filename="${name}"` } : {}),
  };
  if (method === "HEAD") return new Response(null, { headers });
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers });
}

export type PublishedDump = { header: DumpHeader; headerName: string; dataName: string };

/** The newest complete dump (its header is renamed into place last), or null when there is none. */
export async function newestDump(): Promise<PublishedDump | null> {
  const dir = dumpDir();
  const names = await readdir(/*turbopackIgnore: true*/ dir).catch((error: NodeJS.ErrnoException): string[] => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const headers = names.filter((name) => parseDumpFileName(name)?.kind === "header").sort();
  for (const headerName of headers.reverse()) {
    const header = JSON.parse(await readFile(path.join(dir, headerName), "utf8")) as DumpHeader;
    if (names.includes(header.file) && parseDumpFileName(header.file)?.kind === "data") {
      return { header, headerName, dataName: header.file };
    }
  }
  return null;
}
