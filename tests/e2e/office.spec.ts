import { expect, test } from "@playwright/test";
import { actAs, createCase, currentStep, walk } from "./helpers";

test.describe.configure({ mode: "parallel" });

test("a case walks through all 20 steps with field inspection and the permit becomes effective", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Sawit Ambawang Lestari", nib: "9120001234567" });
  expect(await currentStep(page)).toBe(1);
  const steps = await walk(page, { inspection: true, ready: true });
  expect(steps).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  await expect(page.locator(".status-kasus")).toContainText("Berlaku efektif");
  await expect(page.locator(".panel-langkah")).toContainText("sudah selesai");
  // The timeline records every step, newest first, with who did it.
  const events = page.locator(".linimasa li");
  await expect(events).toHaveCount(21);
  await expect(events.first()).toContainText("Langkah 20");
  await expect(events.first()).toContainText("Petugas operator");
});

test("without field inspection the case skips step 10", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Karet Khatulistiwa", nib: "9120001234568", kbli: "22123" });
  const steps = await walk(page, { inspection: false, ready: true });
  expect(steps).not.toContain(10);
  expect(steps).toHaveLength(19);
  await expect(page.locator(".status-kasus")).toContainText("Berlaku efektif");
});

test("the flow table marks the steps done, the current step and the path taken as the case moves", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Alur Tanda Lestari", nib: "9120001234570" });
  const row = (step: number) => page.locator(`.alur-baris[data-langkah="${step}"]`);
  const symbol = (state: string) => page.locator(`.alur-gambar g.simbol.${state} text`);
  const taken = page.locator(".alur-gambar path.panah.diambil");
  await expect(row(1)).toHaveClass(/sekarang/);
  await expect(row(1)).toContainText("langkah saat ini");
  await expect(symbol("sekarang")).toHaveText(["1"]);
  await expect(taken).toHaveCount(0);
  await walk(page, { inspection: false, ready: true }, 3);
  await expect(row(1)).toHaveClass(/selesai/);
  await expect(row(2)).toHaveClass(/selesai/);
  await expect(row(3)).toHaveClass(/sekarang/);
  await expect(row(4)).toHaveClass(/belum/);
  await expect(symbol("selesai")).toHaveText(["1", "2"]);
  await expect(symbol("sekarang")).toHaveText(["3"]);
  await expect(taken).toHaveCount(2);
  // Without field inspection step 10 is marked as skipped ("dilewati"), not "belum".
  await walk(page, { inspection: false, ready: true }, 12);
  await expect(row(10)).toHaveClass(/dilewati/);
  await expect(row(10)).toContainText("dilewati");
  await expect(row(10)).not.toContainText("belum");
  await expect(symbol("dilewati")).toHaveText(["10"]);
  await walk(page, { inspection: false, ready: true });
  await expect(row(10)).toHaveClass(/dilewati/);
  await expect(row(20)).toHaveClass(/selesai/);
  await expect(symbol("sekarang")).toHaveCount(0);
  await expect(symbol("selesai")).toHaveCount(19);
  await expect(taken).toHaveCount(18);
});

test("a BAP item tidak siap leaves the permit belum efektif and starts a new round at step 2", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Kayu Lapis Borneo", nib: "9120001234569", kbli: "16211" });
  await walk(page, { inspection: true, ready: false }, 19);
  await expect(page.locator(".panel-langkah")).toContainText("tetap belum berlaku efektif");
  await walk(page, { inspection: true, ready: false }, 2);
  expect(await currentStep(page)).toBe(2);
  await expect(page.locator(".status-kasus")).toContainText("Belum berlaku efektif");
});

test("the wrong role sees no action, and who is next", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await createCase(page, { company: "PT Uji Peran", nib: "9120001234570" });
  await walk(page, { inspection: true, ready: true }, 6);
  await actAs(page, "kasi");
  await expect(page.getByRole("button", { name: /Selesaikan langkah/ })).toHaveCount(0);
  await expect(page.locator(".giliran")).toContainText("Giliran: Kepala Bidang Perindustrian");
  await actAs(page, "kabid");
  await expect(page.getByRole("button", { name: "Selesaikan langkah 6" })).toBeVisible();
});

test("invalid input shows the message at the field, focuses it and keeps what was typed", async ({ page }) => {
  await page.goto("./");
  await actAs(page, "operator");
  await page.goto("./#/kasus-baru");
  await page.locator("#f-company").fill("PT Salah Ketik");
  await page.locator("#f-nib").fill("12345");
  await page.locator("#f-kbli").fill("1043a");
  await page.getByRole("button", { name: "Periksa kembali" }).click();
  await expect(page.locator("#f-nib-galat")).toHaveText("Harus tepat 13 angka.");
  await expect(page.locator("#f-kbli-galat")).toHaveText("Harus tepat 5 angka.");
  await expect(page.locator("#f-npwp-galat")).toHaveText("Wajib diisi.");
  await expect(page.locator("#f-nib")).toBeFocused();
  await expect(page.locator("#f-nib")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-company")).toHaveValue("PT Salah Ketik");
});
