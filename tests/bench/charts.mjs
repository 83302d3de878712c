// Benchmark: time from a legend toggle or a year-range change to the next
// painted frame, on the default data, in headless Chromium. Reports p50 and
// p95; never fails on a time.
import { chromium } from "@playwright/test";
import { launchOptions, percentile, serve } from "./common.mjs";

const RUNS = 60;

/**
 * In the page: applies a change at the start of a frame (in a
 * requestAnimationFrame callback) and measures until that frame has been
 * rendered (a task queued behind it runs): the update's script, style,
 * layout and paint, without the wait for the display's next refresh.
 */
export async function frameTimes({ runs, kind, entries = [0, 1, 2] }) {
  const settle = () => new Promise((r) => setTimeout(r, 30));
  const input = document.querySelector("[data-testid=year-from]");
  const change = (i) => {
    if (kind === "legend") {
      document.querySelectorAll("[data-testid=legend-entry]")[entries[i % entries.length]].click();
    } else {
      input.value = String(2013 + (i % 8));
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  };
  const times = [];
  for (let i = 0; i < runs; i++) {
    await settle();
    times.push(
      await new Promise((resolve) =>
        requestAnimationFrame(() => {
          const t0 = performance.now();
          change(i);
          setTimeout(() => resolve(performance.now() - t0), 0);
        }),
      ),
    );
  }
  return times;
}

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
