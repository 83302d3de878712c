// The Content-Security-Policy: only the page's own files and its start-up
// scripts by hash may run, and the app runs under it with no violation
// (the fixture fails a test on a violation in any page it opens).
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts, Timeline } from "./atlas-page.js";

test("the page sets a policy of its own files, scripts by hash, no 'unsafe-inline' script", async ({ page }) => {
  await page.goto("/");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const directives = Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives["default-src"]).toEqual(["'self'"]);
  expect(directives["script-src"].slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives["script-src"].slice(2).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
  expect(directives["script-src"]).not.toContain("'unsafe-inline'");
  expect(directives["script-src"]).not.toContain("'unsafe-eval'");
  expect(directives["object-src"]).toEqual(["'none'"]);
  // One hash per inline script, each matching the script as served.
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.textContent));
  expect(directives["script-src"].length - 2).toBe(inline.length);
});

test("the app runs under the policy with no violation: charts, exports, timeline, embed", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  const charts = new Charts(page);
  await charts.hover(charts.svg().locator("circle").last());
  await expect(charts.readout()).toBeVisible();
  await charts.download("png");
  await charts.download("svg");
  await page.getByTestId("table-toggle").click();
  const timeline = new Timeline(page);
  await timeline.section.getByTestId("milestone").first().click();
  await expect(timeline.detail()).toBeVisible();
  await page.getByTestId("embed").click();
  await expect(page.getByTestId("embed-dialog")).toBeVisible();
  await page.goto("/?embed=1&view=timeline");
  await expect(page.getByTestId("timeline")).toBeVisible();
});
