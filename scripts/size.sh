#!/usr/bin/env bash
# What takes the bytes of the WebAssembly module (`make size`, after
# `make dist`): the module Trunk built, made again with its function names
# kept (wasm-bindgen, then wasm-opt with the flags of index.html and -g),
# read by twiggy, summed by crate by scripts/size.py.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

wasm=target/wasm32-unknown-unknown/release/cluster-atlas.wasm
out=target/size
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" "$wasm"
link=$(grep 'data-bin="cluster-atlas"' index.html)
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' <<<"$link")
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' <<<"$link")
# shellcheck disable=SC2086 # the flags are words
wasm-opt "-O$level" -g $params "$out/cluster-atlas_bg.wasm" -o "$out/named.wasm"
twiggy top --format csv "$out/named.wasm" > "$out/named.csv"

shipped=$(ls dist/cluster-atlas-*_bg.wasm)
echo "Shipped: $shipped, $(stat -c %s "$shipped") bytes, $(gzip -9 -n -c "$shipped" | wc -c) gzipped (gzip -9 -n, as the size test counts)."
echo "Below: the same module with names (its imports keep wasm-bindgen's long names, which the shipped one shortens)."
echo
python3 scripts/size.py "$out/named.csv" 15 "$(stat -c %s data/atlas.bin)"
