// The story: started from its entry, stepped through with buttons, keys
// and swipes on a phone, the views following each step (with its marks),
// chart keys still the chart's, Explore and back, the address and Back
// and Forward, a link to a step, a framed and a script-embedded story,
// reduced motion, print, axe on every step, and a TimelineJS3 file's
// story.
import { test, expect } from "./fixture.js";
import { createServer } from "node:http";
import { AtlasPage, axeViolations } from "./atlas-page.js";
import { openBy, FORMATS } from "./import-ways.js";

const STORY = "three-clusters";
const STEPS = 10;

/** The step panel's parts. */
const panel = (page) => ({
  self: page.getByTestId("story-panel"),
  count: page.getByTestId("story-count"),
  title: page.getByTestId("story-step").locator("h2"),
  next: page.getByTestId("story-next"),
  previous: page.getByTestId("story-previous"),
});

/** Opens the atlas at `path`, a link to a step, once its panel shows. */
async function openStep(page, path) {
  await page.goto(path);
  await expect(page.getByTestId("story-count")).toBeVisible();
}

/** The section the stage shows, by its id. */
const shown = (page) =>
  page.evaluate(() => ["map", "charts", "timeline"].filter((id) => document.getElementById(id)?.checkVisibility()));

test("a phone reader starts the story and steps through it with the buttons, keys and swipes", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await new AtlasPage(page).open("/");
  const p = panel(page);
  // The entry is on the first screen.
  const entry = page.getByTestId("story-entry");
  await expect(entry).toBeInViewport();
  await page.getByTestId("story-start").click();
  await expect(p.count).toHaveText(`1 of ${STEPS}`);
  await expect(entry).toBeHidden();
  await expect(p.previous).toBeDisabled();
  await expect(p.next).toBeFocused();
  // The panel sits above the view on a phone.
  const [panelBox, mapBox] = [await p.self.boundingBox(), await page.locator("#map").boundingBox()];
  expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(mapBox.y);
  expect(await shown(page)).toEqual(["map"]);
  // Buttons.
  await p.next.click();
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
  expect(await shown(page)).toEqual(["timeline"]);
  await p.previous.click();
  await expect(p.count).toHaveText(`1 of ${STEPS}`);
  // Keys, with the focus on the panel and on the page.
  await p.next.focus();
  await page.keyboard.press("ArrowRight");
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press("ArrowRight");
  await expect(p.count).toHaveText(`3 of ${STEPS}`);
  await page.keyboard.press("ArrowLeft");
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
  // Swipes on the panel: to the left the next step, to the right back.
  const swipe = (target, dx) =>
    target.evaluate((el, dx) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + 40];
      const fire = (type, cx) =>
        el.dispatchEvent(new PointerEvent(type, { pointerId: 3, pointerType: "touch", clientX: cx, clientY: y, bubbles: true, isPrimary: true }));
      fire("pointerdown", x);
      fire("pointermove", x + dx / 2);
      fire("pointerup", x + dx);
    }, dx);
  await swipe(p.self, -120);
  await expect(p.count).toHaveText(`3 of ${STEPS}`);
  await swipe(p.self, 120);
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
  // A short swipe, or one on the view, moves no step.
  await swipe(p.self, -20);
  await swipe(page.getByTestId("timeline"), -120);
  await page.waitForTimeout(100);
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
  // To the last step and its end.
  for (let n = 3; n <= STEPS; n++) {
    await p.next.click();
    await expect(p.count).toHaveText(`${n} of ${STEPS}`);
  }
  await expect(p.next).toBeDisabled();
  await context.close();
});

test("each step moves the views to its own and marks what it highlights", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStep(page, `/?story=${STORY}&step=1`);
  const p = panel(page);
  // Step 1: the map, the clusters' ten divisions outlined, the panel
  // beside it on a wide screen.
  expect(await shown(page)).toEqual(["map"]);
  await expect(page.getByTestId("map-marks").locator(".map-mark")).toHaveCount(10);
  const [panelBox, mapBox] = [await p.self.boundingBox(), await page.locator("#map").boundingBox()];
  expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(mapBox.x);
  expect(Math.abs(panelBox.y - mapBox.y)).toBeLessThan(40);
  // Step 2: the timeline, the strategy selected, its window the step's.
  await p.next.click();
  expect(await shown(page)).toEqual(["timeline"]);
  await expect(page.getByTestId("milestone-detail")).toContainText("national strategy");
  await expect(page.getByTestId("story-step").locator(".story-milestone")).toHaveCount(2);
  // Step 3: the economy chart of Jing-Jin-Ji, its read-out on 2024; the
  // sum of its members written from the data beside the stated figure,
  // each linked to its source.
  await p.next.click();
  expect(await shown(page)).toEqual(["charts"]);
  await expect(page.getByTestId("legend-entry")).toHaveText(["Jing-Jin-Ji"]);
  await expect(page.getByTestId("readout").locator(".readout-value")).toHaveText("11.5 trillion yuan");
  const numbers = page.getByTestId("story-step").locator("a.story-number");
  await expect(numbers.first()).toHaveText("11.5 trillion yuan");
  await expect(numbers.first()).toHaveAttribute("title", /115,049\.6 \(100 million yuan\)/);
  await expect(numbers.first()).toHaveAttribute("href", /^https:\/\//);
  // The figure it highlights, as its source stated it.
  await expect(page.getByTestId("story-step").locator(".story-figure")).toHaveText(
    "11.5 trillion yuan Combined GDP (as reported by CGTN, 2025-12-22) (2024)",
  );
  // Step 5: the share of national GDP, its number the data's.
  await p.next.click();
  await p.next.click();
  await expect(page.getByTestId("story-step")).toContainText("24.4%");
  // The map's marks are the step's: none once the story is left.
  await page.getByTestId("story-explore").click();
  await expect(page.getByTestId("map-drawing").locator("svg")).toBeVisible();
  await expect(page.getByTestId("map-marks").locator(".map-mark")).toHaveCount(0);
});

test("keys inside a chart keep moving its read-out, not the story", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openStep(page, `/?story=${STORY}&step=3`);
  const p = panel(page);
  const value = page.getByTestId("readout").locator(".readout-value");
  await expect(value).toHaveText("11.5 trillion yuan");
  const live = page.getByTestId("readout-live");
  const before = await live.textContent();
  await page.getByTestId("chart-frame").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(live).not.toHaveText(before);
  await expect(live).toContainText("2023");
  await expect(p.count).toHaveText(`3 of ${STEPS}`);
  // On the map and the timeline too.
  await p.previous.click();
  await page.getByTestId("timeline").focus();
  await page.keyboard.press("ArrowRight");
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
});

test("Explore leaves the story at the step's view, and the reader comes back to the step", async ({ page }) => {
  await openStep(page, `/?story=${STORY}&step=3`);
  const p = panel(page);
  await page.getByTestId("story-explore").click();
  await expect(p.self).toBeHidden();
  // The whole page is back, at the step's view, which the address names.
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
  expect(await shown(page)).toEqual(["map", "charts", "timeline"]);
  await expect(page.getByTestId("legend-entry")).toHaveText(["Jing-Jin-Ji"]);
  await expect.poll(() => new URL(page.url()).search).toBe("?view=economy&clusters=jjj");
  const start = page.getByTestId("story-start");
  await expect(start).toHaveText("Back to the story, step 3 →");
  await start.click();
  await expect(p.count).toHaveText(`3 of ${STEPS}`);
  // Escape explores too.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press("Escape");
  await expect(p.self).toBeHidden();
  // Outside a story, the page's keys are the browser's again.
  const taken = () =>
    page.evaluate(() => {
      const key = new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true });
      document.body.dispatchEvent(key);
      return key.defaultPrevented;
    });
  expect(await taken()).toBe(false);
  await start.click();
  expect(await taken()).toBe(true);
});

test("every step is an entry of the address's history; Back and Forward move between steps", async ({ page }) => {
  await new AtlasPage(page).open("/");
  const p = panel(page);
  await page.getByTestId("story-start").click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?story=${STORY}&step=1`);
  const length = await page.evaluate(() => history.length);
  // Quick steps, well within the time that merges other changes.
  await p.next.click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?story=${STORY}&step=2`);
  await p.next.click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?story=${STORY}&step=3`);
  expect(await page.evaluate(() => history.length)).toBe(length + 2);
  // Two steps quicker than the address settles are two entries still.
  await p.next.click();
  await p.next.click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?story=${STORY}&step=5`);
  expect(await page.evaluate(() => history.length)).toBe(length + 4);
  await page.goBack();
  await expect(p.count).toHaveText(`4 of ${STEPS}`);
  await page.goBack();
  await expect(p.count).toHaveText(`3 of ${STEPS}`);
  await page.goBack();
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
  expect(await shown(page)).toEqual(["timeline"]);
  await page.goBack();
  await expect(p.count).toHaveText(`1 of ${STEPS}`);
  await page.goBack();
  await expect(p.self).toBeHidden();
  await expect(page.getByTestId("story-entry")).toBeVisible();
  await page.goForward();
  await expect(p.count).toHaveText(`1 of ${STEPS}`);
  await page.goForward();
  await expect(p.count).toHaveText(`2 of ${STEPS}`);
});

test("a link opens the step it names, in the reader's language", async ({ page }) => {
  await openStep(page, `/?story=${STORY}&step=7&lang=zh`);
  const p = panel(page);
  await expect(p.count).toHaveText(`第7步，共${STEPS}步`);
  await expect(p.title).toHaveText("粤港澳大湾区");
  await expect(page.getByTestId("story-step")).toContainText("1/9");
  // A step past the end opens the last.
  await page.goto(`/?story=${STORY}&step=99`);
  await expect(p.count).toHaveText(`${STEPS} of ${STEPS}`);
});

/** Serves `html` at / from 127.0.0.1 on a free port: another site's page. */
async function hostPage(clean, html) {
  const server = createServer((req, res) => {
    res.writeHead(req.url === "/" ? 200 : 204, { "Content-Type": "text/html; charset=utf-8" });
    res.end(req.url === "/" ? html : undefined);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  clean.allowOrigin(`http://127.0.0.1:${server.address().port}`);
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

test("a framed story sizes itself, steps in place and links to the full atlas", async ({ page, baseURL, clean }) => {
  const host = await hostPage(clean, `<!doctype html><html><head><title>Host</title></head><body>
    <script>window.heights = []; addEventListener("message", (e) => {
      if (e.data && e.data.type === "cluster-atlas:height") window.heights.push(e.data.height);
    });</script>
    <iframe src="${baseURL}/?embed=1&story=${STORY}" title="Story" style="width: 100%; border: 0" id="f"></iframe>
    <script>addEventListener("message", (e) => {
      if (e.data && e.data.type === "cluster-atlas:height") document.getElementById("f").style.height = e.data.height + "px";
    });</script></body></html>`);
  try {
    await page.goto(host.url);
    const framed = page.frameLocator("iframe");
    await expect(framed.getByTestId("story-count")).toHaveText(`1 of ${STEPS}`);
    await expect(framed.getByTestId("story-entry")).toHaveCount(0);
    await expect(framed.getByTestId("story-explore")).toHaveCount(0);
    await expect(framed.locator(".site-header")).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
    const posted = await page.evaluate(() => window.heights.at(-1));
    await expect(page.locator("iframe")).toHaveCSS("height", `${posted}px`);
    const length = await page.evaluate(() => history.length);
    await framed.getByTestId("story-next").click();
    await expect(framed.getByTestId("story-count")).toHaveText(`2 of ${STEPS}`);
    // The frame's address is replaced, the host's history left alone.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame.url()).toContain("step=2");
    expect(await page.evaluate(() => history.length)).toBe(length);
    await expect(framed.getByTestId("open-full")).toHaveAttribute("href", `${baseURL}/?story=${STORY}&step=2`);
    // In the frame's language.
    await framed.getByTestId("story-previous").click();
    await page.locator("iframe").evaluate((f) => (f.src = f.src + "&lang=zh"));
    await expect(framed.getByTestId("story-count")).toHaveText(`第1步，共${STEPS}步`);
    await expect(framed.getByTestId("open-full")).toHaveAttribute("href", `${baseURL}/?story=${STORY}&step=1&lang=zh`);
    // The timeline is taller than the map: the frame follows.
    await expect.poll(() => page.evaluate(() => window.heights.at(-1))).not.toBe(posted);
  } finally {
    host.close();
  }
});

test("a page embeds the story by script", async ({ page, baseURL, clean }) => {
  const host = await hostPage(clean, `<!doctype html><html><head><title>Host</title></head><body>
    <h1>An article</h1><div data-cluster-atlas="story"></div>
    <script src="${baseURL}/embed.js" defer></script></body></html>`);
  try {
    await page.goto(host.url);
    const element = page.locator("[data-cluster-atlas=story]");
    await expect(element.getByTestId("story-count")).toHaveText(`1 of ${STEPS}`);
    await element.getByTestId("story-next").click();
    await expect(element.getByTestId("story-count")).toHaveText(`2 of ${STEPS}`);
    await expect(element.getByTestId("timeline")).toBeVisible();
    expect(page.url()).toBe(host.url);
  } finally {
    host.close();
  }
});

test("a step fades its view in, within 300 ms, and not at all under reduced motion", async ({ browser }) => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await openStep(page, `/?story=${STORY}&step=1`);
    await page.getByTestId("story-next").click();
    const durations = await page.evaluate(() =>
      document.getElementById("timeline").getAnimations({ subtree: true }).map((a) => a.effect.getComputedTiming().duration),
    );
    if (reducedMotion === "reduce") expect(durations).toEqual([]);
    else {
      expect(durations.length).toBeGreaterThan(0);
      expect(Math.max(...durations)).toBeLessThanOrEqual(300);
    }
    await context.close();
  }
});

test("printing a page that shows a story prints the whole story, and the atlas prints as before", async ({ page }) => {
  await openStep(page, `/?story=${STORY}&step=2`);
  await page.emulateMedia({ media: "print" });
  const steps = page.getByTestId("story-whole").locator("li > h3");
  await expect(steps).toHaveCount(STEPS);
  await expect(steps.first()).toBeVisible();
  await expect(steps.last()).toBeVisible();
  await expect(page.getByTestId("story-whole")).toContainText("11.5 trillion yuan");
  await expect(page.getByTestId("timeline")).toBeHidden();
  await expect(page.getByTestId("story-next")).toBeHidden();
  // Without a story, the atlas prints as it did, without the story.
  await page.emulateMedia({ media: "screen" });
  await page.getByTestId("story-explore").click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("story-whole")).toBeHidden();
  await expect(page.getByTestId("story-entry")).toBeHidden();
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
});

test("the whole story reads as a list, every step with its numbers and sources", async ({ page }) => {
  await openStep(page, `/?story=${STORY}&step=1`);
  const toggle = page.getByTestId("story-whole-toggle");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const list = page.getByTestId("story-whole").getByRole("list", { name: "Every step" });
  await expect(list.locator(":scope > li")).toHaveCount(STEPS);
  await expect(list.locator(".story-sources")).toHaveCount(STEPS);
  await expect(list).toContainText("24.4%");
});

test("no step has an axe violation, in either language or theme", async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ["en", "zh"]) {
    for (const theme of ["light", "dark"]) {
      await openStep(page, `/?story=${STORY}&step=1&lang=${lang}&theme=${theme}`);
      for (let n = 1; n <= STEPS; n++) {
        await expect(page.getByTestId("story-count")).toContainText(String(n));
        // Once the view has faded in.
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
        expect(await axeViolations(page), `${lang} ${theme} step ${n}`).toEqual([]);
        if (n < STEPS) await page.getByTestId("story-next").click();
      }
    }
  }
});

test("a TimelineJS3 file becomes a story: its slides, one step each", async ({ page }) => {
  const file = FORMATS["TimelineJS3 JSON"];
  await openBy(page, "picker", file);
  await file.check(page);
  const start = page.getByTestId("story-start");
  await expect(page.getByTestId("story-entry")).toContainText("Whitney Houston");
  await start.click();
  const p = panel(page);
  await expect(p.count).toHaveText("1 of 18");
  await expect(p.title).toHaveText("A Musical Heritage");
  await p.next.click();
  await expect(p.title).toHaveText("First Recording");
  await expect(page.getByTestId("milestone-detail")).toContainText("First Recording");
  expect(await shown(page)).toEqual(["timeline"]);
});
