// The fixture every browser test runs under: it fails the test on a console
// error, an uncaught page error, a Content-Security-Policy violation, a
// failed request, or a request to another origin, in the test's own page and
// in every page of any context the test opens. Specs import `test` and
// `expect` from here, never from @playwright/test. A test that starts a
// second local origin, or provokes an error on purpose, says so through the
// `clean` fixture: `clean.allowOrigin(origin)`, `clean.expectError(/text/)`.
import { test as base, expect } from "@playwright/test";

export { expect };

export const test = base.extend({
  /** Watches every context of the test; checks what it saw at the end. */
  clean: [
    async ({ browser, context, baseURL }, use) => {
      const problems = [];
      const allowed = [new URL(baseURL).origin];
      const expectedErrors = [];
      const local = (url) =>
        url.startsWith("data:") ||
        url.startsWith("about:") ||
        allowed.some((origin) => url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`));
      const expected = (text) => expectedErrors.some((re) => re.test(text));
      const watch = async (ctx) => {
        await ctx.exposeBinding("__atlasCspViolation", (_source, line) => {
          if (!expected(`CSP violation: ${line}`)) problems.push(`CSP violation: ${line}`);
        });
        await ctx.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (e) =>
            window.__atlasCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
          );
        });
        ctx.on("console", (msg) => {
          if (msg.type() === "error" && !expected(msg.text())) problems.push(`console error: ${msg.text()}`);
        });
        ctx.on("weberror", (err) => {
          if (!expected(String(err.error()))) problems.push(`page error: ${err.error()}`);
        });
        ctx.on("request", (req) => {
          if (!local(req.url())) problems.push(`request to another origin: ${req.url()}`);
        });
        ctx.on("response", (res) => {
          if (res.status() >= 400 && !expected(`${res.status()} ${res.url()}`))
            problems.push(`failed request: ${res.status()} ${res.url()}`);
        });
      };
      await watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const ctx = await newContext.apply(browser, args);
        await watch(ctx);
        return ctx;
      };
      await use({
        /** Lets the test's pages request `origin`, a server the test started. */
        allowOrigin: (origin) => allowed.push(origin),
        /** Lets console errors, page errors, failed requests and CSP violations ("CSP violation: ...") matching `pattern` pass. */
        expectError: (pattern) => expectedErrors.push(pattern),
      });
      browser.newContext = newContext;
      expect(problems, "console errors, page errors, CSP violations, failed or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});
