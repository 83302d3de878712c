// Screenshots of the app as a reader sees it: desktop and phone widths,
// light and dark, English and Chinese. Usage:
//   node screenshots.mjs <url> <output dir> [selector]
// With a selector, each shot is of the first element it finds, scrolled
// to; without, of the window at the top of the page.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { launchOptions } from "./chromium.js";

const [url = "http://127.0.0.1:4173/", out = "screenshots", selector] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 360, 780]]) {
  for (const scheme of ["light", "dark"]) {
    for (const lang of ["en", "zh"]) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const address = new URL(url);
      address.searchParams.set("lang", lang);
      await page.goto(address.href);
      await page.waitForSelector(selector ?? "[data-testid=cluster-card-jjj]");
      await page.waitForTimeout(300);
      const file = `${out}/${name}-${scheme}-${lang}.png`;
      if (selector) await page.locator(selector).first().screenshot({ path: file });
      else await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
}
await browser.close();
