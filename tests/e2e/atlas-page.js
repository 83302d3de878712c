// Page object for Cluster Atlas: what a reader sees, found by data-testid,
// and the addresses the page requested; and dist/ served by a plain static
// server. What must never happen (console errors, failed or foreign
// requests) fails every test in fixture.js.
import { expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

/**
 * How long to wait for the next change to make a history entry of its own:
 * changes within `MERGE_MS` of the last one replace it. Read from
 * src/components/history.rs, the one definition, plus a margin.
 */
export const AFTER_MERGE_MS = mergeMs() + 100;

function mergeMs() {
  const source = readFileSync(fileURLToPath(new URL("../../src/components/history.rs", import.meta.url)), "utf8");
  const found = /const MERGE_MS: f64 = ([\d.]+);/.exec(source);
  if (!found) throw new Error("src/components/history.rs no longer declares `const MERGE_MS: f64`");
  return Number(found[1]);
}

export class AtlasPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.requests = [];
    page.on("request", (req) => this.requests.push(req.url()));
  }

  /** Opens the app at `path` and waits until the cluster cards are shown. */
  async open(path = "/") {
    await this.page.goto(path);
    await expect(this.clusterCard("jjj")).toBeVisible();
  }

  clusterCard(id) {
    return this.page.getByTestId(`cluster-card-${id}`);
  }

  sourceEntries() {
    return this.page.getByTestId("source-entry");
  }
}

/** The charts section of the page. */
export class Charts {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  tab(slug) {
    return this.page.getByTestId(`tab-${slug}`);
  }

  async open(slug) {
    await this.tab(slug).click();
    await expect(this.svg()).toBeVisible();
  }

  panel() {
    return this.page.locator("[data-testid^=chart-]").filter({ has: this.page.getByTestId("chart-frame") });
  }

  frame() {
    return this.page.getByTestId("chart-frame");
  }

  svg() {
    return this.page.locator("[data-testid=chart-svg] svg");
  }

  legend(name) {
    return this.page.getByTestId("legend-entry").filter({ hasText: name });
  }

  readout() {
    return this.page.getByTestId("readout");
  }

  /** The texts of the drawn chart (axis labels, city names). */
  async labels() {
    return (await this.svg().locator("text").allTextContents()).map((t) => t.trim());
  }

  /** Hovers the centre of an SVG element of the drawing. */
  async hover(locator) {
    await this.frame().scrollIntoViewIfNeeded();
    const box = await locator.boundingBox();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the "from" handle of the year range to `year` by keyboard. */
  async fromYear(year) {
    const handle = this.page.getByTestId("year-from");
    await handle.focus();
    for (let i = 0; i < 40; i++) {
      const value = Number(await handle.inputValue());
      if (value === year) return;
      await this.page.keyboard.press(value < year ? "ArrowRight" : "ArrowLeft");
    }
    throw new Error(`could not set the year range to ${year}`);
  }

  /** Clicks an export button and returns the download's name and bytes. */
  async download(format) {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByTestId(`download-${format}`).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }
}

/** The timeline section. */
export class Timeline {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.section = page.locator("#timeline");
  }

  lane(id) {
    return this.section.locator(`[data-testid=timeline-lane][data-lane="${id}"]`);
  }

  milestone(name) {
    return this.section.getByTestId("milestone").filter({ hasText: name });
  }

  detail() {
    return this.section.getByTestId("milestone-detail");
  }

  count() {
    return this.section.getByTestId("timeline-count");
  }

  /** The left edge of the overview's frame, as a percentage. */
  async frameLeft() {
    const style = await this.section.locator(".tl-window").getAttribute("style");
    return Number(/left:([-\d.]+)%/.exec(style)[1]);
  }

  /**
   * Per lane, each label (a milestone or a group) and the top of its leader
   * line in the marks beneath, both in the page's coordinates.
   */
  async labelsAndLeaders() {
    return this.section.locator(".tl-lane").evaluateAll((lanes) => {
      const svg = lanes[0]?.closest(".tl-lanes").querySelector(".tl-marks");
      return lanes.map((lane, k) => {
        const path = svg.querySelectorAll("g")[k].querySelector(".tl-leaders");
        const matrix = path.getScreenCTM();
        const tops = [...(path.getAttribute("d") ?? "").matchAll(/M([-\d.]+) ([-\d.]+)V/g)].map(([, x, y]) =>
          new DOMPoint(Number(x), Number(y)).matrixTransform(matrix),
        );
        return [...lane.querySelector(".tl-items").children].map((e, i) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, left: r.left, right: r.right, bottom: r.bottom, x: tops[i]?.x, y: tops[i]?.y };
        });
      });
    });
  }

  /** The milestones drawn, as the labels of the timeline. */
  async labels() {
    return this.section.getByTestId("milestone").allTextContents();
  }
}

const axeSource = readFileSync(fileURLToPath(new URL("../node_modules/axe-core/axe.min.js", import.meta.url)), "utf8");

/** axe-core's violations on `page` (WCAG 2.1 A and AA), one line each. */
export async function axeViolations(page) {
  // Evaluated by the test runner (as an extension would be), not as a
  // script of the page, which its Content-Security-Policy would refuse.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** A free port on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * Serves dist/ with `python3 -m http.server`, which sends no
 * Access-Control-Allow-Origin header; the test's pages may request it.
 */
export async function plainServer(clean) {
  const port = await freePort();
  clean.allowOrigin(`http://127.0.0.1:${port}`);
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dist], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  await expect.poll(async () => {
    try {
      return (await fetch(url)).status;
    } catch {
      return 0;
    }
  }).toBe(200);
  return { url, close: () => server.kill() };
}
