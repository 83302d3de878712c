#!/usr/bin/env bash
# Installs what building or testing Cluster Atlas needs, at pinned versions,
# from the package registries only (crates.io, Debian, npm). Idempotent:
# whatever is already present at the right version is skipped.
#
#   scripts/setup.sh build   # wasm target, Trunk, wasm-bindgen-cli, npm (wasm-opt, Terser)
#   scripts/setup.sh test    # the above, plus Chromium, CJK fonts, npm packages
#   scripts/setup.sh size    # the build's tools, plus twiggy
set -euo pipefail

TRUNK_VERSION=0.21.14
TWIGGY_VERSION=0.8.0
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$APT_UPDATED" -eq 0 ]; then
    say "apt-get update"
    sudo_if_needed apt-get update -qq
    APT_UPDATED=1
  fi
  say "installing ${missing[*]} (Debian)"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The wasm-bindgen version Cargo.lock resolved: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

setup_build() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION (about 10 minutes the first time)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wbg
  wbg=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    # Not --locked: its lock file pins a crate release the registry lacks.
    say "installing wasm-bindgen-cli $wbg"
    cargo install --force wasm-bindgen-cli --version "$wbg"
  fi
  if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
    echo "Trunk.toml must pin wasm_bindgen = \"$wbg\", the version in Cargo.lock" >&2
    exit 1
  fi
  # binaryen's wasm-opt 132 (JavaScript and WebAssembly, from npm: seconds,
  # where compiling binaryen from crates.io took 13 minutes) and Terser.
  npm_ci scripts/minify "the build's npm packages (wasm-opt, Terser)"
}

# `npm ci` in directory $1 unless its lock file is already installed.
npm_ci() {
  local stamp="$1/node_modules/.package-lock-sha"
  local want
  want=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing $2 (npm ci)"
    (cd "$1" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
  fi
}

setup_test() {
  setup_build
  apt_install chromium fonts-noto-cjk
  npm_ci tests "the browser tests' npm packages"
}

# twiggy, for `make size`.
setup_size() {
  setup_build
  if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
    say "installing twiggy $TWIGGY_VERSION"
    cargo install --locked twiggy --version "$TWIGGY_VERSION"
  fi
}

case "${1:-}" in
  build) setup_build ;;
  test) setup_test ;;
  size) setup_size ;;
  *) echo "usage: $0 build|test|size" >&2; exit 2 ;;
esac
