// A static file server for the release build in dist/, as any static host
// would serve it: at the root and under sub-paths (/atlas/, /a/b/c/).
// Usage: node e2e/server.mjs [port (0: any free one)] [dist directory]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const port = Number(process.argv[2] ?? process.env.ATLAS_PORT ?? 4173);
const root = resolve(process.argv[3] ?? join(here, "..", "..", "dist"));
/** The sub-paths the app is also served under. */
export const PREFIXES = ["/atlas/", "/a/b/c/"];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

async function serve(request, response) {
  let path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  for (const prefix of PREFIXES) {
    if (path === prefix.slice(0, -1)) {
      response.writeHead(301, { Location: prefix });
      return response.end();
    }
    if (path.startsWith(prefix)) path = "/" + path.slice(prefix.length);
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403);
    return response.end();
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error("not a file");
    const body = await readFile(file);
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      // As most static hosts (GitHub Pages among them) answer: pages of
      // other sites may load the atlas by script (see README, "Embedding").
      "Access-Control-Allow-Origin": "*",
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain" });
    response.end("not found");
  }
}

// Port 0 takes a free port, which the line printed names.
const server = createServer((req, res) => {
  serve(req, res).catch(() => {
    res.writeHead(500);
    res.end();
  });
}).listen(port, "127.0.0.1", () => {
  const { port: bound } = server.address();
  console.log(`serving ${root} on http://127.0.0.1:${bound}/ and under ${PREFIXES.join(", ")}`);
});
