import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.js";
const base = process.argv[2];
const out = process.argv[3];
const browser = await chromium.launch(launchOptions);
for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 360, 780]]) {
  for (const scheme of ["light", "dark"]) {
    for (const lang of ["en", "zh"]) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${base}?lang=${lang}`);
      await page.waitForSelector("[data-testid=cluster-card-jjj]");
      await page.waitForTimeout(400);
      for (const sel of ["body", "#charts", "[data-testid=timeline]", "#sources"]) {
        const el = page.locator(sel).first();
        if (sel === "body") await page.screenshot({ path: `${out}/${name}-${scheme}-${lang}-top.png` });
        else { await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(200); await page.screenshot({ path: `${out}/${name}-${scheme}-${lang}-${sel.replace(/[^a-z]/g, "")}.png` }); }
      }
      console.log(name, scheme, lang, await page.evaluate(() => document.documentElement.scrollHeight));
      await context.close();
    }
  }
}
await browser.close();
