// Opening a reader's own data: every format by every way in (the file
// picker, a drop, a paste, ?data=); the line saying which dataset is shown
// and the way back; a file with problems lists them and leaves the page as
// it is; hostile text stays text; Share and Embed of a dataset a link
// cannot carry.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixture.js";
import { FORMATS, openBy, origin } from "./import-ways.js";
import { axeViolations } from "./atlas-page.js";

for (const [format, file] of Object.entries(FORMATS)) {
  for (const way of ["picker", "drop", "paste", "data"]) {
    test(`${format} opens by ${way}`, async ({ page }) => {
      await openBy(page, way, file);
      const shown = page.getByTestId("dataset-shown");
      await expect(shown).toContainText(origin(way, file));
      if (file.title) await expect(shown).toContainText(file.title);
      await file.check(page);
      if (way !== "data") {
        // The way back to the atlas's own data.
        await page.getByTestId("back-to-default").click();
        await expect(page.getByTestId("dataset-shown")).toHaveCount(0);
        await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
      }
    });
  }
}

test("a file with problems lists them where they are, and the data shown stays", async ({ page }) => {
  await openBy(page, "picker", FORMATS["CSV of milestones"]);
  await expect(page.getByTestId("timeline-count")).toHaveText("2 milestones");
  await page.getByTestId("open-data").click();
  await page.locator("#import-file").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("date,group,title\n2014-13-01,A,Bad month\n,A,No date\n"),
  });
  const status = page.getByTestId("import-status");
  await expect(status).toContainText("broken.csv was not opened");
  await expect(status.locator("li")).toHaveCount(2);
  await expect(status.locator("li").first()).toContainText("broken.csv, line 2");
  await expect(status).toContainText("The data shown is unchanged.");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("dataset-shown")).toContainText("events.csv");
  await expect(page.getByTestId("timeline-count")).toHaveText("2 milestones");
});

test("a file that is not UTF-8 text, or over 16 MiB, is refused in words", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("open-data").click();
  await page.locator("#import-file").setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.from([0x64, 0x61, 0x74, 0x65, 0x0a, 0xe9, 0x0a]) });
  await expect(page.getByTestId("import-status")).toContainText("is not UTF-8 text (byte 6");
  await page.locator("#import-file").setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(16 * 1024 * 1024 + 1, 0x61) });
  await expect(page.getByTestId("import-status")).toContainText("over the limit of 16,777,216 bytes");
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
});

test("markup in a TimelineJS3 file runs nothing: tags outside the safe subset are dropped, their text kept, and javascript: links are not links", async ({ page }) => {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const hostile = JSON.stringify({
    title: { text: { headline: "<img src=x onerror=alert(1)>Hostile", text: "<script>alert(2)</script><p>Intro</p>" } },
    events: [
      {
        start_date: { year: "2020" },
        text: { headline: "<img src=x onerror=alert(3)>Event", text: '<p>See <a href="javascript:alert(4)">this</a> and <a href="https://example.org/">that</a>.</p>' },
      },
    ],
  });
  await openBy(page, "picker", { name: "hostile.json", text: hostile });
  await expect(page.getByTestId("dataset-shown")).toContainText("Showing: Hostile (opened from hostile.json)");
  await expect(page.locator("img[src=x]")).toHaveCount(0);
  await page.getByTestId("milestone").first().click();
  const detail = page.getByTestId("milestone-detail");
  await expect(detail).toContainText("See this and that.");
  await expect(detail.locator("a[href^='javascript']")).toHaveCount(0);
  await expect(detail.locator("a[href='https://example.org/']")).toHaveCount(1);
});

test("Share and Embed of an opened dataset say a link cannot carry it, and offer its download", async ({ page }) => {
  await openBy(page, "picker", FORMATS["CSV of milestones"]);
  await expect(page.getByTestId("dataset-shown")).toBeVisible();
  await page.getByTestId("share").click();
  await expect(page.getByTestId("share-status")).toContainText("a link cannot carry it");
  expect(page.url()).not.toContain("data=");
  await page.getByTestId("embed").click();
  await expect(page.getByTestId("embed-unlinkable")).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("embed-dialog").getByRole("button", { name: "Download the dataset (JSON)" }).click()]);
  expect(download.suggestedFilename()).toBe("events.json");
  const json = JSON.parse(await (await import("node:fs/promises")).readFile(await download.path(), "utf8"));
  expect(json.milestones).toHaveLength(2);
});

test("the milestones shown download as a CSV that opens again as the same milestones", async ({ page }) => {
  await openBy(page, "picker", FORMATS["CSV of milestones"]);
  await expect(page.getByTestId("timeline-count")).toHaveText("2 milestones");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-milestones").click()]);
  const csv = await (await import("node:fs/promises")).readFile(await download.path(), "utf8");
  expect(csv.split(/\r?\n/)[0]).toBe("date,group,title,description,source");
  await page.getByTestId("back-to-default").click();
  await openBy(page, "picker", { name: "again.csv", text: csv });
  await expect(page.getByTestId("dataset-shown")).toContainText("again.csv");
  await expect(page.getByTestId("timeline-count")).toHaveText("2 milestones");
  await expect(page.getByTestId("milestone")).toHaveText([/A national strategy/, /A regional plan/]);
});

test("axe finds no violation in the Open data dialog, its problems, or an opened dataset, in both themes", async ({ page }) => {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await page.getByTestId("open-data").click();
    expect(await axeViolations(page), `${scheme}: dialog`).toEqual([]);
    await page.locator("#import-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("date,title\n2020-13,x\n") });
    await expect(page.getByTestId("import-status")).toContainText("bad.csv was not opened");
    expect(await axeViolations(page), `${scheme}: problems`).toEqual([]);
    await page.keyboard.press("Escape");
    await openBy(page, "picker", FORMATS["Our World in Data CSV"]);
    await expect(page.getByTestId("dataset-shown")).toBeVisible();
    expect(await axeViolations(page), `${scheme}: an opened dataset`).toEqual([]);
  }
});

test("a TimelineJS3 file in deep time reads in billions of years, and one with eras shows them as labelled bands", async ({ page }) => {
  const fixture = (name) => readFileSync(new URL(`../fixtures/timelinejs3/${name}`, import.meta.url), "utf8");
  await openBy(page, "picker", { name: "cosmo.json", text: fixture("cosmo.json") });
  await expect(page.getByTestId("timeline-count")).toHaveText("7 milestones");
  await expect(page.locator(".tl-tick").first()).toContainText("billion years ago");
  await page.getByTestId("milestone").filter({ hasText: "The Big Bang" }).click();
  await expect(page.getByTestId("milestone-detail")).toContainText("13.8 billion years ago");
  // Nothing overflows: the page is no wider than the window.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  await page.getByTestId("back-to-default").click();
  await openBy(page, "picker", { name: "eras.json", text: fixture("eras.json") });
  const eras = page.locator(".tl-era-label");
  await expect(eras.filter({ hasText: "Era Test 600-650" })).toBeVisible();
  await expect(eras.filter({ hasText: "Era Test 650-700" })).toBeVisible();
});
