// A dataset named by the address (?data=): a CSV of milestones becomes the
// timeline, and a link to a view of it opens that view; a file with
// problems lists each where it is, above the default atlas; hostile text
// stays text; nothing runs that should not; a chart whose series a
// dataset lacks is not shown.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixture.js";
import { AFTER_MERGE_MS, AtlasPage, Charts, Timeline } from "./atlas-page.js";

const EVENTS = `date,group,title,description,source
2014-02-26,Capital region,Coordination becomes a national strategy,"Beijing, Tianjin and Hebei under one strategy.",https://example.org/strategy
2015-04,Capital region,Outline plan adopted,,https://example.org/strategy
2016,River delta,<img src=x onerror=alert(1)>Regional plan,<script>alert(2)</script>,A white paper
-0221,,Qin unifies China,,
2017-04-01,Capital region,New area announced,,javascript:alert(3)
`;

/** Serves `body` at /`name` (beside the app) for this page. */
async function serveFile(page, name, body) {
  await page.route(`**/${name}`, (route) => route.fulfill({ body, contentType: "text/csv; charset=utf-8" }));
}

/** The dataset panel's lines, once it shows. */
async function panelLines(page) {
  const panel = page.getByTestId("dataset-problems");
  await expect(panel).toBeVisible();
  return panel.locator("li").allTextContents();
}

/**
 * Records the dataset panel as the first frame after it entered the page
 * shows it (its role and text), in `window.panelAtFirst`: a live region
 * must be in the page before its text arrives for the text to be
 * announced.
 */
async function recordPanel(page) {
  await page.addInitScript(() => {
    window.panelAtFirst = null;
    new MutationObserver((_, observer) => {
      const panel = document.querySelector("[data-testid=dataset-problems]");
      if (panel) {
        observer.disconnect();
        requestAnimationFrame(() => {
          window.panelAtFirst = { role: panel.getAttribute("role"), text: panel.textContent };
        });
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test("a CSV of milestones named by ?data= becomes the timeline, its text only text", async ({ page }) => {
  const atlas = new AtlasPage(page);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await serveFile(page, "events.csv", EVENTS);
  await page.goto("/?data=events.csv");
  const timeline = new Timeline(page);
  await expect(timeline.count()).toHaveText("5 milestones");
  // Groups become lanes, named as the file names them.
  await expect(timeline.lane("capital-region")).toContainText("Capital region");
  await expect(timeline.lane("river-delta")).toContainText("River delta");
  // Rows without a group are not "national" events: their lane is "Other".
  await expect(timeline.lane("national")).toContainText("Other");
  await expect(timeline.lane("national")).toContainText("Qin unifies China");
  await expect(timeline.lane("national")).not.toContainText("National");
  await expect(page.getByTestId("dataset-problems")).toBeHidden();
  // Markup in a title is shown as written, and nothing of it runs.
  await expect(timeline.milestone("Regional plan")).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator("#timeline img")).toHaveCount(0);
  await timeline.milestone("Regional plan").click();
  await expect(timeline.detail()).toContainText("<script>alert(2)</script>");
  // A year before the common era, at year precision.
  await page.getByRole("button", { name: "List" }).click();
  await expect(timeline.section).toContainText("221 BCE");
  // The file is a source (without an address); a `javascript:` cell is a
  // title, never a link.
  const file = atlas.sourceEntries().filter({ has: page.locator(".source-title", { hasText: /^events$/ }) });
  await expect(file).toHaveCount(1);
  await expect(file.locator(".source-publisher")).toHaveText("Imported file");
  await expect(file.locator("a")).toHaveCount(0);
  const sly = atlas.sourceEntries().filter({ hasText: "javascript:alert(3)" });
  await expect(sly).toHaveCount(1);
  await expect(sly.locator("a.source-url")).toHaveCount(0);
  expect(await page.locator("a[href^='javascript']").count()).toBe(0);
  await expect(atlas.sourceEntries()).toHaveCount(4);
  // No dialog opened; the fixture fails the test on any policy violation.
  expect(dialogs).toEqual([]);
});

test("a file of milestones shows what it has: no introduction, caveats, charts or cluster cards of the default atlas", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await serveFile(page, "events.csv", EVENTS);
  await page.goto("/?data=events.csv");
  const timeline = new Timeline(page);
  await expect(timeline.count()).toHaveText("5 milestones");
  await expect(page.locator(".intro")).toHaveCount(0);
  await expect(page.getByTestId("caveats")).toHaveCount(0);
  await expect(page.locator(".clusters")).toHaveCount(0);
  await expect(page.locator("#charts")).toBeHidden();
  await expect(page.getByText("Three city regions")).toHaveCount(0);
  await expect(page.getByTestId("chart-frame")).toBeHidden();
  // What the Embed dialog offers is its timeline, so named, not a chart.
  await page.getByTestId("embed").click();
  const frame = await page.getByTestId("embed-iframe").inputValue();
  expect(frame).toContain("?data=events.csv&amp;embed=1&amp;view=timeline");
  // A dataset other than the default atlas gets neutral words.
  expect(frame).toContain('title="Cluster Atlas: Timeline"');
  await page.keyboard.press("Escape");
  // A frame of it, or a link naming a chart, shows the timeline.
  for (const query of ["data=events.csv&embed=1", "data=events.csv&embed=1&view=patents"]) {
    await page.goto(`/?${query}`);
    await expect(timeline.count()).toHaveText("5 milestones");
    await expect(page.getByTestId("chart-frame")).toHaveCount(0);
  }
  // A file without sources cites itself: one document, said so.
  await serveFile(page, "one.csv", "date,title\n2014,One thing\n2015,Another\n");
  await page.goto("/?data=one.csv");
  await expect(timeline.count()).toHaveText("2 milestones");
  await expect(page.locator(".sources-intro")).toHaveText(
    "The document the figures and milestones of this atlas are taken from.",
  );
});

test("a dataset of the JSON format shows its own introduction and caveats, and cluster cards with members", async ({ page }) => {
  const dataset = {
    schema: 1,
    title: "Two regions",
    description: { en: "First paragraph.\n\nSecond paragraph.", zh: "第一段。\n\n第二段。" },
    caveats: [{ en: "Dates are approximate.", zh: "日期为约数。" }],
    clusters: [
      { id: "north", name: "North", members: ["A", "B"] },
      { id: "south", name: "South" },
    ],
    sources: [{ id: "s", title: "A source", publisher: "Someone", url: "https://example.org/", supports: "Everything" }],
    milestones: [{ id: "m", date: "2014-05", cluster: "north", title: "Something", description: "It happened.", sources: ["s"] }],
  };
  await page.route("**/regions.json", (route) => route.fulfill({ json: dataset }));
  const atlas = new AtlasPage(page);
  await page.goto("/?data=regions.json");
  await expect(new Timeline(page).count()).toHaveText("1 milestone");
  await expect(page.locator(".intro-text p")).toHaveText(["First paragraph.", "Second paragraph."]);
  await expect(page.getByTestId("caveats").locator("li")).toHaveText(["Dates are approximate."]);
  // Two groups: not "the three", nor the default atlas's "Clusters".
  await expect(page.getByRole("heading", { name: "Groups", exact: true })).toBeVisible();
  await expect(atlas.clusterCard("north")).toContainText("A · B");
  // Nothing to chart.
  await expect(page.locator("#charts")).toBeHidden();
});

/** The default dataset (data/atlas.json) without the series `id`. */
function defaultWithout(id) {
  const dataset = JSON.parse(readFileSync(new URL("../../data/atlas.json", import.meta.url), "utf8"));
  dataset.series = dataset.series.filter((series) => series.id !== id);
  // Its story walks through every series, and would name the one taken out.
  delete dataset.stories;
  return dataset;
}

test("a dataset without one of a chart's series has no such chart: no tab, no panel, no raw id; its other series has a chart of its own; a link to it opens one it has", async ({ page }) => {
  const charts = new Charts(page);
  const tabs = page.getByRole("tab");
  for (const [id, chart] of [
    ["patents-granted", "patents"],
    ["rd-intensity", "rd"],
  ]) {
    // (The file's name must not hold the id: the page cites its address.)
    const file = `lacking-${chart}.json`;
    await page.route(`**/${file}`, (route) => route.fulfill({ json: defaultWithout(id) }));
    await page.goto(`/?data=${file}&view=${chart}&rd=intensity`);
    // The first chart it has, in place of the one the link names.
    await expect(charts.svg()).toBeVisible();
    await expect(charts.tab("economy")).toHaveAttribute("aria-selected", "true");
    await expect(charts.tab(chart)).toHaveCount(0);
    // The chart's other series is drawn by a series chart, after the
    // built-in ones.
    const present = ["economy", "rd", "patents", "science-cities", "series-0", "figures"].filter((t) => t !== chart);
    await expect(tabs).toHaveCount(present.length);
    await expect(page.locator("body")).not.toContainText(id);
    await expect(page).toHaveURL(/view=economy/);
    // The arrow keys go round the tabs it has.
    await charts.tab("economy").focus();
    const visited = [];
    for (let i = 0; i < present.length; i++) {
      await page.keyboard.press("ArrowRight");
      visited.push((await page.locator("[role=tab][aria-selected=true]").getAttribute("data-tab")) ?? "");
    }
    expect(visited).toEqual([...present.slice(1), "economy"]);
    await expect(page.locator("body")).not.toContainText(id);
    // A frame naming it shows the first chart it has.
    await page.goto(`/?data=${file}&embed=1&view=${chart}&rd=intensity`);
    await expect(charts.svg()).toBeVisible();
    await expect(page.locator("body")).not.toContainText(id);
  }
});

test("a link to a view of a file's data opens that view, and nothing is shown before it", async ({ page }) => {
  let requested;
  const asked = new Promise((done) => (requested = done));
  let arrive;
  const arrived = new Promise((done) => (arrive = done));
  await page.route("**/events.csv", async (route) => {
    requested();
    await arrived;
    await route.fulfill({ body: EVENTS, contentType: "text/csv; charset=utf-8" });
  });
  await page.goto("/?data=events.csv&milestone=outline-plan-adopted");
  // The app runs and asks for the file: until it arrives, the loading
  // message shows, not the default atlas.
  await asked;
  await page.waitForTimeout(200);
  await expect(page.locator("main")).toHaveCount(0);
  await expect(page.locator("#boot")).toContainText("Loading the atlas");
  arrive();
  const timeline = new Timeline(page);
  await expect(timeline.count()).toHaveText("5 milestones");
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(timeline.detail()).toContainText("Outline plan adopted");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\?data=events\.csv&milestone=outline-plan-adopted$/);
});

test("a CSV with problems lists each where it is, above the default atlas", async ({ page }) => {
  await recordPanel(page);
  await serveFile(page, "bad.csv", "date,title,colour\n2014,Fine,\n2014-13,Month,\n,No date,\n2015,,\n");
  await page.goto("/?data=bad.csv");
  expect(await panelLines(page)).toEqual([
    "bad.csv, line 1, colour: unknown column 3 (expected date, group, title, description, source)",
    "bad.csv, line 3, date: month 13 does not exist (expected 01 to 12)",
    'bad.csv, line 4, date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found ""',
    "bad.csv, line 5, title: expected a title, found an empty cell",
  ]);
  await expect(page.getByTestId("dataset-problems")).toHaveAttribute("role", "alert");
  await expect(page.getByTestId("dataset-problems").locator("h1")).toHaveText("The dataset could not be read");
  // The alert was on screen, empty, before its text came.
  expect(await page.evaluate(() => window.panelAtFirst)).toEqual({ role: "alert", text: "" });
  // The default atlas is shown, whole.
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
  await expect(new Timeline(page).count()).toHaveText("30 milestones");
});

test("a link whose file cannot be read is kept as it is, for when it can", async ({ page, clean }) => {
  clean.expectError(/503/);
  await page.route("**/events.csv", (route) => route.fulfill({ status: 503, body: "busy" }));
  await page.goto("/?data=events.csv&view=timeline&milestone=outline-plan-adopted");
  expect(await panelLines(page)).toEqual(["events.csv: the server answered 503 Service Unavailable"]);
  await expect(page.getByTestId("cluster-card-jjj")).toBeAttached();
  // The problems are what the reader sees: the view the link names is not
  // scrolled to, and the address is not fitted to the default atlas.
  await page.waitForTimeout(AFTER_MERGE_MS);
  await expect(page.getByTestId("dataset-problems")).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(0);
  await expect(page).toHaveURL(/\?data=events\.csv&view=timeline&milestone=outline-plan-adopted$/);
  // Once the reader changes something, the address follows what is shown;
  // Back and Forward step over the change, and Forward stays.
  const gba = page.locator("#charts").getByTestId("cluster-toggle-gba");
  await gba.click();
  await expect(page).toHaveURL(/clusters=jjj~yrd/);
  await page.waitForTimeout(AFTER_MERGE_MS);
  await page.goBack();
  await expect(gba).toHaveAttribute("aria-pressed", "true");
  await expect(page).not.toHaveURL(/clusters=/);
  await page.waitForTimeout(300);
  await page.goForward();
  await expect(gba).toHaveAttribute("aria-pressed", "false");
  await expect(page).toHaveURL(/clusters=jjj~yrd/);
});

test("fifty problems are listed, and how many more there are", async ({ page }) => {
  const rows = Array.from({ length: 60 }, (_, i) => `20${String(i).padStart(2, "0")}-13,Event ${i}`);
  await serveFile(page, "many.csv", ["date,title", ...rows].join("\n"));
  await page.goto("/?data=many.csv");
  const lines = await panelLines(page);
  expect(lines).toHaveLength(51);
  expect(lines[0]).toBe("many.csv, line 2, date: month 13 does not exist (expected 01 to 12)");
  expect(lines[50]).toBe("and 10 more");
});

test("warnings are shown, and the file is read all the same", async ({ page }) => {
  await recordPanel(page);
  await serveFile(page, "twice.csv", "date,title\n2014,Same\n2014,Same\n2015,Other\n");
  await page.goto("/?data=twice.csv");
  expect(await panelLines(page)).toEqual(['twice.csv, line 3, title: same date and title as line 2 ("Same": a repeated event?)']);
  await expect(page.getByTestId("dataset-problems")).toHaveAttribute("role", "status");
  await expect(page.getByTestId("dataset-problems").locator("h1")).toHaveText("The dataset was loaded; check these points:");
  expect(await page.evaluate(() => window.panelAtFirst)).toEqual({ role: "status", text: "" });
  await expect(new Timeline(page).count()).toHaveText("3 milestones");
});

test("a file over the size limit is refused before it is read", async ({ page }) => {
  await serveFile(page, "huge.csv", "date,title\n" + "2014,x\n".repeat(2_400_000));
  await page.goto("/?data=huge.csv");
  const lines = await panelLines(page);
  expect(lines).toEqual([
    "huge.csv: the file is 16,800,011 bytes, over the limit of 16,777,216 bytes (16 MiB); split it or leave out what is not needed",
  ]);
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
});

test("a file that is not UTF-8 text says so", async ({ page }) => {
  await page.route("**/latin.csv", (route) =>
    route.fulfill({ body: Buffer.from([...Buffer.from("date,title\n2014,Caf"), 0xe9, 0x0a]), contentType: "text/csv" }),
  );
  await page.goto("/?data=latin.csv");
  expect(await panelLines(page)).toEqual(["latin.csv: is not UTF-8 text (byte 20 is not part of a character); save it as UTF-8"]);
});
