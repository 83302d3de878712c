// The tile map: it renders; a tile's read-out (pointer, keys, the live
// region); Play; phones; accessibility in both languages and themes.
import { test, expect } from "./fixture.js";
import { AFTER_MERGE_MS, axeViolations } from "./atlas-page.js";

/** The centre of the tile labelled `label`, in page coordinates. */
async function tileCentre(page, label) {
  const text = page.getByTestId("map-drawing").locator("svg text", { hasText: new RegExp(`^${label}$`) });
  await text.scrollIntoViewIfNeeded();
  const box = await text.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("the map renders a tile for each of the 34 divisions, with the clusters named", async ({ page }) => {
  await page.goto("/");
  const drawing = page.getByTestId("map-drawing");
  await expect(drawing.locator("svg")).toBeVisible();
  for (const label of ["BJ", "SH", "GD", "HK", "MO", "TW", "XJ", "HI"]) {
    await expect(drawing.locator("svg text", { hasText: new RegExp(`^${label}$`) })).toHaveCount(1);
  }
  for (const name of ["Jing-Jin-Ji", "Greater Bay Area"]) await expect(drawing.locator("svg")).toContainText(name);
  await expect(page.getByTestId("map")).toContainText("Shares of national GDP start in 2015");
});

test("pointing at Beijing in 2024 reads its GDP, rank, cluster and source; Hong Kong is not in this source", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("map-year")).toHaveValue("2024");
  const beijing = await tileCentre(page, "BJ");
  await page.mouse.move(beijing.x, beijing.y);
  const readout = page.getByTestId("map-readout");
  await expect(readout).toContainText("Beijing — 49,670.2 (100 million yuan), rank 12 of 31 in 2024");
  await expect(readout).toContainText("Jing-Jin-Ji");
  await expect(readout.locator("a.source-link")).toHaveCount(1);
  const hongKong = await tileCentre(page, "HK");
  await page.mouse.move(hongKong.x, hongKong.y);
  await expect(readout).toContainText("not in this source");
  await expect(readout).toContainText("Greater Bay Area");
});

test("arrow keys move between tiles by the grid, and the read-out is announced", async ({ page }) => {
  await page.goto("/");
  const readout = page.getByTestId("map-readout");
  await expect(readout).toHaveAttribute("aria-live", "polite");
  await page.getByTestId("map-drawing").focus();
  await page.keyboard.press("ArrowDown");
  await expect(readout).toContainText("Beijing");
  await page.keyboard.press("ArrowDown");
  await expect(readout).toContainText("Hebei");
  await page.keyboard.press("ArrowRight");
  await expect(readout).toContainText("Tianjin");
  await page.keyboard.press("ArrowUp");
  await expect(readout).toContainText("Liaoning");
});

test("the measures: share of national GDP and growth since a base year", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("map-measure").selectOption("share");
  const beijing = await tileCentre(page, "BJ");
  await page.mouse.move(beijing.x, beijing.y);
  await expect(page.getByTestId("map-readout")).toContainText(/Beijing — \d+\.\d%, rank 12 of 31 in 2024/);
  await page.getByTestId("map-measure").selectOption("growth");
  await expect(page.getByTestId("map-base")).toBeVisible();
  await page.getByTestId("map-base").selectOption("2013");
  await expect(page.getByTestId("map-readout")).toContainText(/Beijing — \d+\.\d% since 2013/);
});

test("Play moves a year a second and stops at the last year", async ({ page }) => {
  await page.goto("/");
  const year = page.getByTestId("map-year");
  await year.fill("2022");
  await expect(page.locator("#map-year-shown")).toHaveText("2022");
  const play = page.getByTestId("map-play");
  await play.click();
  await expect(play).toHaveAttribute("aria-pressed", "true");
  await expect(play).toHaveText("Pause");
  await expect(page.locator("#map-year-shown")).toHaveText("2023", { timeout: 1_800 });
  await expect(page.locator("#map-year-shown")).toHaveText("2024", { timeout: 1_800 });
  await expect(play).toHaveAttribute("aria-pressed", "false");
  await expect(play).toHaveText("Play");
  await page.waitForTimeout(1_200);
  await expect(year).toHaveValue("2024");
});

test("at 360 px the page does not scroll sideways and every tile is at least 24 × 24 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  await expect(page.getByTestId("map-drawing").locator("svg")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const [a, b] = await Promise.all([tileCentre(page, "JS"), tileCentre(page, "SH")]);
  // Neighbouring tiles' centres are a tile apart: the tile's side.
  expect(b.x - a.x).toBeGreaterThanOrEqual(24);
  const [c, d] = await Promise.all([tileCentre(page, "JS"), tileCentre(page, "ZJ")]);
  expect(d.y - c.y).toBeGreaterThanOrEqual(24);
});

test("axe finds no violation in the map, in both languages and themes", async ({ page }) => {
  for (const lang of ["en", "zh"]) {
    for (const theme of ["light", "dark"]) {
      await page.goto(`/?lang=${lang}&theme=${theme}`);
      await page.getByTestId("map-drawing").focus();
      await page.keyboard.press("ArrowRight");
      // With the table open and the cards' locators drawn.
      await page.getByTestId("map-table-toggle").click();
      await expect(page.getByTestId("map-table")).toBeVisible();
      await expect(page.locator(".card-locator svg")).toHaveCount(3);
      expect(await axeViolations(page), `${lang} ${theme}`).toEqual([]);
    }
  }
});

test("choosing a cluster on the map shows it alone everywhere, and choosing it again shows all", async ({ page }) => {
  await page.goto("/");
  const yrd = page.getByTestId("map-cluster-yrd");
  await yrd.click();
  await expect(yrd).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("map-cluster-jjj")).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("cluster-toggle-yrd").first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("cluster-toggle-jjj").first()).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("map-drawing").locator("svg")).not.toContainText("Jing-Jin-Ji");
  await yrd.click();
  await expect(yrd).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("map-cluster-jjj")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("cluster-toggle-jjj").first()).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("map-drawing").locator("svg")).toContainText("Jing-Jin-Ji");
});

test("a member's read-out opens its cluster's members in the economy chart", async ({ page }) => {
  await page.goto("/");
  const hebei = await tileCentre(page, "HE");
  await page.mouse.move(hebei.x, hebei.y);
  await expect(page.getByTestId("map-readout")).toContainText("Hebei");
  const hongKong = await tileCentre(page, "HK");
  await page.mouse.move(hongKong.x, hongKong.y);
  await expect(page.getByTestId("map-members")).toHaveCount(0);
  // A tile clicked stays in the read-out while the pointer crosses others.
  await page.mouse.click(hebei.x, hebei.y);
  await page.mouse.move(hongKong.x, hongKong.y);
  await expect(page.getByTestId("map-readout")).toContainText("Hebei");
  await page.getByTestId("map-members").click();
  await expect(page.getByTestId("economy-mode-members")).toBeChecked();
  await expect(page.getByTestId("legend-entry")).toHaveText(["Beijing", "Tianjin", "Hebei"]);
});

test("a permalink reproduces the map, and the year control and Play write the address once they settle", async ({ page }) => {
  await page.goto("/?view=map&map=growth&map-year=2020&map-base=2015");
  await expect(page.getByTestId("map-measure")).toHaveValue("growth");
  await expect(page.getByTestId("map-base")).toHaveValue("2015");
  await expect(page.getByTestId("map-year")).toHaveValue("2020");
  await expect(page.getByTestId("map")).toBeInViewport();
  const beijing = await tileCentre(page, "BJ");
  await page.mouse.move(beijing.x, beijing.y);
  await expect(page.getByTestId("map-readout")).toContainText(/Beijing — \d+\.\d% since 2015/);

  await page.goto("/");
  await expect(page.getByTestId("map-drawing").locator("svg")).toBeVisible();
  await page.waitForTimeout(AFTER_MERGE_MS);
  const before = await page.evaluate(() => history.length);
  for (const year of ["2016", "2017", "2018"]) await page.getByTestId("map-year").fill(year);
  await expect.poll(() => page.url()).toContain("view=map&map-year=2018");
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  // Play writes once, when it stops at the last year, the default one.
  await page.getByTestId("map-year").fill("2022");
  await expect.poll(() => page.url()).toContain("map-year=2022");
  const playing = await page.evaluate(() => history.length);
  await page.getByTestId("map-play").click();
  await expect(page.locator("#map-year-shown")).toHaveText("2023", { timeout: 1_800 });
  // Past the address's settling time, still the year Play started from.
  await page.waitForTimeout(400);
  expect(page.url()).toContain("map-year=2022");
  await expect(page.getByTestId("map-play")).toHaveAttribute("aria-pressed", "false", { timeout: 2_500 });
  await expect.poll(() => page.url()).not.toContain("map-year");
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(playing + 1);
  // Back restores the map as the address had it.
  await page.goBack();
  await expect(page.getByTestId("map-year")).toHaveValue("2022");
});

/** Clicks one of the map's export buttons and returns the download's name and text or bytes. */
async function mapDownload(page, format) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(`map-download-${format}`).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test("the map's table lists every division ranked, and it exports as SVG, PNG at twice the size and CSV", async ({ page }) => {
  await page.goto("/");
  const map = page.getByTestId("map");
  const toggle = map.getByTestId("map-table-toggle");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const table = map.getByTestId("map-table");
  await expect(table.locator("caption")).toHaveText("GDP by provincial-level division, 2024 (100 million yuan)");
  await expect(table.locator("tbody tr")).toHaveCount(34);
  await expect(table.locator("tbody tr").first()).toContainText("Guangdong");
  await expect(table.locator("tbody tr", { hasText: "Beijing" })).toContainText("12Beijing49,670.2Jing-Jin-Ji");
  await expect(table.locator("tbody tr", { hasText: "Hong Kong" })).toContainText("not in this source");
  // The table follows the map's year.
  await map.getByTestId("map-year").fill("2015");
  await expect(table.locator("caption")).toContainText("2015");

  const svg = await mapDownload(page, "svg");
  expect(svg.name).toBe("cluster-atlas-map-gdp-2015.svg");
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return { error: doc.querySelector("parsererror") !== null, texts: [...doc.querySelectorAll("text")].map((n) => n.textContent.trim()), width: doc.documentElement.getAttribute("width"), height: doc.documentElement.getAttribute("height") };
  }, svg.bytes.toString("utf8"));
  expect(parsed.error).toBe(false);
  expect(parsed.texts).toContain("GDP by provincial-level division, 2015");
  expect(parsed.texts).toContain("BJ");
  expect(parsed.texts.some((t) => t.startsWith("Source: National Bureau of Statistics"))).toBe(true);
  const png = await mapDownload(page, "png");
  expect(png.name).toBe("cluster-atlas-map-gdp-2015.png");
  expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(parsed.width));
  expect(png.bytes.readUInt32BE(20)).toBe(2 * Number(parsed.height));

  await map.getByTestId("map-measure").selectOption("growth");
  await expect.poll(() => page.url()).toContain("map=growth");
  const csv = await mapDownload(page, "csv");
  expect(csv.name).toBe("cluster-atlas-map-growth-2013-2015.csv");
  const [rows, citing] = csv.bytes.toString("utf8").split("\r\n\r\n");
  const lines = rows.split("\r\n");
  expect(lines[0]).toBe("entity,year,value,unit,note,source,source_url");
  expect(lines).toHaveLength(1 + 34);
  expect(lines.find((l) => l.startsWith("Beijing,"))).toMatch(/^Beijing,2015,\d+\.\d\d,%,"GDP growth since 2013 by provincial-level division, 2015","National Bureau of Statistics/);
  expect(lines).toContain("Taiwan,2015,,%,not in this source,,");
  expect(citing).toContain("view=map&map=growth&map-year=2015");
});

test("each cluster card has a locator, its members filled, drawn again in the dark theme", async ({ page }) => {
  await page.goto("/");
  const fills = (id) =>
    page.getByTestId(`cluster-card-${id}`).locator(".card-locator svg rect").evaluateAll((rects) => rects.map((r) => r.getAttribute("fill")));
  const filled = (all) => {
    const counts = {};
    for (const f of all) counts[f] = (counts[f] ?? 0) + 1;
    const others = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    return { tiles: all.length, members: all.length - others[0][1], colour: others[1]?.[0] };
  };
  await expect(page.getByTestId("cluster-card-gba").locator(".card-locator svg")).toBeVisible();
  const light = filled(await fills("gba"));
  expect(light).toMatchObject({ tiles: 34, members: 3 });
  expect(filled(await fills("jjj")).members).toBe(3);
  expect(filled(await fills("yrd")).members).toBe(4);
  await expect(page.getByTestId("cluster-card-gba").locator(".card-locator")).toHaveAttribute("aria-hidden", "true");
  await page.goto("/?theme=dark");
  await expect(page.getByTestId("cluster-card-gba").locator(".card-locator svg")).toBeVisible();
  const dark = filled(await fills("gba"));
  expect(dark.members).toBe(3);
  expect(dark.colour).not.toBe(light.colour);
});
