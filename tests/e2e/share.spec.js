// Permalinks: a link reproduces the view, where a link opens, bad
// parameters ignored, Back and Forward, a change just before a language
// switch, the link's language and theme over the browser's; Share.
import { test, expect } from "./fixture.js";
import { AFTER_MERGE_MS, AtlasPage, Charts, Timeline } from "./atlas-page.js";

/** The charts' toggle of cluster `id`. */
const toggle = (page, id) => page.locator("#charts").getByTestId(`cluster-toggle-${id}`);

/** The state the controls show. */
async function shownState(page) {
  const pressed = async (id) => (await toggle(page, id).getAttribute("aria-pressed")) === "true";
  return {
    tab: await page.locator("[role=tab][aria-selected=true]").getAttribute("data-tab"),
    clusters: { jjj: await pressed("jjj"), yrd: await pressed("yrd"), gba: await pressed("gba") },
    years: await page.getByTestId("year-range-value").first().textContent(),
  };
}

test("a permalink reproduces the view: chart, mode, clusters, years and milestone", async ({ page, browser }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?economy=share&clusters=jjj~gba&years=2016..2022&milestone=hzmb-opens");
  const charts = new Charts(page);
  await expect(page.getByTestId("economy-mode-share")).toBeChecked();
  await expect(page.getByTestId("chart-title")).toContainText("share of the national total");
  expect(await shownState(page)).toEqual({
    tab: "economy",
    clusters: { jjj: true, yrd: false, gba: true },
    years: "2016 – 2022",
  });
  await expect(charts.legend("Yangtze River Delta")).toHaveCount(0);
  const timeline = new Timeline(page);
  await expect(timeline.detail()).toBeVisible();
  await expect(timeline.detail()).toContainText("Hong Kong-Zhuhai-Macao Bridge");

  // The reader changes the view; the address follows, and opening it in a
  // fresh browser shows the same.
  await charts.open("rd");
  await page.getByTestId("rd-metric-intensity").check({ force: true });
  await toggle(page, "yrd").click();
  await charts.fromYear(2018);
  await expect(page).toHaveURL(/view=rd/);
  await expect(page).toHaveURL(/rd=intensity/);
  await expect(page).toHaveURL(/years=2018\.\.2022/);
  const link = page.url();
  const drawn = await charts.labels();

  const context = await browser.newContext();
  const again = await context.newPage();
  const fresh = new AtlasPage(again);
  await fresh.open(link);
  await expect(again.getByTestId("rd-metric-intensity")).toBeChecked();
  expect(await shownState(again)).toEqual({
    tab: "rd",
    clusters: { jjj: true, yrd: true, gba: true },
    years: "2018 – 2022",
  });
  await expect(new Timeline(again).detail()).toContainText("Hong Kong-Zhuhai-Macao Bridge");
  expect(await new Charts(again).labels()).toEqual(drawn);
  await context.close();
});

/** How far the top of `selector` is from the top of the window, in whole pixels (never -0). */
const topOf = (page, selector) => page.locator(selector).evaluate((e) => Math.round(e.getBoundingClientRect().top) || 0);

test("a link naming a view, a chart mode or a year range opens scrolled to the charts, and keeps its view", async ({ page }) => {
  const atlas = new AtlasPage(page);
  const charts = new Charts(page);
  for (const query of ["view=economy", "economy=share", "years=2016..2022", "view=rd", "view=figures&milestone=hzmb-opens"]) {
    await atlas.open(`/?${query}`);
    await expect(page.locator("#chart-tabpanel")).not.toBeEmpty();
    await expect.poll(() => topOf(page, "#charts"), query).toBe(0);
  }
  // The address keeps the view it was given, and the page opens there again.
  await atlas.open("/?view=economy");
  await page.waitForTimeout(400);
  await expect(page).toHaveURL(/\?view=economy$/);
  await page.reload();
  await expect(charts.svg()).toBeVisible();
  await expect.poll(() => topOf(page, "#charts")).toBe(0);
  // A chart the reader chose is named in the address too.
  await atlas.open("/");
  await charts.open("rd");
  await charts.open("economy");
  await expect(page).toHaveURL(/\?view=economy$/);
});

test("a plain link, or one with only a language or theme, opens at the top", async ({ page }) => {
  const atlas = new AtlasPage(page);
  for (const path of ["/", "/?lang=zh&theme=dark"]) {
    await atlas.open(path);
    await expect(new Charts(page).svg()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY), path).toBe(0);
  }
  await expect(page).toHaveURL(/\?lang=zh&theme=dark$/);
});

test("unknown parameters and bad values are ignored, the rest applies", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?view=nowhere&years=2030..1990&clusters=mars~gba&economy=pie&milestone=nope&theme=sepia&zzz=1");
  expect(await shownState(page)).toEqual({
    tab: "economy",
    clusters: { jjj: false, yrd: false, gba: true },
    years: "2013 – 2024",
  });
  await expect(page.getByTestId("economy-mode-lines")).toBeChecked();
  await expect(new Timeline(page).detail()).toBeHidden();
});

test("Back and Forward step through the reader's changes", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  const charts = new Charts(page);
  // Changes a second apart are steps of their own (quicker ones merge).
  await page.waitForTimeout(AFTER_MERGE_MS);
  await charts.open("patents");
  await page.waitForTimeout(AFTER_MERGE_MS);
  await toggle(page, "gba").click();
  await expect(page).toHaveURL(/clusters=jjj~yrd/);
  await page.waitForTimeout(AFTER_MERGE_MS);
  const timeline = new Timeline(page);
  await timeline.section.getByTestId("milestone").first().click();
  await expect(timeline.detail()).toBeVisible();
  await expect(page).toHaveURL(/milestone=/);

  await page.goBack();
  await expect(timeline.detail()).toBeHidden();
  expect(await shownState(page)).toMatchObject({ tab: "patents", clusters: { gba: false } });
  await page.goBack();
  expect(await shownState(page)).toMatchObject({ tab: "patents", clusters: { gba: true } });
  await page.goBack();
  expect(await shownState(page)).toMatchObject({ tab: "economy" });
  await expect(page).toHaveURL(/\/$/);
  await page.goForward();
  expect(await shownState(page)).toMatchObject({ tab: "patents", clusters: { gba: true } });
  await expect(charts.svg()).toBeVisible();
});

test("a change made just before switching the language is kept, in the new language", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  await page.waitForTimeout(AFTER_MERGE_MS);
  // The switch comes 20 ms after the change, before the address is written.
  await page.evaluate(
    () =>
      new Promise((done) => {
        document.querySelector("#charts [data-testid=cluster-toggle-gba]").click();
        setTimeout(() => {
          document.querySelector("[data-testid=lang-switch]").click();
          done();
        }, 20);
      }),
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(toggle(page, "gba")).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(/clusters=jjj~yrd/);
  await expect(page).toHaveURL(/lang=zh/);
  // Nothing the page in English had waiting writes over the address later.
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/clusters=jjj~yrd/);
  await expect(page).toHaveURL(/lang=zh/);
  // The change and the switch, within a second, are one step Back.
  await page.goBack();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(toggle(page, "gba")).toHaveAttribute("aria-pressed", "true");
});

test("Share copies the link of the current view", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const atlas = new AtlasPage(page);
  await atlas.open("/?view=science-cities");
  await toggle(page, "jjj").click();
  await expect(page).toHaveURL(/clusters=yrd~gba/);
  await page.getByTestId("share").click();
  await expect(page.getByTestId("share-status")).toHaveText("Link to this view copied.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain("view=science-cities");
});

test("the link's language and theme apply over the browser's, also in a frame", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light", locale: "en-GB" });
  const page = await context.newPage();
  const atlas = new AtlasPage(page);
  await atlas.open("/?theme=dark&lang=zh");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
  await expect(page.getByTestId("share")).toHaveText("分享");
  // The state the reader then sets keeps them.
  await new Charts(page).open("patents");
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page).toHaveURL(/theme=dark/);
  await page.goto("/?embed=1&view=timeline&theme=dark");
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(17, 20, 24)");
  await context.close();
});
