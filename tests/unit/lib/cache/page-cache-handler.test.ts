import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { afterEach, describe, expect, it } from "vitest";
import { expireTagsHere, PageCacheHandler } from "@/lib/cache/page-cache-handler";
import { sharedExpiryState } from "@/lib/cache/shared-expiry/state";

const handler = new PageCacheHandler({
  fs: nodeFs,
  flushToDisk: false,
  serverDistDir: mkdtempSync(join(tmpdir(), "keyframe-cache-")),
  maxMemoryCacheSize: 1024 * 1024,
  revalidatedTags: [],
} as unknown as ConstructorParameters<typeof PageCacheHandler>[0]);

/** A cached read (unstable_cache) tagged with `tag`, as Next asks for and stores it. */
const read = (tag: string) => ({ kind: "FETCH", tags: [tag], softTags: [], fetchIdx: 0, fetchUrl: "" }) as never;
const stored = (body: string, revalidate: number | false = false) =>
  ({ kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate }) as never;
const context = (tag: string) => ({ fetchCache: true, tags: [tag], fetchIdx: 0, fetchUrl: "" }) as never;
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the page cache handler", () => {
  it("keeps what a fill stores when nothing it shows expired meanwhile", async () => {
    expect(await handler.get("quiet", read("film:quiet"))).toBeNull();
    await handler.set("quiet", stored("fresh"), context("film:quiet"));
    expect((await handler.get("quiet", read("film:quiet")))?.value).toMatchObject({ data: { body: "fresh" } });
  });

  it("does not keep a fill that began before its tag expired, so the next reader fills again", async () => {
    expect(await handler.get("raced", read("film:raced"))).toBeNull();
    await aMoment();
    // An approval commits and expires the tag while the fill is still reading.
    await handler.revalidateTag(["film:raced"]);
    await aMoment();
    await handler.set("raced", stored("from before the approval"), context("film:raced"));
    expect(await handler.get("raced", read("film:raced"))).toBeNull();

    await handler.set("raced", stored("after the approval"), context("film:raced"));
    expect((await handler.get("raced", read("film:raced")))?.value).toMatchObject({
      data: { body: "after the approval" },
    });
  });

  it("does not keep a refill of an entry past its lifetime that raced an expiry either", async () => {
    expect(await handler.get("aging", read("film:aging"))).toBeNull();
    await handler.set("aging", stored("first", 0.001), context("film:aging"));
    await aMoment();
    // Past its lifetime: Next serves it once more and fills it again behind the reader.
    expect((await handler.get("aging", read("film:aging")))?.value).toMatchObject({ data: { body: "first" } });
    await handler.revalidateTag(["film:aging"]);
    await aMoment();
    await handler.set("aging", stored("from before the approval", 0.001), context("film:aging"));
    expect(await handler.get("aging", read("film:aging"))).toBeNull();
  });
});

describe("the page cache handler with expiry shared between processes", () => {
  const shared = sharedExpiryState();
  afterEach(() => {
    shared.trustedUntil = Number.POSITIVE_INFINITY;
    shared.validSince = 0;
  });

  it("serves nothing while this process is out of step with the others' expiries, and again once in step", async () => {
    await handler.set("trusted", stored("kept"), context("film:trusted"));
    shared.trustedUntil = performance.now() - 1;
    expect(await handler.get("trusted", read("film:trusted"))).toBeNull();
    shared.trustedUntil = performance.now() + 60_000;
    expect((await handler.get("trusted", read("film:trusted")))?.value).toMatchObject({ data: { body: "kept" } });
  });

  it("expires tags outside any request, as another process's expiry does", async () => {
    await handler.set("remote", stored("before"), context("film:remote"));
    await aMoment();
    expireTagsHere(["film:remote"]);
    expect(await handler.get("remote", read("film:remote"))).toBeNull();
  });

  it("neither serves nor keeps what was stored or begun before a fresh start point", async () => {
    await handler.set("old", stored("from before"), context("film:old"));
    expect(await handler.get("begun", read("film:begun"))).toBeNull();
    await aMoment();
    shared.validSince = Date.now();
    // Fills begun in the start point's millisecond count as begun before it (they start a millisecond early).
    await aMoment();
    expect(await handler.get("old", read("film:old"))).toBeNull();
    await handler.set("begun", stored("begun before"), context("film:begun"));
    expect(await handler.get("begun", read("film:begun"))).toBeNull();
    await aMoment();
    await handler.set("begun", stored("begun after"), context("film:begun"));
    expect((await handler.get("begun", read("film:begun")))?.value).toMatchObject({ data: { body: "begun after" } });
  });
});
