import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
/** Varnish in front of the server (tests/e2e/support/edge-global-setup.ts), which purges it on every change. */
const edgePort = port + 1000;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // On CI one retry tells a timing flake on two busy cores from a real failure; a retried test is
  // reported as flaky, never hidden.
  retries: process.env.CI ? 1 : 0,
  // Two cores run the server, the database and two browsers at once; give assertions room.
  expect: { timeout: 10_000 },
  // Editing journeys sign in two or three people and wait for approvals; on those two busy cores
  // they take up to half a minute, so each test gets a minute.
  timeout: 60_000,
  globalSetup: "./tests/e2e/support/edge-global-setup.ts",
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is unreachable here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The real production server on a fresh embedded database, exactly as `npm start` runs it.
    command: `rm -rf .data/e2e-${port} && tsx scripts/start.ts`,
    // Every test signs in and registers from the same address, and the development accounts make
    // dozens of edits in one run; those limits are covered by integration tests.
    env: {
      PORT: String(port),
      KEYFRAME_DATA_DIR: `.data/e2e-${port}`,
      DATABASE_URL: "",
      SIGN_IN_LIMIT_PER_ADDRESS: "100000",
      REGISTRATIONS_PER_ADDRESS_PER_HOUR: "100000",
      SUBMISSIONS_PER_HOUR: "100000",
      // A catalogue of about fifteen films pages at five per page, so browsing has pages to turn.
      BROWSE_PAGE_SIZE: "5",
      // Lists of up to three films fit one page; a fourth turns the page.
      LIST_PAGE_SIZE: "3",
      // The first start imports a few dozen real works (35 items, some matched to the seed's), not
      // the whole package: the seed's works stay the ones tests count on, and start-up stays quick.
      KEYFRAME_CATALOGUE: "tests/fixtures/bangumi/data.json",
      KEYFRAME_EDGE: "varnish",
      KEYFRAME_VARNISH_URLS: `http://127.0.0.1:${edgePort}`,
    },
    url: `http://localhost:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    // Stopped as `npm start` is meant to be: Next and PostgreSQL run in process groups of their own,
    // so Playwright's default, SIGKILL to the command's group, would leave them running.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
