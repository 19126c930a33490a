// Two copies of the data (two PCs, two offices), each a browser context of its own, that
// exchange case files: their letter numbers, the duplicates when they number alike, the
// CSV of the register, and the names of the offices and people in a conflict.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CONTEXT } from "../../scripts/chromium.mjs";
import { actAs, completeStep, createCase, currentStep, fillStep, walk } from "./helpers";

const YEAR = new Date().toLocaleString("en-US", { timeZone: "Asia/Pontianak", year: "numeric" });
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** A second copy: a browser profile of its own, with the app open. */
async function copy(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext(CONTEXT)).newPage();
  page.on("dialog", (d) => d.accept());
  await page.goto("./");
  return page;
}

/** Pengaturan: this copy's office name, label and first running number, as typed there. */
async function setUp(page: Page, o: { office?: string; label?: string; blockStart?: string }) {
  await page.goto("./#/pengaturan");
  if (o.office) await page.getByLabel("Nama kantor", { exact: true }).fill(o.office);
  if (o.label) await page.getByLabel(/^Nama salinan ini/).fill(o.label);
  if (o.blockStart) await page.getByLabel("Nomor urut pertama salinan ini setiap tahun").fill(o.blockStart);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pengaturan tersimpan." })).toBeVisible();
}

/** Exports every case of the copy; returns the downloaded file's path. */
async function exportAll(page: Page): Promise<string> {
  await page.goto("./#/impor-ekspor");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Ekspor semua kasus", exact: true }).click(),
  ]);
  return download.path();
}

/** Picks the file for import; the preview is left open. */
async function preview(page: Page, path: string) {
  await page.goto("./#/impor-ekspor");
  await page.locator("#berkas-impor").setInputFiles(path);
  await expect(page.getByRole("heading", { name: /^Pratinjau impor:/ })).toBeVisible();
}

async function confirmImport(page: Page) {
  await page.getByRole("button", { name: "Impor sekarang" }).click();
  await expect(page.locator(".berhasil")).toContainText("Impor selesai");
}

async function agenda(page: Page) {
  await page.goto("./#/agenda");
  return page.getByRole("table", { name: /Surat dalam buku agenda/ }).locator("tbody tr");
}

test("two copies with their own blocks of numbers exchange files, and no number is given twice", async ({ page, browser }) => {
  const b = await copy(browser);
  await setUp(b, { label: "PC Kedua", blockStart: "500" });
  await expect
    .poll(() => b.locator(".contoh-nomor").innerText())
    .toContain(`530/500/DPPESDM/${YEAR}`);
  // Each copy records steps 1-5: a surat masuk at step 4, a surat keluar at step 5.
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Salinan Depan", nib: "9120004440001" });
  await walk(page, { inspection: true, ready: true }, 6);
  await actAs(b, "operator");
  await createCase(b, { company: "PT Salinan Kedua", nib: "9120004440002" });
  await walk(b, { inspection: true, ready: true }, 5);
  await expect(b.locator("#f-agenda-seq")).toHaveValue("500");
  await completeStep(b, { inspection: true, ready: true });

  await preview(page, await exportAll(b));
  await expect(page.locator(".jumlah-pratinjau")).toHaveText("1 kasus dalam berkas: 1 baru.");
  await expect(page.locator(".nomor-ganda")).toHaveCount(0);
  await confirmImport(page);
  const rows = await agenda(page);
  await expect(rows).toHaveCount(4);
  const numbers = await rows.locator("td:first-child").allInnerTexts();
  expect(numbers.sort()).toEqual(
    [`001/SM/DPPESDM/${YEAR}`, `500/SM/DPPESDM/${YEAR}`, `530/001/DPPESDM/${YEAR}`, `530/500/DPPESDM/${YEAR}`].sort(),
  );
  await expect(page.locator("tr.ganda")).toHaveCount(0);
  await expect(page.locator(".nomor-ganda")).toHaveCount(0);
  // The letters of the second copy carry its office and label.
  await expect(rows.filter({ hasText: "530/500" })).toContainText("(PC Kedua)");
});

test("two copies that number alike: the preview warns before the import, Buku Agenda and its CSV mark the duplicates", async ({ page, browser }) => {
  const b = await copy(browser);
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Nomor Sama Satu", nib: "9120004450001" });
  await walk(page, { inspection: true, ready: true }, 6);
  await actAs(b, "operator");
  await createCase(b, { company: "PT Nomor Sama Dua", nib: "9120004450002" });
  await walk(b, { inspection: true, ready: true }, 6);

  await preview(page, await exportAll(b));
  await expect(page.locator(".jumlah-pratinjau")).toHaveText(
    "1 kasus dalam berkas: 1 baru. 2 nomor agenda akan dipakai lebih dari satu surat.",
  );
  const warning = page.locator(".nomor-ganda");
  await expect(warning).toContainText("Nomor agenda ganda");
  await expect(warning.locator("li")).toHaveCount(2);
  await expect(warning).toContainText(`Nomor 530/001/DPPESDM/${YEAR} (surat keluar) dipakai 2 surat:`);
  await expect(warning).toContainText("PT Nomor Sama Satu langkah 5 (salinan ini)");
  await expect(warning).toContainText("PT Nomor Sama Dua langkah 5 (Dinas Perindustrian");
  // Nothing is stored before the person confirms.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("sopir/kasus/")).length)).toBe(1);
  await confirmImport(page);

  const rows = await agenda(page);
  await expect(rows).toHaveCount(4);
  await expect(page.locator("tr.ganda")).toHaveCount(4);
  await expect(page.locator("tr.ganda").first()).toContainText("Nomor ganda");
  await expect(page.getByRole("alert").filter({ hasText: "2 nomor agenda dipakai lebih dari satu surat:" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh CSV" }).click()]);
  const lines = readFileSync(await download.path(), "utf8").trim().split("\r\n");
  expect(lines[0]).toMatch(/,Kantor,Nomor ganda$/);
  expect(lines.slice(1).filter((l) => l.endsWith(",ya"))).toHaveLength(4);
});

test("a formula in texts that arrive in an imported file is neutralised in the downloaded CSV", async ({ page, browser }) => {
  const b = await copy(browser);
  await actAs(b, "operator");
  await createCase(b, { company: '=HYPERLINK("http://contoh.invalid","klik")', nib: "9120004460001" });
  await walk(b, { inspection: true, ready: true }, 4);
  await fillStep(b, 4, { inspection: true, ready: true }, false);
  await b.locator("#f-agenda-from").fill("@SUM(1+1)");
  await b.locator("#f-agenda-to").fill("+62 561 734567");
  await b.locator("#f-agenda-subject").fill("-2+3 permohonan");
  await b.getByRole("button", { name: "Selesaikan langkah 4" }).click();
  await expect.poll(() => currentStep(b)).toBe(5);

  await page.goto("./");
  await preview(page, await exportAll(b));
  await confirmImport(page);
  await agenda(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  const row = csv.trim().split("\r\n")[1];
  expect(row).toContain(`"'@SUM(1+1)","'+62 561 734567","'-2+3 permohonan"`);
  expect(row).toContain(`"'=HYPERLINK(""http://contoh.invalid"",""klik"")"`);
  // No cell of the file begins with a formula character.
  expect(csv).not.toMatch(/(^|[,\n])"?[=+\-@]/);
});

/** Fills localStorage to the quota with filler, leaving `spare` units free (as in storage.spec.ts). */
async function fillStorage(page: Page, spare: number) {
  await page.evaluate((spare) => {
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
    for (let k = 0; k < localStorage.length; k++) {
      const key = localStorage.key(k)!;
      if (key.startsWith("isian-") && localStorage.getItem(key)!.length >= spare) {
        localStorage.setItem(key, localStorage.getItem(key)!.slice(spare));
        break;
      }
    }
  }, spare);
}

test("with the storage full, an export is reported as downloaded, the counter resets, and the dialog's button exports", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Penuh Tapi Terekspor", nib: "9120004470001" });
  await walk(page, { inspection: true, ready: true }, 5);
  await expect(page.locator(".belum-ekspor")).toHaveText("Perubahan belum diekspor: 5");
  await fillStorage(page, 8);

  // The next step does not fit: the dialog offers the export, and its button does it.
  await page.getByRole("button", { name: "Selesaikan langkah 5" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Penyimpanan peramban penuh" });
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "Ekspor semua kasus sekarang" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sopir-semua-1-kasus-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.cases).toHaveLength(1);
  expect(file.cases[0].events).toHaveLength(5);
  const done = dialog.getByRole("status");
  await expect(done).toContainText(`Berkas diunduh: ${download.suggestedFilename()}`);
  await expect(done).toContainText("hanya berlaku sampai halaman ini ditutup");
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".belum-ekspor")).toHaveText("Perubahan belum diekspor: 0");
  await dialog.getByRole("button", { name: "Tutup" }).click();

  // The export page says the same: downloaded, not failed.
  await page.goto("./#/impor-ekspor");
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ekspor semua kasus", exact: true }).click()]);
  await expect(page.locator(".berhasil[role=status]")).toContainText("Berkas diunduh: sopir-semua-1-kasus-");
  await expect(page.locator(".peringatan[role=alert]")).toHaveCount(0);
  await expect(page.locator(".belum-ekspor")).toHaveText("Perubahan belum diekspor: 0");
});

test("the conflict panel names the office and the person of each record, and the resolution names the record kept", async ({ page, browser }) => {
  await setUp(page, { office: "DPPESDM Kalbar", label: "PC Operator" });
  const b = await copy(browser);
  await setUp(b, { office: "UPT DPPESDM Sanggau", label: "Laptop Tim Teknis" });
  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Dua Catatan", nib: "9120004480001" });
  await walk(page, { inspection: true, ready: true }, 9);
  await preview(b, await exportAll(page));
  await confirmImport(b);

  // Step 9 decided differently in each copy, by two people of the Tim Teknis.
  await page.goto(`./#/kasus/${id}`);
  await actAs(page, "tim", "Ir. Dedi Kurniawan");
  await fillStep(page, 9, { inspection: true, ready: true }, false);
  await page.getByRole("button", { name: "Selesaikan langkah 9" }).click();
  await expect.poll(() => currentStep(page)).toBe(10);
  await b.goto(`./#/kasus/${id}`);
  await actAs(b, "tim", "Ir. Rina Wati");
  await fillStep(b, 9, { inspection: false, ready: true }, false);
  await b.getByRole("button", { name: "Selesaikan langkah 9" }).click();
  await expect.poll(() => currentStep(b)).toBe(11);

  await preview(page, await exportAll(b));
  await confirmImport(page);
  await page.goto(`./#/kasus/${id}`);
  const conflict = page.locator(".konflik");
  await expect(conflict).toContainText("Konflik pada langkah 9");
  const mine = conflict.locator(".konflik-pilihan", { hasText: "Ya, perlu pemeriksaan lapangan" });
  const theirs = conflict.locator(".konflik-pilihan", { hasText: "Tidak perlu pemeriksaan lapangan" });
  await expect(mine.locator(".catatan")).toContainText("Ir. Dedi Kurniawan (Tim Teknis) · Kantor: salinan ini");
  await expect(theirs.locator(".catatan")).toContainText(
    "Ir. Rina Wati (Tim Teknis) · Kantor: UPT DPPESDM Sanggau (Laptop Tim Teknis)",
  );
  expect(await conflict.innerText()).not.toMatch(UUID);

  await page.locator("#alasan-konflik").fill("Data SIINAS cukup; pemeriksaan lapangan tidak perlu.");
  await theirs.getByRole("button", { name: "Pertahankan catatan ini" }).click();
  await expect(page.locator(".konflik")).toHaveCount(0);
  const resolution = page.locator(".linimasa li").filter({ hasText: "Konflik diselesaikan pada langkah 9" });
  await expect(resolution.locator("dt").first()).toHaveText("Catatan yang berlaku");
  await expect(resolution.locator("dd").first()).toContainText(
    "catatan Ir. Rina Wati (Tim Teknis), Kantor: UPT DPPESDM Sanggau (Laptop Tim Teknis), ",
  );
  expect(await resolution.innerText()).not.toMatch(UUID);
});
