#!/usr/bin/env bash
# The import worker pulls in no Leptos (`make lint`): the crates of the
# WebAssembly build without the `app` feature, the worker's build, must not
# include leptos or anything of it (nor plotters, which only the page
# draws with).
set -euo pipefail
cd "$(dirname "$0")/.."
crates=$(cargo tree --no-default-features --target wasm32-unknown-unknown -e normal --prefix none)
if found=$(grep -Ei '^(leptos|reactive_graph|tachys|plotters)' <<<"$crates"); then
  echo "The import worker's build pulls in crates of the page:" >&2
  sort -u <<<"$found" >&2
  exit 1
fi
echo "The import worker's build: $(sort -u <<<"$crates" | wc -l) crates, none of Leptos or plotters."
