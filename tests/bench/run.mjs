// `make bench`: runs every benchmark and prints tables of figures.
// Benchmarks report; they never fail on a time.
import { benchCharts } from "./charts.mjs";
import { machine } from "./common.mjs";
import { benchImport } from "./import.mjs";
import { benchMap } from "./map.mjs";
import { benchPeer, peerTable } from "./peer.mjs";
import { benchSeries } from "./series.mjs";
import { benchStory } from "./story.mjs";
import { benchTimeline } from "./timeline.mjs";

const rows = [...(await benchCharts()), ...(await benchSeries()), ...(await benchTimeline()), ...(await benchMap()), ...(await benchStory()), ...(await benchImport())];
const peer = await benchPeer();
console.log(`\nCluster Atlas benchmarks — ${machine()}`);
console.log("| measure | p50 | p95 | runs |\n|---|---|---|---|");
for (const r of rows) {
  const v = (x) => (r.unit ? `${x.toFixed(1)} ${r.unit}` : String(x));
  console.log(`| ${r.name} | ${v(r.p50)} | ${v(r.p95)} | ${r.n} |`);
}
console.log(`\nCluster Atlas and its peer — ${machine()}`);
console.log(peerTable(peer));
