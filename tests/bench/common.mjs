// Shared pieces of the benchmarks: Chromium options, a static server for
// dist/ (with a dataset of its own), frame times, percentiles, the
// machine's description.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { launchOptions } from "../chromium.js";

export { launchOptions };

/** Serves dist/ (or `dir`) on a free local port until `close()`. */
export async function serve(dir) {
  const script = fileURLToPath(new URL("../e2e/server.mjs", import.meta.url));
  // On a port the system picks free: a fixed or random one may be taken.
  const child = spawn(process.execPath, [script, "0", ...(dir ? [dir] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the static server ended (${code})`)));
  });
  const bound = /127\.0\.0\.1:(\d+)/.exec(line);
  if (!bound) throw new Error(`the static server said: ${line}`);
  const port = Number(bound[1]);
  return { url: `http://127.0.0.1:${port}/`, port, close: () => child.kill() };
}

/** The p-th percentile (nearest rank) of `values`. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[rank];
}

/** The date and the machine, for the head of a table of figures. */
export function machine() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${os.platform()}`;
}

/**
 * dist/ with `dataset` (an object written as JSON, or text written as is)
 * beside it as `name`, served and opened at
 * `?data=name` in a page of headless Chromium at 1280×900; `close()` ends
 * it all.
 */
export async function openWithData(name, dataset) {
  const dir = mkdtempSync(join(os.tmpdir(), "atlas-bench-"));
  cpSync(fileURLToPath(new URL("../../dist", import.meta.url)), dir, { recursive: true });
  writeFileSync(join(dir, name), typeof dataset === "string" ? dataset : JSON.stringify(dataset));
  const server = await serve(dir);
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}?data=${name}`);
  const close = async () => {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { page, close };
}

/**
 * In the page (pass it to `page.evaluate`): applies `runs` changes, each at
 * the start of a frame (in a requestAnimationFrame callback), and measures
 * until that frame has been rendered (a task queued behind it runs): the
 * update's script, style, layout and paint, without the wait for the
 * display's next refresh. The changes, by `kind`:
 * - "legend": a click on the app's legend entries `entries`, in turn;
 * - "peer-legend": the peer's ECharts legend toggled through its API, with
 *   `flush: true`, since ECharts otherwise draws its canvas only in its
 *   next animation frame, after the frame timed here;
 * - "years": the app's year range moved;
 * - "keys": `keys[i]` pressed on the app's timeline;
 * - "map-year": the map's year slid a year on (back to the first after
 *   the last);
 * - "map-measure": the map's measure changed, in turn;
 * - "map-key": an arrow key pressed on the map's drawing, in turn.
 * - "story-step": the story's Next button, then Previous, through all its
 *   steps and back (each step moves the views to its own).
 */
export async function frameTimes({ runs, kind, entries = [0, 1, 2], keys = [] }) {
  const settle = () => new Promise((r) => setTimeout(r, 30));
  const input = document.querySelector("[data-testid=year-from]");
  const timeline = document.querySelector("[data-testid=timeline]");
  const change = {
    legend: (i) => document.querySelectorAll("[data-testid=legend-entry]")[entries[i % entries.length]].click(),
    "peer-legend": (i) =>
      window.peer.chart.dispatchAction({ type: "legendToggleSelect", name: window.PEER_DATA.chart.series[i % 3].name }, { flush: true }),
    years: (i) => {
      input.value = String(2013 + (i % 8));
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    keys: (i) => timeline.dispatchEvent(new KeyboardEvent("keydown", { key: keys[i], bubbles: true })),
    "map-year": (i) => {
      const year = document.querySelector("[data-testid=map-year]");
      year.value = String(Number(year.min) + (i % (Number(year.max) - Number(year.min) + 1)));
      year.dispatchEvent(new Event("input", { bubbles: true }));
    },
    "map-measure": (i) => {
      const measure = document.querySelector("[data-testid=map-measure]");
      measure.value = ["share", "growth", "gdp"][i % 3];
      measure.dispatchEvent(new Event("change", { bubbles: true }));
    },
    "story-step": (i) => document.querySelector(`[data-testid=story-${i % 18 < 9 ? "next" : "previous"}]`).click(),
    "map-key": (i) =>
      document
        .querySelector("[data-testid=map-drawing]")
        .dispatchEvent(new KeyboardEvent("keydown", { key: ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"][i % 4], bubbles: true })),
  }[kind];
  const times = [];
  for (let i = 0; i < runs; i++) {
    await settle();
    times.push(
      await new Promise((resolve) =>
        requestAnimationFrame(() => {
          const t0 = performance.now();
          change(i);
          setTimeout(() => resolve(performance.now() - t0), 0);
        }),
      ),
    );
  }
  return times;
}
