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
