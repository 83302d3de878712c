// The timeline: milestones in their lanes, cluster toggles and search,
// lanes a search empties, the list view, links to milestones, and the
// marker on the charts.
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts, Timeline } from "./atlas-page.js";

test("the default milestones render in their lanes", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const timeline = new Timeline(page);
  await expect(timeline.count()).toHaveText("30 milestones");
  await expect(timeline.lane("jjj").getByTestId("milestone").filter({ hasText: "Xiong'an founded" })).toHaveCount(1);
  await expect(timeline.lane("gba").getByTestId("milestone").filter({ hasText: "Shenzhen-Zhongshan" })).toHaveCount(1);
  await expect(timeline.lane("yrd").getByTestId("milestone").filter({ hasText: "Yangtze River Delta outline plan" })).toHaveCount(1);
  await expect(timeline.lane("national").getByTestId("milestone")).not.toHaveCount(0);
  // A month-precise milestone covers its month; its name keeps its precision.
  await expect(timeline.milestone("Greater Bay Area framework")).toHaveAttribute("aria-label", /^Greater Bay Area framework[^.]*\. Jul 2017, Greater Bay Area: /);
  await expect(timeline.milestone("Jing-Jin-Ji made national")).toHaveAttribute("aria-label", /^Jing-Jin-Ji made national[^.]*\. 26 Feb 2014, Jing-Jin-Ji: /);
});

test("cluster toggles and search narrow the timeline", async ({ page }) => {
  await new AtlasPage(page).open();
  const timeline = new Timeline(page);
  await timeline.section.getByTestId("cluster-toggle-gba").click();
  await expect(timeline.count()).toHaveText("19 milestones");
  await expect(timeline.lane("gba")).toHaveCount(0);
  await timeline.section.getByTestId("cluster-toggle-gba").click();
  const search = timeline.section.getByTestId("timeline-search");
  await search.fill("Zhuhai-Macao");
  await expect(timeline.count()).toHaveText("1 milestone");
  await expect(timeline.section.getByTestId("milestone")).toHaveText(["Hong Kong-Zhuhai-Macao Bridge opens"]);
  await search.fill("雄安");
  await expect(timeline.milestone("Xiong'an founded")).toHaveCount(1);
  await search.fill("no such milestone");
  await expect(timeline.count()).toHaveText("No milestone matches these filters.");
});

test("the list view shows the milestones by year and opens them", async ({ page }) => {
  await new AtlasPage(page).open();
  const timeline = new Timeline(page);
  await timeline.section.getByTestId("view-list").click();
  const list = timeline.section.getByTestId("timeline-list");
  await expect(list).toBeVisible();
  await expect(list.locator("h4").first()).toHaveText("2014");
  await expect(list.getByTestId("list-milestone")).toHaveCount(30);
  await list.getByTestId("list-milestone").filter({ hasText: "Xiong'an New Area established" }).click();
  await expect(timeline.detail().getByTestId("detail-date")).toHaveText("1 Apr 2017");
  // Opened as a list, the timeline marks when it is on screen; its hidden
  // lanes are drawn once they are shown, to their width.
  await page.goto("/?view=list");
  await expect(list).toBeVisible();
  await page.waitForFunction(() => performance.getEntriesByName("timeline-drawn").length);
  expect(await page.locator("#tl-marks").count()).toBe(0);
  await timeline.section.getByTestId("view-timeline").click();
  await expect(timeline.milestone("Xiong'an founded")).toBeVisible();
  const inside = await page.getByTestId("timeline").evaluate((frame) => frame.clientWidth);
  await expect.poll(async () => Number(await page.locator("#tl-marks").getAttribute("width"))).toBe(inside);
});

test("the selected milestone is marked on the charts, and a chart's year lights it", async ({ page }) => {
  await new AtlasPage(page).open();
  const timeline = new Timeline(page);
  const charts = new Charts(page);
  await timeline.milestone("Xiong'an founded").click();
  await expect(charts.svg().locator("text").filter({ hasText: "Xiong'an founded" })).toHaveCount(1);
  await charts.open("patents");
  await expect(charts.svg().locator("text").filter({ hasText: "Xiong'an founded" })).toHaveCount(1);
  await charts.open("economy");
  // Hovering Jing-Jin-Ji's 2024 value lights the 2024 milestone.
  await charts.hover(charts.svg().locator("circle").last());
  await expect(timeline.milestone("Shenzhen-Zhongshan")).toHaveClass(/is-lit/);
});

test("a link with a milestone id opens it", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await page.goto("/?milestone=xiongan-plan-outline-approved");
  await expect(atlas.clusterCard("jjj")).toBeAttached();
  const timeline = new Timeline(page);
  await expect(timeline.detail()).toBeVisible();
  await expect(timeline.detail().getByTestId("detail-date")).toHaveText("20 Apr 2018");
  await expect(timeline.section).toBeInViewport();
  await expect(timeline.milestone("Xiong'an plan approved")).toHaveClass(/is-selected/);
  // The lanes come to the top of the screen, and stay there as the chart
  // above them is drawn taller.
  await page.waitForFunction(() => performance.getEntriesByName("charts-drawn").length);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(Math.abs(await page.getByTestId("timeline").evaluate((frame) => frame.getBoundingClientRect().top))).toBeLessThan(2);
});

test("the list hides the zoom buttons, which do nothing there", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const timeline = new Timeline(page);
  await expect(timeline.section.getByTestId("zoom-in")).toBeVisible();
  await timeline.section.getByTestId("view-list").click();
  await expect(timeline.section.getByTestId("timeline-list")).toBeVisible();
  for (const zoom of ["zoom-in", "zoom-out", "zoom-fit"]) await expect(timeline.section.getByTestId(zoom)).toBeHidden();
  await timeline.section.getByTestId("view-timeline").click();
  await expect(timeline.section.getByTestId("zoom-in")).toBeVisible();
});

test("lanes emptied by a search shrink, and grow back", async ({ page }) => {
  for (const width of [1440, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const atlas = new AtlasPage(page);
    await atlas.open();
    const timeline = new Timeline(page);
    const height = (lane) => timeline.lane(lane).evaluate((e) => e.getBoundingClientRect().height);
    const full = await height("jjj");
    expect(full).toBeGreaterThan(80);
    await timeline.section.getByTestId("timeline-search").fill("Zhuhai-Macao");
    await expect(timeline.count()).toHaveText("1 milestone");
    for (const lane of ["jjj", "yrd", "national"]) await expect.poll(() => height(lane)).toBeLessThan(30);
    expect(await height("gba")).toBe(full);
    // The leader of the one label still reaches its marker.
    const [label] = (await timeline.labelsAndLeaders()).flat();
    expect(Math.abs(label.y - label.bottom)).toBeLessThan(0.5);
    // The frame is as tall as its lanes.
    const frame = await timeline.section.getByTestId("timeline").evaluate((e) => e.getBoundingClientRect().height);
    expect(frame).toBeLessThan(full + 3 * 30 + 40);
    await timeline.section.getByTestId("timeline-search").fill("");
    await expect.poll(() => height("jjj")).toBe(full);
  }
});
