// The app stands: the release build opens at the root, under sub-paths and
// from a plain static server, shows the clusters with their sourced
// figures, and fails readably.
import { test, expect } from "./fixture.js";
import { AtlasPage, Timeline, plainServer } from "./atlas-page.js";

for (const path of ["/", "/atlas/", "/a/b/c/"]) {
  test(`opens at ${path} with the cluster cards and the Jing-Jin-Ji 2024 figure`, async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.open(path);
    await expect(page).toHaveTitle(/Cluster Atlas/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cluster Atlas");
    for (const id of ["jjj", "yrd", "gba"]) await expect(atlas.clusterCard(id)).toBeVisible();
    const jjj = atlas.clusterCard("jjj");
    const gdp = jjj.getByTestId("headline").first();
    await expect(gdp).toContainText("GDP");
    await expect(gdp).toContainText("2024");
    await expect(gdp).toContainText("11.5 trillion yuan");
    await expect(gdp).toContainText("115,049.6 (100 million yuan)");
    await expect(gdp.getByRole("link")).toHaveAttribute("href", "#source-nbs-provincial-gdp");
  });
}

test("the Greater Bay Area card says its statistics are Guangdong's", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const gba = atlas.clusterCard("gba");
  await expect(gba.getByRole("note")).toContainText("whole of Guangdong province");
  await expect(gba.getByTestId("headline").first()).toContainText("Figures of Guangdong (whole province)");
});

test("the introduction and the caveats are the dataset's own, in the page's language", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const intro = page.locator(".intro-text p");
  await expect(intro).toHaveCount(2);
  await expect(intro.first()).toContainText("Three city regions carry much of China's economy");
  const caveats = page.getByTestId("caveats");
  await expect(caveats.getByRole("heading")).toHaveText("About the data");
  await expect(caveats.locator("li")).toHaveCount(4);
  await expect(caveats).toContainText("fifth national economic census");
  await expect(caveats).toContainText("whole of Guangdong province");
  await expect(page.getByRole("heading", { name: "The three clusters" })).toBeVisible();
  await atlas.open("/?lang=zh");
  await expect(intro).toHaveCount(2);
  await expect(intro.first()).toContainText("京津冀");
  await expect(caveats.getByRole("heading")).toHaveText("关于数据");
  await expect(caveats.locator("li")).toHaveCount(4);
  await expect(caveats).toContainText("广东全省");
});

test("a figure's source is one click away and lists its address", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  await atlas.clusterCard("yrd").getByTestId("headline").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/#source-nbs-provincial-gdp$/);
  const entry = page.locator("#source-nbs-provincial-gdp");
  await expect(entry).toBeInViewport();
  await expect(entry.getByRole("link")).toHaveAttribute("href", /^https:\/\/github\.com\/RenJiyi163\//);
  const count = await atlas.sourceEntries().count();
  expect(count).toBeGreaterThan(50);
  for (const href of await page.locator(".source-url").evaluateAll((as) => as.map((a) => a.href))) {
    expect(href).toMatch(/^https?:\/\//);
  }
});

test("stated figures open with their caveats, each said once and marked on its figures", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const jjj = atlas.clusterCard("jjj");
  await jjj.locator("summary").click();
  const caveats = jjj.getByTestId("figure-caveats").locator("p");
  await expect(caveats).toHaveText([
    "* As the source stated it at the time; figures of different vintages can differ from sums of the provincial statistics.",
    "** As reported by CGTN, 2025-12-22.",
  ]);
  const platforms = jjj.getByTestId("headline").filter({ hasText: "Innovation platforms" });
  await expect(platforms.locator(".headline-value")).toHaveText("14**");
  await expect(platforms).not.toContainText("As reported by CGTN");
  await expect(jjj.getByText(/As the source stated it at the time/)).toHaveCount(1);
});

test("a stated figure shows the digits its source gave", async ({ page }) => {
  const atlas = new AtlasPage(page);
  for (const [lang, values] of [
    ["en", ["nearly 12 trillion yuan*", "10 trillion yuan*", "8.96 trillion yuan*"]],
    ["zh", ["近12万亿元*", "10万亿元*", "8.96万亿元*"]],
  ]) {
    await atlas.open(`/?lang=${lang}`);
    const jjj = atlas.clusterCard("jjj");
    await jjj.locator("summary").click();
    const year = (y) => jjj.getByTestId("headline").filter({ has: page.locator(".headline-year", { hasText: y }) });
    for (const [i, y] of ["2025", "2022", "2020"].entries()) {
      await expect(year(y).locator(".headline-value").first()).toHaveText(values[i]);
    }
  }
});

test("each stated figure shows the passage its source is quoted for", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  let quoted = 0;
  for (const id of ["jjj", "yrd", "gba"]) {
    const card = atlas.clusterCard(id);
    await card.locator("summary").click();
    quoted += await card.locator(".headline-quote q").count();
  }
  // The 24 passages of the clusters' figures; the 25th is of China's.
  expect(quoted).toBe(24);
  const gdp2025 = atlas
    .clusterCard("jjj")
    .getByTestId("headline")
    .filter({ has: page.locator(".headline-year", { hasText: "2025" }) });
  await expect(gdp2025.locator("q")).toHaveText("to nearly 12 trillion yuan in 2025");
  await expect(gdp2025.locator("q")).toHaveAttribute("lang", "en");
});

test("a cluster's sums keep at least three significant digits", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const rd = atlas.clusterCard("yrd").getByTestId("headline").nth(2);
  await expect(rd.locator(".headline-label")).toHaveText("R&D expenditure");
  await expect(rd.locator(".headline-value")).toHaveText("1.02 trillion yuan");
  await expect(rd).toContainText("10,166.8 (100 million yuan)");
  await atlas.open("/?lang=zh");
  await expect(atlas.clusterCard("yrd").getByTestId("headline").nth(2).locator(".headline-value")).toHaveText("1.02万亿元");
});

test("no horizontal scrolling on a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const atlas = new AtlasPage(page);
  await atlas.open();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test("a page whose app cannot load says so instead of staying blank", async ({ page, clean }) => {
  clean.expectError(/net::ERR_FAILED|Failed to fetch/);
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("Cluster Atlas could not start");
});

test("a browser without WebAssembly gets a readable message", async ({ page, clean }) => {
  clean.expectError(/WebAssembly is not defined/);
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText("does not run WebAssembly");
});

test("dist/ works from python3 -m http.server, with a description, Open Graph tags and a favicon", async ({ page, clean }) => {
  const server = await plainServer(clean);
  try {
    const { url } = server;
    const atlas = new AtlasPage(page);
    await atlas.open(`${url}?view=timeline&milestone=hzmb-opens`);
    await expect(new Timeline(page).detail()).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /innovation clusters/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Cluster Atlas/);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.{40,}/);
    const icon = await page.locator('link[rel="icon"]').getAttribute("href");
    expect((await page.request.get(new URL(icon, url).href)).status()).toBe(200);
    expect(atlas.requests.some((r) => r.includes("favicon"))).toBe(true);
  } finally {
    server.close();
  }
});
