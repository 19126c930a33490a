// Renders assets/sopir.svg to the PNG icons the web app manifest lists (192 and 512 px),
// with Debian's Chromium. Run when the SVG changes: node scripts/make-icons.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";

const svg = readFileSync("assets/sopir.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.SOPIR_CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `assets/sopir-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log("assets/sopir-192.png, assets/sopir-512.png");
