#!/usr/bin/env bash
# Size report: gzipped bytes of the reader's wasm (as built and after
# `wasm-opt -Oz`), its JS glue and CSS, against the 120 KB budget for wasm +
# JS, beside the quiz widget of mdbook-quiz (the peer), fetched from
# crates.io in the same run, and beside the floor: the smallest Yew apps
# built with the same profile (bench/floor). Prints figures; fails only if a
# step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=target/tools
peer_version=0.5.0

gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

# wasm-opt: npm's binaryen (Debian's is too old for current Rust output).
if [ ! -x "$tools/node_modules/.bin/wasm-opt" ]; then
  npm install --silent --no-audit --no-fund --prefix "$tools" binaryen@132 >&2
fi
wasm-pack build --target web --profile wasm-release --out-dir target/pkg --no-typescript --no-pack >&2 2>/dev/null ||
  wasm-pack build --target web --profile wasm-release --out-dir target/pkg --no-typescript --no-pack
oz() {
  "$tools/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-reference-types \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-multivalue "$1" -o "$2"
}
oz target/pkg/primer_bg.wasm target/pkg/primer_bg.opt.wasm

# The floor: a Yew counter, then the same counter also decoding Primer's
# bundles and grading a quiz with primer-core (what any reader must carry).
floor() { # NAME CARGO-FLAGS...
  local name=$1 out=target/floor/$1
  shift
  (cd bench/floor && cargo build -q --release --locked --target wasm32-unknown-unknown \
    --target-dir ../../target/floor "$@" >&2)
  rm -rf "$out" && wasm-bindgen --target web --no-typescript --out-dir "$out" \
    target/floor/wasm32-unknown-unknown/release/primer_size_floor.wasm 2>/dev/null
  oz "$out/primer_size_floor_bg.wasm" "$out/opt.wasm"
  echo $(($(gz "$out/opt.wasm") + $(gz "$out/primer_size_floor.js")))
}
floor_yew=$(floor yew)
floor_core=$(floor core --features core)

# The peer: mdbook-quiz's bundled widget, as shipped in its crate.
peer_dir=target/peer/mdbook-quiz
if [ ! -d "$peer_dir" ]; then
  # `cargo info` downloads the crate's source (it is binary-only, so
  # `cargo fetch` would skip it).
  (cd "$(mktemp -d)" && cargo info -q "mdbook-quiz@$peer_version" > /dev/null)
  src=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"mdbook-quiz-$peer_version" | head -1)
  mkdir -p "$peer_dir" && cp "$src/js/quiz-embed.iife.js" "$src/js/style.css" "$peer_dir"/
fi

wasm=$(gz target/pkg/primer_bg.wasm); opt=$(gz target/pkg/primer_bg.opt.wasm)
js=$(gz target/pkg/primer.js); css=$(gz www/primer.css)
peer_js=$(gz "$peer_dir/quiz-embed.iife.js"); peer_css=$(gz "$peer_dir/style.css")
ours=$((opt + js)); budget=$((120 * 1024))
printf '%-44s %12s %12s\n' "file" "raw" "gzipped"
row() { printf '%-44s %12s %12s\n' "$1" "$(kb "$(wc -c < "$2")")" "$(kb "$3")"; }
row "reader wasm (as built, stripped)" target/pkg/primer_bg.wasm "$wasm"
row "reader wasm (wasm-opt -Oz)" target/pkg/primer_bg.opt.wasm "$opt"
row "reader JS glue" target/pkg/primer.js "$js"
row "reader CSS" www/primer.css "$css"
row "peer: mdbook-quiz $peer_version widget JS" "$peer_dir/quiz-embed.iife.js" "$peer_js"
row "peer: mdbook-quiz $peer_version CSS" "$peer_dir/style.css" "$peer_css"
printf '%-44s %12s %12s\n' "floor: Yew counter, wasm (-Oz) + JS" "" "$(kb "$floor_yew")"
printf '%-44s %12s %12s\n' "floor: + primer-core decode and grading" "" "$(kb "$floor_core")"
echo
echo "reader wasm (-Oz) + JS: $(kb "$ours") gzipped; budget $(kb "$budget"): $([ "$ours" -le "$budget" ] && echo within || echo OVER by "$(kb $((ours - budget)))")"
awk -v a="$ours" -v b="$((peer_js))" 'BEGIN { printf "mdbook-quiz widget JS is %.1fx the reader (wasm + JS), gzipped\n", b / a }'
awk -v a="$ours" -v f="$floor_core" -v b="$budget" 'BEGIN { printf "the floor (Yew + primer-core) is %.1f KB; the budget leaves %.1f KB above it for the reader'"'"'s own code, which takes %.1f KB\n", f / 1024, (b - f) / 1024, (a - f) / 1024 }'
