import { defineConfig } from "@playwright/test";
import { CHROMIUM, CONTEXT } from "./scripts/chromium.mjs";

// Runs against the release build in dist/, served by scripts/static-server.mjs on loopback.
// Chromium comes from Debian (SOPIR_CHROMIUM); Playwright never downloads browsers.
const port = Number(process.env.SOPIR_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    ...CONTEXT,
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `node scripts/static-server.mjs --dir dist --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
