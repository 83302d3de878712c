// The size budget: what a reader downloads, every file the page loads,
// gzipped, at most 258,000 bytes (see docs/size.md).
// Size is deterministic, so this is a test, not a benchmark. Each file is
// compressed as a static host serves it precompressed: with gzip -9 -n
// (GNU gzip, the reference implementation), and the sizes summed.
import { test, expect } from "./fixture.js";
import { execFileSync } from "node:child_process";
import { AtlasPage } from "./atlas-page.js";

const BUDGET = 258_000;

test("everything the page loads is at most 258,000 bytes gzipped", async ({ page }) => {
  const urls = new Set();
  page.on("response", (res) => {
    if (res.url().startsWith("http")) urls.add(res.url().split("#")[0]);
  });
  const atlas = new AtlasPage(page);
  await atlas.open();
  await page.waitForLoadState("networkidle");
  let total = 0;
  const rows = [];
  for (const url of urls) {
    const raw = await (await page.request.get(url)).body();
    const gz = execFileSync("gzip", ["-9", "-c", "-n"], { input: raw, maxBuffer: 1 << 26 }).length;
    total += gz;
    rows.push(`${String(gz).padStart(8)} B gz ${String(raw.length).padStart(9)} B raw  ${new URL(url).pathname}`);
  }
  console.log(`${rows.join("\n")}\n${String(total).padStart(8)} B gzipped in all (budget ${BUDGET} B)`);
  // The page, its script, its WebAssembly and its style sheet at least.
  expect(urls.size).toBeGreaterThanOrEqual(4);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
