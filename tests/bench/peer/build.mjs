// Builds the peer site for `tests/bench/peer.mjs`: a copy of dist/ with,
// under peer/, the same default chart and timeline drawn with ECharts and
// TimelineJS (from tests/node_modules), so that one local server serves
// both pages from one origin. Writes target/peer-site/ (git-ignored).
// Usage: node bench/peer/build.mjs (or `buildPeerSite()`).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const repo = join(here, "..", "..", "..");
const modules = join(here, "..", "..", "node_modules");
export const SITE = join(repo, "target", "peer-site");

/** As the app's `decimals_of`: the fewest decimals (up to 9) that keep `v` exact. */
function decimalsOf(v) {
  for (let d = 0; d < 9; d++) {
    const scale = 10 ** d;
    if (Math.round(v * scale) / scale === v) return d;
  }
  return 9;
}

/** As the app's `round_to`. */
function roundTo(v, decimals) {
  const factor = 10 ** Math.min(decimals, 15);
  return Math.round(v * factor) / factor;
}

/**
 * The default economy chart of the app (src/core/chart/build/shared.rs, `cluster_sums`
 * and `Atlas::cluster_total`): per cluster and year of the GDP series, the
 * sum of its member provinces where every member has a value, rounded to
 * the members' most decimals; a cluster with one member is labelled
 * "{cluster}: {member}".
 */
function gdpByCluster(atlas) {
  const gdp = atlas.series.find((s) => s.id === "gdp");
  const years = [...new Set(gdp.points.map((p) => p.year))].sort((a, b) => a - b);
  const value = new Map(gdp.points.map((p) => [`${p.entity}/${p.year}`, p.value]));
  const series = atlas.clusters.map((c) => {
    const members = atlas.entities.filter((e) => e.cluster === c.id);
    const name = members.length === 1 ? `${c.name.en}: ${members[0].name.en}` : c.name.en;
    const data = years.map((year) => {
      const values = members.map((m) => value.get(`${m.id}/${year}`));
      if (values.some((v) => v == null)) return null;
      return roundTo(values.reduce((a, b) => a + b, 0), Math.max(...values.map(decimalsOf)));
    });
    return { name, data };
  });
  return { years, unit: "100 million yuan", series };
}

/** The milestones as TimelineJS events: the date at its precision, the cluster as group. */
function timelineEvents(atlas) {
  const cluster = new Map(atlas.clusters.map((c) => [c.id, c.name.en]));
  return atlas.milestones.map((m) => {
    const [year, month, day] = m.date.split("-").map(Number);
    return {
      unique_id: m.id,
      start_date: { year, ...(month ? { month } : {}), ...(day ? { day } : {}) },
      text: { headline: m.title.en, text: m.description.en },
      // The app's lane of milestones without a cluster is "National".
      group: cluster.get(m.cluster) ?? "National",
    };
  });
}

export function buildPeerSite() {
  const atlas = JSON.parse(readFileSync(join(repo, "data", "atlas.json"), "utf8"));
  rmSync(SITE, { recursive: true, force: true });
  cpSync(join(repo, "dist"), SITE, { recursive: true });
  const peer = join(SITE, "peer");
  const timeline = join(modules, "@knight-lab", "timelinejs", "dist");
  mkdirSync(join(peer, "timeline", "js"), { recursive: true });
  cpSync(join(here, "index.html"), join(peer, "index.html"));
  cpSync(join(here, "page.js"), join(peer, "page.js"));
  cpSync(join(modules, "echarts", "dist", "echarts.min.js"), join(peer, "echarts.min.js"));
  cpSync(join(timeline, "js", "timeline.js"), join(peer, "timeline", "js", "timeline.js"));
  // timeline.css loads its icon font from css/icons/.
  cpSync(join(timeline, "css", "timeline.css"), join(peer, "timeline", "css", "timeline.css"));
  cpSync(join(timeline, "css", "icons"), join(peer, "timeline", "css", "icons"), { recursive: true });
  const data = { chart: gdpByCluster(atlas), events: timelineEvents(atlas) };
  writeFileSync(join(peer, "data.js"), `window.PEER_DATA = ${JSON.stringify(data)};\n`);
  return SITE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`peer site in ${buildPeerSite()}`);
