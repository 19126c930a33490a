// Buku agenda: every letter of the flow gets a consecutive number from the register, the
// printed letters carry it, the CSV has one row per letter, and a duplicate is refused.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { actAs, createCase, currentStep, refusal, walk } from "./helpers";

test("walking a case leaves its letters in the register with consecutive numbers", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Agenda Tertib", nib: "9120001010101" });
  await walk(page, { inspection: true, ready: true });
  const year = new Date().toLocaleString("en-US", { timeZone: "Asia/Pontianak", year: "numeric" });

  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Buku Agenda" }).click();
  const table = page.getByRole("table", { name: /Surat dalam buku agenda/ });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(5);
  const numbers = await rows.locator("td:first-child").allInnerTexts();
  expect(numbers.sort()).toEqual(
    [`001/SM/DPPESDM/${year}`, `530/001/DPPESDM/${year}`, `530/002/DPPESDM/${year}`, `530/003/DPPESDM/${year}`, `530/004/DPPESDM/${year}`].sort(),
  );
  await expect(table).toContainText("Nota Dinas: permohonan penugasan verifikasi teknis Izin Perluasan PT Agenda Tertib");

  // The printed letters carry those numbers.
  for (const [doc, number] of [["nota_dinas", "530/001"], ["surat_tugas", "530/002"], ["surat_pengantar", "530/003"]]) {
    await page.goto(`./#/kasus/${id}/cetak/${doc}`);
    await expect(page.locator("main")).toContainText(`${number}/DPPESDM/${year}`);
  }

  // CSV: a header row and one row per letter, UTF-8 with a byte-order mark.
  await page.goto("./#/agenda");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.trim().split("\r\n");
  expect(lines).toHaveLength(1 + 5);
  expect(lines[0]).toContain("Nomor agenda,Nomor urut,Arah,Tanggal,Dari,Kepada,Perihal");
});

test("a duplicate number typed by hand is refused naming the existing letter, and nothing is lost", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Nomor Pertama", nib: "9120002020202" });
  await walk(page, { inspection: true, ready: true }, 6); // steps 4 and 5 took 001 masuk, 001 keluar
  await createCase(page, { company: "PT Nomor Kedua", nib: "9120003030303" });
  await walk(page, { inspection: true, ready: true }, 5);
  await expect(page.locator("#f-agenda-seq")).toHaveValue("2");
  await page.locator("#f-agenda-seq").fill("1");
  await page.locator("#f-note").fill("Catatan yang tidak boleh hilang");
  await page.getByRole("button", { name: "Selesaikan langkah 5" }).click();
  await expect.poll(() => refusal(page)).toMatch(/^Nomor agenda 530\/001\/DPPESDM\/\d{4} sudah dipakai surat langkah 5 kasus PT Nomor Pertama\.$/);
  expect(await currentStep(page)).toBe(5);
  await expect(page.locator("#f-note")).toHaveValue("Catatan yang tidak boleh hilang");
  // A gap is refused too; the next number goes through.
  await page.locator("#f-agenda-seq").fill("5");
  await page.getByRole("button", { name: "Selesaikan langkah 5" }).click();
  await expect.poll(() => refusal(page)).toContain("nomor berikutnya adalah 2");
  await page.locator("#f-agenda-seq").fill("2");
  await page.getByRole("button", { name: "Selesaikan langkah 5" }).click();
  await expect.poll(() => currentStep(page)).toBe(6);
});
