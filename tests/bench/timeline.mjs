// Benchmark: frame times while zooming and panning a timeline of 10,000
// synthetic milestones (loaded with ?data=), in headless Chromium. Reports
// p50 and p95 and how many milestones the page holds at once; never fails
// on a time.
import { frameTimes, openWithData, percentile } from "./common.mjs";

const COUNT = 10_000;

/**
 * A valid dataset of `count` milestones over 1900-2025 in four lanes, at
 * all three precisions, with a generated series for the charts.
 */
export function syntheticMilestones(count) {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pad = (n) => String(n).padStart(2, "0");
  const clusters = ["north", "east", "south"].map((id) => ({ id, name: `Cluster ${id}` }));
  const milestones = [];
  for (let i = 0; i < count; i++) {
    const year = 1900 + Math.floor(random() * 126);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const kind = random();
    const date = kind < 0.7 ? `${year}-${pad(month)}-${pad(day)}` : kind < 0.9 ? `${year}-${pad(month)}` : `${year}`;
    const lane = Math.floor(random() * 4);
    milestones.push({
      id: `m${i}`,
      date,
      ...(lane < 3 ? { cluster: clusters[lane].id } : {}),
      title: `Synthetic milestone number ${i}`,
      short: `Milestone ${i}`,
      description: `A generated milestone for the benchmark (${date}).`,
      sources: ["bench"],
    });
  }
  // A series per cluster, so that the page has its charts and cluster
  // cards above the timeline, as the atlas's own page does.
  const entities = clusters.map((c) => ({ id: `e-${c.id}`, name: `Province ${c.id}`, kind: "province", cluster: c.id }));
  const points = entities.flatMap((e, k) =>
    Array.from({ length: 12 }, (_, i) => ({ entity: e.id, year: 2013 + i, value: 1000 * (k + 1) + 50 * i, sources: ["bench"] })),
  );
  return {
    schema: 1,
    title: "Benchmark: 10,000 milestones",
    clusters,
    entities,
    sources: [{ id: "bench", title: "Generated", publisher: "Cluster Atlas benchmark", url: "https://example.org/", supports: "Every milestone and value" }],
    series: [{ id: "gdp", title: "Generated values", unit: "100m-yuan", points }],
    milestones,
  };
}

/** Frame times of pressing `keys` on the timeline, one a frame. */
function press(page, keys) {
  return page.evaluate(frameTimes, { runs: keys.length, kind: "keys", keys });
}

export async function benchTimeline() {
  const { page, close } = await openWithData("bench-10000.json", syntheticMilestones(COUNT));
  await page.getByTestId("timeline-count").filter({ hasText: `${COUNT} milestones` }).waitFor();
  await page.getByTestId("timeline").scrollIntoViewIfNeeded();
  await page.getByTestId("timeline").focus();
  // Zoom in from the whole century to a few weeks and out again, five
  // times; pan across at five zoom levels (from decades to weeks).
  const zoom = [];
  const panning = [];
  for (const depth of [4, 6, 8, 10, 12]) {
    zoom.push(...(await press(page, Array(14).fill("+"))));
    zoom.push(...(await press(page, Array(14).fill("-"))));
    await press(page, Array(depth).fill("+"));
    panning.push(...(await press(page, Array(20).fill("ArrowRight").concat(Array(20).fill("ArrowLeft")))));
    await press(page, Array(depth).fill("-"));
  }
  const inDom = await page.locator("[data-testid=milestone], [data-testid=milestone-group]").count();
  await close();
  return [
    { name: `timeline zoom step, ${COUNT} milestones`, unit: "ms", p50: percentile(zoom, 50), p95: percentile(zoom, 95), n: zoom.length },
    { name: `timeline pan step, ${COUNT} milestones`, unit: "ms", p50: percentile(panning, 50), p95: percentile(panning, 95), n: panning.length },
    { name: `timeline markers in the page after zooming out (of ${COUNT})`, unit: "", p50: inDom, p95: inDom, n: 1 },
  ];
}
