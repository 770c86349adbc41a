import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PageCacheHandler } from "@/lib/cache/page-cache-handler";

const handler = new PageCacheHandler({
  fs: nodeFs,
  flushToDisk: false,
  serverDistDir: mkdtempSync(join(tmpdir(), "keyframe-cache-")),
  maxMemoryCacheSize: 1024 * 1024,
  revalidatedTags: [],
} as unknown as ConstructorParameters<typeof PageCacheHandler>[0]);

/** A rendered page as Next hands it to the cache: the object it then answers the first request from. */
const page = (slug: string) => ({
  kind: "APP_PAGE",
  html: "<p>page</p>",
  rscData: undefined,
  status: 200,
  postponed: undefined,
  segmentData: undefined,
  headers: { "x-next-cache-tags": `_N_T_/layout,film:${slug},person:p` } as Record<string, string>,
});
const context = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false } as never;
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeAll(() => {
  vi.stubEnv("KEYFRAME_EDGE", "fastly");
  vi.stubEnv("KEYFRAME_FASTLY_SERVICE_ID", "service");
  vi.stubEnv("KEYFRAME_FASTLY_API_TOKEN", "token");
});

describe("pages stored by the page cache", () => {
  it("carry their tags as surrogate keys on the first response and on every hit", async () => {
    const entry = page("kept");
    expect(await handler.get("/films/kept", { kind: "APP_PAGE" } as never)).toBeNull();
    await handler.set("/films/kept", entry as never, context);
    expect(entry.headers["surrogate-key"]).toBe("film:kept person:p");
    const hit = await handler.get("/films/kept", { kind: "APP_PAGE" } as never);
    expect((hit?.value as { headers?: Record<string, string> }).headers?.["surrogate-key"]).toBe("film:kept person:p");
  });

  it("are private when their render raced a change, so no edge keeps what the cache refused", async () => {
    const entry = page("raced");
    expect(await handler.get("/films/raced", { kind: "APP_PAGE" } as never)).toBeNull();
    await aMoment();
    await handler.revalidateTag(["film:raced"]);
    await aMoment();
    await handler.set("/films/raced", entry as never, context);
    expect(entry.headers["cache-control"]).toBe("private, no-store");
    expect(await handler.get("/films/raced", { kind: "APP_PAGE" } as never)).toBeNull();
  });
});
