// The timeline on a 360 px phone: a milestone brought out of its group, a
// swipe pans and a tap selects, details over the list where the reader is,
// and a tapped label with Previous and Next kept in view.
import { test, expect } from "./fixture.js";
import { AtlasPage, Timeline } from "./atlas-page.js";

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
