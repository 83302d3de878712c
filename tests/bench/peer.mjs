// Benchmark: Cluster Atlas against the peer stack a reader would otherwise
// use, ECharts for the chart and TimelineJS for the timeline, on the same
// default data (the peer page is built by peer/build.mjs). Both pages are
// served from one local origin and loaded alternately, each load in a fresh
// browser context, in headless Chromium at 1280×900. Reports; never fails
// on a time (it fails only if a page requests anything outside its origin).
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { frameTimes, launchOptions, percentile, serve } from "./common.mjs";
import { buildPeerSite } from "./peer/build.mjs";

/** Loads of each page: 20, so that a p95 of loads is not simply the
 * slowest one, as it would be of 10. */
const LOADS = 20;
/** Legend toggles per load (240 in all for each page); the first of a load
 * runs colder code, as a reader's first click does. */
const TOGGLES = 12;
const MARKS = ["charts-drawn", "timeline-drawn"];

/** Raw and gzip -9 sizes of a URL's body, as e2e/size.spec.js computes them. */
async function sizes(request, url) {
  const raw = await (await request.get(url)).body();
  return { raw: raw.length, gz: execFileSync("gzip", ["-9", "-c", "-n"], { input: raw, maxBuffer: 1 << 26 }).length };
}

/** One load of `url` in a fresh context: the figures of one run. */
async function load(browser, server, url, peer, sizeOf) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const outside = [];
  const responses = [];
  // Every request must stay in the page's origin (TimelineJS's defaults
  // would fetch fonts from Google and files from Knight Lab's CDN).
  context.on("request", (req) => {
    const u = new URL(req.url());
    if (u.protocol !== "data:" && u.protocol !== "blob:" && u.host !== `127.0.0.1:${server.port}`) outside.push(req.url());
  });
  context.on("response", (res) => res.url().startsWith("http") && responses.push(res.url()));
  // The app's WebAssembly memory lies outside the JS heap: keep a handle on
  // it (Trunk passes the module's exports with its start event).
  await context.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.wasmMemory = e.detail.wasm.memory)));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((marks) => marks.every((m) => performance.getEntriesByName(m).length), MARKS, { polling: 50, timeout: 60_000 });
  const [chart, timeline] = await page.evaluate((marks) => marks.map((m) => performance.getEntriesByName(m)[0].startTime), MARKS);
  await page.waitForLoadState("networkidle");
  // What the load transferred: a legend toggle changes the app's address,
  // and Chromium then fetches the favicon again (the server says no-store).
  const loaded = responses.slice();

  // The live JS heap, garbage collected first.
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value;
  const wasm = await page.evaluate(() => window.wasmMemory?.buffer.byteLength ?? 0);

  await page.locator(peer ? "#chart" : "[data-testid=chart-frame]").scrollIntoViewIfNeeded();
  const toggles = await page.evaluate(frameTimes, { runs: TOGGLES, kind: peer ? "peer-legend" : "legend" });

  let raw = 0;
  let gz = 0;
  for (const u of loaded) {
    if (!sizeOf.has(u)) sizeOf.set(u, await sizes(context.request, u));
    raw += sizeOf.get(u).raw;
    gz += sizeOf.get(u).gz;
  }
  await context.close();
  if (outside.length) throw new Error(`${url} requested outside its origin: ${outside.join(", ")}`);
  return { raw, gz, chart, timeline, both: Math.max(chart, timeline), heap, memory: heap + wasm, toggles };
}

export async function benchPeer() {
  const server = await serve(buildPeerSite());
  const browser = await chromium.launch(launchOptions);
  const sizeOf = new Map();
  const runs = { app: [], peer: [] };
  for (let i = 0; i < LOADS; i++) {
    runs.app.push(await load(browser, server, server.url, false, sizeOf));
    runs.peer.push(await load(browser, server, `${server.url}peer/`, true, sizeOf));
  }
  await browser.close();
  server.close();

  const all = (page, key) => runs[page].flatMap((r) => r[key]);
  const row = (name, unit, key, p) => ({ name, unit, app: percentile(all("app", key), p), peer: percentile(all("peer", key), p) });
  return {
    loads: LOADS,
    toggles: LOADS * TOGGLES,
    rows: [
      row("bytes transferred, raw", "KB", "raw", 50),
      row("bytes transferred, gzip -9", "KB", "gz", 50),
      row("both marks (chart and timeline drawn), p50", "ms", "both", 50),
      row("both marks (chart and timeline drawn), p95", "ms", "both", 95),
      row("charts-drawn, p50", "ms", "chart", 50),
      row("charts-drawn, p95", "ms", "chart", 95),
      row("timeline-drawn, p50", "ms", "timeline", 50),
      row("timeline-drawn, p95", "ms", "timeline", 95),
      row("JS heap used after load, p50", "MB", "heap", 50),
      row("JS heap + WebAssembly memory after load, p50", "MB", "memory", 50),
      row("legend toggle to painted frame, p50", "ms", "toggles", 50),
      row("legend toggle to painted frame, p95", "ms", "toggles", 95),
    ],
  };
}

/** The markdown table of `benchPeer()`'s result. */
export function peerTable({ loads, toggles, rows }) {
  const scale = { KB: 1024, MB: 1024 * 1024, ms: 1 };
  const v = (x, unit) => `${(x / scale[unit]).toFixed(1)} ${unit}`;
  return [
    `${loads} loads of each page, alternately, each in a fresh context; ${toggles} legend toggles each. Peer: ECharts + TimelineJS.`,
    "| measure | Cluster Atlas | peer | ratio (Cluster Atlas / peer) |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.name} | ${v(r.app, r.unit)} | ${v(r.peer, r.unit)} | ${(r.app / r.peer).toFixed(2)} |`),
  ].join("\n");
}
