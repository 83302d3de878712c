// Trunk post-build hook: shortens the names of the WebAssembly module's
// imports and leaves out its custom sections (imports.mjs), minifies the
// JavaScript glue that wasm-bindgen writes (Trunk's own minifier gives up
// on it), then gives both files' <link>s in index.html the Subresource
// Integrity hashes of the files as rewritten, so that the browser still
// checks them. Also shortens the import
// worker's imports and minifies its glue (before scripts/worker.py names
// them by their content, without integrity), and minifies embed.js, the script embeds' loader (copied as is by Trunk).
//
// Usage: node scripts/minify/minify.mjs [dir]  (default: $TRUNK_STAGING_DIR),
// once on a fresh build (a second run fails: the names are short already).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { shortenImports, withoutCustomSections, withoutExports } from "./imports.mjs";


const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const page = join(dir, "index.html");
let html = readFileSync(page, "utf8");

/** Gives the <link> to `name` in index.html the integrity of `bytes`. */
function setIntegrity(name, bytes) {
  const integrity = `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  // The attribute may be quoted or not (Trunk minifies index.html).
  const link = new RegExp(`(href="?\\./${name.replace(".", "\\.")}"?[^>]*?integrity=)"?sha384-[A-Za-z0-9+/=]+"?`);
  if (!link.test(html)) throw new Error(`index.html has no integrity for ${name}`);
  html = html.replace(link, `$1${integrity}`);
}

/**
 * The glue `js` without the exported classes that never have an instance:
 * wasm-bindgen exports every `#[wasm_bindgen]` struct of every crate
 * linked in, here wasm-streams' three (which Leptos' server functions
 * bring in and the page never uses). A class with neither a constructor
 * nor a static `__wrap` (by which Rust hands one to JavaScript) can never
 * be made; it goes, with its finalization registry, which Terser would
 * keep (0.3 KB gzipped). The module's exports go too (see
 * `withoutUnreadExports`).
 */
function withoutUnmadeClasses(js) {
  const exported = /export class (\w+) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/g;
  const unmade = [];
  js = js.replace(exported, (whole, name) => {
    if (/\n    (constructor|static __wrap)\(/.test(whole)) return whole;
    unmade.push(name);
    return "";
  });
  for (const name of unmade) {
    const registry = new RegExp(`const ${name}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n[^\\n]*\\n[^\\n]*;\\n`);
    if (!registry.test(js)) throw new Error(`the glue has no finalization registry for ${name}`);
    js = js.replace(registry, "");
    if (js.includes(name)) throw new Error(`the glue still names ${name}`);
  }
  return js;
}

/**
 * Writes to `file` the module `wasm` without the exports that the glue
 * `js` never reads (`wasm.<name>`): those of the classes that
 * `withoutUnmadeClasses` took out, and wasm-bindgen's globals that nothing
 * reads; then wasm-opt drops the code only they reached (8 KB, 1.2 KB
 * gzipped: wasm-streams' sources and sinks, their futures). wasm-opt
 * writes the module again from its own representation: with the features
 * the module was built with (its section naming them is stripped), and
 * with the stack IR of the size-optimised build, without which the
 * rewritten code would be 1.6 KB larger.
 */
function withoutUnreadExports(wasm, js, file) {
  const read = new Set([...js.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]));
  writeFileSync(file, withoutExports(wasm, (name) => read.has(name)));
  const wasmOpt = fileURLToPath(new URL("./node_modules/.bin/wasm-opt", import.meta.url));
  const features = ["bulk-memory", "bulk-memory-opt", "multivalue", "mutable-globals", "nontrapping-float-to-int", "reference-types", "sign-ext"];
  execFileSync(wasmOpt, [
    file,
    ...features.map((f) => `--enable-${f}`),
    "--remove-unused-module-elements",
    "--generate-stack-ir",
    "--optimize-stack-ir",
    "--optimize-level=2",
    "--shrink-level=2",
    "-o",
    file,
  ]);
  return readFileSync(file);
}

for (const name of readdirSync(dir).filter((f) => /^cluster-atlas-[0-9a-f]+\.js$/.test(f))) {
  const file = join(dir, name);
  const wasmName = name.replace(/\.js$/, "_bg.wasm");
  const wasmFile = join(dir, wasmName);
  const short = shortenImports(readFileSync(wasmFile), readFileSync(file, "utf8"));
  const js = withoutUnmadeClasses(short.js);
  const wasm = withoutCustomSections(withoutUnreadExports(short.wasm, js, wasmFile));
  writeFileSync(wasmFile, wasm);
  setIntegrity(wasmName, wasm);
  // The glue's function expressions (the imports, the closures handed to
  // handleError) are only ever called, never constructed, so Terser may
  // write those that read neither `this` nor `arguments` as arrow
  // functions (ES2015, as the glue's classes are): 0.06 KB smaller gzipped.
  const { code } = await minify(js, {
    module: true,
    ecma: 2015,
    compress: { unsafe_arrows: true },
    mangle: true,
  });
  if (!code) throw new Error(`${name}: Terser returned nothing`);
  writeFileSync(file, code);
  setIntegrity(name, code);
}
// Trunk's start-up script, which imports the glue and starts the module,
// minified too (scripts/csp.py allows it by the hash of its text as
// written here).
const startup = /(<script type="?module"?>)([\s\S]*?)(<\/script>)/;
const found = html.match(startup);
if (!found) throw new Error("index.html has no start-up script");
const started = await minify(found[2], { module: true, compress: true, mangle: true });
if (!started.code) throw new Error("the start-up script: Terser returned nothing");
html = html.replace(startup, () => found[1] + started.code + found[3]);
writeFileSync(page, html);

// The import worker's glue, a classic script (wasm-bindgen's `no-modules`)
// that its loader runs with importScripts: the same short import names,
// and Terser without `module`, so that its one global, `wasm_bindgen`,
// keeps its name. scripts/worker.py names both files by their content
// afterwards (the page loads them by that name, without integrity).
const workerGlue = join(dir, "import_worker.js");
const workerWasm = join(dir, "import_worker_bg.wasm");
const worker = shortenImports(readFileSync(workerWasm), readFileSync(workerGlue, "utf8"));
const minified = await minify(worker.js, { compress: true, mangle: true });
if (!minified.code) throw new Error("import_worker.js: Terser returned nothing");
writeFileSync(workerWasm, worker.wasm);
writeFileSync(workerGlue, minified.code);
const loader = join(dir, "embed.js");
const { code } = await minify(readFileSync(loader, "utf8"), { module: true, compress: true, mangle: true });
if (!code) throw new Error("embed.js: Terser returned nothing");
writeFileSync(loader, code);
