#!/usr/bin/env python3
"""Trunk post-build hook: names the import worker's files by their content.

Trunk leaves a worker's files unhashed (import_worker.js,
import_worker_bg.wasm, import_worker_loader.js), so a cache could serve an
old worker with a new page. This gives each a name with a hash of its
content, rewrites the loader to load the renamed files, and writes the
loader's name into index.html as <meta name="import-worker">, where the
page (and embed.js) read it.

The loader loads the glue and the WebAssembly relative to `self.atlasBase`
if set (a worker started from a bootstrap on another origin's page sets it
to the atlas's address), else relative to itself.

Usage: worker.py [dist]  (default: $TRUNK_STAGING_DIR, else dist)
"""

import hashlib
import os
import re
import sys

NAME = "import_worker"


def hashed(path: str, data: bytes, suffix: str) -> str:
    digest = hashlib.sha256(data).hexdigest()[:16]
    name = "%s-%s%s" % (NAME, digest, suffix)
    with open(os.path.join(os.path.dirname(path), name), "wb") as f:
        f.write(data)
    os.remove(path)
    return name


def main() -> None:
    default = os.environ.get("TRUNK_STAGING_DIR", "dist")
    dist = sys.argv[1] if len(sys.argv) > 1 else default
    files = {suffix: os.path.join(dist, NAME + suffix) for suffix in (".js", "_bg.wasm", "_loader.js")}
    for path in files.values():
        if not os.path.exists(path):
            sys.exit("worker.py: no %s (is the import worker in index.html?)" % path)
    with open(files["_bg.wasm"], "rb") as f:
        wasm = hashed(files["_bg.wasm"], f.read(), "_bg.wasm")
    with open(files[".js"], "rb") as f:
        glue = hashed(files[".js"], f.read(), ".js")
    loader = (
        'var base=self.atlasBase||"./";'
        'importScripts(base+"%s");'
        'wasm_bindgen({module_or_path:base+"%s"});' % (glue, wasm)
    ).encode("utf-8")
    loader_name = hashed(files["_loader.js"], loader, "_loader.js")
    index = os.path.join(dist, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    html = re.sub(r'<meta name="?import-worker"?[^>]*>', "", html)
    meta = '<meta name="import-worker" content="%s">' % loader_name
    html, count = re.subn(r"</head>", lambda m: meta + m.group(0), html, count=1)
    if count == 0:
        sys.exit("worker.py: no </head> in " + index)
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
