// What an office worker does in the app, shared by the browser tests (helpers.ts) and the
// benchmark (scripts/bench.mjs): the roles, who records each step, acting as a role, the
// new-case form, reading the current step and filling each step's form with plausible data.
// Plain JavaScript, so the benchmark runs it with node as it is.

export const ROLE = {
  pemohon: "Pemohon",
  oss: "OSS",
  siinas: "SIINAS",
  operator: "Operator",
  kasi: "Kasi Kerjasama, Pengawasan, dan Promosi Investasi Industri",
  kabid: "Kepala Bidang Perindustrian",
  tim: "Tim Teknis",
  kadis: "Kepala Dinas",
};

/** Who records each step (external actors' steps are recorded by the Operator). */
export const STEP_ROLE = {
  1: "operator", 2: "operator", 3: "operator", 4: "operator", 5: "operator",
  6: "kabid", 7: "kasi", 8: "tim", 9: "tim", 10: "tim", 11: "tim", 12: "kasi",
  13: "kabid", 14: "kadis", 15: "kabid", 16: "kasi", 17: "operator", 18: "operator",
  19: "operator", 20: "operator",
};

export async function actAs(page, role, name = `Petugas ${role}`) {
  await page.getByLabel("Peran").selectOption({ label: ROLE[role] });
  const field = page.getByLabel("Nama", { exact: true });
  if ((await field.inputValue()) !== name) {
    await field.fill(name);
    await field.press("Tab");
  }
}

/** Fills Kasus Baru for `c` ({ company, nib, kbli? }) and saves it; returns the case id.
 * `base` is the app's address ("." inside the tests, whose pages know it). */
export async function createCase(page, c, base = ".") {
  await page.goto(`${base}/#/kasus-baru`);
  const f = (id) => page.locator(`#f-${id}`);
  await f("company").fill(c.company);
  await f("nib").fill(c.nib);
  await f("npwp").fill("01.234.567.8-901.000");
  await f("iui_number").fill("503/IUI/DPMPTSP-KB/2019");
  await f("kbli").fill(c.kbli ?? "10431");
  await f("address").fill("Jl. Raya Sungai Ambawang Km 12");
  await f("regency").selectOption("Kabupaten Kubu Raya");
  await f("commodities-0-name").fill("Minyak Kelapa Sawit (CPO)");
  await f("commodities-0-unit").fill("ton/tahun");
  await f("commodities-0-capacity_before").fill("90.000");
  await f("commodities-0-capacity_after").fill("150.000");
  await f("workforce").fill("250");
  await f("investment").fill("45.000.000.000");
  await f("responsible_person").fill("Hendra Wijaya (Direktur)");
  await page.getByRole("button", { name: "Periksa kembali" }).click();
  await page.getByRole("button", { name: "Simpan kasus" }).click();
  await page.waitForURL(/#\/kasus\/[0-9a-f-]{36}$/);
  // The address changes before the case's page replaces the form.
  await page.getByRole("heading", { level: 1, name: c.company, exact: true }).waitFor();
  return page.url().split("/").pop();
}

/** The panel's heading names the current step: "Langkah 9 dari 20: ...". */
export async function currentStep(page) {
  const heading = page.locator("#judul-langkah");
  if (!(await heading.count())) return null;
  const m = (await heading.innerText()).match(/Langkah (\d+) dari/);
  return m ? Number(m[1]) : null;
}

/** Fills the current step's form with plausible data. `choices`: { inspection, ready,
 * returnOnce? }; `returned`: the report was already returned once at step 13. */
export async function fillStep(page, step, choices, returned) {
  const f = (id) => page.locator(`#f-${id}`);
  switch (step) {
    case 1: await f("number").fill("IP-912000-20251106"); break;
    case 2: await f("number").fill("SIINAS/VT/2025/0042"); break;
    // Steps 4, 5, 6, 12 and 17 take their letter numbers from the buku agenda (prefilled).
    case 6: await f("instruction").fill("Mohon ditindaklanjuti dengan verifikasi teknis."); break;
    case 7:
      await f("members-0-name").fill("Ir. Dedi Kurniawan");
      await f("members-1-name").fill("Maria Ulfah, S.T.");
      break;
    case 8: await f("findings").fill("Dokumen sesuai dengan data Izin Perluasan."); break;
    case 9:
      await page.getByLabel(choices.inspection ? "Ya, perlu pemeriksaan lapangan" : "Tidak perlu pemeriksaan lapangan").check();
      await f("reason").fill(choices.inspection ? "Kapasitas perlu dipastikan di lokasi." : "Data SIINAS memadai.");
      break;
    case 10: await f("findings").fill("Mesin perluasan sudah terpasang."); break;
    case 11:
      await f("bap-number").fill("BAP/042/2025");
      await page.locator("#f-bap-classification-1").check(); // Menengah
      await page.locator("#f-bap-factory_construction").check();
      await page.locator("#f-bap-production_facilities").check();
      await page.locator(choices.ready ? "#f-bap-trial_production" : "#f-bap-trial_production-1").check();
      await f("bap-other_notes").fill("-");
      break;
    case 13:
      if (choices.returnOnce && !returned) {
        await page.getByLabel("Kembalikan ke Kasi untuk perbaikan").check();
        await f("reason").fill("Nomor surat pengantar belum sesuai buku agenda.");
      } else {
        await page.getByLabel("Lengkap, teruskan ke Kepala Dinas").check();
      }
      break;
    case 15: case 16: await f("to").fill("Operator"); break;
    case 18: await f("number").fill("BAPK/2025/0042"); break;
  }
}
