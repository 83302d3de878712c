// `make bench`: runs every benchmark and prints a table of figures.
// Benchmarks report; they never fail on a time.
import os from "node:os";
import { benchCharts } from "./charts.mjs";
import { benchSeries } from "./series.mjs";
import { benchTimeline } from "./timeline.mjs";

const rows = [...(await benchCharts()), ...(await benchSeries()), ...(await benchTimeline())];
const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`\nCluster Atlas benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${os.platform()}`);
console.log("| measure | p50 | p95 | runs |\n|---|---|---|---|");
for (const r of rows) {
  const v = (x) => (r.unit ? `${x.toFixed(1)} ${r.unit}` : String(x));
  console.log(`| ${r.name} | ${v(r.p50)} | ${v(r.p95)} | ${r.n} |`);
}
