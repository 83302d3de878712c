// Benchmark: time from a legend toggle or a year-range change to the next
// painted frame, on the default data, in headless Chromium. Reports p50 and
// p95; never fails on a time.
import { chromium } from "@playwright/test";
import { frameTimes, launchOptions, percentile, serve } from "./common.mjs";

const RUNS = 60;

export async function benchCharts() {
  const server = await serve();
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector("[data-testid=chart-svg] svg");
  await page.getByTestId("chart-frame").scrollIntoViewIfNeeded();

  const toggle = await page.evaluate(frameTimes, { runs: RUNS, kind: "legend" });
  const years = await page.evaluate(frameTimes, { runs: RUNS, kind: "years" });

  await browser.close();
  server.close();
  return [
    { name: "legend toggle to painted frame", unit: "ms", p50: percentile(toggle, 50), p95: percentile(toggle, 95), n: toggle.length },
    { name: "year-range change to painted frame", unit: "ms", p50: percentile(years, 50), p95: percentile(years, 95), n: years.length },
  ];
}
