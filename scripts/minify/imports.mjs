// Shortens the names by which the WebAssembly module imports the glue's
// functions. wasm-bindgen names each import after the function and a hash
// (`__wbg_setinnerHTML_a9d3a267967b5117`); each name is written twice, in
// the module's import section and as a key of the glue's import object, and
// the hashes do not compress. Both are renamed to short names (`a`, `b`,
// …, `Z`, `aa`, …), which saves about 6 KB of the gzipped download.

/** Reads an unsigned LEB128 number at `at`: [value, next position]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error("the module ends inside a number");
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Writes an unsigned LEB128 number. */
function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The `i`-th short name: a…z, A…Z, then two letters, and so on. */
export function shortName(i) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  for (;;) {
    name = letters[i % letters.length] + name;
    i = Math.floor(i / letters.length);
    if (i === 0) return name;
    i -= 1;
  }
}

/** Skips an import's description (after its kind byte) at `at`. */
function skipDescription(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: type index
      return leb(bytes, at)[1];
    case 1: // table: reference type, limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: value type, mutability
      return at + 2;
    default:
      throw new Error(`import of unknown kind ${kind}`);
  }
}

/** The bytes of `parts` (Uint8Arrays), one after another. */
function join(parts) {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** A section of kind `id` whose content is `body` (an array of bytes). */
function section(id, body) {
  return join([Uint8Array.of(id, ...uleb(body.length)), Uint8Array.from(body)]);
}

/**
 * `wasm` (a Uint8Array) with each of its sections given to
 * `rewrite(id, start, end)` (its kind, and where its content starts and
 * ends): the bytes it returns take the section's place (none, to leave it
 * out); `undefined` keeps it as it is.
 */
function eachSection(wasm, rewrite) {
  const parts = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = leb(wasm, at + 1);
    const end = start + size;
    parts.push(rewrite(id, start, end) ?? wasm.subarray(at, end));
    at = end;
  }
  return join(parts);
}

/**
 * Renames the function imports of `wasm` (a Uint8Array) from the glue's
 * own module (`./<name>_bg.js`) and the matching keys of the glue `js`;
 * returns both. Throws unless every import's name is found exactly once as
 * a key of the glue's import object (so a second run on the same files
 * fails rather than renaming what it should not).
 */
export function shortenImports(wasm, js) {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const renamed = new Map();
  const shortened = eachSection(wasm, (id, start) => {
    if (id !== 2) return undefined;
    let [count, p] = leb(wasm, start);
    const body = [...uleb(count)];
    while (count-- > 0) {
      const [moduleLength, m] = leb(wasm, p);
      const module = wasm.subarray(m, m + moduleLength);
      const [nameLength, n] = leb(wasm, m + moduleLength);
      const name = decoder.decode(wasm.subarray(n, n + nameLength));
      const kind = wasm[n + nameLength];
      const next = skipDescription(wasm, kind, n + nameLength + 1);
      let shown = name;
      if (kind === 0 && /_bg\.js$/.test(decoder.decode(module))) {
        if (!renamed.has(name)) renamed.set(name, shortName(renamed.size));
        shown = renamed.get(name);
      }
      const bytes = encoder.encode(shown);
      body.push(...uleb(moduleLength), ...module, ...uleb(bytes.length), ...bytes, ...wasm.subarray(n + nameLength, next));
      p = next;
    }
    return section(2, body);
  });
  for (const [name, short] of renamed) {
    const key = new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?=\\s*:)`, "g");
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue names the import ${name} ${found} times as a key (expected once)`);
    js = js.replace(key, short);
  }
  return { wasm: shortened, js };
}

/**
 * `wasm` (a Uint8Array) without its custom sections, which browsers
 * ignore: after wasm-opt's --strip-producers and --strip-target-features,
 * the page's module keeps one, `__wasm_split_unstable`, wasm-bindgen's
 * mark for the wasm-split tool, which nothing here uses.
 */
export function withoutCustomSections(wasm) {
  return eachSection(wasm, (id) => (id === 0 ? new Uint8Array(0) : undefined));
}

/**
 * `wasm` (a Uint8Array) without the exports that `keep` (a predicate on
 * an export's name) refuses: their functions stay until a pass that
 * removes what nothing reaches (wasm-opt's
 * --remove-unused-module-elements) drops them.
 */
export function withoutExports(wasm, keep) {
  const decoder = new TextDecoder();
  return eachSection(wasm, (id, start) => {
    if (id !== 7) return undefined;
    let [count, p] = leb(wasm, start);
    const kept = [];
    while (count-- > 0) {
      const [nameLength, n] = leb(wasm, p);
      const name = decoder.decode(wasm.subarray(n, n + nameLength));
      // The kind's byte, then the index.
      const next = leb(wasm, n + nameLength + 1)[1];
      if (keep(name)) kept.push(wasm.subarray(p, next));
      p = next;
    }
    const body = [...uleb(kept.length)];
    for (const entry of kept) body.push(...entry);
    return section(7, body);
  });
}
