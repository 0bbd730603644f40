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
