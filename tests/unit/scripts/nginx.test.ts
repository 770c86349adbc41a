import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { nginxConfig } from "../../../scripts/lib/nginx";

describe("nginxConfig", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("balances over every instance, appends the client's address, and keeps nginx's files in its folder", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "keyframe-nginx-"));
    dirs.push(dir);
    const config = nginxConfig({ dir, port: 8080, upstreams: ["127.0.0.1:4001", "127.0.0.1:4002"] });
    expect(config).toContain("server 127.0.0.1:4001 max_fails=0;\n    server 127.0.0.1:4002 max_fails=0;");
    expect(config).toContain("listen 127.0.0.1:8080;");
    expect(config).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    const written = [...config.matchAll(/^\s*(?:pid|error_log|\w+_temp_path) (\S+?);?(?: warn;)?$/gm)];
    expect(written.map(([, file]) => file!.startsWith(`${dir}/`))).toEqual(Array(7).fill(true));
    const file = path.join(dir, "nginx.conf");
    await writeFile(file, config);
    const check = spawnSync("nginx", ["-p", dir, "-e", path.join(dir, "error.log"), "-c", file, "-t"], {
      encoding: "utf8",
      env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` },
    });
    expect(check.stderr).toContain("syntax is ok");
    expect(check.status).toBe(0);
  });
});
