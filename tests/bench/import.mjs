// Benchmark: opening a CSV of 100,000 milestones (7 MB) dropped on the page
// (a File made in the page beforehand), in headless Chromium, each time in
// a fresh page:
// - from the file handed over (the drop) to the timeline drawn
//   (the frame after it shows the new count: mark `bench-import-drawn`);
// - the longest main-thread task while the worker reads and converts it
//   (Long Tasks API; the worker's own work is not the page's);
// - the hand-over to the page: from the worker's answer to the dataset
//   read on the page, from the wire format (marks `import-converted`,
//   `import-read`);
// - the first import's cost of starting the worker (marks
//   `import-worker-start`, `import-worker-ready`).
// Reports p50 and p95; never fails on a time.
import { chromium } from "@playwright/test";
import { launchOptions, percentile, serve } from "./common.mjs";

const ROWS = 100_000;
const LOADS = 10;

/** A valid CSV of `rows` milestones over 1900-2025 in four lanes (one without a group), at all three precisions, in no particular order. */
export function milestoneCsv(rows) {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pad = (n) => String(n).padStart(2, "0");
  const lines = ["date,group,title,description,source"];
  for (let i = 0; i < rows; i++) {
    const year = 1900 + Math.floor(random() * 126);
    const kind = random();
    const month = pad(1 + Math.floor(random() * 12));
    const date = kind < 0.7 ? `${year}-${month}-${pad(1 + Math.floor(random() * 28))}` : kind < 0.9 ? `${year}-${month}` : `${year}`;
    const group = ["North", "East", "South", ""][Math.floor(random() * 4)];
    lines.push(`${date},${group},Event ${i},"Row ${i}, generated",https://example.org/${i % 500}`);
  }
  return lines.join("\n") + "\n";
}

/** Opens `csv` by the picker in a fresh page of `browser` at `url`; the times of one import. */
async function importOnce(browser, url, csv) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByTestId("cluster-card-jjj").waitFor();
  await page.evaluate((rows) => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "longtask" });
    const count = `${rows} milestones`;
    new MutationObserver((_, observer) => {
      if (document.querySelector("[data-testid=timeline-count]")?.textContent === count) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => performance.mark("bench-import-drawn"), 0));
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, ROWS);
  // The file is made in the page first, then dropped: the long task of
  // handing a file over the DevTools protocol is not the app's.
  await page.route("**/bench-100000.csv", (route) => route.fulfill({ body: csv, contentType: "text/csv" }));
  await page.evaluate(async () => {
    const blob = await (await fetch("bench-100000.csv")).blob();
    window.benchDrop = new DataTransfer();
    window.benchDrop.items.add(new File([blob], "bench-100000.csv", { type: "text/csv" }));
  });
  await page.waitForTimeout(200);
  await page.evaluate(() => document.querySelector("main").dispatchEvent(new DragEvent("drop", { dataTransfer: window.benchDrop, bubbles: true, cancelable: true })));
  await page.waitForFunction(() => performance.getEntriesByName("bench-import-drawn").length, null, { polling: 50, timeout: 120_000 });
  const times = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0].startTime;
    const [handed, converted] = [at("import-handed-over"), at("import-converted")];
    // Tasks that ran while the worker worked: ended after the hand-over
    // began and before the worker's answer (whose own task is the
    // hand-over, reported apart).
    const during = window.longTasks.filter(([start, length]) => start + length > handed && start + length <= converted);
    return {
      worker: converted - handed,
      drawn: at("bench-import-drawn") - handed,
      longest: Math.max(0, ...during.map(([, length]) => length)),
      handOver: at("import-read") - converted,
      start: at("import-worker-ready") - at("import-worker-start"),
    };
  });
  await page.close();
  return times;
}

export async function benchImport() {
  const csv = milestoneCsv(ROWS);
  const server = await serve();
  const browser = await chromium.launch(launchOptions);
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await importOnce(browser, server.url, csv));
  await browser.close();
  server.close();
  const mb = (csv.length / 1024 / 1024).toFixed(1);
  const row = (name, key) => ({ name, unit: "ms", p50: percentile(runs.map((r) => r[key]), 50), p95: percentile(runs.map((r) => r[key]), 95), n: LOADS });
  return [
    row(`${ROWS.toLocaleString("en")}-row milestone CSV (${mb} MB): file handed over to timeline drawn`, "drawn"),
    row("  read and converted in the worker (drop to its answer)", "worker"),
    row("  longest main-thread task while the worker reads and converts it", "longest"),
    row("  hand-over: the worker's answer read on the page", "handOver"),
    row("Import worker started (first import)", "start"),
  ];
}
