import http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { edgeConfigFrom } from "@/lib/edge/config";
import { createEdgePurger } from "@/lib/edge/purge";
import { freePort, startVarnish, type RunningVarnish } from "../../support/varnish";

type Recorded = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/** An HTTP server standing in for Fastly's or Cloudflare's API: it records requests and answers `reply`. */
async function recordingServer(reply: (request: Recorded) => { status: number; body: string }) {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      requests.push(request);
      const { status, body: answer } = reply(request);
      res.writeHead(status, { "Content-Type": "application/json" }).end(answer);
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

const ok = () => ({ status: 200, body: '{"status":"ok"}' });
let server: Awaited<ReturnType<typeof recordingServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("Fastly", () => {
  const fastly = (url: string) =>
    edgeConfigFrom({
      KEYFRAME_EDGE: "fastly",
      KEYFRAME_FASTLY_SERVICE_ID: "SU1Z0isxPaozGVKXdv0eY",
      KEYFRAME_FASTLY_API_TOKEN: "fastly-token",
      KEYFRAME_FASTLY_API_URL: url,
    }).env;

  test("purges tags by surrogate key, 256 to a request, as its batch purge API documents", async () => {
    server = await recordingServer(ok);
    const tags = ["film:memories", "_N_T_/layout", ...Array.from({ length: 300 }, (_, index) => `person:p${index}`)];
    await createEdgePurger(fastly(server.url)).purge(tags);

    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(first).toMatchObject({ method: "POST", url: "/service/SU1Z0isxPaozGVKXdv0eY/purge" });
    expect(first?.headers["fastly-key"]).toBe("fastly-token");
    const keys = [first, second].flatMap((request) => String(request?.headers["surrogate-key"]).split(" "));
    expect(keys).toHaveLength(301);
    expect(keys[0]).toBe("film:memories");
    expect(keys).not.toContain("_N_T_/layout");
    expect(String(first?.headers["surrogate-key"]).split(" ")).toHaveLength(256);
    // A hard purge: a soft one would let Fastly serve the old page while it refetches.
    expect(first?.headers["fastly-soft-purge"]).toBeUndefined();
  });
});

describe("Cloudflare", () => {
  const cloudflare = (url: string) =>
    edgeConfigFrom({
      KEYFRAME_EDGE: "cloudflare",
      KEYFRAME_CLOUDFLARE_ZONE_ID: "023e105f4ecef8ad9ca31a8372d0c353",
      KEYFRAME_CLOUDFLARE_API_TOKEN: "cloudflare-token",
      KEYFRAME_CLOUDFLARE_API_URL: `${url}/client/v4/`,
    }).env;

  test("purges cache tags, 100 to a request, as its purge_cache API documents", async () => {
    server = await recordingServer(() => ({ status: 200, body: '{"success":true,"errors":[],"result":{"id":"x"}}' }));
    const tags = Array.from({ length: 150 }, (_, index) => `film:f${index}`);
    await createEdgePurger(cloudflare(server.url)).purge(tags);

    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(first).toMatchObject({
      method: "POST",
      url: "/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache",
    });
    expect(first?.headers.authorization).toBe("Bearer cloudflare-token");
    expect(first?.headers["content-type"]).toBe("application/json");
    const sent = [first, second].map((request) => (JSON.parse(request?.body ?? "") as { tags: string[] }).tags);
    expect(sent.map((batch) => batch.length)).toEqual([100, 50]);
    expect(sent.flat()).toEqual(tags);
  });

  test("a refusal is retried, then logged, and its tags purged again with the next change", async () => {
    let refuse = true;
    server = await recordingServer(() =>
      refuse ? { status: 200, body: '{"success":false,"errors":[{"code":10000}]}' } : ok(),
    );
    const logged: string[] = [];
    const purger = createEdgePurger(cloudflare(server.url), {
      log: (line) => logged.push(line),
      retryDelaysMs: [1, 1],
    });

    await purger.purge(["film:a"]);
    expect(server.requests).toHaveLength(3);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/Edge purge failed .*purge_cache/);
    expect(purger.pendingKeys()).toEqual(["film:a"]);

    refuse = false;
    await purger.purge(["film:b"]);
    expect(JSON.parse(server.requests.at(-1)?.body ?? "")).toEqual({ tags: ["film:b", "film:a"] });
    expect(purger.pendingKeys()).toEqual([]);
  });
});

describe("Varnish", () => {
  let varnish: RunningVarnish;
  let backend: http.Server;
  let renders = 0;

  beforeAll(async () => {
    // A backend that labels what it sends as Keyframe does and says which render each answer is.
    const port = await freePort();
    backend = http.createServer((req, res) => {
      renders += 1;
      const personal = req.url === "/account";
      res.setHeader(
        "Cache-Control",
        personal ? "private, no-cache, no-store, max-age=0, must-revalidate" : "s-maxage=31536000",
      );
      res.setHeader("xkey", req.url === "/films/a" ? "film:a person:p" : "film:b");
      res.end(`render ${renders}`);
    });
    await new Promise<void>((resolve) => backend.listen(port, "127.0.0.1", resolve));
    varnish = await startVarnish(port);
  });
  afterAll(async () => {
    await varnish.stop();
    await new Promise((resolve) => backend.close(resolve));
  });

  const read = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${varnish.url}${path}`, { headers });
    return { body: await response.text(), cache: response.headers.get("x-cache"), xkey: response.headers.get("xkey") };
  };

  test("keeps public pages and purges exactly those of an expired tag", async () => {
    const first = await read("/films/a");
    expect(await read("/films/a")).toEqual({ ...first, cache: "HIT" });
    const other = await read("/films/b");
    expect(first.xkey).toBeNull();

    const env = edgeConfigFrom({ KEYFRAME_EDGE: "varnish", KEYFRAME_VARNISH_URLS: varnish.url }).env;
    await createEdgePurger(env).purge(["person:p"]);

    const after = await read("/films/a");
    expect(after.cache).toBe("MISS");
    expect(after.body).not.toBe(first.body);
    expect(await read("/films/b")).toEqual({ ...other, cache: "HIT" });
  });

  test("never keeps a private page nor answers a signed-in reader from the cache", async () => {
    await read("/account");
    expect((await read("/account")).cache).toBe("MISS");

    await read("/films/b");
    const signedIn = { Cookie: "theme=dark; next-auth.session-token=abc" };
    expect((await read("/films/b", signedIn)).cache).toBe("MISS");
    expect((await read("/films/b", { Authorization: "Bearer key" })).cache).toBe("MISS");
    expect((await read("/films/b", { Cookie: "theme=dark" })).cache).toBe("HIT");
  });

  test("refuses a purge that names no keys", async () => {
    const response = await fetch(`${varnish.url}/`, { method: "PURGE" });
    expect(response.status).toBe(400);
  });
});
