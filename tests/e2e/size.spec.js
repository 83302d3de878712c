// The size budget: everything the page loads, gzipped, at most 250 KB.
// Size is deterministic, so this is a test, not a benchmark.
import { test, expect } from "@playwright/test";
import { gzipSync } from "node:zlib";
import { AtlasPage } from "./atlas-page.js";

const BUDGET = 250 * 1024;

test("everything the page loads is at most 250 KB gzipped", async ({ page }) => {
  const bodies = [];
  page.on("response", async (res) => {
    if (res.url().startsWith("http")) bodies.push({ url: res.url(), body: res.body() });
  });
  const atlas = new AtlasPage(page);
  await atlas.open();
  await page.waitForLoadState("networkidle");
  let total = 0;
  const rows = [];
  for (const { url, body } of bodies) {
    const raw = await body;
    const gz = gzipSync(raw, { level: 9 }).length;
    total += gz;
    rows.push(`${String(gz).padStart(8)} B gz ${String(raw.length).padStart(9)} B raw  ${new URL(url).pathname}`);
  }
  console.log(`${rows.join("\n")}\n${String(total).padStart(8)} B gzipped in all (budget ${BUDGET} B)`);
  expect(bodies.length).toBeGreaterThanOrEqual(4);
  expect(total).toBeLessThanOrEqual(BUDGET);
});
