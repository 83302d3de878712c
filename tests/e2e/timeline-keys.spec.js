// The timeline by keyboard and from the details: keys move in date order,
// Escape closes, Previous and Next stop at the ends, and the timeline is
// one Tab stop whose labels arrow keys move between.
import { test, expect } from "./fixture.js";
import { AtlasPage, Timeline } from "./atlas-page.js";

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
