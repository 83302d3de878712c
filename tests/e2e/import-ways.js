// The ways a reader opens a file, for the import tests: the Open data
// dialog's file picker, a drop on the page, a paste outside a text field,
// and ?data=; and the files of each format the tests open.
import { readFileSync } from "node:fs";
import { expect } from "./fixture.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const read = (path) => readFileSync(new URL(path, fixtures), "utf8");

/** The atlas's own JSON format, retitled so that it shows. */
function ownJson() {
  const atlas = JSON.parse(readFileSync(new URL("../../data/atlas.json", import.meta.url), "utf8"));
  atlas.title = "A copy of the atlas";
  return JSON.stringify(atlas);
}

/**
 * One file of each format: its name, text, and what shows once it is
 * open (a title, and a check of what it brought).
 */
export const FORMATS = {
  "own JSON": {
    name: "copy.json",
    text: ownJson,
    title: "A copy of the atlas",
    check: async (page) => expect(page.getByTestId("tab-economy")).toBeVisible(),
  },
  "TimelineJS3 JSON": {
    name: "houston.json",
    text: () => read("timelinejs3/houston.json"),
    title: "Whitney Houston",
    check: async (page) => expect(page.getByTestId("timeline-count")).toHaveText("18 milestones"),
  },
  "CSV of series": {
    name: "harvest.csv",
    text: () => "entity,year,value,unit,source\nNorthland,2020,1.5,tonnes,Farm survey\nNorthland,2021,2,tonnes,Farm survey\nSouthland,2020,3,tonnes,Farm survey\n",
    title: null,
    check: async (page) => {
      await expect(page.locator("[data-testid=chart-svg] svg")).toBeVisible();
      // Series alone: no timeline, and no heading of groups it has not.
      await expect(page.getByTestId("timeline")).toHaveCount(0);
      await expect(page.locator("#clusters-heading")).toHaveCount(0);
    },
  },
  "Our World in Data CSV": {
    name: "books.csv",
    text: () => read("owid/books-buringh-van-zanden-2009.csv"),
    title: null,
    check: async (page) => expect(page.getByRole("tab", { name: /Manuscript production per century/ })).toBeVisible(),
  },
  "CSV of milestones": {
    name: "events.csv",
    text: () => "date,group,title,description,source\n2014-02-26,Capital region,A national strategy,What happened,https://example.org/a\n2016,River delta,A regional plan,,A white paper\n",
    title: null,
    check: async (page) => expect(page.getByTestId("timeline-count")).toHaveText("2 milestones"),
  },
};

/** Opens the app's default view, then `file` by `way`. */
export async function openBy(page, way, file) {
  const text = typeof file.text === "function" ? file.text() : file.text;
  if (way === "data") {
    await page.route(`**/${file.name}`, (route) => route.fulfill({ body: text, contentType: "text/plain; charset=utf-8" }));
    await page.goto(`/?data=${file.name}`);
    return;
  }
  await page.goto("/");
  await expect(page.getByTestId("cluster-card-jjj")).toBeVisible();
  if (way === "picker") {
    await page.getByTestId("open-data").click();
    await page.locator("#import-file").setInputFiles({ name: file.name, mimeType: "text/plain", buffer: Buffer.from(text) });
  } else if (way === "drop") {
    const data = await page.evaluateHandle(({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: "text/plain" }));
      return data;
    }, { name: file.name, text });
    await page.locator("main").dispatchEvent("dragover", { dataTransfer: data });
    await expect(page.getByTestId("drop-target")).toBeVisible();
    await page.locator("main").dispatchEvent("drop", { dataTransfer: data });
    await expect(page.getByTestId("drop-target")).toBeHidden();
  } else if (way === "paste") {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.evaluate((text) => navigator.clipboard.writeText(text), text);
    await page.locator("main").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("ControlOrMeta+V");
  }
}

/** What the line of the dataset shown says of where it came from. */
export function origin(way, file) {
  return { picker: `opened from ${file.name}`, drop: `opened from ${file.name}`, paste: "(pasted)", data: `read from ${file.name}` }[way];
}
