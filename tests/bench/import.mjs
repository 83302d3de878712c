// Benchmark: reading a CSV of 100,000 milestones (loaded with ?data=), in
// headless Chromium: the time from the text having arrived to the dataset
// being read and validated (the app's `dataset-fetched` and `dataset-read`
// marks). Reports p50 and p95 over fresh loads; never fails on a time.
import { openWithData, percentile } from "./common.mjs";

const ROWS = 100_000;
const LOADS = 10;

/** A valid CSV of `rows` milestones over 1900-2025 in four lanes (one without a group), at all three precisions, in no particular order. */
export function milestoneCsv(rows) {
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pad = (n) => String(n).padStart(2, "0");
  const lines = ["date,group,title,description,source"];
  for (let i = 0; i < rows; i++) {
    const year = 1900 + Math.floor(random() * 126);
    const kind = random();
    const month = pad(1 + Math.floor(random() * 12));
    const date = kind < 0.7 ? `${year}-${month}-${pad(1 + Math.floor(random() * 28))}` : kind < 0.9 ? `${year}-${month}` : `${year}`;
    const group = ["North", "East", "South", ""][Math.floor(random() * 4)];
    lines.push(`${date},${group},Event ${i},"Row ${i}, generated",https://example.org/${i % 500}`);
  }
  return lines.join("\n") + "\n";
}

export async function benchImport() {
  const csv = milestoneCsv(ROWS);
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const { page, close } = await openWithData("bench-100000.csv", csv);
    await page.waitForFunction(() => performance.getEntriesByName("dataset-read").length, null, { polling: 50, timeout: 120_000 });
    if (await page.getByTestId("dataset-problems").isVisible()) throw new Error(`the CSV was not read: ${await page.getByTestId("dataset-problems").innerText()}`);
    times.push(
      await page.evaluate(() => performance.getEntriesByName("dataset-read")[0].startTime - performance.getEntriesByName("dataset-fetched")[0].startTime),
    );
    await close();
  }
  const mb = (csv.length / 1024 / 1024).toFixed(1);
  return [{ name: `${ROWS.toLocaleString("en")}-row milestone CSV (${mb} MB) read and validated`, unit: "ms", p50: percentile(times, 50), p95: percentile(times, 95), n: LOADS }];
}
