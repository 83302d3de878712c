// Every reader gets the whole app: axe-core over every view in both
// languages and both themes, the keyboard alone, the browser's language,
// Chinese formats, phones, the dark theme in the charts, and paper.
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts, Timeline, axeViolations } from "./atlas-page.js";

const VIEWS = ["economy", "rd", "patents", "science-cities", "figures"];

for (const lang of ["en", "zh"]) {
  for (const theme of ["light", "dark"]) {
    test(`axe finds no violation in any view (${lang}, ${theme})`, async ({ page }) => {
      test.setTimeout(90_000);
      const atlas = new AtlasPage(page);
      await atlas.open(`/?lang=${lang}&theme=${theme}`);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      // The whole page: header, cards, the first chart, the timeline, the sources.
      expect(await axeViolations(page), "page").toEqual([]);
      const charts = new Charts(page);
      for (const view of VIEWS.slice(1)) {
        await charts.tab(view).click();
        await expect(page.locator("#chart-tabpanel")).not.toBeEmpty();
        if (view !== "figures") await expect(charts.svg()).toBeVisible();
        expect(await axeViolations(page), view).toEqual([]);
      }
      // A chart's table, and a read-out.
      await charts.open("economy");
      await page.getByTestId("table-toggle").click();
      await charts.frame().focus();
      await page.keyboard.press("ArrowRight");
      await expect(charts.readout()).toBeVisible();
      expect(await axeViolations(page), "table and read-out").toEqual([]);
      // The timeline with a milestone open, then the list.
      const timeline = new Timeline(page);
      await timeline.section.getByTestId("milestone").first().click();
      await expect(timeline.detail()).toBeVisible();
      expect(await axeViolations(page), "milestone").toEqual([]);
      await timeline.section.getByTestId("view-list").click();
      await expect(page.getByTestId("timeline-list")).toBeVisible();
      expect(await axeViolations(page), "list").toEqual([]);
      // The Embed dialog.
      await page.getByTestId("embed").click();
      await expect(page.getByTestId("embed-dialog")).toBeVisible();
      expect(await axeViolations(page), "embed dialog").toEqual([]);
      // Each view as embedded in a frame.
      for (const view of [...VIEWS, "timeline", "list"]) {
        await page.goto(`/?embed=1&view=${view}&lang=${lang}&theme=${theme}`);
        await expect(page.getByTestId("open-full")).toBeVisible();
        expect(await axeViolations(page), `embed ${view}`).toEqual([]);
      }
    });
  }
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's outline: a visible focus ring has a style and a width. */
function focusRing(page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

test("the keyboard alone reaches everything: skip link, chart read-out, timeline, language switch", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  // The first Tab shows the skip link; Enter moves to the content.
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText("Skip to content");
  await expect(skip).toBeInViewport();
  expect(await focusRing(page)).toBe("solid 3px");
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
  // On through the cards and controls to the chart tabs, then the chart.
  await tabTo(page, "[role=tab][aria-selected=true]");
  expect(await focusRing(page)).toBe("solid 3px");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("tab-rd")).toBeFocused();
  await expect(page.getByTestId("tab-rd")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await tabTo(page, "[data-testid=chart-frame]");
  expect(await focusRing(page)).toBe("solid 3px");
  await page.keyboard.press("End");
  const charts = new Charts(page);
  const live = page.getByTestId("readout-live");
  await expect(charts.readout()).toContainText("2024");
  await expect(live).toContainText("2024");
  const last = await live.textContent();
  await page.keyboard.press("ArrowLeft");
  await expect(live).toContainText("2023");
  await page.keyboard.press("ArrowUp");
  await expect(live).toContainText("2023");
  await expect(live).not.toHaveText(last);
  await page.keyboard.press("Escape");
  await expect(charts.readout()).toBeHidden();
  // The timeline: ↓ goes to a milestone, which opens with Enter, arrows
  // step, Escape closes.
  await tabTo(page, "#timeline [data-testid=timeline]");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#timeline [data-testid=milestone]:focus")).toHaveCount(1);
  expect(await focusRing(page)).toBe("solid 3px");
  await page.keyboard.press("Enter");
  const timeline = new Timeline(page);
  await expect(timeline.detail()).toBeVisible();
  await expect(page.locator("#tl-detail-title")).toBeFocused();
  const first = await timeline.detail().getByTestId("detail-date").textContent();
  await page.keyboard.press("ArrowRight");
  await expect(timeline.detail().getByTestId("detail-date")).not.toHaveText(first);
  await page.keyboard.press("Escape");
  await expect(timeline.detail()).toBeHidden();
  // Closing gives the focus back to the milestone.
  await expect(page.locator("#timeline [data-testid=milestone]:focus")).toHaveCount(1);
  // From the top of a page opened at a milestone (which scrolls to it):
  // the skip link, Share, Embed, then the language switch.
  await page.goto("/?milestone=jjj-national-strategy");
  await expect(timeline.detail()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("h1").evaluate((h) => h.closest("header").querySelector(".skip-link").focus());
  await tabTo(page, "[data-testid=lang-switch]", 4);
  expect(await focusRing(page)).toBe("solid 3px");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("h1")).toHaveText("创新集群图鉴");
  await expect(page).toHaveURL(/[?&]lang=zh/);
  // The rebuilt page keeps the focus on the switch, in view, which now
  // offers English.
  const toggle = page.getByTestId("lang-switch");
  await expect(toggle).toBeFocused();
  await expect(toggle).toBeInViewport();
  await expect(toggle).toContainText("English");
  await expect(toggle).toHaveAccessibleName(/^语言：\s?English$/);
  // Back undoes the switch.
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Cluster Atlas");
  await expect(page).not.toHaveURL(/lang=/);
});

test("?lang=zh shows the interface, names, dates and amounts in Chinese", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?lang=zh&milestone=jjj-national-strategy");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("h1")).toHaveText("创新集群图鉴");
  await expect(page.getByTestId("share")).toHaveText("分享");
  // The switch says what it is for, then shows the other language.
  await expect(page.getByTestId("lang-switch")).toHaveAccessibleName(/^语言：\s?English$/);
  await expect(page.getByTestId("lang-switch").locator("[lang=en]")).toHaveText("English");
  await expect(atlas.clusterCard("jjj")).toContainText("京津冀");
  await expect(atlas.clusterCard("jjj")).toContainText("万亿元");
  const timeline = new Timeline(page);
  await expect(timeline.detail().getByTestId("detail-date")).toHaveText("2014年2月26日");
  await timeline.section.getByTestId("view-list").click();
  await expect(page.getByTestId("timeline-list")).toContainText("2014年12月");
  const summary = page.getByTestId("chart-summary");
  await expect(summary).toContainText("京津冀从2013年的");
  await expect(summary).toContainText("升至2024年的11.5万亿元");
  // Text from the data in one language is marked as such.
  await expect(page.locator(".source-publisher").first()).toHaveText("国家统计局，国家数据（data.stats.gov.cn）");
  await expect(page.locator(".source-publisher").first()).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator(".source-publisher", { hasText: /^Reuters/ })).toHaveAttribute("lang", "en");
  await expect(page.locator(".source-read-at").first()).toHaveText(/^阅读自：https:\/\/github\.com\//);
  // Chinese text is drawn in the chart, in the system's fonts.
  const labels = await page.locator("[data-testid=chart-svg] svg text").allTextContents();
  expect(labels.join(" ")).toContain("万亿元");
});

test("the browser's preferred language is the default; a choice is kept in the link", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("h1")).toHaveText("创新集群图鉴");
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("h1")).toHaveText("Cluster Atlas");
  await expect(page).toHaveURL(/[?&]lang=en/);
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Cluster Atlas");
  await context.close();
});

test("each chart has a name, a text summary and a table", async ({ page }) => {
  await new AtlasPage(page).open("/");
  const charts = new Charts(page);
  const summary = page.getByTestId("chart-summary");
  await expect(summary).toHaveText(
    "Gross domestic product by cluster, 2013–2024. Jing-Jin-Ji rose from 5.65 trillion yuan in 2013 to 11.5 trillion yuan in 2024. " +
      "Yangtze River Delta rose from 14.3 trillion yuan in 2013 to 33.1 trillion yuan in 2024. " +
      "Greater Bay Area: Guangdong (whole province) rose from 6.38 trillion yuan in 2013 to 14.1 trillion yuan in 2024.",
  );
  // The chart's accessible description is its summary.
  const described = await charts.frame().evaluate((frame) =>
    frame
      .getAttribute("aria-describedby")
      .split(" ")
      .map((id) => document.getElementById(id).textContent)
      .join(" "),
  );
  expect(described).toContain("Jing-Jin-Ji rose from 5.65 trillion yuan in 2013");
  await expect(charts.frame()).toHaveAccessibleName(/Gross domestic product by cluster/);
  // The summary follows the legend.
  await charts.legend("Jing-Jin-Ji").click();
  await expect(summary).not.toContainText("Jing-Jin-Ji");
  await charts.open("science-cities");
  await expect(summary).toContainText(/Beijing (moved from|stayed at) No\. \d+/);
  for (const view of VIEWS.slice(0, 4)) {
    await charts.open(view);
    await expect(summary).not.toBeEmpty();
    await expect(page.getByTestId("table-toggle")).toBeVisible();
  }
});

test("on a 360 px phone: no sideways scrolling in any view or language, and touch targets of 44 px", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true });
  const page = await context.newPage();
  for (const lang of ["en", "zh"]) {
    await new AtlasPage(page).open(`/?lang=${lang}`);
    const charts = new Charts(page);
    for (const view of VIEWS) {
      await charts.tab(view).click();
      await expect(page.locator("#chart-tabpanel")).not.toBeEmpty();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} ${view}`).toBeLessThanOrEqual(360);
    }
    await page.getByTestId("milestone").first().click();
    await page.getByTestId("view-list").click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lang} list`).toBeLessThanOrEqual(360);
    await page.getByTestId("view-timeline").click();
    await charts.open("economy");
    // Every control a finger uses: buttons, fields, tabs, disclosures (a
    // check box counts with its label).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, select, input, textarea, summary, [role=tab]")]
        .map((e) => (e.matches("input") && e.closest("label")) || e)
        .filter((e) => !e.closest(".visually-hidden, dialog:not([open])"))
        .map((e) => [e, e.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
        .map(([e, r]) => `${e.outerHTML.slice(0, 80)} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    expect(small, lang).toEqual([]);
  }
  await context.close();
});

test("the dark theme applies to the charts, and the switch changes both ways", async ({ page }) => {
  await new AtlasPage(page).open("/?theme=light");
  const background = () => page.locator("[data-testid=chart-svg] svg rect").first().getAttribute("fill");
  expect((await background()).toLowerCase()).toBe("#ffffff");
  const toggle = page.getByTestId("theme-switch");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page).toHaveURL(/[?&]theme=dark/);
  await expect.poll(async () => (await background()).toLowerCase()).toBe("#181d23");
  await expect(page.locator("body")).toHaveCSS("background-color", "rgb(17, 20, 24)");
  await toggle.click();
  await expect(page).toHaveURL(/[?&]theme=light/);
  await expect.poll(async () => (await background()).toLowerCase()).toBe("#ffffff");
});

test("the system's dark scheme is the default theme", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await new AtlasPage(page).open("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByTestId("theme-switch")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-testid=chart-svg] svg rect").first()).toHaveAttribute("fill", "#181d23");
  await page.getByTestId("theme-switch").click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page).toHaveURL(/[?&]theme=light/);
  await context.close();
});

test("exports are light unless the dark theme is asked for", async ({ page }) => {
  await new AtlasPage(page).open("/?theme=dark");
  const exported = async () => {
    const download = page.waitForEvent("download");
    await page.getByTestId("download-svg").click();
    const file = await (await download).createReadStream();
    let svg = "";
    for await (const chunk of file) svg += chunk;
    return /<rect[^>]*fill="(#[0-9A-Fa-f]{6})"/.exec(svg)[1].toLowerCase();
  };
  expect(await exported()).toBe("#ffffff");
  await page.getByTestId("export-dark").check();
  expect(await exported()).toBe("#181d23");
});

test("printing gives the charts in light colours and the milestone list, without the controls", async ({ page }) => {
  await new AtlasPage(page).open("/?theme=dark");
  const timeline = new Timeline(page);
  await expect(page.getByTestId("timeline-list")).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("timeline-list")).toBeVisible();
  await expect(page.getByTestId("timeline-list").locator("li")).toHaveCount(30);
  await expect(page.locator("[data-testid=chart-svg] svg")).toBeVisible();
  await expect.poll(() => page.locator("[data-testid=chart-svg] svg rect").first().getAttribute("fill")).toMatch(/#ffffff/i);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  for (const hidden of ["share", "lang-switch", "table-toggle", "download-svg", "timeline-search"]) {
    await expect(page.getByTestId(hidden)).toBeHidden();
  }
  await expect(page.locator(".tabs")).toBeHidden();
  await expect(page.getByTestId("source-entry").first()).toBeVisible();
  // The chart is drawn at most a page wide, so its text stays legible.
  const width = await page.locator("[data-testid=chart-svg] svg").getAttribute("width");
  expect(Number(width)).toBeLessThanOrEqual(680);
  // After printing the page is as it was.
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.getByTestId("timeline-list")).toBeHidden();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(timeline.section.getByTestId("milestone").first()).toBeVisible();
});

test("reduced motion turns off transitions", async ({ browser }) => {
  // Every transition and animation on the page, pseudo-elements included.
  const moving = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll("*")]
        .flatMap((e) => [null, "::before", "::after"].map((p) => getComputedStyle(e, p)))
        .flatMap((s) => [s.transitionDuration, s.animationDuration])
        .flatMap((d) => d.split(",").map((t) => parseFloat(t)))
        .filter((t) => t > 0.01),
    );
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await new AtlasPage(page).open("/");
    if (reducedMotion === "reduce") expect(await moving(page)).toEqual([]);
    else expect((await moving(page)).length).toBeGreaterThan(0);
    await context.close();
  }
});

/** The pixels of a PNG screenshot, as [r, g, b] (decoded in the page). */
function pixels(page, png) {
  return page.evaluate(async (bytes) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const cx = canvas.getContext("2d");
    cx.drawImage(bitmap, 0, 0);
    const data = cx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    return Array.from({ length: data.length / 4 }, (_, i) => [data[4 * i], data[4 * i + 1], data[4 * i + 2]]);
  }, [...png]);
}

test("the year slider's focus ring is as visible as the others: apart from its handle and the bar", async ({ page }) => {
  const atlas = new AtlasPage(page);
  for (const theme of ["light", "dark"]) {
    await atlas.open(`/?theme=${theme}`);
    await page.locator("h1").evaluate((h) => h.closest("header").querySelector(".skip-link").focus());
    await tabTo(page, "[data-testid=year-from]");
    const focus = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--focus").trim());
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(focus.slice(i, i + 2), 16));
    // The row through the middle of the "from" handle (at the start of its
    // track, 26 px wide), from its centre rightwards: its border, then a
    // gap, then the ring, as around every other control (the bar behind
    // runs on to the right, in the same blue).
    const box = await page.getByTestId("year-from").boundingBox();
    const png = await page.screenshot({ clip: { x: box.x + 13, y: Math.round(box.y + box.height / 2), width: 20, height: 1 } });
    const row = (await pixels(page, png)).map(([pr, pg, pb]) => (Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) < 120 ? "F" : ".")).join("");
    expect(row, theme).toMatch(/^\.+F{2,4}\.{1,3}F{2,}/);
  }
});
