// The size budget: everything the page loads, and everything in dist/,
// gzipped, at most 250 KB.
// Size is deterministic, so this is a test, not a benchmark. Each file is
// compressed as a static host serves it precompressed: with gzip -9 (GNU
// gzip, the reference implementation).
import { test, expect } from "./fixture.js";
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AtlasPage } from "./atlas-page.js";

const BUDGET = 250 * 1024;

test("everything the page loads is at most 250 KB gzipped", async ({ page }) => {
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
  expect(urls.size).toBeGreaterThanOrEqual(4);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

test("everything in dist/ is at most 250 KB gzipped", async () => {
  // The whole deployment, files the page does not load (embed.js) included.
  const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
  let total = 0;
  const rows = [];
  for (const name of readdirSync(dist, { recursive: true })) {
    const path = join(dist, name);
    if (!statSync(path).isFile()) continue;
    const gz = execFileSync("gzip", ["-9", "-c", "-n", path], { maxBuffer: 1 << 26 }).length;
    total += gz;
    rows.push(`${String(gz).padStart(8)} B gz  ${name}`);
  }
  console.log(`${rows.join("\n")}\n${String(total).padStart(8)} B gzipped in dist/ (budget ${BUDGET} B)`);
  expect(rows.length).toBeGreaterThanOrEqual(5);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
