// The record can be trusted (issue 21): who acts is who is recorded in every tab, a stale
// action is refused out loud, the flow and timeline show what happened.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { actAs, createCase, currentStep, walk } from "./helpers";

test.describe.configure({ mode: "parallel" });

const KABID = "Kepala Bidang Perindustrian";

/** Two tabs of one browser on one case that waits at step `at`. */
async function twoTabsAt(context: BrowserContext, nib: string, at: number): Promise<[Page, Page, string]> {
  const a = await context.newPage();
  a.on("dialog", (d) => d.accept());
  await a.goto("./");
  await actAs(a, "operator");
  const id = await createCase(a, { company: `PT Dua Tab ${nib.slice(-3)}`, nib });
  await walk(a, { inspection: true, ready: true }, at);
  const b = await context.newPage();
  b.on("dialog", (d) => d.accept());
  await b.goto(`./#/kasus/${id}`);
  await expect(b.locator("#judul-langkah")).toContainText(`Langkah ${at} dari`);
  return [a, b, id!];
}

async function pickerOf(page: Page) {
  const role = await page.getByLabel("Peran").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? "");
  const name = await page.getByLabel("Nama", { exact: true }).inputValue();
  return { role, name };
}

test("each tab records the person its picker shows", async ({ context }) => {
  const [a, b] = await twoTabsAt(context, "9120002100001", 6);
  await actAs(a, "kabid", "Ir. Hendra Gunawan, M.T.");
  await actAs(b, "kabid", "Drs. Anton Wijaya");
  // Tab 1's picker still shows Hendra, and Hendra is who tab 1 records.
  expect(await pickerOf(a)).toEqual({ role: KABID, name: "Ir. Hendra Gunawan, M.T." });
  await a.locator("#f-instruction").fill("Mohon ditindaklanjuti.");
  await a.getByRole("button", { name: "Selesaikan langkah 6" }).click();
  await expect.poll(() => currentStep(a)).toBe(7);
  const newest = a.locator(".linimasa li").first();
  await expect(newest).toContainText("Langkah 6");
  await expect(newest).toContainText("Ir. Hendra Gunawan, M.T.");
  await expect(newest).not.toContainText("Anton");
  // Tab 2 saw the step arrive and still shows (and acts as) Anton.
  await expect.poll(() => currentStep(b)).toBe(7);
  expect(await pickerOf(b)).toEqual({ role: KABID, name: "Drs. Anton Wijaya" });
  // The identity is the tab's own: it survives a reload of that tab.
  await a.reload();
  await expect(a.locator("#judul-langkah")).toContainText("Langkah 7 dari");
  expect(await pickerOf(a)).toEqual({ role: KABID, name: "Ir. Hendra Gunawan, M.T." });
  // A new tab starts from the last identity chosen anywhere.
  const c = await context.newPage();
  await c.goto("./");
  expect(await pickerOf(c)).toEqual({ role: KABID, name: "Drs. Anton Wijaya" });
});

test("what another tab does never wipes what this tab has typed", async ({ context }) => {
  const [a, b] = await twoTabsAt(context, "9120002100002", 7);
  await actAs(a, "kasi", "Sri Rahayu, S.E.");
  await a.locator("#f-members-0-name").fill("Ir. Dedi Kurniawan");
  await a.locator("#f-members-1-name").fill("Maria Ulfah, S.T.");
  const typed = async () => [
    await a.locator("#f-members-0-name").inputValue(),
    await a.locator("#f-members-1-name").inputValue(),
  ];
  // Tab 2 switches role, then changes only the name, then the language and back.
  await actAs(b, "operator", "Budi Operator");
  await actAs(b, "operator", "Budi Santoso");
  await b.getByLabel("Bahasa").selectOption("en");
  await b.getByLabel("Language").selectOption("id");
  // Tab 2 completes a step of another case.
  const other = await createCase(b, { company: "PT Tab Lain", nib: "9120002100022" });
  await walk(b, { inspection: true, ready: true }, 3);
  expect(other).toBeTruthy();
  await b.waitForTimeout(300);
  // Tab 1 still acts as the Kasi, offers its form, and keeps every typed value.
  expect(await pickerOf(a)).toEqual({ role: "Kasi Kerjasama, Pengawasan, dan Promosi Investasi Industri", name: "Sri Rahayu, S.E." });
  await expect(a.getByRole("button", { name: "Selesaikan langkah 7" })).toBeVisible();
  await expect(a.locator(".panel-langkah")).not.toContainText("Anda bertindak sebagai Operator");
  expect(await typed()).toEqual(["Ir. Dedi Kurniawan", "Maria Ulfah, S.T."]);
  await a.getByRole("button", { name: "Selesaikan langkah 7" }).click();
  await expect.poll(() => currentStep(a)).toBe(8);
  await expect(a.locator(".linimasa li").first()).toContainText("Sri Rahayu, S.E.");
});

/** Completes step 6 in tab `b`, as Anton. */
async function antonCompletesStep6(b: Page) {
  await actAs(b, "kabid", "Drs. Anton Wijaya");
  await b.locator("#f-instruction").fill("Segera diverifikasi.");
  await b.getByRole("button", { name: "Selesaikan langkah 6" }).click();
  await expect.poll(() => currentStep(b)).toBe(7);
}

async function expectRefusedStale(a: Page) {
  const alert = a.locator(".panel-langkah .langkah-basi");
  await expect(alert).toContainText("Langkah 6 sudah diselesaikan oleh Kepala Bidang Perindustrian · Drs. Anton Wijaya pada");
  await expect(alert).toContainText("di tab lain; isian Anda tidak disimpan");
  // What was typed stays visible, so it can be copied.
  await expect(a.locator("#f-instruction")).toHaveValue("Isian Hendra yang belum tersimpan.");
  // Nothing recorded twice: one step-6 event in the history.
  await expect(a.locator(".linimasa li", { hasText: "Langkah 6:" })).toHaveCount(1);
  await expect(a.locator(".linimasa li", { hasText: "Langkah 6:" })).toContainText("Drs. Anton Wijaya");
  await expect(a.locator(".linimasa li", { hasText: "Hendra" })).toHaveCount(0);
  // Going on shows the next step's form.
  await a.getByRole("button", { name: "Tutup isian ini dan lanjut ke langkah 7" }).click();
  await expect(a.locator("#judul-langkah")).toContainText("Langkah 7 dari");
  await expect(a.locator(".langkah-basi")).toHaveCount(0);
}

test("a step completed in another tab is refused out loud (the other tab's storage event never arrives)", async ({ context }) => {
  // Tab 1 misses every storage event, as a busy or suspended tab can.
  await context.addInitScript(() => {
    if (sessionStorage.getItem("tuli") === "1") {
      window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true);
    }
  });
  const [a, b] = await twoTabsAt(context, "9120002100003", 6);
  await a.evaluate(() => sessionStorage.setItem("tuli", "1"));
  await a.reload();
  await expect(a.locator("#judul-langkah")).toContainText("Langkah 6 dari");
  await actAs(a, "kabid", "Ir. Hendra Gunawan, M.T.");
  await a.locator("#f-instruction").fill("Isian Hendra yang belum tersimpan.");
  await antonCompletesStep6(b);
  // Tab 1 did not hear of it: it still offers step 6.
  await expect(a.locator("#judul-langkah")).toContainText("Langkah 6 dari");
  await a.getByRole("button", { name: "Selesaikan langkah 6" }).click();
  await expectRefusedStale(a);
  await expect(b.locator(".linimasa li", { hasText: "Langkah 6:" })).toHaveCount(1);
});

test("a step completed in another tab while this one has typed input keeps the input and says so", async ({ context }) => {
  const [a, b] = await twoTabsAt(context, "9120002100004", 6);
  await actAs(a, "kabid", "Ir. Hendra Gunawan, M.T.");
  await a.locator("#f-instruction").fill("Isian Hendra yang belum tersimpan.");
  await antonCompletesStep6(b);
  // Tab 1 hears of it at once and says so before any click; the typed text stays.
  await expect(a.locator(".langkah-basi")).toContainText("Langkah 6 sudah diselesaikan oleh");
  await expect(a.locator("#f-instruction")).toHaveValue("Isian Hendra yang belum tersimpan.");
  // A click anyway records nothing.
  await a.getByRole("button", { name: "Selesaikan langkah 6" }).click();
  await expectRefusedStale(a);
});

test("a tab that has typed nothing simply follows the other tab to the next step", async ({ context }) => {
  const [a, b] = await twoTabsAt(context, "9120002100005", 6);
  await actAs(a, "kabid", "Ir. Hendra Gunawan, M.T.");
  await antonCompletesStep6(b);
  await expect.poll(() => currentStep(a)).toBe(7);
  await expect(a.locator(".langkah-basi")).toHaveCount(0);
});

test("the applicant's, OSS's and SIINAS's steps are recorded by the Operator and shown so", async ({ page }) => {
  await page.goto("./");
  const roles = await page.getByLabel("Peran").locator("option").allInnerTexts();
  expect(roles).toEqual([
    "— pilih peran —",
    "Operator",
    "Kasi Kerjasama, Pengawasan, dan Promosi Investasi Industri",
    KABID,
    "Tim Teknis",
    "Kepala Dinas",
  ]);
  await actAs(page, "operator", "Budi Santoso");
  await createCase(page, { company: "PT Pencatat Luar", nib: "9120002100006" });
  await expect(page.locator(".info-langkah")).toContainText("Pemohon (dicatat oleh Operator)");
  await walk(page, { inspection: true, ready: true }, 4);
  const step1 = page.locator(".linimasa li", { hasText: "Langkah 1:" });
  // (The walk acts as "Petugas operator".)
  await expect(step1).toContainText("Pemohon · dicatat oleh Operator · Petugas operator");
  // The Operator's own steps say only the Operator.
  await walk(page, { inspection: true, ready: true }, 5);
  await expect(page.locator(".linimasa li", { hasText: "Langkah 4:" })).toContainText("WIB · Operator · ");
});

test("after a second verification round the flow and the timeline tell the rounds apart", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Dua Putaran", nib: "9120002100007" });
  // Round 1 ends "belum efektif" (a BAP item tidak siap); round 2 starts at step 2.
  await walk(page, { inspection: true, ready: false }, 20);
  await walk(page, { inspection: true, ready: false }, 4);
  const row = (step: number) => page.locator(`.alur-baris[data-langkah="${step}"]`);
  await expect(row(1)).toHaveClass(/sebelumnya/);
  await expect(row(1)).toContainText("selesai di putaran 1");
  await expect(row(2)).toHaveClass(/selesai/);
  await expect(row(2)).toContainText("selesai (putaran 2)");
  await expect(row(4)).toContainText("langkah saat ini (putaran 2)");
  await expect(row(5)).toHaveClass(/sebelumnya/);
  await expect(row(20)).toContainText("selesai di putaran 1");
  // Every step's entry carries its round.
  const titles = await page.locator(".linimasa .kejadian-judul").allInnerTexts();
  const steps = titles.filter((t) => t.startsWith("Langkah"));
  expect(steps.every((t) => /\(putaran [12]\)$/.test(t))).toBe(true);
  expect(steps.filter((t) => t.endsWith("(putaran 2)"))).toHaveLength(2);
  expect(steps.filter((t) => t.endsWith("(putaran 1)"))).toHaveLength(20);
});

test("a BAP without field inspection states a document verification", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Cek Dokumen", nib: "9120002100008" });
  await walk(page, { inspection: false, ready: true }, 12);
  await page.goto(`./#/kasus/${id}/cetak/bap`);
  const paper = page.locator("article.kertas");
  await expect(paper).toContainText("telah melaksanakan verifikasi teknis berdasarkan pemeriksaan dokumen, tanpa pemeriksaan lapangan, terhadap:");
  await expect(paper).not.toContainText("telah melaksanakan pemeriksaan lapangan");
  await expect(paper).toContainText("Pemeriksaan lapangan tidak dilaksanakan karena Tim Teknis memutuskan tidak diperlukan: Data SIINAS memadai.");
  // Lampiran III's structure stays.
  await expect(paper).toContainText("Kesiapan pelaksanaan kegiatan Perluasan:");
  await expect(paper).toContainText("Demikian Berita Acara ini dibuat dengan sebenarnya.");
});

test("a batal case offers no step form, says why and what is still possible; Beranda counts it apart", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Lewat Tiga Bulan", nib: "9120002100009" });
  // The IP was issued four months ago: the 3-month commitment period is over.
  const ip = new Date(Date.now() - 125 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.locator("#f-number").fill("IP-LAMA-1");
  await page.locator("#f-date").fill(ip);
  await page.getByRole("button", { name: "Selesaikan langkah 1" }).click();
  await expect(page.locator(".status-kasus")).toContainText("Batal");
  const panel = page.locator(".panel-langkah");
  await expect(panel.locator(".tanpa-form")).toContainText("Izin Perluasan ini batal");
  await expect(panel.locator(".tanpa-form")).toContainText("Pasal 31");
  await expect(panel.locator(".tanpa-form")).toContainText("tetap dapat dibaca, dicetak dan diekspor");
  await expect(panel.locator(".tanpa-form")).not.toContainText(/\d{2}-\d{2}-\d{4}/);
  await expect(page.getByRole("button", { name: /Selesaikan langkah/ })).toHaveCount(0);
  // Reading and exporting still work.
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ekspor kasus ini" }).click()]);
  expect(id).toBeTruthy();
  // Beranda: batal in a tile of its own, not in progress.
  await createCase(page, { company: "PT Masih Berjalan", nib: "9120002100010" });
  await page.goto("./#/");
  const cards = page.locator("dl.ringkas");
  await expect(cards.locator("div", { hasText: "Semua kasus" }).locator("dd")).toHaveText("2");
  await expect(cards.locator("div", { hasText: "Sedang berjalan" }).locator("dd")).toHaveText("1");
  await expect(cards.locator("div", { hasText: "Izin batal" }).locator("dd")).toHaveText("1");
});

test("while a conflict is open the next step's form is not offered, and the panel says why", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  for (const office of ["pontianak", "singkawang"]) {
    await page.goto("./#/impor-ekspor");
    await page.locator("#berkas-impor").setInputFiles(`target/e2e-fixtures/conflict-${office}.json`);
    await page.getByRole("button", { name: "Impor sekarang" }).click();
    await expect(page.locator(".berhasil")).toContainText("Impor selesai");
  }
  await page.goto("./#/kasus");
  await page.locator("table tbody tr a").first().click();
  await expect(page.locator(".konflik")).toContainText("Konflik pada langkah 9");
  // Even the role of the step the case waits at gets no form until the conflict is settled.
  const step = (await currentStep(page))!;
  const role = { 10: "tim", 11: "tim", 12: "kasi" }[step as 10 | 11 | 12];
  expect(role).toBeTruthy();
  await actAs(page, role as "tim" | "kasi", "Petugas Uji Konflik");
  const notice = page.locator(".panel-langkah .tanpa-form");
  await expect(notice).toContainText(`Langkah ${step} belum dapat dikerjakan: ada dua catatan berbeda untuk langkah 9 (putaran 1).`);
  await expect(page.getByRole("button", { name: /Selesaikan langkah/ })).toHaveCount(0);
  await notice.getByRole("button", { name: "Lihat konflik" }).click();
  await expect(page.locator(".konflik")).toBeInViewport();
});
