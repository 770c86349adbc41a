import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { StartupError } from "./fail.ts";

export type RunningProxy = { url: string; process: ChildProcess };

/**
 * A round-robin reverse proxy in front of the upstreams (the cluster's Varnish). It appends the
 * client's address to X-Forwarded-For, one of the hops the instances' TRUSTED_PROXIES counts. Everything nginx writes (pid, logs,
 * request-body and proxy temp files) stays in `dir`.
 */
export function nginxConfig(options: { dir: string; port: number; upstreams: string[] }): string {
  const { dir } = options;
  const temp = (name: string) => path.join(dir, name);
  const servers = options.upstreams.map((upstream) => `    server ${upstream} max_fails=0;`).join("\n");
  return `# Written by scripts/start-cluster.ts at each start; edits are lost.
${process.getuid?.() === 0 ? "user root root;\n" : ""}worker_processes 1;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("client-body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  # A poster form (lib/http/limits.ts) and a little more; Next refuses what is larger.
  client_max_body_size 12m;
  upstream keyframe {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${options.port};
    location / {
      proxy_pass http://keyframe;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $http_host;
    }
  }
}
`;
}

function nginxBinary(): string {
  const found = spawnSync("sh", ["-c", "command -v nginx || ls /usr/sbin/nginx"], { encoding: "utf8" });
  const binary = found.stdout.trim().split("\n")[0];
  if (found.status !== 0 || !binary) {
    throw new StartupError("nginx is not installed; on Debian or Ubuntu: sudo apt-get install -y nginx");
  }
  return binary;
}

/** Writes the configuration and runs nginx in the foreground, in a process group of its own. */
export async function startNginx(options: { dir: string; port: number; upstreams: string[] }): Promise<RunningProxy> {
  const binary = nginxBinary();
  await mkdir(options.dir, { recursive: true });
  const configFile = path.join(options.dir, "nginx.conf");
  await writeFile(configFile, nginxConfig(options));
  const args = ["-p", options.dir, "-e", path.join(options.dir, "error.log"), "-c", configFile];
  const check = spawnSync(binary, [...args, "-t", "-q"], { encoding: "utf8" });
  if (check.status !== 0) throw new StartupError(`nginx refused its configuration: ${check.stderr.trim()}`);
  const child = spawn(binary, [...args, "-g", "daemon off;"], {
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  return { url: `http://127.0.0.1:${options.port}`, process: child };
}
