// Page object for Cluster Atlas: what a reader sees, found by data-testid,
// and what the page did (console errors, requests) while the test ran.
import { expect } from "@playwright/test";

export class AtlasPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    this.requests = [];
    this.failed = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => this.consoleErrors.push(String(err)));
    page.on("request", (req) => this.requests.push(req.url()));
    page.on("response", (res) => {
      if (res.status() >= 400) this.failed.push(`${res.status()} ${res.url()}`);
    });
  }

  /** Opens the app at `path` and waits until the cluster cards are shown. */
  async open(path = "/") {
    await this.page.goto(path);
    await expect(this.clusterCard("jjj")).toBeVisible();
  }

  clusterCard(id) {
    return this.page.getByTestId(`cluster-card-${id}`);
  }

  sourceEntries() {
    return this.page.getByTestId("source-entry");
  }

  /** Requests that left the page's origin. */
  foreignRequests() {
    const origin = new URL(this.page.url()).origin;
    return this.requests.filter((url) => !url.startsWith(origin + "/") && !url.startsWith("data:"));
  }

  /** Asserts the page ran cleanly: no console error, no failed or foreign request. */
  expectClean() {
    expect(this.consoleErrors, "console errors").toEqual([]);
    expect(this.failed, "failed requests").toEqual([]);
    expect(this.foreignRequests(), "requests to other origins").toEqual([]);
  }
}
