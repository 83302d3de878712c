// Benchmark: a GDP series of 100,000 yearly values (loaded with ?data=),
// redrawn on each legend toggle of a second, short series: the time from
// the toggle to the painted frame, p50 and p95, and how many points the
// drawn line holds. Never fails on a time.
import { frameTimes, openWithData, percentile } from "./common.mjs";

const COUNT = 100_000;

/** A valid dataset: one cluster with 100,000 yearly values (years 1 to 100,000), one with 12. */
export function syntheticSeries(count) {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const points = [];
  let level = 1000;
  for (let year = 1; year <= count; year++) {
    level = Math.max(1, level + (random() - 0.5) * 40);
    points.push({ entity: "long", year, value: Math.round(level * 10) / 10, sources: ["bench"] });
  }
  for (let year = count - 11; year <= count; year++) {
    points.push({ entity: "short", year, value: 500 + (year % 7) * 10, sources: ["bench"] });
  }
  return {
    schema: 1,
    title: `Benchmark: a series of ${count} values`,
    clusters: [
      { id: "long", name: "Long", members: ["Long"] },
      { id: "short", name: "Short", members: ["Short"] },
    ],
    entities: [
      { id: "long", name: "Long", kind: "province", cluster: "long" },
      { id: "short", name: "Short", kind: "province", cluster: "short" },
    ],
    sources: [{ id: "bench", title: "Generated", publisher: "Cluster Atlas benchmark", url: "https://example.org/", supports: "Every value" }],
    series: [{ id: "gdp", title: "Generated output", unit: "100m-yuan", points }],
  };
}

export async function benchSeries() {
  const { page, close } = await openWithData("bench-series.json", syntheticSeries(COUNT));
  // The page is shown once the dataset is read.
  await page.locator(".tagline", { hasText: "Benchmark: a series of" }).waitFor();
  await page.locator("[data-testid=chart-svg] svg polyline").first().waitFor({ state: "attached" });
  await page.getByTestId("chart-frame").scrollIntoViewIfNeeded();
  const vertices = await page.evaluate(() =>
    Math.max(...[...document.querySelectorAll("[data-testid=chart-svg] polyline")].map((p) => p.points.numberOfItems)),
  );
  // Toggles the short series: each toggle redraws the chart, long series and all.
  const toggle = await page.evaluate(frameTimes, { runs: 60, kind: "legend", entries: [1] });
  await close();
  return [
    { name: `legend toggle to painted frame, a series of ${COUNT} values`, unit: "ms", p50: percentile(toggle, 50), p95: percentile(toggle, 95), n: toggle.length },
    { name: `points in the drawn line (of ${COUNT})`, unit: "", p50: vertices, p95: vertices, n: 1 },
  ];
}
