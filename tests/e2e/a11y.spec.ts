// Accessibility: an axe-core scan (WCAG 2.1 A and AA) of every view finds no serious or
// critical violation, in Bahasa Indonesia and in English.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { actAs, createCase, walk } from "./helpers";

async function scan(page: Page, view: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${view} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

test("every view of the office UI passes an axe scan", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("./");
  await actAs(page, "operator");
  const id = await createCase(page, { company: "PT Aksesibel Jaya", nib: "9120004545454" });
  await walk(page, { inspection: true, ready: true }, 11); // the case page shows the BAP form
  const views = [
    "#/",
    "#/tugas",
    "#/kasus",
    "#/kasus-baru",
    `#/kasus/${id}`,
    `#/kasus/${id}/cetak/surat_tugas`,
    `#/kasus/${id}/cetak/nota_dinas`,
    "#/agenda",
    "#/impor-ekspor",
    "#/pengaturan",
    "#/latihan",
    "#/sop",
  ];
  for (const lang of ["id", "en"]) {
    if (lang === "en") await page.getByLabel("Bahasa").selectOption("en");
    for (const view of views) {
      await page.goto(`./${view}`);
      await expect(page.locator("main h1")).toBeVisible();
      await scan(page, `${lang} ${view}`);
    }
  }
  // The field errors of a form.
  await page.goto("./#/kasus-baru");
  await page.getByRole("button", { name: "Review" }).click();
  await scan(page, "en kasus-baru with errors");
  // The training mode: banner, guide and a sample case.
  await page.goto("./#/latihan");
  await page.getByRole("button", { name: "Enter training mode" }).click();
  await page.getByRole("button", { name: "Start the step-by-step guide" }).click();
  await expect(page.locator(".panduan")).toBeVisible();
  await scan(page, "en guided case");
});
