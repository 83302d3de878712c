// The timeline's labels: each on its leader line however the window moves,
// whole or cut short with an ellipsis, the widest letters of a font; zoom
// buttons, the overview and groups opening on zoom.
import { test, expect } from "./fixture.js";
import { AtlasPage, Timeline } from "./atlas-page.js";

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
