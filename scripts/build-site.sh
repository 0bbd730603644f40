#!/usr/bin/env bash
# Builds the reader (wasm) and the CLI, then the static site of a guide:
#   scripts/build-site.sh [GUIDE_DIR] [OUT_DIR] [primer build options...]
# (default: content dist). Everything after OUT_DIR goes to `primer build`,
# e.g. --partials DIR or --base-url /docs/guide/. OUT_DIR may hold an
# earlier build: `primer build` removes the files only that build wrote and
# leaves anything else there (a CNAME, .nojekyll).
# After one run, `target/release/primer build GUIDE --out DIR` alone makes a
# whole site: it finds the reader in target/pkg and embeds the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
guide=${1:-content}
out=${2:-dist}
shift $(( $# < 2 ? $# : 2 ))
wasm-pack build --target web --profile wasm-release --out-dir target/pkg --no-typescript --no-pack >&2
cargo build --release --locked -p primer-cli >&2
target/release/primer build "$guide" --out "$out" --app target/pkg "$@"
echo "site: $out" >&2
