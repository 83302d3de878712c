// The year range: it cannot trap the reader, it runs over the years the
// chart in view has, links with a bad range open a usable one, and a chart
// without data in the chosen years says so plainly.
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts } from "./atlas-page.js";

const value = (page) => page.getByTestId("year-range-value");

/** The centre of the handle `end` ("from" or "to") on screen. */
async function handleAt(page, end) {
  return page.getByTestId(`year-${end}`).evaluate((input) => {
    const r = input.getBoundingClientRect();
    const f = (input.value - input.min) / (input.max - input.min);
    return { x: r.left + 12 + f * (r.width - 24), y: r.top + r.height / 2 };
  });
}

/** Drags with the mouse from `from` to x position `x`. */
async function drag(page, from, x) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + x) / 2, from.y, { steps: 4 });
  await page.mouse.move(x, from.y, { steps: 4 });
  await page.mouse.up();
}

test("the year range never traps: handles drag back, the track moves the nearer handle, Reset shows all years", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  const charts = new Charts(page);
  await page.getByTestId("year-from").scrollIntoViewIfNeeded();
  const track = await page.locator(".range-track").boundingBox();
  await expect(page.getByTestId("year-reset")).toBeHidden();

  // "From" dragged all the way right stops a year before "To".
  await drag(page, await handleAt(page, "from"), track.x + track.width + 40);
  await expect(value(page)).toHaveText("2023 – 2024");
  expect(await charts.labels()).not.toContain("2022");
  await expect(page.getByTestId("year-reset")).toBeVisible();

  // Either handle still drags back left, "To" as far as a year after "From".
  await drag(page, await handleAt(page, "from"), track.x + track.width / 2);
  await expect(value(page)).toHaveText(/^201[89] – 2024$/);
  const from = Number((await value(page).textContent()).slice(0, 4));
  await drag(page, await handleAt(page, "to"), track.x - 40);
  await expect(value(page)).toHaveText(`${from} – ${from + 1}`);
  await drag(page, await handleAt(page, "to"), track.x + track.width + 40);
  await expect(value(page)).toHaveText(`${from} – 2024`);

  // A click on the track, left of both handles, moves "From" there.
  await page.mouse.click(track.x + 4, track.y + track.height / 2);
  await expect(value(page)).toHaveText("2013 – 2024");
  await expect(page.getByTestId("year-reset")).toBeHidden();
  await expect(page).not.toHaveURL(/years=/);

  // Reset brings back every year, from the keyboard too.
  await page.getByTestId("year-from").focus();
  await page.keyboard.press("End");
  await expect(value(page)).toHaveText("2023 – 2024");
  await expect(page).toHaveURL(/years=2023\.\.2024/);
  await page.getByTestId("year-reset").click();
  await expect(value(page)).toHaveText("2013 – 2024");
  await expect(page.getByTestId("year-reset")).toBeHidden();
  await expect(page).not.toHaveURL(/years=/);
});

test("the range runs over the years the chart in view has data for", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/");
  const charts = new Charts(page);
  const expected = { economy: "2013 – 2024", rd: "2013 – 2023", patents: "2013 – 2023", "science-cities": "2018 – 2025" };
  for (const [slug, range] of Object.entries(expected)) {
    await charts.open(slug);
    await expect(value(page), slug).toHaveText(range);
    await expect(page.getByTestId("year-to")).toHaveAttribute("max", range.slice(-4));
  }
});

test("a link with a one-year or empty range opens a usable range, and the address says it", async ({ page }) => {
  const atlas = new AtlasPage(page);
  const charts = new Charts(page);
  await atlas.open("/?view=science-cities&years=2025..2025");
  await expect(value(page)).toHaveText("2024 – 2025");
  await expect(page).toHaveURL(/years=2024\.\.2025/);
  await atlas.open("/?years=2020..2020");
  await expect(value(page)).toHaveText("2020 – 2021");
  await expect(page).toHaveURL(/years=2020\.\.2021/);
  // Its values are marked.
  await expect(charts.svg().locator("circle")).not.toHaveCount(0);
  await expect(page.locator(".chart-message")).toHaveText("");
  await atlas.open("/?view=rd&years=2024..2025");
  await expect(value(page)).toHaveText("2013 – 2023");
  await expect(page).not.toHaveURL(/years=/);
  await expect(page.locator(".chart-message")).toHaveText("");
});

test("a chart without data in the chosen years says so, keeps its unit and offers no empty downloads", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?economy=share&years=2013..2014");
  const charts = new Charts(page);
  await expect(page.locator(".chart-message")).toHaveText("The chosen years have no data for this chart: widen the years.");
  await expect(page.getByTestId("chart-title")).toContainText("(%)");
  expect(await charts.labels()).not.toContain("–");
  await expect(page.locator(".chart-sources")).toHaveCount(0);
  await expect(page.getByTestId("download-csv")).toBeHidden();
  await expect(page.getByTestId("table-toggle")).toBeHidden();

  // With no cluster chosen, the lines keep their unit too.
  await atlas.open("/?clusters=");
  await expect(page.locator(".chart-message")).toContainText("choose at least one cluster");
  await expect(page.getByTestId("chart-title")).toContainText("(trillion yuan)");
  await expect(page.getByTestId("download-svg")).toBeHidden();
});
