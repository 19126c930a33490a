// The browser's storage failing in its known ways: full storage, two tabs at once.
import { expect, test, type Page } from "@playwright/test";
import { actAs, createCase, currentStep, completeStep, walk } from "./helpers";

/** Fills localStorage to the quota with filler, leaving `spare` units free. */
async function fillStorage(page: Page, spare: number) {
  await page.evaluate((spare) => {
    // The summary index would give its room up to the save (tests/store_index.rs): gone
    // first, so that there is no room at all.
    localStorage.removeItem("sopir/indeks");
    let chunk = "x".repeat(1 << 20);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`isian-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    // Free a little, so small writes still fit but a case's next event does not.
    for (let k = 0; k < localStorage.length; k++) {
      const key = localStorage.key(k)!;
      if (key.startsWith("isian-") && localStorage.getItem(key)!.length >= spare) {
        localStorage.setItem(key, localStorage.getItem(key)!.slice(spare));
        break;
      }
    }
  }, spare);
}

test("a full storage refuses the action with a blocking message, offers export, and keeps every record", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Penuh Sesak", nib: "9120005550001" });
  await walk(page, { inspection: true, ready: true }, 5);
  const timeline = await page.locator(".linimasa li").allInnerTexts();
  await fillStorage(page, 8);

  await page.locator("#f-note").fill("Mohon penugasan verifikasi teknis.");
  await page.getByRole("button", { name: "Selesaikan langkah 5" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Penyimpanan peramban penuh" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("penuh");
  await expect(dialog.getByRole("button", { name: "Ekspor semua kasus sekarang" })).toBeVisible();
  await dialog.getByRole("button", { name: "Tutup" }).click();
  // Not recorded; what was typed is still there; the history is intact.
  expect(await currentStep(page)).toBe(5);
  await expect(page.locator("#f-note")).toHaveValue("Mohon penugasan verifikasi teknis.");
  await page.reload();
  // The case page draws after the route changes: wait for its timeline before reading it.
  await expect(page.locator(".linimasa li")).toHaveCount(timeline.length);
  expect(await page.locator(".linimasa li").allInnerTexts()).toEqual(timeline);

  // Room again: the same action goes through.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("isian-")).forEach((k) => localStorage.removeItem(k)));
  await completeStep(page, { inspection: true, ready: true });
  expect(await currentStep(page)).toBe(6);
});

test("two tabs acting at the same time lose no event", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  a.on("dialog", (d) => d.accept());
  b.on("dialog", (d) => d.accept());
  await a.goto("./");
  await actAs(a, "operator");
  const x = await createCase(a, { company: "PT Tab Satu", nib: "9120007770001" });
  await b.goto("./");
  const y = await createCase(b, { company: "PT Tab Dua", nib: "9120007770002" });

  // Each tab walks its own case, interleaved step by step.
  await a.goto(`./#/kasus/${x}`);
  await b.goto(`./#/kasus/${y}`);
  for (let i = 0; i < 8; i++) {
    await completeStep(a, { inspection: true, ready: true });
    await completeStep(b, { inspection: false, ready: true });
  }
  // Then both tabs take turns on the same case: each sees the other's step arrive.
  await b.goto(`./#/kasus/${x}`);
  for (let i = 0; i < 3; i++) {
    const page = i % 2 === 0 ? b : a;
    const other = i % 2 === 0 ? a : b;
    const step = (await currentStep(page))!;
    await completeStep(page, { inspection: true, ready: true });
    await expect.poll(() => currentStep(other)).toBe(step + 1);
  }

  // A third tab reads the stored histories: every event is there.
  const c = await context.newPage();
  await c.goto(`./#/kasus/${x}`);
  await expect(c.locator(".linimasa li")).toHaveCount(1 + 8 + 3);
  await c.goto(`./#/kasus/${y}`);
  await expect(c.locator(".linimasa li")).toHaveCount(1 + 8);
});

test("leaving with changes not yet exported asks first; after an export it does not", async ({ page }) => {
  // What the browser asks before leaving: whether the page's beforeunload handler objects.
  const objects = () =>
    page.evaluate(() => {
      const e = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
  await page.goto("./");
  await actAs(page, "operator");
  expect(await objects()).toBe(false);
  await createCase(page, { company: "PT Belum Ekspor", nib: "9120008880001" });
  await expect(page.locator(".belum-ekspor")).toHaveText("Perubahan belum diekspor: 1");
  expect(await objects()).toBe(true);
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ekspor kasus ini" }).click()]);
  await expect(page.locator(".belum-ekspor")).toHaveText("Perubahan belum diekspor: 0");
  expect(await objects()).toBe(false);
});

test("a start reads the summary index, and a case changed since is read from its record", async ({ context }) => {
  const a = await context.newPage();
  a.on("dialog", (d) => d.accept());
  await a.goto("./");
  await actAs(a, "operator");
  await createCase(a, { company: "PT Indeks Satu", nib: "9120005550011" });
  const two = await createCase(a, { company: "PT Indeks Dua", nib: "9120005550012" });
  // Leaving the page writes the index.
  await a.reload();
  await expect.poll(() => a.evaluate(() => localStorage.getItem("sopir/indeks")?.slice(0, 3))).toBe("I1:");
  const written = await a.evaluate(() => localStorage.getItem("sopir/indeks")!);

  // A step of PT Indeks Dua, then the index as it was before it (a tab that closed
  // without writing it again).
  await a.goto(`./#/kasus/${two}`);
  await completeStep(a, { inspection: true, ready: true });
  expect(await currentStep(a)).toBe(2);
  await a.evaluate((v) => localStorage.setItem("sopir/indeks", v), written);
  await a.close();

  const b = await context.newPage();
  b.on("dialog", (d) => d.accept());
  await b.goto("./#/kasus");
  const table = b.getByRole("table", { name: /Daftar kasus/ });
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await b.getByLabel("Langkah saat ini").selectOption("2");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.getByRole("link", { name: "PT Indeks Dua" })).toBeVisible();
  await b.getByLabel("Langkah saat ini").selectOption("1");
  await expect(table.getByRole("link", { name: "PT Indeks Satu" })).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  // Leaving again writes the index anew, with the step.
  await b.reload();
  await expect.poll(() => b.evaluate(() => localStorage.getItem("sopir/indeks"))).not.toBe(written);
});
