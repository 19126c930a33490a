// Shared steps of the browser tests: act as a role, create a case, complete the SOP's steps
// through the real forms, the way an office worker would.
import { expect, type Page } from "@playwright/test";

export const ROLE = {
  pemohon: "Pemohon",
  oss: "OSS",
  siinas: "SIINAS",
  operator: "Operator",
  kasi: "Kasi Kerjasama, Pengawasan, dan Promosi Investasi Industri",
  kabid: "Kepala Bidang Perindustrian",
  tim: "Tim Teknis",
  kadis: "Kepala Dinas",
} as const;

/** Who records each step (external actors' steps are recorded by the Operator). */
export const STEP_ROLE: Record<number, keyof typeof ROLE> = {
  1: "operator", 2: "operator", 3: "operator", 4: "operator", 5: "operator",
  6: "kabid", 7: "kasi", 8: "tim", 9: "tim", 10: "tim", 11: "tim", 12: "kasi",
  13: "kabid", 14: "kadis", 15: "kabid", 16: "kasi", 17: "operator", 18: "operator",
  19: "operator", 20: "operator",
};

export async function actAs(page: Page, role: keyof typeof ROLE, name = `Petugas ${role}`) {
  await page.getByLabel("Peran").selectOption({ label: ROLE[role] });
  const field = page.getByLabel("Nama", { exact: true });
  if ((await field.inputValue()) !== name) {
    await field.fill(name);
    await field.press("Tab");
  }
}

export interface Company {
  company: string;
  nib: string;
  kbli?: string;
}

export async function createCase(page: Page, c: Company): Promise<string> {
  await page.goto("./#/kasus-baru");
  const f = (id: string) => page.locator(`#f-${id}`);
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
  await expect(page).toHaveURL(/#\/kasus\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

export interface Choices {
  inspection: boolean;
  ready: boolean;
  returnOnce?: boolean;
}

/** The panel's heading names the current step: "Langkah 9 dari 20: ...". */
export async function currentStep(page: Page): Promise<number | null> {
  const heading = page.locator("#judul-langkah");
  if (!(await heading.count())) return null;
  const m = (await heading.innerText()).match(/Langkah (\d+) dari/);
  return m ? Number(m[1]) : null;
}

const f = (page: Page, id: string) => page.locator(`#f-${id}`);

/** Fills the current step's form with plausible data. */
export async function fillStep(page: Page, step: number, choices: Choices, returned: boolean) {
  switch (step) {
    case 1: await f(page, "number").fill("IP-912000-20251106"); break;
    case 2: await f(page, "number").fill("SIINAS/VT/2025/0042"); break;
    // Steps 4, 5, 6, 12 and 17 take their letter numbers from the buku agenda (prefilled).
    case 6: await f(page, "instruction").fill("Mohon ditindaklanjuti dengan verifikasi teknis."); break;
    case 7:
      await f(page, "members-0-name").fill("Ir. Dedi Kurniawan");
      await f(page, "members-1-name").fill("Maria Ulfah, S.T.");
      break;
    case 8: await f(page, "findings").fill("Dokumen sesuai dengan data Izin Perluasan."); break;
    case 9:
      await page.getByLabel(choices.inspection ? "Ya, perlu pemeriksaan lapangan" : "Tidak perlu pemeriksaan lapangan").check();
      await f(page, "reason").fill(choices.inspection ? "Kapasitas perlu dipastikan di lokasi." : "Data SIINAS memadai.");
      break;
    case 10: await f(page, "findings").fill("Mesin perluasan sudah terpasang."); break;
    case 11:
      await f(page, "bap-number").fill("BAP/042/2025");
      await page.locator("#f-bap-classification-1").check(); // Menengah
      await page.locator("#f-bap-factory_construction").check();
      await page.locator("#f-bap-production_facilities").check();
      await page.locator(choices.ready ? "#f-bap-trial_production" : "#f-bap-trial_production-1").check();
      await f(page, "bap-other_notes").fill("-");
      break;
    case 13:
      if (choices.returnOnce && !returned) {
        await page.getByLabel("Kembalikan ke Kasi untuk perbaikan").check();
        await f(page, "reason").fill("Nomor surat pengantar belum sesuai buku agenda.");
      } else {
        await page.getByLabel("Lengkap, teruskan ke Kepala Dinas").check();
      }
      break;
    case 15: case 16: await f(page, "to").fill("Operator"); break;
    case 18: await f(page, "number").fill("BAPK/2025/0042"); break;
  }
}

/** Completes the current step as its role; returns the step completed. */
export async function completeStep(page: Page, choices: Choices, returned = false): Promise<number> {
  const step = (await currentStep(page))!;
  await actAs(page, STEP_ROLE[step]);
  await fillStep(page, step, choices, returned);
  await page.getByRole("button", { name: `Selesaikan langkah ${step}` }).click();
  // Accepted: the panel moves to another step. Refused: a message says why.
  await expect
    .poll(async () => (await currentStep(page)) !== step || (await refusal(page)) !== "")
    .toBeTruthy();
  const message = await refusal(page);
  if (message) throw new Error(`step ${step} was refused: ${message}`);
  return step;
}

/** Walks the case until it is finished or waits at `until`. Returns the steps done. */
export async function walk(page: Page, choices: Choices, until?: number): Promise<number[]> {
  const done: number[] = [];
  let returned = false;
  for (let guard = 0; guard < 40; guard++) {
    const step = await currentStep(page);
    if (step === null || step === until) break;
    await completeStep(page, choices, returned);
    if (step === 13 && choices.returnOnce && !returned) returned = true;
    done.push(step);
  }
  return done;
}

/** The refusal shown under the step's form, if any. */
export async function refusal(page: Page): Promise<string> {
  const box = page.locator(".form-langkah .pesan-galat");
  return (await box.count()) ? (await box.innerText()).trim() : "";
}
