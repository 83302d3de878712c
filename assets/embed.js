// Cluster Atlas in another page, by script. In the host page:
//
//   <div data-cluster-atlas="timeline"></div>
//   <script src="https://example.org/atlas/embed.js" defer></script>
//
// data-cluster-atlas names the view (economy, rd, patents, science-cities,
// figures, timeline or list); data-query may add a permalink's state
// ("years=2015..2022&clusters=jjj~gba"). The app's files carry a hash in
// their names, so this stable loader finds them in the atlas's index.html,
// next to it, then starts the app, which puts a view into every such
// element, each in a shadow tree of its own. Served from another origin,
// the atlas's host must send `Access-Control-Allow-Origin` (GitHub Pages
// does; `python3 -m http.server` does not). Without it, or if anything
// else fails, each element gets a link to its view in the full atlas and a
// line saying why. This is a classic script so that it runs even then (a
// module from another origin would not); loaded as a module, as older
// snippets do, it works where the header is sent.
(async () => {
  const script =
    document.currentScript ?? [...document.querySelectorAll("script[src]")].findLast((s) => /\/embed\.js([?#]|$)/.test(s.src));
  const base = new URL("./", script.src);
  try {
    const index = new URL("index.html", base);
    const response = await fetch(index);
    if (!response.ok) throw new Error(`${index} answered ${response.status}.`);
    const page = await response.text();
    const file = (pattern) => {
      const found = page.match(pattern);
      if (!found) throw new Error(`no ${pattern} in ${index}.`);
      return new URL(found[0], base).href;
    };
    // The import worker (for data= files) is started from its loader; a
    // page on another origin starts it through a bootstrap (see the app).
    globalThis.clusterAtlas = {
      base: base.href,
      style: file(/main-[0-9a-f]+\.css/),
      worker: file(/import_worker-[0-9a-f]+_loader\.js/),
    };
    const app = await import(file(/cluster-atlas-[0-9a-f]+\.js/));
    await app.default({ module_or_path: file(/cluster-atlas-[0-9a-f]+_bg\.wasm/) });
  } catch (error) {
    // A refused or failed request is a TypeError without a useful message.
    const refused = error instanceof TypeError;
    for (const element of document.querySelectorAll("[data-cluster-atlas]")) {
      if (element.shadowRoot) continue;
      const query = element.dataset.query;
      const zh = /(^|&)lang=zh/.test(query) || document.documentElement.lang.startsWith("zh");
      const link = document.createElement("a");
      link.href = `${base}?view=${encodeURIComponent(element.dataset.clusterAtlas)}${query ? "&" + query : ""}`;
      link.textContent = zh ? "在创新集群图鉴中打开此视图" : "Open this view in Cluster Atlas";
      const why = document.createElement("p");
      why.textContent = refused
        ? zh
          ? `图鉴无法在此加载：${base.host} 未响应，或未发送 Access-Control-Allow-Origin 响应头。`
          : `The atlas could not load here: ${base.host} did not answer, or sent no Access-Control-Allow-Origin header.`
        : `${zh ? "图鉴无法在此加载：" : "The atlas could not load here: "}${error.message}`;
      const p = document.createElement("p");
      p.append(link);
      element.replaceChildren(p, why);
    }
  }
})();
