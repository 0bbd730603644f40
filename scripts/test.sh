#!/usr/bin/env bash
# Every check and test: formatting, lints (native and wasm32), native tests,
# browser tests and end-to-end tests. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh all

step() { printf '\n== %s\n' "$*" >&2; }

step "format"
cargo fmt --all -- --check
step "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "native tests"
cargo test --workspace --locked
step "clippy (wasm32: the reader)"
cargo clippy -p primer --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
step "browser tests (wasm-bindgen-test in headless Chromium)"
wasm-pack test --headless --chrome -- --locked --test browser
step "end-to-end tests (playwright-core driving Debian's Chromium, site served on loopback)"
bash tests/e2e/run.sh
