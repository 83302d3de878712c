// Sources and citing: the list of sources stays closed until asked for or
// followed to; each source shows its original first and the copy it was
// read at; the page and every export say how to cite the atlas.
import { test, expect } from "./fixture.js";
import { AtlasPage, Charts } from "./atlas-page.js";

const CITATION = "Cluster Atlas: China's innovation clusters and their coordination, dataset version 1.0 (7 Dec 2026).";

test("on a phone the sources list is closed, says how many sources it has, and the page is short", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const atlas = new AtlasPage(page);
  await atlas.open();
  const details = page.getByTestId("source-details");
  await expect(details).not.toHaveAttribute("open");
  await expect(details.locator("summary")).toHaveText(/^All \d+ sources$/);
  const count = Number((await details.locator("summary").textContent()).match(/\d+/)[0]);
  await expect(atlas.sourceEntries()).toHaveCount(count);
  await expect(atlas.sourceEntries().first()).toBeHidden();
  const height = (await page.locator("#sources").boundingBox()).height;
  expect(height).toBeLessThan(1500);
  // Opened, it lists them all.
  await details.locator("summary").click();
  await expect(atlas.sourceEntries().first()).toBeVisible();
});

test("a figure's source link opens the closed list at its entry, scrolled to and focused, each time it is followed", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const atlas = new AtlasPage(page);
  await atlas.open();
  const link = atlas.clusterCard("yrd").getByTestId("headline").first().getByRole("link").first();
  const entry = page.locator("#source-nbs-provincial-gdp");
  for (let time = 0; time < 2; time++) {
    await link.click();
    await expect(page).toHaveURL(/#source-nbs-provincial-gdp$/);
    await expect(page.getByTestId("source-details")).toHaveAttribute("open");
    await expect(entry).toBeVisible();
    await expect(entry).toBeInViewport();
    await expect(entry).toBeFocused();
    // Closed again, the same link (the address already names the entry)
    // opens it again.
    await page.getByTestId("source-details").locator("summary").click();
    await expect(entry).toBeHidden();
    await link.scrollIntoViewIfNeeded();
  }
});

test("an address naming a source opens the page at its entry", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/#source-rd-bulletin-2023");
  const entry = page.locator("#source-rd-bulletin-2023");
  await expect(entry).toBeVisible();
  await expect(entry).toBeInViewport();
});

test("a source that is a copy shows its original's publisher and title first, linked, and the copy as read at", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/#source-rd-bulletin-2023");
  const entry = page.locator("#source-rd-bulletin-2023");
  const title = entry.locator(".source-title");
  await expect(title).toContainText("2023年全国科技经费投入统计公报");
  await expect(title.getByRole("link")).toHaveAttribute("href", "https://www.stats.gov.cn/sj/zxfb/202410/t20241002_1956810.html");
  await expect(entry.locator(".source-publisher")).toHaveText(
    "National Bureau of Statistics, Ministry of Science and Technology, Ministry of Finance (joint communique)",
  );
  await expect(entry.locator(".source-date")).toHaveText("Published: 2 Oct 2024");
  const readAt = entry.locator(".source-read-at");
  // The copy is where it was read: its address, not a second title.
  await expect(readAt).toHaveText(/^Read at: https:\/\/github\.com\/huhuaping\/techme\/\S+$/);
  await expect(readAt.locator("a.source-url")).toHaveAttribute("href", /^https:\/\/github\.com\/huhuaping\/techme\//);
  // The title comes before the copy.
  const order = await entry.evaluate((li) => [...li.children].map((c) => c.className));
  expect(order.indexOf("source-title")).toBeLessThan(order.indexOf("source-read-at"));
});

test("in Chinese, publishers have their Chinese names where the dataset gives them", async ({ page }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?lang=zh#source-rd-bulletin-2023");
  const publisher = page.locator("#source-rd-bulletin-2023 .source-publisher");
  await expect(publisher).toHaveText("国家统计局、科学技术部、财政部（联合公报）");
  await expect(publisher).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("#source-rd-bulletin-2023 .source-read-at")).toContainText(/^阅读自：/);
  await expect(page.getByTestId("citing")).toContainText("引用方式：创新集群图鉴：中国三大创新集群及其协同发展，数据集版本1.0（2026年12月7日）。");
  const charts = new Charts(page);
  const csv = (await charts.download("csv")).bytes.toString("utf8");
  expect(csv).toContain("国家统计局，国家数据（data.stats.gov.cn）：");
  expect(csv).toContain("引用方式：");
});

test("the page says how to cite the view, on what licence, and when the data was updated", async ({ page, baseURL }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?view=rd");
  const citing = page.getByTestId("citing");
  await expect(citing).toContainText(`How to cite: ${CITATION} ${baseURL}/?view=rd`);
  await expect(citing).toContainText("Licence: ");
  await expect(citing).toContainText("CC BY 4.0");
  await expect(citing).toContainText("the figures remain their publishers'");
  await expect(citing).toContainText("Data last updated: 7 Dec 2026");
  // It follows the view.
  await new Charts(page).tab("patents").click();
  await expect(citing).toContainText(`${baseURL}/?view=patents`);
});

test("every export says how to cite the view: CSV, SVG and PNG", async ({ page, baseURL }) => {
  const atlas = new AtlasPage(page);
  await atlas.open("/?view=rd");
  const charts = new Charts(page);
  await expect(charts.svg()).toBeVisible();
  const csv = (await charts.download("csv")).bytes.toString("utf8");
  const [, notes] = csv.split("\r\n\r\n");
  const lines = notes.trim().split("\r\n");
  expect(lines[0]).toBe(`"How to cite: ${CITATION} ${baseURL}/?view=rd"`);
  expect(lines[1]).toContain("CC BY 4.0");
  expect(lines[2]).toBe("Data last updated: 7 Dec 2026");
  // The values cite the originals' publishers.
  expect(csv).toContain("National Bureau of Statistics, Ministry of Science and Technology, Ministry of Finance (joint communique): ");
  const svg = (await charts.download("svg")).bytes.toString("utf8");
  const texts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return [...doc.querySelectorAll("text")].map((n) => n.textContent).join(" ");
  }, svg);
  expect(texts).toContain("How to cite:");
  expect(texts).toContain(`${baseURL}/?view=rd`);
  expect(texts).toContain("CC BY 4.0");
  expect(texts).toContain("Data last updated: 7 Dec 2026");
  // The PNG is drawn from the same SVG.
  const png = await charts.download("png");
  expect(png.bytes.subarray(1, 4).toString()).toBe("PNG");
});
