// The charts: drawn from the dataset, read by hover, tap and keyboard,
// filtered by legend, clusters and years, tabulated, exported.
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts } from "./atlas-page.js";

test.beforeEach(async ({ page }) => {
  await new AtlasPage(page).open();
});

test("each chart renders with its title, unit, legend, notes and sources", async ({ page }) => {
  const charts = new Charts(page);
  const expected = {
    economy: ["Gross domestic product by cluster", "(trillion yuan)", 3],
    rd: ["R&D expenditure by cluster", "(trillion yuan)", 3],
    patents: ["Domestic patents granted by cluster", "(million patents)", 6],
    "science-cities": ["Nature Index Science Cities rank", "(rank)", 18],
  };
  for (const [slug, [title, unit, entries]] of Object.entries(expected)) {
    await charts.open(slug);
    await expect(page.getByTestId("chart-title")).toContainText(title);
    await expect(page.getByTestId("chart-title")).toContainText(unit);
    await expect(page.getByTestId("legend-entry")).toHaveCount(entries);
    await expect(page.locator(".chart-notes li").first()).toBeVisible();
    await expect(page.locator(".chart-sources a").first()).toHaveAttribute("href", /^#source-/);
  }
  await charts.open("economy");
  await expect(page.locator(".chart-notes")).toContainText("All of Guangdong province");
});

test("economy modes switch between lines, stacked, share and members", async ({ page }) => {
  const charts = new Charts(page);
  await page.getByTestId("economy-mode-stacked").check({ force: true });
  await expect(page.getByTestId("chart-title")).toContainText("stacked");
  await page.getByTestId("economy-mode-share").check({ force: true });
  await expect(page.getByTestId("chart-title")).toContainText("share of the national total");
  expect(await charts.labels()).not.toContain("2014");
  await page.getByTestId("economy-mode-members").check({ force: true });
  await page.getByTestId("members-of").selectOption("gba");
  await expect(page.getByTestId("chart-title")).toContainText("Guangdong (whole province), standing in for Greater Bay Area");
  await expect(page.getByTestId("legend-entry")).toHaveText(["Guangdong (whole province)"]);
});

test("hovering the Jing-Jin-Ji 2024 point reads 11.5 trillion yuan, exactly 115,049.6, with its source", async ({ page }) => {
  const charts = new Charts(page);
  // Jing-Jin-Ji is drawn with circles; its last one is 2024.
  await charts.hover(charts.svg().locator("circle").last());
  const readout = charts.readout();
  await expect(readout).toContainText("2024");
  await expect(readout).toContainText("Jing-Jin-Ji");
  await expect(readout).toContainText("115,049.6 (100 million yuan)");
  // The source as cited: the original's title (the copy is in its entry).
  await expect(readout).toContainText("分省年度数据 (Annual data by province)");
  await expect(page.getByTestId("readout-live")).toHaveText(
    "2024, Jing-Jin-Ji: 11.5 trillion yuan, exactly 115,049.6 (100 million yuan)",
  );
});

test("arrow keys move the read-out from point to point and series to series", async ({ page }) => {
  const charts = new Charts(page);
  const live = page.getByTestId("readout-live");
  await charts.frame().focus();
  await page.keyboard.press("Home");
  await expect(live).toHaveText(/^2013, Yangtze River Delta/);
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText(/^2014, Yangtze River Delta/);
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText(/^2014, Greater Bay Area/);
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText(/^2014, Jing-Jin-Ji/);
  await page.keyboard.press("End");
  await expect(live).toHaveText(/^2024, Yangtze River Delta: 33.1 trillion yuan, exactly 331,110.1/);
  await page.keyboard.press("Escape");
  await expect(charts.readout()).toHaveCount(0);
});

test("a tap on a touch screen shows the read-out", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await new AtlasPage(page).open();
  const charts = new Charts(page);
  await charts.frame().scrollIntoViewIfNeeded();
  const box = await charts.svg().locator("circle").last().boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(charts.readout()).toContainText("115,049.6");
  await context.close();
});

test("a legend entry toggles its series off and on", async ({ page }) => {
  const charts = new Charts(page);
  // Yangtze River Delta is drawn with squares (one background rect besides).
  await expect(charts.svg().locator("rect")).toHaveCount(13);
  await charts.legend("Yangtze River Delta").click();
  await expect(charts.legend("Yangtze River Delta")).toHaveAttribute("aria-pressed", "false");
  await expect(charts.svg().locator("rect")).toHaveCount(1);
  await charts.legend("Yangtze River Delta").click();
  await expect(charts.svg().locator("rect")).toHaveCount(13);
});

test("hiding series changes the summary but never moves what follows the chart", async ({ page }) => {
  const charts = new Charts(page);
  const summary = page.getByTestId("chart-summary");
  const timelineTop = () => page.locator("#timeline").evaluate((e) => e.getBoundingClientRect().top + scrollY);
  const top = await timelineTop();
  const full = await summary.textContent();
  for (const name of ["Jing-Jin-Ji", "Yangtze River Delta", "Greater Bay Area"]) {
    await charts.legend(name).click();
    await expect(charts.legend(name)).toHaveAttribute("aria-pressed", "false");
    expect(await timelineTop()).toBe(top);
  }
  await expect(summary).toHaveText("");
  for (const name of ["Jing-Jin-Ji", "Yangtze River Delta"]) {
    await charts.legend(name).click();
    expect(await timelineTop()).toBe(top);
  }
  await expect(summary).not.toHaveText(full);
  await expect(summary).toContainText("Jing-Jin-Ji rose from");
});

test("cluster toggles apply to every chart", async ({ page }) => {
  const charts = new Charts(page);
  const toggle = page.locator("#charts").getByTestId("cluster-toggle-gba");
  await toggle.click();
  await expect(page.getByTestId("legend-entry")).toHaveCount(2);
  await charts.open("patents");
  await expect(page.getByTestId("legend-entry")).toHaveCount(4);
  await charts.open("economy");
  await toggle.click();
  await expect(page.getByTestId("legend-entry")).toHaveCount(3);
});

test("narrowing the year range changes every chart", async ({ page }) => {
  const charts = new Charts(page);
  await charts.fromYear(2018);
  await expect(page.getByTestId("year-range-value")).toHaveText("2018 – 2024");
  for (const slug of ["economy", "rd", "patents", "science-cities"]) {
    await charts.open(slug);
    const labels = await charts.labels();
    expect(labels, slug).toContain("2020");
    for (const year of ["2013", "2014", "2015", "2016", "2017"]) expect(labels, slug).not.toContain(year);
  }
  await charts.open("economy");
  await page.getByTestId("table-toggle").click();
  await expect(page.getByTestId("chart-table").locator("tbody tr")).toHaveCount(7);
});

test("the table shows the same numbers as the chart", async ({ page }) => {
  const charts = new Charts(page);
  await page.getByTestId("table-toggle").click();
  const table = page.getByTestId("chart-table");
  await expect(table).toBeVisible();
  await expect(table.locator("thead th")).toHaveText([
    "Year",
    "Jing-Jin-Ji",
    "Yangtze River Delta",
    "Greater Bay Area: Guangdong (whole province)",
  ]);
  const row2024 = table.locator("tbody tr").filter({ hasText: "2024" });
  await expect(row2024.locator("td")).toHaveText(["115,049.6", "331,110.1", "141,488.9"]);
  await charts.legend("Greater Bay Area").click();
  await expect(table.locator("thead th")).toHaveCount(3);
});

test("exports: SVG as drawn, PNG at twice the size, CSV of the data shown", async ({ page }) => {
  const charts = new Charts(page);
  const svg = await charts.download("svg");
  expect(svg.name).toBe("cluster-atlas-gdp-2013-2024.svg");
  const text = svg.bytes.toString("utf8");
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return { error: doc.querySelector("parsererror") !== null, texts: [...doc.querySelectorAll("text")].map((n) => n.textContent.trim()), width: doc.documentElement.getAttribute("width"), height: doc.documentElement.getAttribute("height") };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.texts).toContain("Gross domestic product by cluster");
  expect(parsed.texts).toContain("Jing-Jin-Ji");
  expect(parsed.texts.some((t) => t.startsWith("Source:"))).toBe(true);

  const png = await charts.download("png");
  expect(png.name).toBe("cluster-atlas-gdp-2013-2024.png");
  expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(png.bytes.readUInt32BE(16)).toBe(2 * Number(parsed.width));
  expect(png.bytes.readUInt32BE(20)).toBe(2 * Number(parsed.height));

  await charts.legend("Greater Bay Area").click();
  const csv = await charts.download("csv");
  expect(csv.name).toBe("cluster-atlas-gdp-2013-2024.csv");
  // The rows, then after a blank line how to cite them.
  const rows = csv.bytes.toString("utf8").split("\r\n\r\n")[0].split("\r\n");
  expect(rows[0]).toBe("entity,year,value,unit,note,source,source_url");
  expect(rows).toHaveLength(1 + 24);
  expect(rows).toContain(
    'Jing-Jin-Ji,2024,115049.6,100 million yuan,,"National Bureau of Statistics of China (NBS), National Data database (data.stats.gov.cn): ' +
      '分省年度数据 (Annual data by province), indicator 地区生产总值(亿元) (gross regional product, 100 million yuan), ""最近20年"" export 2006-2024, ' +
      '1992-2023 revised after the 5th National Economic Census",' +
      "https://github.com/RenJiyi163/panel_data_analysis_for_thesis/blob/e6d65372ec36319dd3d838f5c5e12841f7c77f26/%E5%88%86%E7%9C%81%E5%B9%B4%E5%BA%A6%E6%95%B0%E6%8D%AE.csv",
  );
  expect(rows.some((r) => r.startsWith("Greater Bay Area"))).toBe(false);
});

test("headline figures list each cluster's stated figures with their sources", async ({ page }) => {
  const charts = new Charts(page);
  await charts.tab("figures").click();
  const figures = page.getByTestId("headline-figures");
  await expect(figures.getByRole("heading", { name: "Jing-Jin-Ji" })).toBeVisible();
  const cgtn = figures.getByTestId("headline").filter({ hasText: "Innovation platforms" });
  await expect(cgtn.locator(".caveat-mark")).toHaveText("**");
  await expect(figures.getByTestId("figure-caveats")).toContainText("** As reported by CGTN, 2025-12-22.");
  await expect(cgtn.getByRole("link")).toHaveAttribute("href", "#source-cgtn-2025-12-22");
});

test("the headline figures say each caveat once, and each stated figure with its digits and passage", async ({ page }) => {
  const charts = new Charts(page);
  await charts.tab("figures").click();
  const figures = page.getByTestId("headline-figures");
  await expect(figures.getByText(/As the source stated it at the time/)).toHaveCount(1);
  await expect(figures.getByText(/As reported by CGTN/)).toHaveCount(1);
  const gdp2020 = figures
    .getByTestId("headline")
    .filter({ hasText: "Combined GDP (stated)" })
    .filter({ has: page.locator(".headline-year", { hasText: "2020" }) });
  await expect(gdp2020.locator(".headline-value")).toHaveText("8.96 trillion yuan*");
  await expect(gdp2020.locator(".headline-quote q")).toHaveText(
    "surged from 8.96 trillion yuan (1.29 trillion U.S. dollars) in 2020 to nearly 12 trillion yuan in 2025",
  );
  const china = figures.getByTestId("headline").filter({ hasText: "High-tech enterprises in China" });
  await expect(china.locator(".headline-value")).toHaveText("130,632*");
  await expect(china.locator("q")).toContainText("the number of high-tech enterprises across the country was 130,632");
});

test("tabs are operable with arrow keys", async ({ page }) => {
  const charts = new Charts(page);
  await charts.tab("economy").focus();
  await page.keyboard.press("ArrowRight");
  await expect(charts.tab("rd")).toBeFocused();
  await expect(charts.tab("rd")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("chart-title")).toContainText("R&D");
});

test("the page is laid out once for the chart and the timeline to be sized, and each is drawn at its width once", async ({ page }) => {
  // Counts, until both are drawn, the width reads that found the page
  // changed since the last one (a change that moves nothing counts too):
  // each makes the browser lay the page out again. And counts the widths
  // the timeline's lanes are drawn at.
  await page.addInitScript(() => {
    window.laneWidths = [];
    new MutationObserver((records) => {
      for (const r of records) if (r.target.id === "tl-marks" && r.attributeName === "width") window.laneWidths.push(Number(r.target.getAttribute("width")));
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["width"] });
    let changed = false;
    const changes = new MutationObserver(() => (changed = true));
    changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const read = Element.prototype.getBoundingClientRect;
    window.layoutsForced = 0;
    Element.prototype.getBoundingClientRect = function () {
      const drawn = ["charts-drawn", "timeline-drawn"].every((m) => performance.getEntriesByName(m).length);
      if (changes.takeRecords().length) changed = true;
      if (!drawn && changed) window.layoutsForced++;
      changed = false;
      return read.call(this);
    };
  });
  await page.goto("/");
  await page.waitForFunction(() => ["charts-drawn", "timeline-drawn"].every((m) => performance.getEntriesByName(m).length));
  await expect(new Charts(page).svg()).toBeVisible();
  expect(await page.evaluate(() => window.layoutsForced)).toBe(1);
  // The lanes fill the frame inside its border, from their first drawing
  // (a frame later, its size observed, they are not drawn again).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const inside = await page.getByTestId("timeline").evaluate((frame) => frame.clientWidth);
  expect(await page.evaluate(() => window.laneWidths)).toEqual([inside]);
});

test("charts are sized to their container and redrawn on resize", async ({ page }) => {
  const charts = new Charts(page);
  await page.setViewportSize({ width: 1200, height: 900 });
  await expect(charts.svg()).toHaveAttribute("width", /^\d+$/);
  const wide = Number(await charts.svg().getAttribute("width"));
  const frame = await charts.frame().boundingBox();
  expect(Math.abs(wide - frame.width)).toBeLessThanOrEqual(1);
  await page.setViewportSize({ width: 600, height: 900 });
  await expect.poll(async () => Number(await charts.svg().getAttribute("width"))).toBeLessThan(wide);
  const narrow = Number(await charts.svg().getAttribute("width"));
  expect(Math.abs(narrow - (await charts.frame().boundingBox()).width)).toBeLessThanOrEqual(1);
});
