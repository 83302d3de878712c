// Cluster Atlas in another page, by script. In the host page:
//
//   <div data-cluster-atlas="timeline"></div>
//   <script type="module" src="https://example.org/atlas/embed.js"></script>
//
// data-cluster-atlas names the view (economy, rd, patents, science-cities,
// figures, timeline or list); data-query may add a permalink's state
// ("years=2015..2022&clusters=jjj~gba"). The app's files carry a hash in
// their names, so this stable loader finds them in the atlas's index.html,
// next to it, then starts the app, which puts a view into every such
// element, each in a shadow tree of its own. The host serving the atlas
// must allow cross-origin requests (most static hosts do).
const base = new URL("./", import.meta.url);
const page = await (await fetch(new URL("index.html", base))).text();
const file = (pattern) => {
  const found = page.match(pattern);
  if (!found) throw new Error(`Cluster Atlas: no ${pattern} in ${base}index.html`);
  return new URL(found[0], base).href;
};
globalThis.clusterAtlas = { base: base.href, style: file(/main-[0-9a-f]+\.css/) };
const app = await import(file(/cluster-atlas-[0-9a-f]+\.js/));
await app.default({ module_or_path: file(/cluster-atlas-[0-9a-f]+_bg\.wasm/) });
