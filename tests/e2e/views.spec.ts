import { expect, test, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// Beranda, Tugas Saya, Daftar Kasus, Pengaturan and the printable documents, driven through
// the UI the way an office uses it: cases are created in Kasus Baru and walked step by step
// under "Bertindak sebagai". Each test starts with an empty localStorage (new context).

const OPERATOR = "Operator";
const KABID = "Kepala Bidang Perindustrian";
const KASI = "Kasi Kerjasama, Pengawasan, dan Promosi Investasi Industri";
const TIM = "Tim Teknis";
const KADIS = "Kepala Dinas";

type Company = { company: string; nib: string; kbli: string; npwp: string };

const SAWIT: Company = { company: "PT Sawit Uji Lestari", nib: "9120000000017", kbli: "10431", npwp: "01.234.567.8-901.000" };
const KARET: Company = { company: "PT Karet Uji Jaya", nib: "9120000000024", kbli: "22123", npwp: "02.345.678.9-012.000" };
const KAYU: Company = { company: "CV Kayu Uji Prima", nib: "9120000000031", kbli: "16211", npwp: "03.456.789.0-123.000" };

async function actAs(page: Page, role: string, name = "Petugas Uji") {
  await page.locator("#peran").selectOption({ label: role });
  const nama = page.locator("#nama-petugas");
  if ((await nama.inputValue()) !== name) {
    await nama.fill(name);
    await nama.press("Tab");
  }
}

/** Creates a case through Kasus Baru; returns its id. */
async function createCase(page: Page, c: Company): Promise<string> {
  await page.goto("/#/kasus-baru");
  await actAs(page, OPERATOR);
  await page.getByLabel("Nama perusahaan", { exact: true }).fill(c.company);
  await page.getByLabel("NIB (Nomor Induk Berusaha, 13 angka)").fill(c.nib);
  await page.getByLabel("NPWP", { exact: true }).fill(c.npwp);
  await page.getByLabel("Nomor IUI").fill("501/IUI/DPMPTSP-KB/2019");
  await page.getByLabel("KBLI (kelompok industri, 5 angka)").fill(c.kbli);
  await page.getByLabel("Alamat lokasi pabrik").fill("Jl. Uji Coba No. 1");
  await page.getByLabel("Kabupaten/Kota").selectOption("Kota Pontianak");
  await page.getByLabel("Komoditi 1", { exact: true }).fill("Produk Uji");
  await page.getByLabel("Satuan 1", { exact: true }).fill("ton/tahun");
  await page.getByLabel("Kapasitas terpasang saat ini 1").fill("1.000");
  await page.getByLabel("Kapasitas setelah perluasan 1").fill("1.500");
  await page.getByLabel("Jumlah tenaga kerja").fill("120");
  await page.getByLabel("Nilai investasi (Rp)").fill("5.000.000.000");
  await page.getByLabel("Penanggung jawab perusahaan").fill("Budi Penanggung (Direktur)");
  await page.getByRole("button", { name: "Periksa kembali" }).click();
  await page.getByRole("button", { name: "Simpan kasus" }).click();
  await expect(page).toHaveURL(/#\/kasus\/[^/]+$/);
  return decodeURIComponent(page.url().split("#/kasus/")[1]);
}

/** Who records each step, and what the team types beyond the prefilled values. */
const STEPS: Record<number, { role: string; fill?: (form: Locator) => Promise<void> }> = {
  1: { role: OPERATOR, fill: (f) => f.getByLabel("Nomor", { exact: true }).fill("IP-UJI-0001") },
  2: { role: OPERATOR, fill: (f) => f.getByLabel("Nomor", { exact: true }).fill("SIINAS/VT/UJI/1") },
  3: { role: OPERATOR },
  4: { role: OPERATOR },
  // Letters (steps 4, 5, 6, 12) take their numbers from the buku agenda, prefilled.
  5: { role: OPERATOR },
  6: {
    role: KABID,
    fill: async (f) => {
      await f.getByLabel("Isi disposisi").fill("Mohon ditindaklanjuti dengan verifikasi teknis.");
    },
  },
  7: {
    role: KASI,
    fill: async (f) => {
      await f.getByLabel("Nama anggota 1", { exact: true }).fill("Ir. Dedi Uji");
      await f.getByLabel("Nama anggota 2", { exact: true }).fill("Maria Uji, S.T.");
    },
  },
  8: { role: TIM, fill: (f) => f.getByLabel("Hasil pemeriksaan", { exact: true }).fill("Dokumen sesuai.") },
  9: {
    role: TIM,
    fill: async (f) => {
      await f.getByRole("group", { name: "Perlu pemeriksaan lapangan?" }).getByLabel("Ya, perlu pemeriksaan lapangan").check();
      await f.getByLabel("Alasan", { exact: true }).fill("Kapasitas perlu dipastikan di lokasi.");
    },
  },
  10: { role: TIM, fill: (f) => f.getByLabel("Hasil pemeriksaan", { exact: true }).fill("Mesin perluasan terpasang.") },
  11: {
    role: TIM,
    fill: async (f) => {
      await f.getByLabel("Nomor BAP").fill("BAP/UJI/2025");
      await f.getByRole("group", { name: "c. Klasifikasi IUI" }).getByLabel("Menengah", { exact: true }).check();
      await f.getByRole("group", { name: "a. Pembangunan pabrik Perluasan" }).getByLabel("siap", { exact: true }).check();
      await f.getByRole("group", { name: "b. Penyediaan sarana produksi Perluasan" }).getByLabel("siap", { exact: true }).check();
      await f.getByRole("group", { name: "c. Produksi percobaan Perluasan" }).getByLabel("tidak siap", { exact: true }).check();
      await f.getByLabel("5. Keterangan lain dalam pemeriksaan").fill("Produksi percobaan belum dimulai.");
    },
  },
  12: { role: KASI },
};

/** Completes the current step `no` of the open case page. */
async function complete(page: Page, no: number) {
  const { role, fill } = STEPS[no];
  await actAs(page, role);
  const panel = page.locator("section.panel-langkah");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText(`Langkah ${no} dari 20`);
  if (fill) await fill(panel);
  await panel.getByRole("button", { name: `Selesaikan langkah ${no}` }).click();
  await expect(panel.getByRole("heading", { level: 2 })).not.toContainText(`Langkah ${no} dari 20`);
}

async function walk(page: Page, id: string, through: number) {
  await page.goto(`/#/kasus/${id}`);
  for (let no = 1; no <= through; no++) await complete(page, no);
}

async function noAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("Beranda counts cases by step and permit status and averages nothing before a case finishes", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText("Belum ada kasus.")).toBeVisible();

  const a = await createCase(page, SAWIT);
  await createCase(page, KARET);
  await walk(page, a, 2);

  await page.goto("/#/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda");
  const cards = page.locator("dl.ringkas");
  await expect(cards.locator("div", { hasText: "Semua kasus" }).locator("dd")).toHaveText("2");
  await expect(cards.locator("div", { hasText: "Sedang berjalan" }).locator("dd")).toHaveText("2");

  // Each chart row: the label, then the value as text (`.angka`) beside its bar.
  const value = (table: Locator, row: RegExp) => table.getByRole("row", { name: row }).locator(".angka");
  const byStep = page.getByRole("table", { name: "Kasus menurut langkah saat ini" });
  await expect(value(byStep, /^1\. Pemohon Mengajukan Izin Perluasan/)).toHaveText("1");
  await expect(value(byStep, /^2\. /)).toHaveText("0");
  await expect(value(byStep, /^3\. /)).toHaveText("1");
  await expect(value(byStep, /^Selesai/)).toHaveText("0");

  const byPermit = page.getByRole("table", { name: "Kasus menurut status Izin Perluasan" });
  await expect(value(byPermit, /^Belum berlaku efektif/)).toHaveText("2");
  await expect(value(byPermit, /^Batal/)).toHaveText("0");

  await expect(page.getByText("Belum ada kasus yang selesai")).toBeVisible();
  await noAxeViolations(page);
});

test("Beranda lists an overdue case with a link and a text mark", async ({ page }) => {
  // Monday 6 January 2025, 08.00 WIB; time flows on from there.
  await page.clock.install({ time: new Date("2025-01-06T01:00:00Z") });
  const id = await createCase(page, SAWIT);
  // Step 4 has a 15-minute time standard: waiting there, the case is overdue 16 minutes
  // on (the app re-reads the clock every 30 s; fastForward fires that timer).
  await walk(page, id, 3);
  await page.clock.fastForward("16:00");
  await page.goto("/#/");
  const overdue = page.getByRole("region", { name: /Kasus terlambat/ });
  await expect(overdue.getByRole("link", { name: SAWIT.company })).toHaveAttribute("href", `#/kasus/${id}`);
  await expect(overdue.getByText("TERLAMBAT", { exact: true })).toBeVisible();
});

test("Tugas Saya asks for a role, then lists the role's cases", async ({ page }) => {
  await createCase(page, SAWIT);
  const b = await createCase(page, KARET);
  await walk(page, b, 5); // now at step 6, the Kabid's

  await page.locator("#peran").selectOption({ index: 0 });
  await page.goto("/#/tugas");
  await expect(page.getByText("Anda belum memilih peran.")).toBeVisible();

  await actAs(page, OPERATOR);
  const table = page.getByRole("table", { name: /Tugas, yang terlambat dan tenggat terdekat lebih dulu/ });
  await expect(table.getByRole("link", { name: SAWIT.company })).toBeVisible();
  await expect(table.getByRole("link", { name: KARET.company })).toHaveCount(0);

  await actAs(page, KABID);
  await expect(table.getByRole("link", { name: KARET.company })).toBeVisible();
  await expect(table.getByRole("link", { name: SAWIT.company })).toHaveCount(0);

  await actAs(page, KADIS);
  await expect(page.getByText("Tidak ada kasus yang menunggu peran ini.")).toBeVisible();
  await noAxeViolations(page);
});

test("Daftar Kasus searches by company, NIB and KBLI and filters by step", async ({ page }) => {
  await createCase(page, SAWIT);
  await createCase(page, KARET);
  const c = await createCase(page, KAYU);
  await walk(page, c, 1);

  await page.goto("/#/kasus");
  const table = page.getByRole("table", { name: /Daftar kasus/ });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(page.getByText("3 kasus ditemukan")).toBeVisible();

  const search = page.getByLabel("Cari nama perusahaan, NIB atau KBLI");
  await search.fill("karet");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.getByRole("link", { name: KARET.company })).toBeVisible();
  await search.fill(SAWIT.nib.slice(-5));
  await expect(table.getByRole("link", { name: SAWIT.company })).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await search.fill("16211");
  await expect(table.getByRole("link", { name: KAYU.company })).toBeVisible();
  await search.fill("tidak ada perusahaan ini");
  await expect(page.getByText("Tidak ada kasus yang cocok")).toBeVisible();

  await page.getByRole("button", { name: "Hapus saringan" }).click();
  await expect(search).toHaveValue("");
  await page.getByLabel("Langkah saat ini").selectOption("2");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.getByRole("link", { name: KAYU.company })).toBeVisible();

  await page.getByRole("button", { name: "Hapus saringan" }).click();
  await page.getByLabel("Urutkan menurut").selectOption({ label: "Nama perusahaan" });
  await expect(table.locator("tbody tr").first()).toContainText(KAYU.company);
  await page.getByLabel("Arah").selectOption({ label: "Turun" });
  await expect(table.locator("tbody tr").first()).toContainText(SAWIT.company);
  await expect(page.getByRole("navigation", { name: "Halaman daftar" })).toContainText("Halaman 1 dari 1");
  await noAxeViolations(page);
});

test("Pengaturan saves a time standard, names a bad one at its field, and resets", async ({ page }) => {
  await page.goto("/#/pengaturan");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan");

  const amount = page.getByLabel("Jumlah waktu baku langkah 5");
  await amount.fill("0");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toBeFocused();
  await expect(page.getByText("Harus lebih dari nol.")).toBeVisible();

  await amount.fill("3");
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pengaturan tersimpan." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Jumlah waktu baku langkah 5")).toHaveValue("3");

  await page.getByRole("button", { name: "Kembalikan langkah 5" }).click();
  await expect(page.getByLabel("Jumlah waktu baku langkah 5")).toHaveValue("2");

  const dayOff = page.getByLabel("Tanggal baru").first();
  await dayOff.fill("2025-12-24");
  await page.getByRole("button", { name: "Tambah" }).first().click();
  await expect(page.getByRole("button", { name: /^Hapus Rabu, 24 Desember 2025/ })).toBeVisible();
  await dayOff.fill("2025-12-24");
  await page.getByRole("button", { name: "Tambah" }).first().click();
  await expect(page.getByText("Tanggal ini sudah ada dalam daftar.")).toBeVisible();
  await noAxeViolations(page);
});

test("a document whose step is not done says so instead of printing an empty letter", async ({ page }) => {
  const id = await createCase(page, SAWIT);
  await page.goto(`/#/kasus/${id}/cetak/bap`);
  await expect(page.getByText("Dokumen ini belum dapat dicetak: langkah 11")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cetak" })).toHaveCount(0);
  await page.goto(`/#/kasus/${id}/cetak/apa-saja`);
  await expect(page.getByText("Jenis dokumen ini tidak memiliki bentuk cetak.")).toBeVisible();
});

test("the BAP prints every Lampiran III section with the chosen options", async ({ page }) => {
  test.setTimeout(180_000);
  const id = await createCase(page, SAWIT);
  await walk(page, id, 12);

  await page.goto(`/#/kasus/${id}/cetak/bap`);
  const paper = page.locator("article.kertas");
  await expect(paper.locator(".kop")).toContainText("PEMERINTAH PROVINSI KALIMANTAN BARAT");
  await expect(paper.getByRole("heading", { name: "BERITA ACARA PEMERIKSAAN" })).toBeVisible();
  await expect(paper).toContainText("Nomor : BAP/UJI/2025");
  await expect(paper).toContainText(/Pada hari ini, (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) tanggal .+ bulan .+ tahun Dua Ribu/);
  await expect(paper).toContainText("sesuai dengan Peraturan Menteri Nomor 15 Tahun 2019");
  await expect(paper).toContainText("Nomor SIINAS/VT/UJI/1 tanggal");
  await expect(paper).toContainText("telah melaksanakan pemeriksaan lapangan terhadap:");
  for (const label of ["Nama Perusahaan", "Lokasi", "IUI", "Kelompok Industri (KBLI)", "NPWP"]) {
    await expect(paper.getByRole("rowheader", { name: label, exact: true })).toBeVisible();
  }
  await expect(paper).toContainText(SAWIT.company);
  await expect(paper).toContainText("Pemeriksaan ini dilakukan sebagai persyaratan untuk memperoleh Izin Perluasan dengan hasil sebagai berikut:");
  await expect(paper).toContainText("Skala usaha Industri:");
  await expect(paper).toContainText("a. Jumlah tenaga kerja");
  await expect(paper).toContainText("Rp 5.000.000.000");

  // "Coret yang tidak dipilih": Menengah chosen, the other classes struck.
  const classRow = paper.getByRole("row", { name: /c\. Klasifikasi IUI/ });
  await expect(classRow.locator("s")).toHaveCount(2);
  await expect(classRow.locator("s").nth(0)).toContainText("Kecil");
  await expect(classRow.locator("s").nth(1)).toContainText("Besar");
  await expect(classRow.locator(".dipilih")).toHaveText("Menengah");
  await expect(paper.getByRole("row", { name: /a\. pembangunan pabrik Perluasan/ }).locator("s")).toContainText("tidak siap");
  const trial = paper.getByRole("row", { name: /c\. produksi percobaan Perluasan/ });
  await expect(trial.locator(".dipilih")).toHaveText("tidak siap");
  await expect(trial.locator("s")).toContainText("siap");

  await expect(paper).toContainText("Kapasitas Terpasang saat ini");
  await expect(paper).toContainText("Kapasitas Terpasang setelah Perluasan");
  await expect(paper).toContainText("1.500 ton/tahun");
  await expect(paper).toContainText("Keterangan lain dalam pemeriksaan:");
  await expect(paper).toContainText("Produksi percobaan belum dimulai.");
  await expect(paper).toContainText("Demikian Berita Acara ini dibuat dengan sebenarnya.");
  await expect(paper.getByText("Pemeriksa,", { exact: true })).toHaveCount(4);
  await expect(paper).toContainText("Ir. Dedi Uji");
  await expect(paper).toContainText("Penanggung Jawab Perusahaan,");
  await expect(paper).toContainText("Budi Penanggung (Direktur)");
  await expect(paper.locator(".kertas-kaki")).toContainText(`Kasus ${id}`);
  await expect(paper.locator(".hash-penuh")).toHaveText(/^[0-9a-f]{64}$/);

  await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Kembali ke kasus" })).toHaveAttribute("href", `#/kasus/${id}`);
  await noAxeViolations(page);

  // Printing shows the paper alone.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigasi utama" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(paper).toBeVisible();

  // The other letters of this case exist too.
  await page.emulateMedia({ media: "screen" });
  await page.goto(`/#/kasus/${id}/cetak/surat_tugas`);
  await expect(paper.getByRole("heading", { name: "SURAT TUGAS" })).toBeVisible();
  await expect(paper).toContainText(/Nomor : 530\/002\/DPPESDM\/\d{4}/);
  await expect(paper).toContainText("Maria Uji, S.T.");
  await expect(paper).toContainText(`Melaksanakan verifikasi teknis Izin Perluasan terhadap ${SAWIT.company}`);
  await page.goto(`/#/kasus/${id}/cetak/nota_dinas`);
  await expect(paper.getByRole("heading", { name: "NOTA DINAS" })).toBeVisible();
  await expect(paper).toContainText("Yth. Kepala Bidang Perindustrian");
  await page.goto(`/#/kasus/${id}/cetak/surat_pengantar`);
  await expect(paper).toContainText("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Kalimantan Barat");
  await expect(paper).toContainText("Nomor BAP/UJI/2025");
  await expect(paper).toContainText("tidak siap pada butir produksi percobaan Perluasan");
});
