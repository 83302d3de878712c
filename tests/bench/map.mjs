// Benchmark: time from a change of the tile map (its year, its measure, an
// arrow key moving the read-out) to the next painted frame, on the default
// data, in headless Chromium. Reports p50 and p95; never fails on a time.
import { chromium } from "@playwright/test";
import { frameTimes, launchOptions, percentile, serve } from "./common.mjs";

const RUNS = 60;

export async function benchMap() {
  const server = await serve();
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await page.waitForSelector("[data-testid=map-drawing] svg");
  await page.getByTestId("map-drawing").scrollIntoViewIfNeeded();
  const rows = [];
  for (const [kind, name] of [
    ["map-year", "map year step to painted frame"],
    ["map-measure", "map measure change to painted frame"],
    ["map-key", "map arrow key to painted frame"],
  ]) {
    const times = await page.evaluate(frameTimes, { runs: RUNS, kind });
    rows.push({ name, unit: "ms", p50: percentile(times, 50), p95: percentile(times, 95), n: times.length });
  }
  await browser.close();
  server.close();
  return rows;
}
