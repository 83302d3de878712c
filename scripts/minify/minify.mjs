// Trunk post-build hook: minifies the JavaScript glue that wasm-bindgen
// writes (Trunk's own minifier gives up on it), then gives its
// <link rel=modulepreload> in index.html the Subresource Integrity hash of
// the minified file, so that the browser still checks it. Also minifies
// embed.js, the script embeds' loader (copied as is by Trunk).
//
// Usage: node scripts/minify/minify.mjs [dir]  (default: $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const page = join(dir, "index.html");
let html = readFileSync(page, "utf8");
for (const name of readdirSync(dir).filter((f) => /^cluster-atlas-[0-9a-f]+\.js$/.test(f))) {
  const file = join(dir, name);
  const { code } = await minify(readFileSync(file, "utf8"), { module: true, compress: true, mangle: true });
  if (!code) throw new Error(`${name}: Terser returned nothing`);
  writeFileSync(file, code);
  const integrity = `sha384-${createHash("sha384").update(code).digest("base64")}`;
  // The attribute may be quoted or not (Trunk minifies index.html).
  const link = new RegExp(`(href="?\\./${name.replace(".", "\\.")}"?[^>]*?integrity=)"?sha384-[A-Za-z0-9+/=]+"?`);
  if (!link.test(html)) throw new Error(`index.html has no integrity for ${name}`);
  html = html.replace(link, `$1${integrity}`);
}
writeFileSync(page, html);
const loader = join(dir, "embed.js");
const { code } = await minify(readFileSync(loader, "utf8"), { module: true, compress: true, mangle: true });
if (!code) throw new Error("embed.js: Terser returned nothing");
writeFileSync(loader, code);
