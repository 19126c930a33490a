import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";

const version = readFileSync("Cargo.toml", "utf8").match(/^version = "(.+)"$/m)![1];

for (const base of ["/", "/sopir/"]) {
  test(`the app shell loads when served at ${base}`, async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));

    await page.goto(base);
    await expect(page).toHaveTitle("Sopir – Izin Perluasan");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await expect(page.getByRole("banner")).toContainText("Izin Perluasan");
    const nav = page.getByRole("navigation", { name: "Navigasi utama" });
    for (const area of ["Beranda", "Tugas Saya", "Daftar Kasus", "Kasus Baru", "Impor/Ekspor", "Pengaturan", "Latihan"]) {
      await expect(nav.getByRole("link", { name: area })).toBeVisible();
    }
    await expect(page.getByRole("contentinfo")).toContainText(version);

    await nav.getByRole("link", { name: "Pengaturan" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}#/pengaturan$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan");
    expect(errors).toEqual([]);
  });
}

test("the interface switches to English", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Bahasa").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My Tasks" })).toBeVisible();
});

test("an unknown address shows a page-not-found page with a link to Beranda", async ({ page }) => {
  await page.goto("/#/tidak-ada");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expect(page.getByRole("main")).toContainText("Tidak ada halaman Sopir di alamat ini: #/tidak-ada");
  await expect(page.getByText("sedang disiapkan")).toHaveCount(0);
  await page.getByRole("main").getByRole("link", { name: "Kembali ke Beranda" }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Beranda");
});
