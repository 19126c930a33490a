// Deadlines read as the law reads them: by their last day, in the same words on the case
// page, Tugas Saya, Daftar Kasus, Beranda and the Nota Dinas; overdue from the next day on.
import { expect, test, type Page } from "@playwright/test";
import { actAs, createCase, walk } from "./helpers";

const COMPANY = "PT Tenggat Jelas";
const CHOICES = { inspection: true, ready: true };

/** An instant given in WIB. */
const wib = (iso: string) => new Date(`${iso}+07:00`);

/** Moves the page's clock on to `to`; the app reads the clock every 30 s, and fastForward
 * fires that timer. */
async function clockTo(page: Page, to: Date) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(to.getTime() - now);
}

test("a deadline shows its last day in the same words on every page and in the Nota Dinas", async ({ page }) => {
  test.setTimeout(120_000);
  // Friday 27 November 2026: the SIINAS request of that day has 10 hari kerja, to Friday
  // 11 December (shown before as "jatuh tempo 12 Desember 2026 00.00 WIB").
  await page.clock.install({ time: wib("2026-11-27T08:00:00") });
  await page.goto("./");
  await actAs(page, "operator");
  const id = await createCase(page, { company: COMPANY, nib: "9120005556667" });
  expect(await walk(page, CHOICES, 3)).toEqual([1, 2]);

  // On the last day the Operator writes the Nota Dinas (steps 3-5); the Kabid's step 6 (1
  // hari kerja) then runs to Monday 14 December, after the inspection's last day.
  await clockTo(page, wib("2026-12-11T09:00:00"));
  expect(await walk(page, CHOICES, 6)).toEqual([3, 4, 5]);
  const inspection = page.locator(".status-kasus .tenggat", { hasText: "Pemeriksaan lapangan" }).locator("dd");
  await expect(inspection).toHaveText("paling lambat Jumat, 11 Desember 2026 (hari ini hari terakhir)");

  // Saturday: overdue, though the due date shown is still the Friday.
  await clockTo(page, wib("2026-12-12T09:00:00"));
  const words = "lewat tenggat: paling lambat Jumat, 11 Desember 2026";
  await expect(inspection).toHaveText(words);
  await expect(page.locator(".status-kasus .tenggat.terlambat")).toHaveCount(1);
  await expect(page.locator(".status-kasus")).not.toContainText("00.00 WIB");

  await actAs(page, "kabid");
  await page.goto("./#/tugas");
  const task = page.getByRole("row", { name: new RegExp(COMPANY) });
  await expect(task).toContainText(`TERLAMBAT Pemeriksaan lapangan (10 hari kerja) ${words}`);

  await page.goto("./#/kasus");
  await expect(page.getByRole("row", { name: new RegExp(COMPANY) })).toContainText(`TERLAMBAT Pemeriksaan lapangan (10 hari kerja) ${words}`);

  await page.goto("./#/");
  const overdue = page.getByRole("region", { name: /Kasus terlambat/ });
  await expect(overdue.getByRole("listitem").filter({ hasText: COMPANY })).toContainText(`TERLAMBAT Pemeriksaan lapangan (10 hari kerja) ${words}`);

  await page.goto(`./#/kasus/${id}/cetak/nota_dinas`);
  const paper = page.locator("article.kertas");
  await expect(paper).toContainText(
    "pemeriksaan lapangan dilaksanakan dalam 10 hari kerja sejak permohonan, paling lambat Jumat, 11 Desember 2026.",
  );
  await expect(paper).not.toContainText("00.00 WIB");
});

test("the 3-month commitment period ending on a Saturday runs to the Monday", async ({ page }) => {
  // IP of Saturday 12 September 2026: three months end on Saturday 12 December.
  await page.clock.install({ time: wib("2026-09-12T08:00:00") });
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: COMPANY, nib: "9120005556674" });
  expect(await walk(page, CHOICES, 2)).toEqual([1]);
  const commitment = page.locator(".status-kasus .tenggat", { hasText: "Pemenuhan komitmen" }).locator("dd");
  await expect(commitment).toHaveText("paling lambat Senin, 14 Desember 2026 (sisa 66 hari kerja)");

  await clockTo(page, wib("2026-12-14T23:59:00"));
  await expect(commitment).toHaveText("paling lambat Senin, 14 Desember 2026 (hari ini hari terakhir)");
  await expect(page.locator(".status-kasus .lencana")).toHaveText("Belum berlaku efektif");
  await clockTo(page, wib("2026-12-15T00:00:30"));
  await expect(commitment).toHaveText("lewat tenggat: paling lambat Senin, 14 Desember 2026 (terlambat 1 hari kerja)");
  await expect(page.locator(".status-kasus .lencana")).toHaveText("Batal");
  await expect(page.getByRole("alert")).toContainText("Izin Perluasan batal.");
});
