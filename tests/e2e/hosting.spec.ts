// Static hosting: sub-paths and deep links, offline use through the service worker, the
// update notice after a new deploy, and a strict Content-Security-Policy with no violation.
import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { actAs, completeStep, createCase, currentStep, walk } from "./helpers";

/** Waits until the service worker controls the page (the first visit installs it). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

for (const base of ["/", "/sopir/"]) {
  test(`a deep link to a case opens it when served at ${base}`, async ({ page, context }) => {
    await page.goto(base);
    await actAs(page, "operator");
    const id = await createCase(page, { company: `PT Tautan ${base.length}`, nib: "9120002223334" }, base.replace(/\/$/, ""));
    const other = await context.newPage();
    await other.goto(`${base}#/kasus/${id}`);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText(`PT Tautan ${base.length}`);
    await expect(other.locator("#judul-langkah")).toContainText("Langkah 1 dari 20");
  });
}

test("after one visit the app opens and works offline, and what is done offline persists", async ({ page, context }) => {
  await page.goto("/sopir/");
  await controlled(page);
  await actAs(page, "operator");
  await createCase(page, { company: "PT Tanpa Sinyal", nib: "9120003334445" }, "/sopir");
  const url = page.url();
  expect(new URL(url).pathname).toBe("/sopir/");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("PT Tanpa Sinyal");
  await completeStep(page, { inspection: true, ready: true });
  expect(await currentStep(page)).toBe(2);
  const fresh = await context.newPage();
  await fresh.goto(url);
  expect(await currentStep(fresh)).toBe(2);
  await context.setOffline(false);
});

test("the service worker is registered once the app is ready, so its install does not slow the start", async ({ page }) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as { __registeredAt: number }).__registeredAt = performance.now();
      return register.apply(this, args);
    };
  });
  await page.goto("/sopir/");
  await controlled(page);
  const { ready, registered } = await page.evaluate(() => ({
    ready: performance.getEntriesByName("sopir-siap")[0]?.startTime,
    registered: (window as unknown as { __registeredAt?: number }).__registeredAt,
  }));
  expect(ready).toBeGreaterThan(0);
  expect(registered).toBeGreaterThan(ready);
});

test("once installed, the app's files come from the cache without waiting for the worker's script", async ({ page }) => {
  await page.goto("/sopir/");
  await controlled(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Chromium's static routing reports where each response came from.
  const sources = await page.evaluate(() =>
    [performance.getEntriesByType("navigation")[0], ...performance.getEntriesByType("resource")]
      .filter((e) => /\/sopir\/(|[^?]*\.(js|wasm|css))$/.test(new URL(e.name).pathname))
      .map((e) => (e as PerformanceResourceTiming & { workerMatchedSourceType?: string }).workerMatchedSourceType),
  );
  expect(sources.length).toBeGreaterThanOrEqual(4);
  expect(new Set(sources)).toEqual(new Set(["cache"]));
});

const wasmRequests = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).length);

test("the wasm is fetched once, by the script at the top of the page that compiles it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda");
  expect(await page.locator("head > script").first().textContent()).toContain("WebAssembly.compileStreaming");
  expect(await wasmRequests(page)).toBe(1);
});

test("the app loads where a server sends the wasm with the wrong type", async ({ page }) => {
  // A server that does not know .wasm: compiling the stream is refused, and the loader
  // falls back to the bytes of a second fetch.
  await page.route("**/*.wasm", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda");
  expect(await wasmRequests(page)).toBe(2);
});

test("a wasm that is not the one built is refused (its integrity is checked), and the page says so", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route("**/*.wasm", async (route) => {
    const body = await (await route.fetch()).body();
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ body, contentType: "application/wasm" });
  });
  await page.goto("/");
  await expect.poll(() => errors.join(" ")).toMatch(/integrity/i);
  await expect(page.getByRole("alert")).toContainText("Sopir gagal dimuat");
  await expect(page.getByRole("alert")).toContainText("Data kasus yang tersimpan di peramban ini tidak tersentuh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
});

test("a loader script the server cannot send is said so on the page", async ({ page }) => {
  await page.route("**/sopir-*.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("Sopir gagal dimuat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
});

test("a new deploy shows the update notice, and reloading takes the new version", async ({ page }) => {
  // A deploy folder of our own, served by its own server, that we can "deploy" into.
  const dir = mkdtempSync(join(tmpdir(), "sopir-deploy-"));
  cpSync("dist", dir, { recursive: true });
  const port = 4300 + test.info().workerIndex;
  const server: ChildProcess = spawn("node", ["scripts/static-server.mjs", "--dir", dir, "--port", String(port)], { stdio: "ignore" });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(`${origin}/index.html`).then((r) => r.status).catch(() => 0)).toBe(200);
    await page.goto(`${origin}/sopir/`);
    await controlled(page);
    await expect(page.locator(".pita-versi")).toHaveCount(0);

    // Deploy a new build: a new service worker version.
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-baru"');
    writeFileSync(join(dir, "sw.js"), sw);
    await page.reload();
    const notice = page.locator(".pita-versi");
    await expect(notice).toContainText("Versi baru Sopir tersedia");
    await notice.getByRole("button", { name: "Muat ulang sekarang" }).click();
    await expect(notice).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null))
      .toBeNull();
    const active = await page.evaluate(() => caches.keys());
    expect(active.some((k) => k.includes("-baru-"))).toBe(true);
  } finally {
    server.kill();
  }
});

test("a strict Content-Security-Policy holds with no violation across a full walk", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto("/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain("unsafe-inline");

  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Kebijakan Ketat", nib: "9120006667778" });
  await walk(page, { inspection: true, ready: true });
  for (const view of ["#/", "#/tugas", "#/kasus", "#/kasus-baru", "#/impor-ekspor", "#/pengaturan", "#/latihan", "#/sop", `#/kasus/${id}/cetak/bap`]) {
    await page.goto(`/${view}`);
    await expect(page.locator("main")).not.toBeEmpty();
  }
  const recorded = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...violations, ...recorded]).toEqual([]);
});
