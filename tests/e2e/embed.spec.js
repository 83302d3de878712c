// Embedding: the Embed dialog's snippets, a framed view on a page of
// another origin (its height, its own state, off-screen, its title, notes
// and source links), script embeds, and a script embed whose atlas host
// sends no CORS header.
import { test, expect } from "./fixture.js";
import { createServer } from "node:http";
import { AtlasPage, plainServer } from "./atlas-page.js";

/**
 * Serves `html` at / from 127.0.0.1 on a free port: a page of another site,
 * which the test's pages may request.
 */
async function hostPage(clean, html) {
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url.startsWith("/?")) {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(html);
    } else {
      // The browser asks for the host's own favicon: none.
      res.writeHead(204);
      res.end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  clean.allowOrigin(`http://127.0.0.1:${server.address().port}`);
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Every request of `page` went to one of `origins`. */
function recordOrigins(page) {
  const seen = new Set();
  page.on("request", (req) => {
    if (!req.url().startsWith("data:")) seen.add(new URL(req.url()).origin);
  });
  return seen;
}

test("the Embed dialog shows both snippets for the current view", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const atlas = new AtlasPage(page);
  await atlas.open("/a/b/c/?view=rd&years=2015..2020");
  await page.getByTestId("embed").click();
  const dialog = page.getByTestId("embed-dialog");
  await expect(dialog).toBeVisible();
  const frame = await page.getByTestId("embed-iframe").inputValue();
  expect(frame).toContain(`<iframe src="${baseURL}/a/b/c/?embed=1&amp;view=rd&amp;years=2015..2020"`);
  expect(frame).toContain('"cluster-atlas:height"');
  const script = await page.getByTestId("embed-script").inputValue();
  expect(script).toContain('<div data-cluster-atlas="rd" data-query="years=2015..2020"></div>');
  expect(script).toContain(`<script src="${baseURL}/a/b/c/embed.js" defer></script>`);
  // It says which header the atlas's host must send for the script, and how.
  await expect(page.getByTestId("embed-cors")).toContainText("Access-Control-Allow-Origin");
  await expect(page.getByTestId("embed-cors")).toContainText("add_header Access-Control-Allow-Origin *;");
  await expect(dialog.getByRole("button", { name: "Copy" }).first()).toBeFocused();
  await dialog.getByRole("button", { name: "Copy" }).last().click();
  await expect(page.getByTestId("embed-status")).toHaveText("Copied.");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(script);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // The first chart is named too, so that the frame's link to the full
  // atlas opens at it.
  await atlas.open("/");
  await page.getByTestId("embed").click();
  expect(await page.getByTestId("embed-iframe").inputValue()).toContain(`<iframe src="${baseURL}/?embed=1&amp;view=economy"`);
  await page.goto(`/?embed=1&view=economy`);
  await expect(page.getByTestId("open-full")).toHaveAttribute("href", `${baseURL}/?view=economy`);
});

test("a page on another port frames a view, which sizes itself and keeps its own state", async ({ page, baseURL, clean }) => {
  // The snippet exactly as the Embed dialog gives it.
  await page.goto("/?view=timeline");
  await page.getByTestId("embed").click();
  const snippet = await page.getByTestId("embed-iframe").inputValue();
  expect(snippet).toContain("embed=1&amp;view=timeline");
  const host = await hostPage(clean, `<!doctype html><html><head><title>Host</title></head><body>
    <h1>A newsroom's article</h1>
    <script>window.heights = []; addEventListener("message", (e) => {
      if (e.data && e.data.type === "cluster-atlas:height") window.heights.push(e.data.height);
    });</script>
    ${snippet}
    <p id="after">After the frame.</p></body></html>`);
  try {
    const origins = recordOrigins(page);
    await page.goto(host.url);
    const iframe = page.locator("iframe");
    const embedded = page.frameLocator("iframe");
    await expect(embedded.getByTestId("timeline")).toBeVisible();
    await expect(embedded.getByTestId("open-full")).toBeVisible();
    // The frame took the height its content posted.
    await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
    const posted = await page.evaluate(() => window.heights.at(-1));
    await expect(iframe).toHaveCSS("height", `${posted}px`);
    const content = await embedded.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    expect(Math.abs(content - posted)).toBeLessThanOrEqual(1);
    expect(posted).not.toBe(640);
    // Its height follows its content: the list is longer than the timeline.
    const historyLength = await page.evaluate(() => history.length);
    await embedded.getByTestId("view-list").click();
    await expect.poll(() => page.evaluate(() => window.heights.at(-1))).toBeGreaterThan(posted);
    const taller = await page.evaluate(() => window.heights.at(-1));
    await expect(iframe).toHaveCSS("height", `${taller}px`);
    // Permalinks inside the frame: its address and its link to the full
    // atlas follow the reader, and the host's history is left alone.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame.url()).toContain("view=list");
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const full = await embedded.getByTestId("open-full").getAttribute("href");
    expect(full).toBe(`${baseURL}/?view=list`);
    expect([...origins].sort()).toEqual([baseURL, new URL(host.url).origin].sort());
  } finally {
    host.close();
  }
});

test("a page on another port with two script embeds shows a chart and the timeline", async ({ page, baseURL, clean }) => {
  const host = await hostPage(clean, `<!doctype html><html><head><title>Host</title>
    <style>body { font-family: serif; color: rgb(200, 0, 0); } .tab { display: none; }</style></head><body>
    <h1>Two views of the atlas</h1>
    <div data-cluster-atlas="economy" data-query="clusters=jjj~gba&amp;years=2015..2020"></div>
    <p>Between the two.</p>
    <div data-cluster-atlas="timeline"></div>
    <script type="module" src="${baseURL}/a/b/c/embed.js"></script></body></html>`);
  try {
    const origins = recordOrigins(page);
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(host.url);
    const [chart, timeline] = [page.locator("[data-cluster-atlas=economy]"), page.locator("[data-cluster-atlas=timeline]")];
    await expect(chart.locator("[data-testid=chart-svg] svg")).toBeVisible();
    await expect(chart.getByTestId("year-range-value")).toHaveCount(0);
    await expect(chart.getByTestId("legend-entry")).toHaveText(["Jing-Jin-Ji", /^Greater Bay Area/]);
    await expect(timeline.getByTestId("milestone").first()).toBeVisible();
    // Each is independent: selecting a milestone in the timeline embed
    // leaves the chart alone, and the host's address is untouched.
    await timeline.getByTestId("milestone").first().click();
    await expect(timeline.getByTestId("milestone-detail")).toBeVisible();
    expect(page.url()).toBe(host.url);
    // The host's styles do not reach into the embeds, nor theirs out.
    await expect(chart.getByTestId("chart-title")).not.toHaveCSS("color", "rgb(200, 0, 0)");
    await expect(page.locator("h1")).toHaveCSS("color", "rgb(200, 0, 0)");
    // The link to the full atlas names the view, so that it opens there.
    await expect(chart.getByTestId("open-full")).toHaveAttribute("href", `${baseURL}/a/b/c/?view=economy&clusters=jjj~gba&years=2015..2020`);
    expect(errors).toEqual([]);
    expect([...origins].sort()).toEqual([baseURL, new URL(host.url).origin].sort());
  } finally {
    host.close();
  }
});

test("a script embed whose atlas host sends no CORS header shows a link to the view and says why", async ({ page, clean }) => {
  // The browser reports the refused request itself.
  clean.expectError(/CORS policy|net::ERR_FAILED/);
  const served = await plainServer(clean);
  let host;
  try {
    // The snippet exactly as the Embed dialog gives it, on that host.
    const atlas = new AtlasPage(page);
    await atlas.open(`${served.url}?view=rd&years=2015..2020`);
    await page.getByTestId("embed").click();
    const snippet = await page.getByTestId("embed-script").inputValue();
    host = await hostPage(clean, `<!doctype html><html><head><title>Host</title></head><body>
      <h1>A newsroom's article</h1>${snippet}<p>After the atlas.</p></body></html>`);
    const origins = recordOrigins(page);
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(host.url);
    const element = page.locator("[data-cluster-atlas=rd]");
    const link = element.getByRole("link");
    await expect(link).toHaveAttribute("href", `${served.url}?view=rd&years=2015..2020`);
    await expect(link).toBeVisible();
    await expect(element).toContainText("Access-Control-Allow-Origin");
    expect((await element.boundingBox()).height).toBeGreaterThan(30);
    // The only error is the browser's own report of the refused request,
    // and the page asked nothing of any origin but the two.
    expect(errors.filter((e) => !/CORS policy|net::ERR_FAILED/.test(e))).toEqual([]);
    expect([...origins].sort()).toEqual([new URL(served.url).origin, new URL(host.url).origin].sort());
  } finally {
    host?.close();
    served.close();
  }
});

test("an off-screen frame sizes itself as its content changes, before it is scrolled to", async ({ page, clean }) => {
  await page.goto("/?view=timeline");
  await page.getByTestId("embed").click();
  const snippet = await page.getByTestId("embed-iframe").inputValue();
  const host = await hostPage(clean, `<!doctype html><html><head><title>Host</title></head><body>
    <script>window.heights = []; addEventListener("message", (e) => {
      if (e.data && e.data.type === "cluster-atlas:height") window.heights.push(e.data.height);
    });</script>
    <h1>A long article</h1><div style="height: 1800px">Paragraphs.</div>
    ${snippet}</body></html>`);
  try {
    await page.goto(host.url);
    const iframe = page.locator("iframe");
    const last = () => page.evaluate(() => window.heights.at(-1) ?? 0);
    await expect.poll(last).toBeGreaterThan(0);
    const posted = await last();
    await expect(iframe).toHaveCSS("height", `${posted}px`);
    // The list is opened inside the frame, which stays off-screen.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.evaluate(() => document.querySelector("[data-testid=view-list]").click());
    await expect.poll(last).toBeGreaterThan(posted);
    await expect(iframe).toHaveCSS("height", `${await last()}px`);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await expect(iframe).not.toBeInViewport();
  } finally {
    host.close();
  }
});

test("in a frame a chart's title comes before its modes, and its notes start closed", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await page.goto("/?embed=1&view=economy");
  const title = page.getByTestId("chart-title");
  const modes = page.getByTestId("economy-mode-lines");
  await expect(title).toContainText("Gross domestic product");
  expect((await title.boundingBox()).y).toBeLessThan((await modes.boundingBox()).y);
  const first = await title.evaluate((t) => Boolean(t.compareDocumentPosition(document.querySelector(".chart-modes")) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(first, "the title comes first in the document too").toBe(true);
  const notes = page.locator("details.chart-notes");
  await expect(notes.locator("summary")).toBeVisible();
  expect(await notes.evaluate((d) => d.open)).toBe(false);
  await expect(notes.locator("li").first()).toBeHidden();
  // The full page keeps them open.
  await atlas.open("/?view=economy");
  expect(await page.locator("details.chart-notes").evaluate((d) => d.open)).toBe(true);
});

test("a source link in a framed view opens its entry in the full atlas", async ({ page, context, baseURL }) => {
  await page.goto("/a/b/c/?embed=1&view=rd");
  const link = page.locator(".chart-about a.source-number").first();
  await expect(link).toBeVisible();
  const anchor = await link.getAttribute("href");
  const [opened] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`${baseURL}/a/b/c/${anchor}`);
  const entry = opened.locator(anchor);
  await expect(entry).toBeVisible();
  await expect(entry).toBeInViewport();
});

test("the map embeds in a frame and by script, as its link names it", async ({ page, baseURL, clean }) => {
  await page.goto("/?embed=1&view=map&map=share&map-year=2020");
  await expect(page.getByTestId("map-drawing").locator("svg")).toBeVisible();
  await expect(page.getByTestId("map-measure")).toHaveValue("share");
  await expect(page.getByTestId("map-year")).toHaveValue("2020");
  await expect(page.locator("#charts")).toHaveCount(0);
  await expect(page.getByTestId("open-full")).toHaveAttribute("href", `${baseURL}/?view=map&map=share&map-year=2020`);
  const host = await hostPage(clean, `<!doctype html><html><head><title>Host</title></head><body>
    <h1>Where the clusters are</h1>
    <div data-cluster-atlas="map" data-query="map-year=2018"></div>
    <script type="module" src="${baseURL}/embed.js"></script></body></html>`);
  try {
    await page.goto(host.url);
    const map = page.locator("[data-cluster-atlas=map]");
    await expect(map.getByTestId("map-drawing").locator("svg")).toBeVisible();
    await expect(map.getByTestId("map-year")).toHaveValue("2018");
    expect((await map.boundingBox()).height).toBeGreaterThan(300);
    expect(page.url()).toBe(host.url);
  } finally {
    host.close();
  }
});
