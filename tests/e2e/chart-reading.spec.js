// Reading a chart right: read-outs in the axis's unit, colours and titles
// that say what is drawn, units and decimals in tables and CSV, and tabs and
// legends whole on a phone.
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts } from "./atlas-page.js";

/** The fields of one CSV row (RFC 4180 quoting). */
function fields(row) {
  return [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, f]) =>
    f.startsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f,
  );
}

test("the read-out gives the axis's unit first, the exact figure beside it, and a stack's total", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const charts = new Charts(page);
  await expect(page.getByTestId("chart-title")).toContainText("(trillion yuan)");
  // Jing-Jin-Ji is drawn with circles; its last one is 2024.
  await charts.hover(charts.svg().locator("circle").last());
  await expect(charts.readout().locator(".readout-value")).toHaveText("11.5 trillion yuan");
  await expect(charts.readout().locator(".readout-exact")).toHaveText("exactly 115,049.6 (100 million yuan)");
  await expect(page.getByTestId("readout-live")).toHaveText(
    "2024, Jing-Jin-Ji: 11.5 trillion yuan, exactly 115,049.6 (100 million yuan)",
  );

  await page.getByTestId("economy-mode-stacked").check({ force: true });
  await charts.frame().focus();
  await page.keyboard.press("End");
  await expect(charts.readout().locator(".readout-total")).toHaveText(
    "Total of the stack: 58.8 trillion yuan, exactly 587,648.6 (100 million yuan)",
  );
  await expect(page.getByTestId("readout-live")).toContainText("Total of the stack: 58.8 trillion yuan");
});

test("in Chinese the read-out gives 万亿元 first, as the axis does, and 亿元 beside it", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?lang=zh");
  const charts = new Charts(page);
  await expect(page.getByTestId("chart-title")).toContainText("万亿元");
  await charts.hover(charts.svg().locator("circle").last());
  await expect(charts.readout().locator(".readout-value")).toHaveText("11.5万亿元");
  await expect(charts.readout().locator(".readout-exact")).toHaveText("即115,049.6亿元");
});

test("members of the Greater Bay Area draw Guangdong in the cluster's colour, named in the title", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const charts = new Charts(page);
  // In the lines mode the Greater Bay Area is drawn with triangles.
  const gbaColour = await charts.svg().locator("polygon").first().getAttribute("fill");
  const gbaSwatch = await charts.legend("Greater Bay Area").locator("svg").getAttribute("class");
  await page.getByTestId("economy-mode-members").check({ force: true });
  await page.getByTestId("members-of").selectOption("gba");
  await expect(page.getByTestId("chart-title")).toContainText(
    "Gross domestic product of Guangdong (whole province), standing in for Greater Bay Area",
  );
  await expect(page.getByTestId("legend-entry")).toHaveText(["Guangdong (whole province)"]);
  await expect(page.getByTestId("legend-entry").locator("svg")).toHaveAttribute("class", gbaSwatch);
  await expect(charts.svg().locator("polygon").first()).toHaveAttribute("fill", gbaColour);
});

test("patents are counted in patents in the title, table and CSV, and in 件 in Chinese", async ({ page }) => {
  const atlas = new AtlasPage(page);
  for (const [path, title, unit] of [
    ["/", "(million patents)", "patents"],
    ["/?lang=zh", "(万件)", "件"],
  ]) {
    await atlas.open(path);
    const charts = new Charts(page);
    await charts.open("patents");
    await expect(page.getByTestId("chart-title")).toContainText(title);
    await page.getByTestId("table-toggle").click();
    const caption = page.getByTestId("chart-table").locator("caption");
    await expect(caption).toHaveText(new RegExp(`\\(${unit}\\)$`));
    await expect(caption).not.toContainText("()");
    const csv = await charts.download("csv");
    // The data rows: after the header, before the blank line and how to cite.
    const rows = csv.bytes.toString("utf8").split("\r\n\r\n")[0].split("\r\n").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(fields(row)[3], row).toBe(unit);
  }
});

test("every column of a chart's table has one number of decimals", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const charts = new Charts(page);
  const decimalsByColumn = () =>
    page.getByTestId("chart-table").evaluate((table) => {
      const columns = {};
      for (const row of table.tBodies[0].rows) {
        [...row.cells].slice(1).forEach((cell, i) => {
          const text = cell.textContent;
          if (text === "–") return;
          (columns[i] ??= new Set()).add(text.includes(".") ? text.split(".")[1].length : 0);
        });
      }
      return Object.values(columns).map((set) => [...set]);
    });
  await page.getByTestId("table-toggle").click();
  for (const column of await decimalsByColumn()) expect(column).toHaveLength(1);
  await charts.open("rd");
  await page.getByTestId("rd-metric-intensity").check({ force: true });
  await page.getByTestId("table-toggle").click();
  await expect(page.getByTestId("chart-table")).toContainText("3.00");
  const columns = await decimalsByColumn();
  expect(columns).toHaveLength(9);
  for (const column of columns) expect(column).toEqual([2]);
});

for (const lang of ["en", "zh"]) {
  test(`at 360 px every chart tab and legend entry shows its whole label (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    const atlas = new AtlasPage(page);
    await atlas.open(`/?lang=${lang}`);
    const charts = new Charts(page);
    // Each element's whole box is within the screen and shows all its text.
    const cutOff = (locator) =>
      locator.evaluateAll((elements) =>
        elements
          .filter((e) => {
            const r = e.getBoundingClientRect();
            const clipped = e.scrollWidth > e.clientWidth + 1;
            return r.left < 0 || r.right > document.documentElement.clientWidth || clipped;
          })
          .map((e) => e.textContent),
      );
    const tabs = page.locator("#charts [role=tab]");
    await expect(tabs).toHaveCount(5);
    const views = [
      ["economy", null],
      ["economy", "members-gba"],
      ["rd", null],
      ["rd", "intensity"],
      ["patents", null],
      ["science-cities", null],
    ];
    for (const [slug, mode] of views) {
      await charts.open(slug);
      if (mode === "members-gba") {
        await page.getByTestId("economy-mode-members").check({ force: true });
        await page.getByTestId("members-of").selectOption("gba");
      }
      if (mode === "intensity") await page.getByTestId("rd-metric-intensity").check({ force: true });
      await expect(page.getByTestId("legend-entry").first()).toBeVisible();
      expect(await cutOff(tabs), `tabs of ${slug}`).toEqual([]);
      expect(await cutOff(page.getByTestId("legend-entry")), `legend of ${slug} ${mode ?? ""}`).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
}
