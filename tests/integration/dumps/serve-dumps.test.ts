import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpFileResponse, newestDump } from "@/lib/dumps/serve";
import { writeDump } from "@/lib/dumps/write-dump";
import { withTestDatabase } from "../../support/test-database";

withTestDatabase();
const site = new URL("https://keyframe.example");
let parent: string;
let dir: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), "keyframe-dumps-"));
  dir = path.join(parent, "dumps");
  process.env.KEYFRAME_DUMP_DIR = dir;
});

afterAll(async () => {
  delete process.env.KEYFRAME_DUMP_DIR;
  await rm(parent, { recursive: true, force: true });
});

describe("the dump folder", () => {
  it("has no newest dump before one is written, even without the folder", async () => {
    expect(await newestDump()).toBeNull();
  });

  it("names the newest complete dump: one without its header is not finished", async () => {
    await writeDump({ dir, site, madeAt: new Date("2026-11-30T12:00:00Z") });
    const { header } = await writeDump({ dir, site, madeAt: new Date("2026-12-01T12:00:00Z") });
    // A later day's data with no header yet, as while a dump is being renamed into place.
    await writeFile(path.join(dir, "keyframe-2026-12-05.jsonl.gz"), "half");
    expect(await newestDump()).toEqual({
      header,
      headerName: "keyframe-2026-12-01.json",
      dataName: "keyframe-2026-12-01.jsonl.gz",
    });
  });
});

describe("/dumps/<name>", () => {
  it("streams a dump with its type and length", async () => {
    const response = await dumpFileResponse("keyframe-2026-12-01.jsonl.gz", "GET");
    const bytes = await readFile(path.join(dir, "keyframe-2026-12-01.jsonl.gz"));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/gzip");
    expect(response.headers.get("Content-Length")).toBe(String(bytes.byteLength));
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("serves a header as JSON, and answers HEAD without a body", async () => {
    const response = await dumpFileResponse("keyframe-2026-12-01.json", "GET");
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(((await response.json()) as { file: string }).file).toBe("keyframe-2026-12-01.jsonl.gz");
    const head = await dumpFileResponse("keyframe-2026-12-01.json", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(Number(head.headers.get("Content-Length"))).toBeGreaterThan(100);
  });

  it("answers 404 to every other name, and never reads outside the folder", async () => {
    await writeFile(path.join(parent, "secret.json"), "{}");
    await writeFile(path.join(dir, ".keyframe-2026-12-02.jsonl.gz.1.2.partial"), "partial");
    await mkdir(path.join(dir, "keyframe-2026-12-03.json"));
    for (const name of [
      "../secret.json",
      "..%2Fsecret.json",
      ".keyframe-2026-12-02.jsonl.gz.1.2.partial",
      "keyframe-2026-12-02.jsonl.gz.partial",
      "keyframe-2026-12-09.json",
      "keyframe-2026-12-03.json",
      "keyframe-2026-13-45.json",
      "keyframe-latest.json",
      "KEYFRAME-2026-12-01.json",
      "",
    ]) {
      const response = await dumpFileResponse(name, "GET");
      expect(response.status, name).toBe(404);
    }
  });
});
