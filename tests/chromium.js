// How every test, benchmark and screenshot launches Chromium: Debian's
// own, headless, with the browser's background work off (networking,
// component updates, sync, QUIC, the first-run tasks).
//
// Chromium's headless mode runs the whole browser, address bar included:
// at each launch it loads the bar's suggestion popup, a WebUI page with a
// renderer of its own, and spends 0.2-0.4 s of processor time on it, just
// when the page under test is loading. On two cores that ran beside the
// 100,000-row CSV read of the benchmarks in most loads (p50 208 ms with
// it, 154 ms without, 10 loads each of one build, alternately,
// 2026-11-30). The two features named below load that popup.

/** Options for `chromium.launch`, and Playwright's `use.launchOptions`. */
export const launchOptions = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
  ],
};
