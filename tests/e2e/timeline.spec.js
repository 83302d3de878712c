// The timeline: lanes, details, keyboard, filters, search, list, links
// to milestones, the marker on the charts, and touch at 360 px.
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

test("each label sits on its leader line, in the default view, zoomed in, panned, on a phone, and at the right edge", async ({ page }) => {
  /** Checks that every label's bottom edge is at the top of its leader, which starts under the label: in every lane, not only the first. */
  const expectOnLeaders = async (timeline) => {
    const lanes = await timeline.labelsAndLeaders();
    // Labels in more than one lane: each lane's own offset counts.
    expect(lanes.filter((lane) => lane.length > 0).length).toBeGreaterThan(1);
    for (const lane of lanes)
      for (const l of lane) {
        expect(Math.abs(l.y - l.bottom), JSON.stringify(l)).toBeLessThan(0.5);
        expect(l.x, JSON.stringify(l)).toBeGreaterThanOrEqual(l.left - 0.5);
        expect(l.x, JSON.stringify(l)).toBeLessThanOrEqual(l.right + 0.5);
      }
  };
  for (const width of [1440, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await new AtlasPage(page).open();
    const timeline = new Timeline(page);
    await expect(timeline.section.getByTestId("milestone").first()).toBeVisible();
    await expectOnLeaders(timeline);
    // Zoomed in, groups open up and labels move; panned, they move as a
    // whole, to the left of where the zoom set their origin too.
    const windowStyle = () => timeline.section.locator(".tl-window").getAttribute("style");
    for (const key of ["+", "+", "ArrowRight", "ArrowLeft", "ArrowLeft", "ArrowLeft"]) {
      const before = await windowStyle();
      await timeline.section.getByTestId("timeline").press(key);
      await expect.poll(windowStyle).not.toBe(before);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await expectOnLeaders(timeline);
    }
    // Some labels are placed left of that origin.
    expect(await timeline.section.locator(".tl-item, .tl-group").evaluateAll((items) => items.some((e) => parseFloat(e.style.marginLeft) < 0))).toBe(true);
  }
  // A label at the right edge ends there, moved left by the estimate of its
  // width: narrow letters, drawn narrower than estimated, still reach the
  // leader at its date.
  await page.setViewportSize({ width: 1440, height: 900 });
  const csv = "date,group,title\n2014-01-01,One,Start\n2014-06-01,Two,Middle\n2020-12-31,One,Iliili Iliili Iliili\n2020-12-31,Two,IIIIIII IIIIIII\n";
  await page.route("**/narrow.csv", (route) => route.fulfill({ body: csv, contentType: "text/csv; charset=utf-8" }));
  await page.goto("/?data=narrow.csv");
  const timeline = new Timeline(page);
  await expect(timeline.milestone("IIIIIII")).toBeVisible();
  const narrow = (await timeline.labelsAndLeaders()).flat().filter((l) => l.text.startsWith("I"));
  expect(narrow.length).toBe(2);
  await expectOnLeaders(timeline);
});

test("selecting a milestone shows its details and sources; keys move in date order; Escape closes", async ({ page }) => {
  await new AtlasPage(page).open();
  const timeline = new Timeline(page);
  await timeline.milestone("Jing-Jin-Ji made national").click();
  const detail = timeline.detail();
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId("detail-date")).toHaveText("26 Feb 2014");
  await expect(detail.getByRole("heading", { level: 3 })).toHaveText("Beijing-Tianjin-Hebei coordination elevated to national strategy");
  await expect(detail.locator("a.source-url").first()).toHaveAttribute("href", "http://en.qstheory.cn/2022-03/01/c_720655.htm");
  await expect(detail.locator("a.source-link").first()).toHaveAttribute("href", "#source-qiushi-2022-03-01-jjj");
  await expect(page).toHaveURL(/[?&]milestone=jjj-national-strategy/);
  await page.keyboard.press("ArrowRight");
  await expect(detail.getByTestId("detail-date")).toHaveText("2014");
  await page.keyboard.press("ArrowRight");
  await expect(detail.getByTestId("detail-date")).toHaveText("Dec 2014");
  await page.keyboard.press("ArrowLeft");
  await expect(detail.getByTestId("detail-date")).toHaveText("2014");
  await detail.getByTestId("detail-next").click();
  await expect(detail.getByTestId("detail-date")).toHaveText("Dec 2014");
  await page.keyboard.press("Escape");
  await expect(detail).toBeHidden();
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

test("zoom buttons and the overview change the window; groups expand on zoom", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await new AtlasPage(page).open();
  const timeline = new Timeline(page);
  const before = await timeline.labels();
  await timeline.section.getByTestId("zoom-in").click();
  await timeline.section.getByTestId("zoom-in").click();
  await expect.poll(() => timeline.frameLeft()).toBeGreaterThan(10);
  await timeline.section.getByTestId("zoom-fit").click();
  await expect.poll(() => timeline.frameLeft()).toBeLessThan(1);
  const groups = timeline.section.getByTestId("milestone-group");
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  await groups.first().click();
  await expect.poll(() => timeline.section.getByTestId("milestone-group").count()).toBeLessThan(count + 1);
  expect((await timeline.labels()).length).toBeLessThanOrEqual(before.length + 30);
});

/** Each label of the timeline: whether it is clipped (cut short), its text fits, and how it ends. */
function labelFits(timeline) {
  return timeline.section.locator(".tl-item").evaluateAll((items) =>
    items.map((e) => {
      const style = getComputedStyle(e);
      return { text: e.textContent, cut: style.overflow === "hidden", fits: e.scrollWidth <= e.clientWidth, ellipsis: style.textOverflow };
    }),
  );
}

/** Checks that cut labels end in an ellipsis and the others fit their text, and that both are among `labels`. */
function expectCutOrFitting(labels) {
  expect(labels.filter((l) => l.cut).length).toBeGreaterThan(0);
  expect(labels.filter((l) => !l.cut).length).toBeGreaterThan(0);
  for (const l of labels) {
    if (l.cut) expect([l.text, l.ellipsis]).toEqual([l.text, "ellipsis"]);
    else expect([l.text, l.fits]).toEqual([l.text, true]);
  }
}

test("labels show their whole short title unless cut short, with an ellipsis; zooming moves ticks and redraws the marks", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const lang of ["en", "zh"]) {
    await new AtlasPage(page).open(`/?lang=${lang}`);
    const timeline = new Timeline(page);
    await expect(timeline.section.getByTestId("milestone").first()).toBeVisible();
    // A year tick keeps its element while zooming at one precision, and
    // moves.
    const tick = timeline.section.locator(".tl-tick").filter({ hasText: /^2018$/ });
    const before = await tick.evaluate((e) => ((e.kept = true), e.getBoundingClientRect().left));
    await timeline.section.getByTestId("zoom-in").click();
    await expect.poll(() => tick.evaluate((e) => e.getBoundingClientRect().left)).not.toBe(before);
    expect(await tick.evaluate((e) => e.kept)).toBe(true);
    expectCutOrFitting(await labelFits(timeline));
    // The marks as drawn for this window: a grid line per tick, and in
    // each lane a leader per label or group of it.
    const marks = await timeline.section.locator(".tl-marks").evaluate((svg) => {
      const count = (path) => (path.getAttribute("d") ?? "").split("M").length - 1;
      return {
        grid: count(svg.querySelector(".tl-grid")),
        leaders: [...svg.querySelectorAll("g")].map((g) => count(g.querySelector(".tl-leaders"))),
      };
    });
    expect(marks.grid).toBe(await timeline.section.locator(".tl-tick").count());
    const perLane = await timeline.section.locator(".tl-items").evaluateAll((lanes) => lanes.map((l) => l.children.length));
    // The last group is the selected milestone's: none is selected.
    expect(marks.leaders).toEqual([...perLane, 0]);
  }
  // A focused label that is cut short (shortened for the next one, not
  // capped) keeps its element, and the focus, while zooming in gives it
  // room.
  await new AtlasPage(page).open("/");
  const timeline = new Timeline(page);
  await timeline.section.getByTestId("zoom-in").click();
  await expect(timeline.section.getByTestId("milestone").first()).toBeVisible();
  const focused = await timeline.section.locator(".tl-item").evaluateAll((items) => {
    const frame = document.querySelector(".tl-frame").getBoundingClientRect();
    const centre = frame.left + frame.width / 2;
    const cut = items.filter((e) => getComputedStyle(e).overflow === "hidden" && parseFloat(e.style.maxWidth) < 170);
    const near = (e) => Math.abs(e.getBoundingClientRect().left - centre);
    const label = cut.sort((a, b) => near(a) - near(b))[0];
    label.kept = true;
    label.focus();
    return label.dataset.id;
  });
  // Zoomed in step by step until it has room (further, it would leave the
  // view).
  let state;
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("+");
    state = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const e = document.activeElement;
      return [e.dataset?.id, e.kept, getComputedStyle(e).overflow];
    });
    if (state[0] !== focused || state[2] === "visible") break;
  }
  expect(state).toEqual([focused, true, "visible"]);
});

test("labels with the widest letters of a font still fit, unless cut short", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const csv = `date,title
2010,MMMM WWWW mmmm
2012,Œuvre — Æsop’s
2014,ÀÉÎÕÜ ÇÑ ÆŒ
2016,${"W".repeat(40)}
2018,mwmwmwmwmw MW
`;
  await page.route("**/wide.csv", (route) => route.fulfill({ body: csv, contentType: "text/csv; charset=utf-8" }));
  await page.goto("/?data=wide.csv");
  const timeline = new Timeline(page);
  await expect(timeline.count()).toHaveText("5 milestones");
  const labels = await labelFits(timeline);
  expect(labels.length).toBe(5);
  expectCutOrFitting(labels);
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

test("on a phone, a milestone opened by link or by Next is brought out of its group", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto("/?milestone=hzmb-opens");
  const timeline = new Timeline(page);
  await expect(timeline.detail()).toBeVisible();
  // The whole span is too crowded at 360 px to label it: the window closes in.
  await expect(timeline.milestone("Hong Kong-Zhuhai-Macao Bridge").first()).toHaveClass(/is-selected/);
  await expect(timeline.milestone("Hong Kong-Zhuhai-Macao Bridge").first()).toBeInViewport();
  await timeline.detail().getByTestId("detail-next").click();
  await expect(timeline.section.locator(".tl-item.is-selected")).toHaveCount(1);
  await context.close();
});

test("at 360 px a swipe pans the timeline and a tap selects", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await new AtlasPage(page).open();
  const timeline = new Timeline(page);
  await timeline.section.getByTestId("zoom-in").click();
  await timeline.section.getByTestId("zoom-in").click();
  const frame = timeline.section.getByTestId("timeline");
  await frame.scrollIntoViewIfNeeded();
  const box = await frame.boundingBox();
  const left = await timeline.frameLeft();
  // A swipe to the left moves later in time.
  const y = box.y + box.height - 30;
  await page.evaluate(async ({ x0, x1, y }) => {
    const frame = document.querySelector("[data-testid=timeline]");
    const fire = (type, x) =>
      frame.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: "touch", clientX: x, clientY: y, bubbles: true, isPrimary: true }));
    fire("pointerdown", x0);
    for (let i = 1; i <= 10; i++) fire("pointermove", x0 + ((x1 - x0) * i) / 10);
    fire("pointerup", x1);
  }, { x0: box.x + box.width - 40, x1: box.x + 40, y });
  await expect.poll(() => timeline.frameLeft()).toBeGreaterThan(left + 1);
  const item = timeline.section.getByTestId("milestone").first();
  const b = await item.boundingBox();
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  await expect(timeline.detail()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await context.close();
});

test("Previous is disabled at the first milestone shown and Next at the last", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?milestone=jjj-national-strategy");
  const timeline = new Timeline(page);
  const [prev, next] = [timeline.detail().getByTestId("detail-prev"), timeline.detail().getByTestId("detail-next")];
  await expect(prev).toBeDisabled();
  await expect(next).toBeEnabled();
  await next.click();
  await expect(prev).toBeEnabled();
  // Next, up to the last milestone, where it is disabled.
  await atlas.open("/?milestone=nature-index-2025-science-cities");
  await expect(next).toBeEnabled();
  await next.click();
  await expect(timeline.detail().getByTestId("detail-date")).toHaveText("10 Dec 2025");
  await expect(next).toBeDisabled();
  await expect(prev).toBeEnabled();
  // A search that leaves only the open milestone: neither goes anywhere.
  await timeline.section.getByTestId("timeline-search").fill("Central Economic Work Conference sets");
  await expect(timeline.count()).toHaveText("1 milestone");
  await expect(prev).toBeDisabled();
  await expect(next).toBeDisabled();
});

/** Opens the atlas on a 360 px touch screen; returns the context, page and timeline. */
async function phone(browser, path = "/") {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const atlas = new AtlasPage(page);
  await atlas.open(path);
  return { context, page, atlas, timeline: new Timeline(page) };
}

/** Taps the middle of `locator`. */
async function tap(page, locator) {
  const b = await locator.boundingBox();
  await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}

/** Checks that `item` is on screen and not under the details. */
async function expectAboveDetails(page, item, detail) {
  const [i, d] = [await item.boundingBox(), await detail.boundingBox()];
  expect(i.y, "item below the top of the screen").toBeGreaterThanOrEqual(0);
  expect(i.y + i.height, "item above the details").toBeLessThanOrEqual(d.y + 1);
}

test("on a phone, a list item opens its details over the list, where the reader is, and closing returns to it", async ({ browser }) => {
  const { context, page, atlas, timeline } = await phone(browser);
  await timeline.section.getByTestId("view-list").click();
  const item = timeline.section.getByTestId("list-milestone").filter({ hasText: "Hengqin cooperation zone inaugurated" });
  // The item in the lower half of the screen.
  await item.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - innerHeight * 0.7));
  const before = await page.evaluate(() => scrollY);
  await tap(page, item);
  const detail = timeline.detail();
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId("detail-date")).toHaveText(/^17 Sep/);
  await expect(detail).toBeInViewport({ ratio: 1 });
  await expect(detail.getByTestId("detail-next")).toBeInViewport({ ratio: 1 });
  await expectAboveDetails(page, item, detail);
  // The page moved by less than a screen, not to the end of the list.
  expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(400);
  await tap(page, detail.getByTestId("detail-close"));
  await expect(detail).toBeHidden();
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport({ ratio: 1 });
  await context.close();
});

test("on a phone, a tapped label and Previous and Next stay in view", async ({ browser }) => {
  const { context, page, atlas, timeline } = await phone(browser);
  const frame = timeline.section.getByTestId("timeline");
  // The lanes at the top of the screen: a label in the first lane, and one
  // in the lowest lane with a label.
  const lanes = timeline.section.getByTestId("timeline-lane").filter({ has: page.getByTestId("milestone") });
  await expect(lanes.first()).toBeVisible();
  for (const lane of [lanes.first(), lanes.last()]) {
    await frame.evaluate((e) => e.scrollIntoView());
    const label = lane.getByTestId("milestone").first();
    await tap(page, label);
    const detail = timeline.detail();
    await expect(detail).toBeVisible();
    await expect(label).toHaveClass(/is-selected/);
    await expect(label).toBeInViewport({ ratio: 1 });
    await expectAboveDetails(page, label, detail);
    for (const button of ["detail-prev", "detail-next"]) await expect(detail.getByTestId(button)).toBeInViewport({ ratio: 1 });
    // Next selects the following milestone, also kept in view.
    await tap(page, detail.getByTestId("detail-next"));
    const selected = timeline.section.locator(".tl-item.is-selected");
    await expect(selected).toHaveCount(1);
    await expect(selected).toBeInViewport({ ratio: 1 });
    await expectAboveDetails(page, selected, detail);
    await tap(page, detail.getByTestId("detail-close"));
    await expect(detail).toBeHidden();
  }
  await context.close();
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

test("the timeline is one Tab stop; arrow keys move between its labels", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open();
  const timeline = new Timeline(page);
  const frame = timeline.section.getByTestId("timeline");
  await expect(timeline.section.getByTestId("milestone").first()).toBeVisible();
  await frame.focus();
  // Tab leaves the timeline at once, and Shift+Tab comes back to it.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement.closest("[data-testid=timeline]"))).toBe(false);
  await page.keyboard.press("Shift+Tab");
  await expect(frame).toBeFocused();
  // ↓ goes to the first label, → and ← from one to the next in its lane.
  const focused = () => page.evaluate(() => document.activeElement.getAttribute("aria-label") ?? document.activeElement.textContent);
  const x = () => page.evaluate(() => document.activeElement.getBoundingClientRect().left);
  await page.keyboard.press("ArrowDown");
  await expect(timeline.section.locator("[data-testid=milestone]:focus, [data-testid=milestone-group]:focus")).toHaveCount(1);
  const first = await focused();
  const left = await x();
  await page.keyboard.press("ArrowRight");
  expect(await focused()).not.toBe(first);
  expect(await x()).toBeGreaterThanOrEqual(left);
  await page.keyboard.press("ArrowLeft");
  expect(await focused()).toBe(first);
  // ↓ goes to the next lane, ↑ back, and from the first lane to the
  // timeline; a label opens with Enter.
  const lane = () => page.evaluate(() => document.activeElement.closest("[data-lane]")?.dataset.lane);
  await page.keyboard.press("ArrowDown");
  expect(await lane()).toBe("yrd");
  await page.keyboard.press("ArrowUp");
  expect(await lane()).toBe("jjj");
  await page.keyboard.press("ArrowUp");
  await expect(frame).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(timeline.section.locator("[data-testid=milestone]:focus")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(timeline.detail()).toBeVisible();
  // From the top of the page to the sources, the labels take no Tab stop.
  await page.goto("/");
  await expect(timeline.section.getByTestId("milestone").first()).toBeVisible();
  const stops = await page.evaluate(() => [...document.querySelectorAll("#timeline button, #timeline [tabindex]")].filter((e) => e.closest(".tl-frame") && e.tabIndex >= 0).length);
  expect(stops).toBe(1);
});
