#!/usr/bin/env python3
"""Trunk post-build hook: gives index.html a Content-Security-Policy.

The page may run only its own files and its two inline start-up scripts
(Trunk's, which names the hashed file names, and the boot message's), each
allowed by the SHA-256 of its exact text as built, never by
'unsafe-inline'. WebAssembly needs 'wasm-unsafe-eval'. Styles come from the
page's style sheet; inline style attributes (positions of the timeline's
labels, the chart read-out) are allowed as attributes only. A dataset named
by `?data=` may come from another site over HTTPS (or from this machine).

Usage: csp.py [index.html]  (default: $TRUNK_STAGING_DIR/index.html)
"""

import base64
import hashlib
import os
import re
import sys


def policy(html: str) -> str:
    hashes = []
    for match in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
        if "src=" in match.group(1):
            continue
        digest = hashlib.sha256(match.group(2).encode("utf-8")).digest()
        hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "worker-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'none'",
        ]
    )


def main() -> None:
    default = os.path.join(os.environ.get("TRUNK_STAGING_DIR", "dist"), "index.html")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    with open(path, encoding="utf-8") as f:
        html = f.read()
    html = re.sub(r'<meta http-equiv="?Content-Security-Policy"?[^>]*>', "", html)
    meta = '<meta http-equiv="Content-Security-Policy" content="%s">' % policy(html)
    # First in <head>, before anything it governs.

    def after(found: re.Match) -> str:
        # A function, so that nothing in the policy is read as an escape.
        return found.group(0) + meta

    html, count = re.subn(r"<head>", after, html, count=1)
    if count == 0:
        html, count = re.subn(r"<meta charset=[^>]*>", after, html, count=1)
    if count == 0:
        sys.exit("csp.py: no <head> or <meta charset> in " + path)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
