import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/embedded-postgres";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
// It builds the production site when no fresh build exists, as `npm start` does.
const BUILD_AND_START_MS = 15 * 60_000;

let dataDir: string | undefined;
let cluster: ChildProcess | undefined;
afterAll(async () => {
  // A failed assertion leaves the cluster running: Ctrl-C, as a person would, stops its instances and nginx too.
  if (cluster && cluster.exitCode === null && cluster.signalCode === null) {
    const exited = new Promise((resolve) => cluster!.once("exit", resolve));
    cluster.kill("SIGINT");
    await exited;
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const unescape = (value: string) => value.replace(/&(quot|#x27|lt|gt|amp);/g, (entity) => ENTITIES[entity]!);

/** Posts the sign-in form as a browser without JavaScript would, claiming `forwardedFor` as its address. */
async function failSignIn(origin: string, username: string, forwardedFor: string): Promise<string> {
  const page = await (await fetch(`${origin}/sign-in`)).text();
  const password = page.indexOf('name="password"');
  const form = page.slice(page.lastIndexOf("<form", password), page.indexOf("</form>", password));
  const body = new FormData();
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    body.append(unescape(name!), unescape(value ?? ""));
  }
  body.append("username", username);
  body.append("password", "not the password");
  const response = await fetch(`${origin}/sign-in`, {
    method: "POST",
    body,
    headers: { Origin: origin, "X-Forwarded-For": forwardedFor },
  });
  return response.text();
}

async function pageTitle(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return /<h1[^>]*>([^<]*)</.exec(await response.text())?.[1];
}

describe("npm run start:cluster", () => {
  it(
    "serves the same site through nginx and Varnish and from each instance, and stops cleanly",
    async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-cluster-"));
      const port = await findFreePort();
      const started = spawn(process.execPath, ["--import", "tsx", "scripts/start-cluster.ts", "--instances", "2"], {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          PORT: String(port),
          KEYFRAME_DATA_DIR: dataDir,
          SIGN_IN_LIMIT_PER_ADDRESS: "2",
        },
      });
      let output = "";
      cluster = started;
      const exited = new Promise<number | null>((resolve) => started.once("exit", resolve));
      const running = new Promise<void>((resolve, reject) => {
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          if (/Ctrl\+C stops everything/.test(output)) resolve();
        };
        started.stdout.on("data", collect);
        started.stderr.on("data", collect);
        void exited.then(() => reject(new Error(`The cluster exited before it was ready:\n${output}`)));
      });
      await running;

      expect(output).toContain(`Keyframe cluster is running: open http://127.0.0.1:${port}`);
      const instances = [...output.matchAll(/instance \d: (http:\/\/127\.0\.0\.1:\d+)/g)].map((match) => match[1]!);
      expect(instances).toHaveLength(2);
      expect(new Set(instances).size).toBe(2);
      for (const origin of [`http://127.0.0.1:${port}`, ...instances]) {
        expect(await pageTitle(`${origin}/films/memories`)).toBe("Memories");
      }
      // Round robin: consecutive requests reach both instances without error.
      for (let request = 0; request < 4; request += 1) {
        expect(await pageTitle(`http://127.0.0.1:${port}/films/akira`)).toBe("Akira");
      }
      // Varnish keeps the public page; the signed-in page of the same address it never serves from the cache.
      const cached = await fetch(`http://127.0.0.1:${port}/films/memories`);
      expect(cached.headers.get("x-cache")).toBe("HIT");
      expect(cached.headers.get("xkey")).toBeNull();
      const signedIn = await fetch(`http://127.0.0.1:${port}/films/memories`, {
        headers: { Cookie: "next-auth.session-token=anything" },
      });
      expect(signedIn.headers.get("x-cache")).toBe("MISS");

      // Behind nginx and Varnish a forged X-Forwarded-For changes nothing: the third failure from this address is
      // refused whatever each request claimed (the left-most entry used to give each one a fresh limit).
      const proxy = `http://127.0.0.1:${port}`;
      expect(await failSignIn(proxy, "nobody-1", "203.0.113.1")).toContain("Wrong username or password.");
      expect(await failSignIn(proxy, "nobody-2", "203.0.113.2")).toContain("Wrong username or password.");
      expect(await failSignIn(proxy, "nobody-3", "203.0.113.3")).toContain("Too many failed sign-in attempts.");

      started.kill("SIGINT");
      expect(await exited).toBe(0);
      for (const origin of [`http://127.0.0.1:${port}`, ...instances]) {
        await expect(fetch(origin)).rejects.toThrow();
      }
    },
    BUILD_AND_START_MS,
  );
});
