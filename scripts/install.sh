#!/usr/bin/env bash
# Installs what this project needs and a fresh machine lacks; skips what is there.
# Safe to run again. Usage: scripts/install.sh [native|all]
#   native  the Rust toolchain checks only (fmt, clippy): nothing to install
#   all     also the wasm target, wasm-bindgen-cli (the exact version in
#           Cargo.lock), wasm-pack, mdBook 0.4.52, Debian's chromium +
#           chromium-driver, and the e2e tests' npm packages
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}

have() { command -v "$1" >/dev/null 2>&1; }
say() { echo "install: $*" >&2; }

rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
[ "$what" = native ] && exit 0

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-pack only uses a wasm-bindgen on PATH whose version matches Cargo.lock
# exactly; otherwise it tries a web download, which fails here.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$bindgen_version"; then
  say "wasm-bindgen-cli $bindgen_version (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "=$bindgen_version"
fi
if ! have wasm-pack; then
  say "wasm-pack (about 3 minutes)"
  cargo install wasm-pack --locked
fi

# mdBook: the embedding example book (examples/mdbook) and the benchmark.
if ! mdbook --version >/dev/null 2>&1; then
  say "mdbook 0.4.52 (about 3 minutes)"
  cargo install --locked mdbook --version 0.4.52 || cargo install mdbook --version 0.4.52
fi

if ! have chromium || ! have chromedriver; then
  say "chromium and chromium-driver from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# npm ci when any package the e2e tests declare is not installed.
if [ -f tests/e2e/package-lock.json ] && ! (cd tests/e2e && node -e '
  const wanted = Object.keys(require("./package.json").devDependencies);
  process.exit(wanted.every((name) => require("fs").existsSync(`node_modules/${name}/package.json`)) ? 0 : 1);
'); then
  say "e2e npm packages (playwright-core, axe-core, lighthouse)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi
