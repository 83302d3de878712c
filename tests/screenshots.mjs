// Screenshots of the app as a reader sees it: desktop and phone widths,
// light and dark. Usage: node screenshots.mjs <url> <output dir> [selector]
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { launchOptions } from "./chromium.js";

const [url = "http://127.0.0.1:4173/", out = "screenshots", selector] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 360, 780]]) {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(selector ?? "[data-testid=cluster-card-jjj]");
    await page.waitForTimeout(300);
    const file = `${out}/${name}-${scheme}.png`;
    if (selector) await page.locator(selector).first().screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: name === "phone" ? false : false });
    console.log(file);
    await context.close();
  }
}
await browser.close();
