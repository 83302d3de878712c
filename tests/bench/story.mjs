// Benchmark: time from a step of the story (its Next or Previous button)
// to the next painted frame, the views moved to the step's (the map, the
// timeline, the charts, in turn), on the default data, in headless
// Chromium. Reports p50 and p95; never fails on a time.
import { chromium } from "@playwright/test";
import { frameTimes, launchOptions, percentile, serve } from "./common.mjs";

const RUNS = 72;

export async function benchStory() {
  const server = await serve();
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?story=three-clusters&step=1`);
  await page.waitForSelector("[data-testid=map-drawing] svg");
  const times = await page.evaluate(frameTimes, { runs: RUNS, kind: "story-step" });
  await browser.close();
  server.close();
  return [{ name: "story step to painted frame", unit: "ms", p50: percentile(times, 50), p95: percentile(times, 95), n: times.length }];
}
