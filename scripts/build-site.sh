#!/usr/bin/env bash
# Builds the reader (wasm) and the CLI, then assembles a static site of a
# guide: scripts/build-site.sh [GUIDE_DIR] [OUT_DIR] (default: content dist).
set -euo pipefail
cd "$(dirname "$0")/.."
guide=${1:-content}
out=${2:-dist}
wasm-pack build --target web --profile wasm-release --out-dir target/pkg --no-typescript --no-pack >&2
cargo build --release --locked -p primer-cli >&2
rm -rf "$out"
target/release/primer build "$guide" --out "$out"
cp index.html www/primer.css www/theme.js www/embed.js "$out"/
cp target/pkg/primer.js target/pkg/primer_bg.wasm "$out"/
echo "site: $out" >&2
