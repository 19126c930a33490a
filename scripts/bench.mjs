// Browser measurements of the release build (run by scripts/bench.sh, which builds dist/
// and writes the fixtures first). Drives Debian's Chromium the way playwright.config.ts
// does, against dist/ served by scripts/static-server.mjs on 127.0.0.1 (a free port).
// Prints numbers and one table; exits non-zero only on real errors, never on a missed target.
//
//   node scripts/bench.mjs [--dir dist] [--fixtures target/bench] [--size-bytes N]
//                          [--runs 10] [--import-runs 5] [--export-runs 5] [--step-cases 3]
//
// Times are taken inside the page with performance.now(): from navigation start (the
// document's time origin) for the start, around a programmatic click (or the file
// input's change event) otherwise, until a MutationObserver sees the expected DOM, and
// until the next requestAnimationFrame callback (the frame that shows it).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { CHROMIUM, CONTEXT } from "./chromium.mjs";
// The same office moves as the browser tests.
import { actAs, createCase, currentStep, fillStep, STEP_ROLE } from "../tests/e2e/office.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const DIST = resolve(args.dir ?? "dist");
const FIXTURES = resolve(args.fixtures ?? "target/bench");
const RUNS = Number(args.runs ?? process.env.SOPIR_BENCH_RUNS ?? 10);
const IMPORT_RUNS = Number(args["import-runs"] ?? 5);
const NEXT_DAY_RUNS = Number(args["next-day-runs"] ?? 5);
// The starts the issue sets a target for (1,000 cases, under 250 ms) are judged by their
// p95, so they get at least 20 runs each: with fewer, the nearest-rank p95 is simply the
// largest run, one outlier on a shared machine.
const START_TARGET = { cases: 1000, ms: 250, runs: 20 };
const startRuns = (n, runs) => (n === START_TARGET.cases ? Math.max(runs, START_TARGET.runs) : runs);
// Starts with the browser (see BROWSER_SETTLE_MS): fewer, printed without a target.
const WITH_BROWSER_RUNS = Number(args["with-browser-runs"] ?? 3);
const EXPORT_RUNS = Number(args["export-runs"] ?? 5);
const STEP_CASES = Number(args["step-cases"] ?? 3);
const SIZE_BYTES = args["size-bytes"] ? Number(args["size-bytes"]) : null;
const STORES = (args.stores ?? "0,1000,5000").split(",").map(Number);
// --only start,import,export,steps,search,quota runs some of the measurements (all by default).
const ONLY = args.only ? new Set(args.only.split(",")) : null;
const runs = (part) => ONLY == null || ONLY.has(part);

// The same browser and context as the end-to-end tests (scripts/chromium.mjs).
const LAUNCH = { ...CHROMIUM, headless: true };

const log = (...a) => console.log("[bench]", ...a);
const ms = (x) => (x == null ? "-" : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const median = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  // Nearest rank: with fewer than 20 samples the p95 is the largest.
  const p95 = v[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  return { n, median, p95, min: v[0], max: v[n - 1] };
}
const show = (s) => `median ${ms(s.median)}, p95 ${ms(s.p95)} (min ${ms(s.min)}, max ${ms(s.max)}, n=${s.n})`;

// --- the static server ------------------------------------------------------------------
function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function startServer() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["scripts/static-server.mjs", "--dir", DIST, "--host", "127.0.0.1", "--port", String(port)],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  let exited = null;
  child.on("exit", (code) => (exited = code));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (exited !== null) throw new Error(`static server exited with ${exited}`);
    const up = await fetch(`${base}/index.html`).then((r) => r.ok, () => false);
    if (up) return { base, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("static server did not answer within 10 s");
}

// --- in the page ------------------------------------------------------------------------
// Installed in every document before its scripts run (CDP, so the app's CSP does not apply).
function pageHelpers() {
  // The first view: when <main id="isi"> appears, and the frame after it.
  const seen = new MutationObserver(() => {
    if (window.__benchView === undefined && document.getElementById("isi")) {
      window.__benchView = performance.now();
      seen.disconnect();
      requestAnimationFrame(() => (window.__benchFrame = performance.now()));
    }
  });
  seen.observe(document, { childList: true, subtree: true });
  // A download starts when the app clicks its <a download>.
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) window.__benchDownload = performance.now();
    return click.call(this);
  };
  // Runs act() (a click, an input), then resolves when done() holds: handler = act's own
  // (synchronous) handling, dom = the MutationObserver saw done(), frame = the next
  // animation frame.
  window.__benchActUntil = (act, done, failed) =>
    new Promise((resolve, reject) => {
      let t0, tHandler, tDom;
      const timer = setTimeout(() => {
        mo.disconnect();
        reject(new Error("no result within 120 s"));
      }, 120_000);
      const check = () => {
        if (tDom !== undefined || tHandler === undefined) return;
        const why = failed && failed();
        if (why) {
          mo.disconnect();
          clearTimeout(timer);
          reject(new Error(why));
        } else if (done()) {
          tDom = performance.now();
          mo.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            resolve({ handler: tHandler - t0, dom: tDom - t0, frame: performance.now() - t0 }),
          );
        }
      };
      const mo = new MutationObserver(check);
      mo.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      t0 = performance.now();
      act();
      tHandler = performance.now();
      check();
    });
  window.__benchClickUntil = (el, done, failed) => window.__benchActUntil(() => el.click(), done, failed);
}

let browser;
let BASE;

async function newPage() {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript(pageHelpers);
  const page = await context.newPage();
  page.on("pageerror", (e) => log("page error:", e.message));
  return { context, page };
}

/** Puts `entries` ([key, value] pairs) into localStorage from a page of the same origin
 * that is not the app (a 404 of the static server), before the app ever loads. */
async function inject(page, entries) {
  await page.goto(`${BASE}/__bench-kosong`);
  for (let i = 0; i < entries.length; i += 500) {
    await page.evaluate((chunk) => {
      for (const [k, v] of chunk) localStorage.setItem(k, v);
    }, entries.slice(i, i + 500));
  }
  const count = await page.evaluate(() => localStorage.length);
  if (count !== entries.length) throw new Error(`injected ${entries.length} keys, localStorage has ${count}`);
}

/** Waits for the app's ready mark and first frame in the current document. */
async function started(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName("sopir-siap").length > 0 && window.__benchFrame !== undefined,
    null,
    { timeout: 120_000 },
  );
  return page.evaluate(() => ({
    ready: performance.getEntriesByName("sopir-siap")[0].startTime,
    view: window.__benchView,
    frame: window.__benchFrame,
  }));
}

/** Waits (at most 15 s) until the app's service worker is active, so nothing installs in
 * the background while we measure; the app registers it a second after it is ready. Says
 * whether one became active. */
async function serviceWorkerReady(page) {
  return page.evaluate(async () => {
    if (!navigator.serviceWorker) return false;
    return Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 15_000)),
    ]);
  });
}

/** Stored cases, and any set aside as damaged (there must be none). */
async function storedCases(page) {
  return page.evaluate(() => {
    const keys = Object.keys(localStorage);
    return {
      cases: keys.filter((k) => k.startsWith("sopir/kasus/")).length,
      quarantined: keys.filter((k) => k.startsWith("sopir/karantina/")).length,
    };
  });
}

// An office worker picks a file or clicks Ekspor seconds after the page opened, not while
// V8 is still compiling the app's code in the background: those measurements start this
// long after the app was ready (and its service worker active).
const SETTLE_MS = 2000;

// A start is measured in a browser that has been open this long, as an office worker's
// is when they open Sopir: in a browser context or process younger than a second the app
// started 80-200 ms later (1,000 cases, alternating runs), from the browser's own start-up
// work. Starts "with the browser" (opened at once) are measured too, and printed apart.
const BROWSER_SETTLE_MS = 2000;

async function openApp(entries, hash = "", { settle = false, settleBrowser = true } = {}) {
  const { context, page } = await newPage();
  if (entries) await inject(page, entries);
  else if (settleBrowser) await page.goto(`${BASE}/__bench-kosong`);
  if (settleBrowser) await page.waitForTimeout(BROWSER_SETTLE_MS);
  await page.goto(`${BASE}/${hash}`);
  const start = await started(page);
  await serviceWorkerReady(page);
  if (settle) await page.waitForTimeout(SETTLE_MS);
  return { context, page, start };
}

const readJson = (name) => JSON.parse(readFileSync(join(FIXTURES, name), "utf8"));
const storeEntries = (n) => Object.entries(readJson(`store-${n}.json`));

// --- 1. start ---------------------------------------------------------------------------
async function benchStart(results) {
  for (const n of STORES) {
    const entries = storeEntries(n);
    const cases = entries.filter(([k]) => k.startsWith("sopir/kasus/")).length;
    if (cases !== n) throw new Error(`store-${n}.json holds ${cases} cases`);
    const cold = { ready: [], frame: [] };
    const warm = { ready: [], frame: [] };
    const coldWithBrowser = [];
    // The store as a Sopir without the summary index (or one that dropped it) leaves it.
    const withoutIndex = entries.filter(([k]) => k !== "sopir/indeks");
    const coldWithoutIndex = [];
    let sw = 0;
    const viewAfterMark = [];
    const runsHere = startRuns(n, RUNS);
    const nextDayRuns = startRuns(n, NEXT_DAY_RUNS);
    for (let run = 0; run < runsHere; run++) {
      const { context, page, start } = await openApp(entries);
      cold.ready.push(start.ready);
      cold.frame.push(start.frame);
      const stored = await storedCases(page);
      if (stored.cases !== n || stored.quarantined) {
        throw new Error(`after start with ${n} cases: ${JSON.stringify(stored)}`);
      }
      viewAfterMark.push(start.view - start.ready);
      await page.reload();
      const again = await started(page);
      if (await page.evaluate(() => !!navigator.serviceWorker?.controller)) sw++;
      warm.ready.push(again.ready);
      warm.frame.push(again.frame);
      await context.close();
      if (run < WITH_BROWSER_RUNS) {
        const opened = await openApp(entries, "", { settleBrowser: false });
        coldWithBrowser.push(opened.start.ready);
        await opened.context.close();
      }
      if (run < WITH_BROWSER_RUNS && withoutIndex.length < entries.length) {
        const opened = await openApp(withoutIndex);
        coldWithoutIndex.push(opened.start.ready);
        await opened.context.close();
      }
    }
    const nextDay = { ready: [], frame: [] };
    const nextDayWithBrowser = [];
    let nextDayWorker = 0;
    for (let run = 0; run < nextDayRuns; run++) {
      const { start, fromWorker } = await nextDayStart(entries, n);
      nextDay.ready.push(start.ready);
      nextDay.frame.push(start.frame);
      if (fromWorker) nextDayWorker++;
      if (run < WITH_BROWSER_RUNS) {
        nextDayWithBrowser.push((await nextDayStart(entries, n, { settleBrowser: false })).start.ready);
      }
    }
    results.start[n] = {
      cold: { ready: stats(cold.ready), frame: stats(cold.frame) },
      warm: { ready: stats(warm.ready), frame: stats(warm.frame) },
      nextDay: { ready: stats(nextDay.ready), frame: stats(nextDay.frame) },
      coldWithBrowser: stats(coldWithBrowser),
      coldWithoutIndex: stats(coldWithoutIndex),
      nextDayWithBrowser: stats(nextDayWithBrowser),
    };
    log(`start, ${n} cases, first visit: ready ${show(results.start[n].cold.ready)}; ` +
      `the view was seen ${ms(stats(viewAfterMark).median)} after the mark (median)`);
    log(`start, ${n} cases, first visit: first frame ${show(results.start[n].cold.frame)}`);
    log(`start, ${n} cases, reload (${sw} of ${runsHere} served by a service worker): ready ${show(results.start[n].warm.ready)}`);
    log(`start, ${n} cases, reload: first frame ${show(results.start[n].warm.frame)}`);
    log(`start, ${n} cases, next day (browser restarted on the same profile; ${nextDayWorker} of ${nextDayRuns} served by a service worker): ready ${show(results.start[n].nextDay.ready)}`);
    if (coldWithBrowser.length) {
      log(`start, ${n} cases, first visit with a new browser context: ready ${show(results.start[n].coldWithBrowser)}`);
    }
    if (coldWithoutIndex.length) {
      log(`start, ${n} cases, first visit without the summary index: ready ${show(results.start[n].coldWithoutIndex)}`);
    }
    if (nextDayWithBrowser.length) {
      log(`start, ${n} cases, next day as the browser starts: ready ${show(results.start[n].nextDayWithBrowser)}`);
    }
  }
}

/** The start an office sees every morning: a new browser process on a profile that has
 * run the app before (HTTP cache, V8's code cache and the service worker in place). The
 * first visit above is the start right after an update of the app, the reload a second
 * start in a running browser. */
async function nextDayStart(entries, n, { settleBrowser = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "sopir-bench-profile-"));
  try {
    const launch = () => chromium.launchPersistentContext(dir, { ...LAUNCH, ...CONTEXT });
    let context = await launch();
    await context.addInitScript(pageHelpers);
    let page = await context.newPage();
    await inject(page, entries);
    await page.goto(`${BASE}/`);
    await started(page);
    await serviceWorkerReady(page);
    // Time for V8 to finish optimising the module and Chromium to write its code cache;
    // closing the page first lets Chromium commit localStorage to disk (a browser closed
    // right away can drop the last megabytes of a large store).
    await page.waitForTimeout(3_000);
    await page.close();
    await new Promise((r) => setTimeout(r, 2_000));
    await context.close();
    context = await launch();
    await context.addInitScript(pageHelpers);
    page = await context.newPage();
    if (settleBrowser) await page.waitForTimeout(BROWSER_SETTLE_MS);
    await page.goto(`${BASE}/`);
    const start = await started(page);
    const fromWorker = await page.evaluate(() => !!navigator.serviceWorker?.controller);
    const stored = await storedCases(page);
    if (stored.cases !== n || stored.quarantined) {
      throw new Error(`next-day start with ${n} cases: ${JSON.stringify(stored)}`);
    }
    await context.close();
    return { start, fromWorker };
  } finally {
    // Chromium may still be writing to the profile for a moment after it closed.
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

// --- 2. import --------------------------------------------------------------------------
async function benchImport(results) {
  const file = join(FIXTURES, "import-1000.json");
  const expected = JSON.parse(readFileSync(file, "utf8")).cases.length;
  const preview = [];
  const commit = [];
  const total = [];
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const { context, page } = await openApp(null, "#/impor-ekspor", { settle: true });
    await page.evaluate(() => {
      const m = (window.__benchImport = {});
      document.addEventListener(
        "change",
        (e) => {
          if (e.target.id === "berkas-impor" && m.given === undefined) m.given = performance.now();
        },
        true,
      );
      const shown = () =>
        [...document.querySelectorAll("table caption")].some((c) => c.textContent.includes("Apa yang terjadi"));
      const refused = () => document.querySelector(".peringatan[role=alert]");
      const mo = new MutationObserver(() => {
        if (m.dom !== undefined) return;
        if (refused()) {
          m.refused = refused().textContent;
          mo.disconnect();
        } else if (shown()) {
          m.dom = performance.now();
          mo.disconnect();
          requestAnimationFrame(() => (m.frame = performance.now()));
        }
      });
      mo.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.locator("#berkas-impor").setInputFiles(file);
    await page.waitForFunction(() => window.__benchImport.frame !== undefined || window.__benchImport.refused, null, {
      timeout: 120_000,
    });
    const m = await page.evaluate(() => window.__benchImport);
    if (m.refused) throw new Error(`import refused: ${m.refused}`);
    await checkPreview(page, expected);
    const done = await page.evaluate(() => {
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Impor sekarang");
      if (!button) throw new Error("no button Impor sekarang");
      return window.__benchClickUntil(
        button,
        () => document.querySelector(".berhasil")?.textContent.includes("Impor selesai"),
        () => document.querySelector(".peringatan[role=alert]")?.textContent,
      );
    });
    const stored = await storedCases(page);
    if (stored.cases !== expected) throw new Error(`after import: ${stored.cases} cases stored`);
    preview.push(m.frame - m.given);
    commit.push(done.frame);
    total.push(m.frame - m.given + done.frame);
    log(`import run ${run + 1}: file → preview ${ms(m.frame - m.given)} (DOM ${ms(m.dom - m.given)}); Impor sekarang → message ${ms(done.frame)} (click handler ${ms(done.handler)})`);
    await context.close();
  }
  results.import = { preview: stats(preview), commit: stats(commit), total: stats(total) };
}

/** The preview counts every case of the file as new and shows its first page of rows. */
async function checkPreview(page, expected) {
  const counts = page.locator(".jumlah-pratinjau");
  await counts.waitFor({ timeout: 120_000 });
  const line = await counts.textContent();
  if (line !== `${expected} kasus dalam berkas: ${expected} baru.`) throw new Error(`preview counts: ${line}`);
  const shown = Math.min(expected, 50);
  const rows = await page.locator("table tbody tr").count();
  const fresh = await page.locator("table tbody tr.baru").count();
  if (rows !== shown || fresh !== shown) {
    throw new Error(`preview shows ${rows} rows (${fresh} new), expected the first ${shown} of ${expected}`);
  }
  const pages = await page.locator("nav.halaman span").textContent();
  if (pages !== `Halaman 1 dari ${Math.ceil(expected / 50)}`) throw new Error(`preview pages: ${pages}`);
}

// --- 3. export --------------------------------------------------------------------------
async function benchExport(results) {
  const { context, page } = await openApp(storeEntries(1000), "#/impor-ekspor", { settle: true });
  const started = [];
  const handler = [];
  const event = [];
  for (let run = 0; run < EXPORT_RUNS; run++) {
    const download = page.waitForEvent("download", { timeout: 120_000 });
    const t0 = performance.now();
    const inPage = await page.evaluate(() => {
      window.__benchDownload = undefined;
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Ekspor semua kasus");
      if (!button) throw new Error("no button Ekspor semua kasus");
      const t = performance.now();
      button.click();
      const end = performance.now();
      if (window.__benchDownload === undefined) throw new Error("the click started no download");
      return { download: window.__benchDownload - t, handler: end - t };
    });
    const file = await download;
    const seen = performance.now() - t0;
    if (!/^sopir-semua-1000-kasus-\d{4}-\d{2}-\d{2}\.json$/.test(file.suggestedFilename())) {
      throw new Error(`export named ${file.suggestedFilename()}`);
    }
    await file.delete();
    started.push(inPage.download);
    handler.push(inPage.handler);
    event.push(seen);
    log(`export run ${run + 1}: click → download started ${ms(inPage.download)} (whole click handler ${ms(inPage.handler)}; Playwright's download event after ${ms(seen)})`);
    await page.waitForTimeout(300);
  }
  await context.close();
  results.export = { started: stats(started), handler: stats(handler), event: stats(event) };
}

// --- 6. search in Daftar Kasus ---------------------------------------------------------
/** Daftar Kasus with 1,000 stored cases: one input event in the search box (a keystroke's
 * worth: the whole query is filtered again) → the count of cases found changes. */
async function benchSearch(results) {
  const { context, page } = await openApp(storeEntries(1000), "#/kasus");
  await page.locator("#cari-kasus").waitFor();
  const word = (await page.locator("table tbody tr td a").first().innerText()).split(" ")[1];
  // Consecutive queries find different numbers of cases, so each one changes the count.
  const queries = ["zzz", "", word, "zzz", word.slice(0, 3).toLowerCase(), ""];
  const dom = [];
  const handler = [];
  for (let round = 0; round < 8; round++) {
    for (const q of queries) {
      await page.waitForTimeout(30);
      const t = await page.evaluate((q) => {
        const input = document.getElementById("cari-kasus");
        const count = () => document.querySelector(".hasil-cari")?.textContent;
        const before = count();
        return window.__benchActUntil(
          () => {
            input.value = q;
            input.dispatchEvent(new Event("input", { bubbles: true }));
          },
          () => count() !== before,
        );
      }, q);
      dom.push(t.dom);
      handler.push(t.handler);
    }
  }
  await context.close();
  results.search = { dom: stats(dom), handler: stats(handler) };
  log(`search in Daftar Kasus (1,000 stored), input → count changed: ${show(results.search.dom)}`);
  log(`search, input handler alone: ${show(results.search.handler)}`);
}

// --- 4. quota ---------------------------------------------------------------------------
async function benchQuota(results) {
  const base = storeEntries(0);
  const records = readJson("records.json");
  const { context, page } = await newPage();
  await inject(page, base);
  let stored = 0;
  let error = null;
  for (let i = 0; i < records.length && !error; i += 250) {
    const r = await page.evaluate((chunk) => {
      let n = 0;
      for (const [k, v] of chunk) {
        try {
          localStorage.setItem(k, v);
        } catch (e) {
          return { n, error: { name: e.name, message: e.message } };
        }
        n++;
      }
      return { n, error: null };
    }, records.slice(i, i + 250));
    stored += r.n;
    error = r.error;
  }
  if (!error) throw new Error(`all ${records.length} records fit: generate more (RECORDS in examples/bench_fixtures.rs)`);
  if (error.name !== "QuotaExceededError") throw new Error(`setItem failed with ${error.name}: ${error.message}`);
  const used = await page.evaluate(() => {
    let units = 0;
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      units += k.length + localStorage.getItem(k).length;
    }
    return { units, keys: localStorage.length };
  });
  const units = records.slice(0, stored).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  const next = records[stored];
  await context.close();
  results.quota = {
    cases: stored,
    perRecord: units / stored,
    used: used.units,
    nextUnits: next[0].length + next[1].length,
  };
  log(`quota: ${stored} complete case records fit (${(units / stored).toFixed(0)} UTF-16 units each on average, key and value); ` +
    `record ${stored + 1} (${results.quota.nextUnits} units) was refused with ${error.name}; ${used.units} units in ${used.keys} keys were stored`);
}

// --- 5. step action ---------------------------------------------------------------------
async function benchSteps(results) {
  const { context, page } = await openApp(storeEntries(1000));
  await actAs(page, "operator");
  const dom = [];
  const frame = [];
  const handler = [];
  const byStep = [];
  for (let c = 0; c < STEP_CASES; c++) {
    const n = c + 1;
    await createCase(page, { company: `PT Uji Kinerja ${n}`, nib: String(9129999000000 + n) }, BASE);
    for (let guard = 0; guard < 40; guard++) {
      const step = await currentStep(page);
      if (step === null) break;
      await actAs(page, STEP_ROLE[step]);
      await fillStep(page, step, { inspection: true, ready: true }, false);
      const label = `Selesaikan langkah ${step}`;
      await page.getByRole("button", { name: label }).waitFor();
      await page.waitForTimeout(50); // let the page settle: only the click is measured
      const t = await page.evaluate((label) => {
        const heading = () => document.getElementById("judul-langkah")?.textContent;
        const before = heading();
        const button = [...document.querySelectorAll(".form-langkah button")].find((b) => b.textContent.trim() === label);
        if (!button) throw new Error(`no button ${label}`);
        return window.__benchClickUntil(
          button,
          () => heading() !== before,
          () => document.querySelector(".form-langkah .pesan-galat")?.textContent.trim(),
        );
      }, label);
      dom.push(t.dom);
      frame.push(t.frame);
      handler.push(t.handler);
      byStep.push({ step, dom: t.dom, handler: t.handler });
    }
    if ((await currentStep(page)) !== null) throw new Error(`case ${c + 1} did not finish`);
  }
  const stored = await storedCases(page);
  if (stored.cases !== 1000 + STEP_CASES || stored.quarantined) throw new Error(`after the steps: ${JSON.stringify(stored)}`);
  await context.close();
  results.step = { dom: stats(dom), frame: stats(frame), handler: stats(handler) };
  log(`step action (1,000 cases stored), click → heading changed: ${show(results.step.dom)}`);
  log(`step action, click → next frame: ${show(results.step.frame)}`);
  log(`step action, click handler alone: ${show(results.step.handler)}`);
  const slowest = byStep.sort((a, b) => b.dom - a.dom).slice(0, 6);
  log(`step action, the slowest: ${slowest.map((s) => `step ${s.step} ${ms(s.dom)} (handler ${ms(s.handler)})`).join(", ")}`);
}

// --- the table --------------------------------------------------------------------------
function table(results) {
  const rows = [];
  const timed = (what, s, target) => {
    const met = target == null ? "-" : s.p95 < target ? "yes" : "NO";
    rows.push([what, String(s.n), ms(s.median), ms(s.p95), target == null ? "-" : `p95 < ${ms(target)}`, met]);
  };
  for (const n of runs("start") ? STORES : []) {
    const r = results.start[n];
    const target = n === START_TARGET.cases ? START_TARGET.ms : null;
    const cases = n.toLocaleString("en-US");
    timed(`start, ${cases} cases, first visit: ready mark`, r.cold.ready, target);
    timed(`start, ${cases} cases, first visit: first frame`, r.cold.frame, null);
    timed(`start, ${cases} cases, next day: ready mark`, r.nextDay.ready, target);
    timed(`start, ${cases} cases, reload: ready mark`, r.warm.ready, target);
    if (r.coldWithBrowser.n) timed(`start, ${cases} cases, first visit with a new browser context`, r.coldWithBrowser, null);
    if (r.nextDayWithBrowser.n) timed(`start, ${cases} cases, next day as the browser starts`, r.nextDayWithBrowser, null);
    if (r.coldWithoutIndex.n) timed(`start, ${cases} cases, first visit without the summary index`, r.coldWithoutIndex, null);
  }
  if (results.import) {
    timed("import 1,000: file given → preview shown", results.import.preview, null);
    timed("import 1,000: Impor sekarang → success shown", results.import.commit, null);
    timed("import 1,000: both together", results.import.total, 1000);
  }
  if (results.export) timed("export all (1,000 stored): click → download starts", results.export.started, null);
  if (results.step) {
    timed("step action (1,000 stored): click → heading changed", results.step.dom, 16);
    timed("step action (1,000 stored): click → next frame", results.step.frame, null);
  }
  if (results.search) timed("search in Daftar Kasus (1,000 stored): input → list updated", results.search.dom, null);
  const q = results.quota;
  if (q) {
    rows.push([
      `complete cases that fit in localStorage (${q.perRecord.toFixed(0)} units each)`,
      "1", String(q.cases), "-", "≥ 5,000", q.cases >= 5000 ? "yes" : "NO",
    ]);
  }
  if (SIZE_BYTES != null) {
    rows.push([
      "wasm + JS + CSS, gzip",
      "1", `${(SIZE_BYTES / 1024).toFixed(0)} KiB (${SIZE_BYTES} B)`, "-", "< 200 KB", SIZE_BYTES < 200_000 ? "yes" : "NO",
    ]);
  }
  const head = ["measurement", "n", "median / value", "p95", "target", "met"];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(" | ") + " |";
  console.log();
  console.log(line(head));
  console.log("|" + width.map((w, i) => (i === 0 ? ":" : "-") + "-".repeat(w) + (i === 0 ? "-" : ":")).join("|") + "|");
  for (const r of rows) console.log(line(r));
  console.log(
    "p95: nearest rank (the largest of fewer than 20 samples); met: the p95 (or the value) against the target.\n" +
      "first visit: a fresh browser context (as right after an update of the app); next day: the browser restarted\n" +
      "on a profile that ran the app before; reload: the same context reloaded; ready mark: performance.mark(\"sopir-siap\")\n" +
      "after mounting, from navigation start; first frame: the animation frame after the view appeared.\n" +
      `Starts are opened in a browser (context) that has been open ${BROWSER_SETTLE_MS / 1000} s; "with a new browser context" and\n` +
      "\"as the browser starts\": opened at once, the browser's own start-up work still running (no target).\n" +
      "The stored cases come with the summary index where the app would have written one (1,000 cases, not 5,000:\n" +
      "above 80% of the quota); \"without the summary index\": as a store the index has not been written for yet.\n" +
      `import and export: the file is given (the button clicked) ${SETTLE_MS / 1000} s after the app is ready.`,
  );
}

// --- main -------------------------------------------------------------------------------
const { base, child } = await startServer();
BASE = base;
let failed = false;
try {
  browser = await chromium.launch(LAUNCH);
  log(`${browser.version()} headless against ${DIST} at ${BASE}; ${RUNS} runs per start measurement (${START_TARGET.runs} at ${START_TARGET.cases} cases, next day too)`);
  const results = { start: {} };
  if (runs("start")) await benchStart(results);
  if (runs("import")) await benchImport(results);
  if (runs("export")) await benchExport(results);
  if (runs("steps")) await benchSteps(results);
  if (runs("search")) await benchSearch(results);
  if (runs("quota")) await benchQuota(results);
  table(results);
} catch (e) {
  failed = true;
  console.error("[bench] FAILED:", e);
} finally {
  await browser?.close();
  child.kill();
}
process.exit(failed ? 1 : 0);
