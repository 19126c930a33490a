// Corrections (koreksi): a recorded step's values are corrected from the timeline by a
// role that may, with a reason; the original stays, the correction shows what changed,
// and the buku agenda and the printed letters use the corrected values.
import { expect, test, type Page } from "@playwright/test";
import { actAs, createCase, currentStep, walk } from "./helpers";

const year = () => new Date().toLocaleString("en-US", { timeZone: "Asia/Pontianak", year: "numeric" });

/** The timeline entry whose title starts with `title`. */
function entry(page: Page, title: string) {
  const start = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  return page.locator("li.kejadian").filter({ has: page.locator(".kejadian-judul", { hasText: start }) });
}

test("a mistyped letter number is corrected with a reason; the timeline, the buku agenda and the printed letter show it", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Koreksi Nomor", nib: "9120004040404" });
  await walk(page, { inspection: true, ready: true }, 6); // step 5's Nota Dinas took 530/001
  const y = year();

  await page.getByRole("button", { name: "Koreksi catatan langkah 5" }).click();
  const form = page.locator("form.form-koreksi");
  await expect(form.getByRole("heading", { name: "Koreksi catatan langkah 5" })).toBeVisible();
  // The step's own form, prefilled with what was recorded.
  await expect(page.locator("#koreksi-f-agenda-seq")).toHaveValue("1");
  await expect(form).toContainText(`Nomor surat: 530/001/DPPESDM/${y}`);
  await page.locator("#koreksi-f-agenda-seq").fill("12");
  await expect(form).toContainText(`Nomor surat: 530/012/DPPESDM/${y}`);
  await page.locator("#koreksi-f-correction-reason").fill("Surat fisik bernomor 012 menurut buku agenda kertas.");
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Koreksi dicatat." })).toBeVisible();
  await expect(form).toHaveCount(0);
  expect(await currentStep(page)).toBe(6);

  // The correction: who, why, and each changed field as old → new.
  const correction = entry(page, "Koreksi langkah 5:");
  await expect(correction).toHaveCount(1);
  await expect(correction.locator(".kejadian-oleh")).toContainText("Operator · Petugas operator");
  await expect(correction).toContainText("Alasan koreksi");
  await expect(correction).toContainText("Surat fisik bernomor 012 menurut buku agenda kertas.");
  await expect(correction).toContainText("Nomor surat (lama → baru)");
  await expect(correction).toContainText(`530/001/DPPESDM/${y} → 530/012/DPPESDM/${y}`);
  // The original record stays as it was, marked as corrected.
  const original = entry(page, "Langkah 5:");
  await expect(original).toContainText(`530/001/DPPESDM/${y}`);
  await expect(original).toContainText("Catatan ini telah dikoreksi");

  // The buku agenda has the corrected number, not the old one.
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Buku Agenda" }).click();
  const rows = page.getByRole("table", { name: /Surat dalam buku agenda/ }).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  expect((await rows.locator("td:first-child").allInnerTexts()).sort()).toEqual([`001/SM/DPPESDM/${y}`, `530/012/DPPESDM/${y}`]);

  // The printed Nota Dinas carries it.
  await page.goto(`./#/kasus/${id}/cetak/nota_dinas`);
  await expect(page.locator("main")).toContainText(`530/012/DPPESDM/${y}`);
  await expect(page.locator("main")).not.toContainText(`530/001/DPPESDM/${y}`);
});

test("a correction without a reason is refused with a message; a role that may not correct sees no Koreksi", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Koreksi Alasan", nib: "9120005050505" });
  await walk(page, { inspection: true, ready: true }, 10);
  const koreksi1 = page.getByRole("button", { name: "Koreksi catatan langkah 1" });

  // Step 1 is the Operator's (for OSS): the Tim Teknis and the Kepala Dinas may not correct it.
  for (const role of ["tim", "kadis"] as const) {
    await actAs(page, role);
    await expect(koreksi1).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: "Koreksi catatan langkah 9" })).toHaveCount(0); // the Kadis
  // The Kasi supervises: he may.
  await actAs(page, "kasi");
  await expect(koreksi1).toHaveCount(1);

  await actAs(page, "operator");
  await koreksi1.click();
  const form = page.locator("form.form-koreksi");
  await expect(page.locator("#koreksi-f-number")).toHaveValue("IP-912000-20251106");
  await page.locator("#koreksi-f-number").fill("IP-912000-20251107");
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(form.locator(".pesan-galat")).toHaveText("Isi alasan koreksi: koreksi tidak dicatat tanpa alasan.");
  await expect(page.locator("#koreksi-f-correction-reason-galat")).toHaveText("Wajib diisi.");
  await expect(entry(page, "Koreksi langkah 1:")).toHaveCount(0);
  // With a reason it is recorded; the case's identity shows the corrected number.
  await page.locator("#koreksi-f-correction-reason").fill("Nomor IP salah ketik; sesuai notifikasi OSS.");
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(entry(page, "Koreksi langkah 1:")).toContainText("IP-912000-20251106 → IP-912000-20251107");
  await expect(page.locator("dl.identitas")).toContainText("IP-912000-20251107");

  // The decision of step 9 chooses the path: a correction of it is refused, saying why.
  await actAs(page, "tim");
  await page.getByRole("button", { name: "Koreksi catatan langkah 9" }).click();
  await form.getByLabel("Tidak perlu pemeriksaan lapangan").check();
  await page.locator("#koreksi-f-correction-reason").fill("Ternyata tidak perlu.");
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(form.locator(".pesan-galat")).toContainText("Koreksi tidak dapat mengubah Perlu pemeriksaan lapangan? pada langkah 9");
  await expect(form.locator(".pesan-galat")).toContainText("kembalikan berkas pada langkah 13");
  await expect(entry(page, "Koreksi langkah 9:")).toHaveCount(0);
});

test("two offices' different corrections of one record are a conflict that the Kasi resolves", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  for (const file of ["koreksi-pontianak.json", "koreksi-singkawang.json"]) {
    await page.goto("./#/impor-ekspor");
    await page.locator("#berkas-impor").setInputFiles(`target/e2e-fixtures/${file}`);
    await page.getByRole("button", { name: "Impor sekarang" }).click();
    await expect(page.locator(".berhasil")).toContainText("Impor selesai");
  }
  await page.goto("./#/kasus");
  await page.locator("table tbody tr a").first().click();

  const conflict = page.locator(".konflik");
  await expect(conflict).toContainText("Konflik koreksi pada langkah 1");
  const options = conflict.locator(".konflik-pilihan");
  await expect(options).toHaveCount(2);
  await expect(conflict).toContainText("→ IP-PONTIANAK-01");
  await expect(conflict).toContainText("→ IP-SINGKAWANG-01");
  // Nothing goes on until it is resolved: the step's form is not offered, and the panel says why.
  await expect(page.getByRole("button", { name: "Selesaikan langkah 4" })).toHaveCount(0);
  await expect(page.locator(".panel-langkah .tanpa-form")).toContainText("Langkah 4 belum dapat dikerjakan: ada dua catatan berbeda untuk langkah 1");

  const keep = options.filter({ hasText: "→ IP-SINGKAWANG-01" }).getByRole("button", { name: "Pertahankan catatan ini" });
  await page.locator("#alasan-konflik").fill("Nomor diperiksa ulang di OSS: milik kantor Singkawang yang benar.");
  await actAs(page, "tim");
  await keep.click();
  await expect(conflict.locator(".pesan-galat")).toContainText("hanya dapat dikoreksi oleh");
  await actAs(page, "kasi");
  await keep.click();
  await expect(page.locator(".konflik")).toHaveCount(0);
  await expect(page.locator("dl.identitas")).toContainText("IP-SINGKAWANG-01");
  // Pontianak's correction stays in the history, set aside.
  await expect(page.locator(".linimasa li.dikesampingkan")).toHaveCount(1);
  await expect(page.locator(".linimasa li.dikesampingkan")).toContainText("IP-PONTIANAK-01");
  await expect(page.locator("#judul-langkah")).toContainText("Langkah 4 dari 20");
});

test("a correction made meanwhile in another tab is not overwritten: the form is filled again from it", async ({ page, context }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Koreksi Dua Tab", nib: "9120006060606" });
  await walk(page, { inspection: true, ready: true }, 3);
  const other = await context.newPage();
  await other.goto(page.url());
  await actAs(other, "kabid");

  await page.getByRole("button", { name: "Koreksi catatan langkah 1" }).click();
  await page.locator("#koreksi-f-number").fill("IP-TAB-A");
  await page.locator("#koreksi-f-correction-reason").fill("Nomor menurut tab A.");
  await other.getByRole("button", { name: "Koreksi catatan langkah 1" }).click();
  await other.locator("#koreksi-f-number").fill("IP-TAB-B");
  await other.locator("#koreksi-f-correction-reason").fill("Nomor menurut notifikasi OSS.");
  await other.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Koreksi dicatat." })).toBeVisible();

  const form = page.locator("form.form-koreksi");
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(form.locator(".pesan-galat")).toContainText("Catatan langkah 1 baru saja dikoreksi");
  await expect(page.locator("#koreksi-f-number")).toHaveValue("IP-TAB-B");
  await expect(page.locator("#koreksi-f-correction-reason")).toHaveValue("Nomor menurut tab A.");
  // Corrected again on purpose, it goes on from the other tab's correction.
  await page.locator("#koreksi-f-number").fill("IP-TAB-A");
  await form.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(page.locator("li.kejadian").filter({ hasText: "IP-TAB-B → IP-TAB-A" })).toHaveCount(1);
  await expect(page.locator("li.kejadian").filter({ hasText: "IP-912000-20251106 → IP-TAB-B" })).toHaveCount(1);
  await expect(page.locator("dl.identitas")).toContainText("IP-TAB-A");
});
