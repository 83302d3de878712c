// The import worker: served with the Content-Security-Policy as an HTTP
// header too (as a strict host sends it), an import runs with no
// violation in the page or the worker; a worker whose WebAssembly never
// starts is reported in words after a timeout; a script embed on another
// origin reads a CSV named by data= through a bootstrap worker, and says
// in words when the host's policy forbids it.
import { test, expect } from "./fixture.js";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { FORMATS, openBy } from "./import-ways.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml" };
const EVENTS = "date,group,title,description,source\n2014-02-26,Capital region,A national strategy,,https://example.org/a\n2016,River delta,A regional plan,,A white paper\n";

/** Serves on a free port of 127.0.0.1 with `handle(path, res)`; the test's pages may request it. */
async function server(clean, handle) {
  const s = createServer((req, res) => handle(new URL(req.url, "http://x").pathname, res));
  await new Promise((done) => s.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${s.address().port}/`;
  clean.allowOrigin(url.slice(0, -1));
  return { url, close: () => s.close() };
}

/** dist/, every response with `headers`. */
function distWith(headers) {
  return async (path, res) => {
    const file = normalize(join(dist, path.endsWith("/") ? `${path}index.html` : path));
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Access-Control-Allow-Origin": "*", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  };
}

test("served with the policy as an HTTP header, an import runs with no violation in the page or the worker", async ({ page, clean }) => {
  const index = await readFile(join(dist, "index.html"), "utf8");
  const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(index)[1];
  const workers = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("worker-src"));
  expect(workers).toBe("worker-src 'self'");
  const strict = await server(clean, distWith({ "Content-Security-Policy": policy }));
  const messages = [];
  page.on("console", (m) => messages.push(m.text()));
  try {
    await page.goto(strict.url);
    await page.getByTestId("open-data").click();
    await page.locator("#import-file").setInputFiles({ name: "events.csv", mimeType: "text/csv", buffer: Buffer.from(EVENTS) });
    await expect(page.getByTestId("timeline-count")).toHaveText("2 milestones");
    // A violation in the worker is reported on the console ("Refused to ...").
    expect(messages.filter((m) => /Content.Security.Policy|Refused to/i.test(m))).toEqual([]);
  } finally {
    strict.close();
  }
});

test("a worker whose WebAssembly does not start is reported in words, and the page stays", async ({ page, context, clean }) => {
  clean.expectError(/CompileError|WebAssembly|wasm/i);
  await context.route(/import_worker-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ body: "not WebAssembly", contentType: "application/wasm" }));
  await page.goto("/");
  await page.getByTestId("open-data").click();
  await page.locator("#import-file").setInputFiles({ name: "events.csv", mimeType: "text/csv", buffer: Buffer.from(EVENTS) });
  await expect(page.getByTestId("import-status")).toContainText("The importer did not start within 10 seconds", { timeout: 15_000 });
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
});

test("the worker is not requested on the first load, and is on the first import", async ({ page }) => {
  const worker = [];
  page.context().on("request", (r) => /import_worker-/.test(r.url()) && worker.push(new URL(r.url()).pathname));
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(worker).toEqual([]);
  await openBy(page, "paste", FORMATS["CSV of milestones"]);
  await expect(page.getByTestId("timeline-count")).toHaveText("2 milestones");
  expect(worker.map((p) => p.replace(/-[0-9a-f]+/, "-HASH")).sort()).toEqual(["/import_worker-HASH.js", "/import_worker-HASH_bg.wasm", "/import_worker-HASH_loader.js"]);
});

/** A host page on another origin embedding the timeline of `events.csv` (served by the host) by script, under `policy` if given. */
function hostPage(baseURL, policy) {
  return (path, res) => {
    if (path === "/events.csv") {
      res.writeHead(200, { "Content-Type": "text/csv" });
      return res.end(EVENTS);
    }
    if (path !== "/") {
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html><head><title>Host</title>${policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : ""}</head><body>
      <div data-cluster-atlas="timeline" data-query="data=/events.csv"></div>
      <script src="${baseURL}/embed.js"></script></body></html>`);
  };
}

test("a script embed on another origin reads a CSV named by data=", async ({ page, baseURL, clean }) => {
  const host = await server(clean, hostPage(baseURL));
  try {
    await page.goto(host.url);
    const embed = page.locator("[data-cluster-atlas=timeline]");
    await expect(embed.getByTestId("timeline-count")).toHaveText("2 milestones");
    await expect(embed.getByTestId("dataset-problems")).toBeEmpty();
  } finally {
    host.close();
  }
});

test("a script embed whose host forbids workers from blob: says so in words", async ({ page, baseURL, clean }) => {
  clean.expectError(/worker-src|Worker|blob:/);
  const host = await server(clean, hostPage(baseURL, "worker-src 'none'"));
  try {
    await page.goto(host.url);
    const embed = page.locator("[data-cluster-atlas=timeline]");
    await expect(embed.getByTestId("dataset-problems")).toContainText("must allow workers from blob:");
  } finally {
    host.close();
  }
});
