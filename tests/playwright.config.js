// Browser tests of the release build in dist/, in Debian's Chromium.
import { defineConfig } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { launchOptions } from "./chromium.js";

// Every spec runs under the fixture that fails a test on console errors,
// page errors, CSP violations and failed or foreign requests: a spec that
// takes `test` from anywhere else does not run at all.
for (const name of readdirSync(new URL("./e2e", import.meta.url)).filter((n) => n.endsWith(".spec.js"))) {
  const source = readFileSync(new URL(`./e2e/${name}`, import.meta.url), "utf8");
  if (!/^import \{ test, expect \} from "\.\/fixture\.js";$/m.test(source)) {
    throw new Error(`e2e/${name} must import { test, expect } from "./fixture.js"`);
  }
}

const port = Number(process.env.ATLAS_PORT ?? 4173);

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    launchOptions,
  },
  webServer: {
    command: `node e2e/server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
