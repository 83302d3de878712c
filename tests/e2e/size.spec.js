// The size budgets (see docs/size.md). Size is deterministic, so these are
// tests, not benchmarks. Each file is compressed as a static host serves
// it precompressed: with gzip -9 -n (GNU gzip, the reference
// implementation), and the sizes summed.
// - The first load, every file the page loads before any import: at most
//   286,000 bytes gzipped (258,000 before the import worker, 4,000 for
//   what opening a file adds to the page, 12,000 for the tile map, 12,000
//   for the story's code and text).
// - The import worker, its loader, glue and WebAssembly, fetched on the
//   first import only: at most 112,000 bytes gzipped (100,000 before it
//   read and validated stories).
import { test, expect } from "./fixture.js";
import { execFileSync } from "node:child_process";
import { AtlasPage } from "./atlas-page.js";

const FIRST_LOAD = 286_000;
const WORKER = 112_000;
const isWorker = (url) => /\/import_worker-[0-9a-f]+(_loader\.js|\.js|_bg\.wasm)$/.test(new URL(url).pathname);

/** Every http(s) address `page` fetches from now on. */
function collect(page) {
  const urls = new Set();
  const add = (url) => url.startsWith("http") && urls.add(url.split("#")[0]);
  page.on("response", (res) => add(res.url()));
  // A worker's own requests (its glue and WebAssembly) are not the page's.
  page.context().on("response", (res) => add(res.url()));
  return urls;
}

/** The gzipped bytes of `urls` in all, with a line per file. */
async function gzipped(page, urls, budget) {
  let total = 0;
  const rows = [];
  for (const url of urls) {
    const raw = await (await page.request.get(url)).body();
    const gz = execFileSync("gzip", ["-9", "-c", "-n"], { input: raw, maxBuffer: 1 << 26 }).length;
    total += gz;
    rows.push(`${String(gz).padStart(8)} B gz ${String(raw.length).padStart(9)} B raw  ${new URL(url).pathname}`);
  }
  console.log(`${rows.join("\n")}\n${String(total).padStart(8)} B gzipped in all (budget ${budget} B)`);
  return total;
}

test("the first load is at most 286,000 bytes gzipped, without the import worker", async ({ page }) => {
  const urls = collect(page);
  await new AtlasPage(page).open();
  await page.waitForLoadState("networkidle");
  expect([...urls].filter(isWorker)).toEqual([]);
  // The page, its script, its WebAssembly and its style sheet at least.
  expect(urls.size).toBeGreaterThanOrEqual(4);
  expect(await gzipped(page, urls, FIRST_LOAD)).toBeLessThanOrEqual(FIRST_LOAD);
});

test("the import worker, fetched on the first import, is at most 112,000 bytes gzipped", async ({ page }) => {
  await new AtlasPage(page).open();
  await page.waitForLoadState("networkidle");
  const urls = collect(page);
  await page.getByTestId("open-data").click();
  await page.locator("#import-file").setInputFiles({
    name: "events.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("date,group,title,description,source\n2020-01-02,A,Opened,What happened,Someone\n"),
  });
  await expect(page.getByTestId("dataset-shown")).toContainText("events.csv");
  const worker = [...urls].filter(isWorker);
  expect(worker).toHaveLength(3);
  expect(await gzipped(page, worker, WORKER)).toBeLessThanOrEqual(WORKER);
});
