// Case files: export, import into a fresh browser profile, every kind of bad file, and
// imported text that carries HTML or script.
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { actAs, createCase, walk } from "./helpers";

const FIXTURES = "target/e2e-fixtures";

/** Everything Sopir stores, to compare before and after. The summary index is left out:
 * it is derived data, written 3 s after a start, which can fall between two snapshots. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .filter((k) => k.startsWith("sopir") && !k.endsWith("/indeks"))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
}

/** What the timeline says of each event (without the actions offered to the role acted as). */
function history(page: Page): Promise<string[]> {
  return page.locator(".linimasa li").evaluateAll((items) =>
    items.map((li) =>
      [...li.querySelectorAll(".kejadian-judul, .kejadian-oleh, .kejadian-isi")].map((e) => (e as HTMLElement).innerText).join("\n"),
    ),
  );
}

async function importFile(page: Page, path: string) {
  await page.goto("./#/impor-ekspor");
  await page.locator("#berkas-impor").setInputFiles(path);
}

test("an exported case imports into a fresh profile with an identical history", async ({ page, browser }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Ekspor Impor Sejahtera", nib: "9120009876543" });
  await walk(page, { inspection: true, ready: true }, 12);
  const timeline = await history(page);
  const hash = await page.locator("#judul-dokumen ~ p.catatan").innerText();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Ekspor kasus ini" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^sopir-9120009876543-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  await expect(page.locator(".belum-ekspor")).toHaveText("Perubahan belum diekspor: 0");

  const fresh = await (await browser.newContext()).newPage();
  await importFile(fresh, path);
  const preview = fresh.getByRole("table", { name: "Apa yang terjadi pada setiap kasus dalam berkas" });
  await expect(preview).toContainText("PT Ekspor Impor Sejahtera");
  await expect(preview).toContainText("Kasus baru");
  await fresh.getByRole("button", { name: "Impor sekarang" }).click();
  await expect(fresh.locator(".berhasil")).toContainText("Impor selesai");
  await fresh.goto("./#/kasus");
  await fresh.getByRole("link", { name: "PT Ekspor Impor Sejahtera" }).click();
  await expect(fresh.locator(".linimasa li")).toHaveCount(timeline.length);
  expect(await history(fresh)).toEqual(timeline);
  await expect(fresh.locator("#judul-dokumen ~ p.catatan")).toHaveText(hash);

  // The same file again: nothing new.
  await importFile(fresh, path);
  await expect(fresh.getByRole("table", { name: /Apa yang terjadi/ })).toContainText("Sama dengan yang tersimpan");
});

const BAD: [string, RegExp][] = [
  ["not-json.json", /bukan JSON yang sah/],
  ["not-sopir.json", /bukan berkas kasus Sopir/],
  ["newer-schema.json", /versi Sopir yang lebih baru/],
  ["other-sop.json", /SOP sop-izin-perluasan-dppesdm-kalbar versi 2030\.1/],
  ["bad-content-hash.json", /Pemeriksaan keutuhan gagal: isi berkas telah diubah/],
  ["edited-event.json", /Kasus .+ \(NIB \d+\), langkah 11: pemeriksaan keutuhan gagal \(catatannya telah diubah setelah dicatat\)\./],
  ["duplicate-case.json", /muncul dua kali/],
  ["does-not-replay.json", /tidak sesuai SOP/],
  ["training.json", /data latihan tidak dapat diimpor ke data resmi/],
];

for (const [file, message] of BAD) {
  test(`a bad file (${file}) is refused with its own message and changes nothing`, async ({ page }) => {
    await page.goto("./");
    await actAs(page, "operator");
    await createCase(page, { company: "PT Tetap Utuh", nib: "9120001112223" });
    const before = await snapshot(page);
    await importFile(page, `${FIXTURES}/${file}`);
    await expect(page.locator(".peringatan[role=alert]")).toContainText(message);
    await expect(page.locator(".peringatan[role=alert]")).toContainText("tidak ada yang diubah");
    expect(await snapshot(page)).toEqual(before);
  });
}

test("imported text containing HTML or script is shown as text and never runs", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await importFile(page, `${FIXTURES}/payload.json`);
  await page.getByRole("button", { name: "Impor sekarang" }).click();
  await page.goto("./#/kasus");
  await page.getByRole("link", { name: /PT <img src=x/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('PT <img src=x onerror="window.__xss=1"> Jaya');
  await expect(page.locator(".identitas")).toContainText("<script>window.__xss=2</script> Jl. Merdeka");
  await expect(page.locator(".linimasa")).toContainText('<a href="javascript:window.__xss=3">klik</a>');
  expect(await page.locator("img[src=x], .linimasa a[href^=javascript]").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Printed letters too.
  await page.goto(page.url() + "/cetak/nota_dinas");
  await expect(page.locator("body")).toContainText("PT <img src=x");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

for (const schema of [1, 2, 3]) {
  test(`the golden file of an effective case (file schema ${schema}) imports`, async ({ page }) => {
    const golden = `tests/golden/casefile-v${schema}-satu-kasus.json`;
    await page.goto("./");
    await importFile(page, golden);
    const cases = JSON.parse(readFileSync(golden, "utf8")).cases.length;
    const rows = page.getByRole("table", { name: /Apa yang terjadi/ }).locator("tbody tr");
    await expect(rows).toHaveCount(cases);
    await expect(rows.first()).toContainText("Kasus baru");
    await page.getByRole("button", { name: "Impor sekarang" }).click();
    await page.goto("./#/kasus");
    await expect(page.locator("table tbody tr")).toHaveCount(cases);
  });
}

test("the preview counts the cases of each kind and lists the ones that need attention first", async ({ page }) => {
  for (const file of ["valid.json", "conflict-pontianak.json"]) {
    await importFile(page, `${FIXTURES}/${file}`);
    await page.getByRole("button", { name: "Impor sekarang" }).click();
    await expect(page.locator(".berhasil")).toContainText("Impor selesai");
  }
  // 129 new cases, then the valid file's case and Singkawang's copy of the conflict case.
  await importFile(page, `${FIXTURES}/many-cases.json`);
  await expect(page.locator(".jumlah-pratinjau")).toHaveText(
    "131 kasus dalam berkas: 129 baru, 1 tanpa perubahan, 1 dengan konflik.",
  );
  // A page of 50 rows at a time, as in Daftar Kasus.
  const rows = page.getByRole("table", { name: /Apa yang terjadi/ }).locator("tbody tr");
  const pages = page.getByRole("navigation", { name: "Halaman daftar" });
  await expect(rows).toHaveCount(50);
  await expect(pages).toContainText("Halaman 1 dari 3");
  await expect(rows.first()).toHaveClass("konflik");
  await expect(rows.first()).toContainText("1 konflik perlu diselesaikan");
  await expect(rows.nth(1)).toHaveClass("baru");
  await pages.getByRole("button", { name: "Berikutnya" }).click();
  await expect(pages).toContainText("Halaman 2 dari 3");
  await expect(rows).toHaveCount(50);
  await pages.getByRole("button", { name: "Berikutnya" }).click();
  await expect(pages).toContainText("Halaman 3 dari 3");
  await expect(rows).toHaveCount(31);
  await expect(pages.getByRole("button", { name: "Berikutnya" })).toBeDisabled();
  await expect(rows.last()).toContainText("Sama dengan yang tersimpan");
  // Every case of the file has its row, each once.
  const seen = new Set<string>();
  for (let p = 3; p >= 1; p--) {
    for (const text of await rows.allInnerTexts()) seen.add(text);
    if (p > 1) await pages.getByRole("button", { name: "Sebelumnya" }).click();
    if (p > 1) await expect(pages).toContainText(`Halaman ${p - 1} dari 3`);
  }
  expect(seen.size).toBe(131);
  await page.getByRole("button", { name: "Impor sekarang" }).click();
  await expect(page.locator(".berhasil")).toContainText("Impor selesai. Kasus dalam berkas: 131");
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("sopir/kasus/")).length);
  expect(stored).toBe(131);
});

test("an empty file is named empty, and a JSON error's column counts from 1", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Tetap Utuh", nib: "9120001112223" });
  const before = await snapshot(page);
  await page.goto("./#/impor-ekspor");
  const input = page.locator("#berkas-impor");
  const alert = page.locator(".peringatan[role=alert]");
  await input.setInputFiles({ name: "kosong.json", mimeType: "application/json", buffer: Buffer.from("") });
  await expect(alert).toContainText("Berkas kosong");
  await expect(alert).toContainText("tidak ada yang diubah");
  // Cut off right after a line break: serde_json would say "column 0".
  const cut = '{\n  "format": "sopir-berkas-kasus",\n';
  await input.setInputFiles({ name: "terpotong.json", mimeType: "application/json", buffer: Buffer.from(cut) });
  await expect(alert).toContainText("Berkas ini bukan JSON yang sah (baris 3, kolom 1).");
  expect(await snapshot(page)).toEqual(before);
});

test("a file without cases says so and has nothing to import", async ({ page }) => {
  await importFile(page, `${FIXTURES}/empty.json`);
  await expect(page.locator(".jumlah-pratinjau")).toHaveText("0 kasus dalam berkas.");
  await expect(page.getByRole("button", { name: "Impor sekarang" })).toBeDisabled();
});

test("cases ticked in the export list are exported together, and only they", async ({ page }) => {
  await page.goto("./");
  await importFile(page, "tests/golden/casefile-v2-beberapa-kasus.json");
  await page.getByRole("button", { name: "Impor sekarang" }).click();
  await expect(page.locator(".berhasil")).toContainText("Impor selesai");
  const exportSelected = page.getByRole("button", { name: /^Ekspor kasus terpilih/ });
  await expect(exportSelected).toBeDisabled();
  await page.getByText("Pilih kasus yang diekspor").click();
  const boxes = page.locator(".pilih-kasus input[type=checkbox]");
  await expect(boxes).toHaveCount(4);
  const labels = await page.locator(".pilih-kasus label").allInnerTexts();
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(exportSelected).toHaveText("Ekspor kasus terpilih (2)");
  const [download] = await Promise.all([page.waitForEvent("download"), exportSelected.click()]);
  expect(download.suggestedFilename()).toMatch(/^sopir-2-kasus-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(file.schema).toBe(3);
  const companies = file.cases.map(
    (c: { events: { body: { type: string; identity?: { company: string } } }[] }) =>
      c.events.find((e) => e.body.type === "opened")!.body.identity!.company,
  );
  expect(companies.sort()).toEqual([labels[0], labels[2]].map((l) => l.split(" · ")[0]).sort());
});

test("two offices' different records of one step merge as an explicit conflict that the step's role resolves", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await importFile(page, `${FIXTURES}/conflict-pontianak.json`);
  await page.getByRole("button", { name: "Impor sekarang" }).click();
  await importFile(page, `${FIXTURES}/conflict-singkawang.json`);
  const preview = page.getByRole("table", { name: /Apa yang terjadi/ });
  await expect(preview).toContainText("Digabung: bertambah 2 kejadian; 1 konflik perlu diselesaikan");
  await page.getByRole("button", { name: "Impor sekarang" }).click();
  await page.goto("./#/kasus");
  await page.locator("table tbody tr a").first().click();

  const conflict = page.locator(".konflik");
  await expect(conflict).toContainText("Konflik pada langkah 9");
  await expect(conflict.locator(".konflik-pilihan")).toHaveCount(2);
  await expect(conflict).toContainText("Ya, perlu pemeriksaan lapangan");
  await expect(conflict).toContainText("Tidak perlu pemeriksaan lapangan");
  // Each record names the office (copy) that made it, as the files named them, not its id.
  await expect(conflict.locator(".konflik-pilihan", { hasText: "Ya, perlu" })).toContainText("Kantor: Kantor Uji Pontianak (PC Operator)");
  await expect(conflict.locator(".konflik-pilihan", { hasText: "Tidak perlu" })).toContainText("Kantor: Kantor Uji Singkawang (Laptop Tim Teknis)");
  // Nothing goes on until it is resolved; both histories are kept.
  await expect(page.getByRole("button", { name: /Selesaikan langkah/ })).toHaveCount(0);
  const events = await page.locator(".linimasa li").count();

  // The wrong role is refused; the Tim Teknis keeps Singkawang's record, with a reason.
  await page.locator("#alasan-konflik").fill("Data SIINAS cukup; pemeriksaan lapangan tidak perlu.");
  const keep = conflict.locator(".konflik-pilihan", { hasText: "Tidak perlu pemeriksaan lapangan" }).getByRole("button", { name: "Pertahankan catatan ini" });
  await keep.click();
  await expect(conflict.locator(".pesan-galat")).toContainText("dikerjakan oleh Tim Teknis");
  await actAs(page, "tim", "Ir. Dedi Kurniawan");
  await keep.click();
  await expect(page.locator(".konflik")).toHaveCount(0);
  await expect(page.locator("#judul-langkah")).toContainText("Langkah 12 dari 20");
  await expect(page.locator(".linimasa li")).toHaveCount(events + 1);
  await expect(page.locator(".linimasa li.dikesampingkan")).toHaveCount(2);
});

test("while a file is being read and checked the page says so, then shows the preview", async ({ page }) => {
  // A slow disk or a large file, made visible: reading the file's bytes takes 1.5 s.
  await page.addInitScript(() => {
    const read = File.prototype.arrayBuffer;
    File.prototype.arrayBuffer = function () {
      return new Promise((resolve) => setTimeout(() => resolve(read.call(this)), 1500));
    };
  });
  await importFile(page, `${FIXTURES}/valid.json`);
  const status = page.getByRole("status").filter({ hasText: "Memeriksa berkas valid.json…" });
  await expect(status).toBeVisible();
  await expect(page.getByRole("table", { name: /Apa yang terjadi/ })).toContainText("Kasus baru");
  await expect(status).toHaveCount(0);
});

test("a file picked while another is still being read replaces it", async ({ page }) => {
  // The first file takes 1.5 s to read, the second is read at once.
  await page.addInitScript(() => {
    const read = File.prototype.arrayBuffer;
    File.prototype.arrayBuffer = function () {
      const delay = this.name === "lambat.json" ? 1500 : 0;
      return new Promise((resolve) => setTimeout(() => resolve(read.call(this)), delay));
    };
  });
  await page.goto("./#/impor-ekspor");
  const valid = readFileSync(`${FIXTURES}/valid.json`);
  const input = page.locator("#berkas-impor");
  await input.setInputFiles({ name: "lambat.json", mimeType: "application/json", buffer: valid });
  await input.setInputFiles({ name: "cepat.json", mimeType: "application/json", buffer: valid });
  const heading = page.getByRole("heading", { name: /^Pratinjau impor:/ });
  await expect(heading).toHaveText("Pratinjau impor: cepat.json");
  // Well after the first file's read has finished, its result has not replaced the second's.
  await page.waitForTimeout(2500);
  await expect(heading).toHaveText("Pratinjau impor: cepat.json");
});

test("a case file dropped on the import box is read and previewed like a picked one", async ({ page }) => {
  await page.goto("./#/impor-ekspor");
  const text = readFileSync(`${FIXTURES}/valid.json`, "utf8");
  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "kasus-dari-kantor-lain.json", { type: "application/json" }));
    return dt;
  }, text);
  await page.dispatchEvent(".zona-taruh", "dragover", { dataTransfer });
  await expect(page.locator(".zona-taruh.aktif")).toHaveCount(1);
  await page.dispatchEvent(".zona-taruh", "drop", { dataTransfer });
  await expect(page.getByRole("heading", { name: "Pratinjau impor: kasus-dari-kantor-lain.json" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Apa yang terjadi/ })).toContainText("Kasus baru");
});
