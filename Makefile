# Cluster Atlas. The two commands a person needs:
#   make serve   build and serve the app at http://127.0.0.1:8080
#   make test    run every test (native, browser, size budget, lints)
# Both install what is missing first (scripts/setup.sh).

SHELL := /bin/bash
# wasm-opt comes from the npm package binaryen (scripts/minify).
export PATH := $(CURDIR)/scripts/minify/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Browser tests serve dist/ on this port.
export ATLAS_PORT ?= 4173

.PHONY: serve dist test lint unit e2e bench size screenshots data setup-build setup-test clean

serve: setup-build
	trunk serve --release

dist: setup-build
	trunk build --release

test: setup-test lint unit dist e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet
	scripts/worker-deps.sh

unit:
	python3 data/build_dataset.py --check
	cargo test

e2e:
	cd tests && npx playwright test

# Benchmarks report figures (never fail on a time).
bench: setup-test dist
	cd tests && node bench/run.mjs

# What takes the WebAssembly's bytes, by crate and function (twiggy).
size: dist
	scripts/setup.sh size
	scripts/size.sh

# The atlas as a reader sees it, at 1440 and 360 px, light and dark,
# English and Chinese, into docs/screenshots/ (the README shows one).
screenshots: setup-test dist
	node tests/e2e/server.mjs $(ATLAS_PORT) & server=$$!; sleep 1; \
	  (cd tests && node screenshots.mjs http://127.0.0.1:$(ATLAS_PORT)/ ../docs/screenshots); \
	  status=$$?; kill $$server; exit $$status

# Rebuild data/atlas.json after changing data/shared/ or data/editorial/,
# then data/atlas.bin, the same dataset validated, which the app carries.
data:
	python3 data/build_dataset.py
	cargo run --quiet --no-default-features --bin encode_dataset

setup-build:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

clean:
	rm -rf dist target
