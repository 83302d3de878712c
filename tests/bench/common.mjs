// Shared pieces of the benchmarks: Chromium options, a static server for
// dist/, percentiles, the machine's description.
import { spawn } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";

export const launchOptions = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

/** Serves dist/ (or `dir`) on a free local port until `close()`. */
export async function serve(dir) {
  const port = 4300 + Math.floor(Math.random() * 500);
  const script = fileURLToPath(new URL("../e2e/server.mjs", import.meta.url));
  const child = spawn(process.execPath, [script, String(port), ...(dir ? [dir] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve) => child.stdout.once("data", resolve));
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
