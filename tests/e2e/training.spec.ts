// Mode Latihan: the guided walk-through in both branches, mistakes explained, sample data
// kept apart from the real data.
import { expect, test, type Page } from "@playwright/test";
import { actAs, createCase, currentStep, fillStep, refusal, walk } from "./helpers";

async function enterTraining(page: Page) {
  await page.goto("./#/latihan");
  await page.getByRole("button", { name: "Masuk mode latihan" }).click();
  await expect(page.getByRole("note")).toContainText("MODE LATIHAN - data contoh, bukan data resmi");
}

/** Follows the guide: switches role with the guide's button, fills in, completes. */
async function guidedStep(page: Page, inspection: boolean) {
  const step = (await currentStep(page))!;
  const guide = page.locator(".panduan");
  await expect(guide).toContainText(`Langkah ${step} dari 20`);
  const switchRole = guide.getByRole("button", { name: /^Bertindak sebagai/ });
  if (await switchRole.count()) await switchRole.click();
  await expect(switchRole).toHaveCount(0);
  await fillStep(page, step, { inspection, ready: true }, false);
  await page.getByRole("button", { name: `Selesaikan langkah ${step}` }).click();
  await expect.poll(async () => (await currentStep(page)) !== step || (await refusal(page)) !== "").toBeTruthy();
  expect(await refusal(page)).toBe("");
  return step;
}

async function guidedWalk(page: Page, inspection: boolean): Promise<number[]> {
  const steps: number[] = [];
  while ((await currentStep(page)) !== null && !(await page.locator(".panduan.selesai").count())) {
    steps.push(await guidedStep(page, inspection));
  }
  return steps;
}

test("a trainee completes the guided walk-through in both branches", async ({ page }) => {
  await enterTraining(page);
  await page.getByRole("button", { name: "Mulai panduan langkah demi langkah" }).click();
  await expect(page.locator(".panduan")).toContainText("Anda akan menjalankan satu kasus latihan");
  await expect(page.locator(".panduan")).toContainText("Kesalahan umum:");
  const first = await guidedWalk(page, true);
  expect(first).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  const summary = page.locator(".panduan.selesai");
  await expect(summary).toContainText("Ringkasan latihan");
  await expect(summary).toContainText("9 (Ya, perlu pemeriksaan lapangan) → 10");
  await expect(summary.locator("dd").nth(2)).toHaveText("0");

  // The branch not taken, as a second round.
  await summary.getByRole("button", { name: "Latihan lagi dengan cabang lain: Tidak perlu pemeriksaan lapangan" }).click();
  await expect(page.locator(".panduan")).toContainText("Langkah 1 dari 20");
  const second = await guidedWalk(page, false);
  expect(second).not.toContain(10);
  expect(second).toHaveLength(19);
  await expect(page.locator(".panduan.selesai")).toContainText("9 (Tidak perlu pemeriksaan lapangan) → 11");
  await expect(page.locator(".status-kasus")).toContainText("Berlaku efektif");
});

test("acting as the wrong role is explained, not just refused, and counted", async ({ page }) => {
  await enterTraining(page);
  await page.getByRole("button", { name: "Mulai panduan langkah demi langkah" }).click();
  for (let i = 0; i < 5; i++) await guidedStep(page, true);
  expect(await currentStep(page)).toBe(6);
  await actAs(page, "kasi", "Peserta latihan");
  await fillStep(page, 6, { inspection: true, ready: true }, false);
  await page.getByRole("button", { name: "Selesaikan langkah 6" }).click();
  const explanation = page.locator(".panduan .penjelasan");
  await expect(explanation).toContainText("Langkah 6 dikerjakan oleh Kepala Bidang Perindustrian");
  await expect(explanation).toContainText("Di langkah ini yang bertindak adalah Kepala Bidang Perindustrian");
  await expect(explanation).toContainText("Disposisi memberi dasar kewenangan");
  expect(await currentStep(page)).toBe(6);
  // Invalid data is explained with the step's common mistake.
  await guidedStep(page, true); // 6 as Kabid
  await page.locator(".panduan").getByRole("button", { name: /^Bertindak sebagai/ }).click();
  await page.getByRole("button", { name: "Selesaikan langkah 7" }).click();
  await expect(explanation).toContainText("Kesalahan umum di langkah ini:");
});

test("the walk-through and its counted mistakes outlive a reload of the tab", async ({ page }) => {
  await enterTraining(page);
  await page.getByRole("button", { name: "Mulai panduan langkah demi langkah" }).click();
  for (let i = 0; i < 2; i++) await guidedStep(page, true);
  await actAs(page, "kadis", "Peserta latihan");
  await page.getByRole("button", { name: "Selesaikan langkah 3" }).click();
  await expect(page.locator(".panduan .penjelasan")).toContainText("Langkah 3 dikerjakan oleh");
  await page.reload();
  await expect(page.locator(".panduan")).toContainText("Langkah 3 dari 20");
  const kept = await page.evaluate(() => JSON.parse(sessionStorage.getItem("sopir-panduan") ?? "null"));
  expect(kept.mistakes.map((m: { step: number }) => m.step)).toEqual([3]);
});

/** The real namespace's stored values, byte for byte. */
async function realData(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        // The summary index is derived data, rewritten 3 s after a start: left out.
        .filter((k) => k.startsWith("sopir/") && k !== "sopir/indeks")
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
}

test("resetting the sample data leaves a real case and its history byte-identical", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Data Resmi Tetap", nib: "9120004440001" });
  await walk(page, { inspection: true, ready: true }, 4);
  const before = await realData(page);
  const timeline = await page.locator(".linimasa li").allInnerTexts();

  await enterTraining(page);
  await page.goto("./#/kasus");
  await expect(page.locator("table tbody tr").first()).toBeVisible();
  await expect(page.locator("table")).not.toContainText("PT Data Resmi Tetap");
  await page.goto("./#/latihan");
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Atur ulang data contoh" }).click();
  await expect(page.locator(".berhasil")).toHaveText("Data contoh telah diatur ulang.");
  expect(await realData(page)).toEqual(before);

  await page.getByRole("button", { name: "Keluar dari mode latihan" }).first().click();
  await expect(page.getByRole("note")).toHaveCount(0);
  await page.goto("./#/kasus");
  await page.getByRole("link", { name: "PT Data Resmi Tetap" }).click();
  // The case page draws after the route changes: wait for its timeline before reading it.
  await expect(page.locator(".linimasa li")).toHaveCount(timeline.length);
  expect(await page.locator(".linimasa li").allInnerTexts()).toEqual(timeline);
  expect(await realData(page)).toEqual(before);
});

test("a training export is refused by the real import", async ({ page }) => {
  await enterTraining(page);
  await page.goto("./#/impor-ekspor");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Ekspor semua kasus" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^latihan-sopir-semua-\d+-kasus-/);
  const path = await download.path();
  await page.getByRole("note").getByRole("button", { name: "Keluar dari mode latihan" }).click();
  const before = await realData(page);
  await page.locator("#berkas-impor").setInputFiles(path);
  await expect(page.locator(".peringatan[role=alert]")).toContainText("data latihan tidak dapat diimpor ke data resmi");
  expect(await realData(page)).toEqual(before);
});
