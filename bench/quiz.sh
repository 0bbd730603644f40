#!/usr/bin/env bash
# Quiz benchmark: a quiz of 200 questions rendered and answered in headless
# Chromium on the release wasm build, beside the same chapter without the
# quiz, and the core's native grading of the same answers. See bench/README.md.
#
#   bash bench/quiz.sh
#
# Environment: BENCH_QUESTIONS=200, BENCH_RUNS=5, E2E_CHROMIUM=/usr/bin/chromium.
# Prints figures only; exits non-zero only if a build or a step fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out=target/bench-quiz
questions="${BENCH_QUESTIONS:-200}"
runs="${BENCH_RUNS:-5}"

python3 bench/gen_quiz.py "$out/guide" --questions "$questions" >&2
scripts/build-site.sh "$out/guide" "$out/site"
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

url_file="$out/server-url"
rm -f "$url_file"
node tests/e2e/server.mjs "$out/site" "$url_file" >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  [ -s "$url_file" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -s "$url_file" ] || { echo "server did not start" >&2; exit 1; }

cargo build --release --locked -q -p primer-core --example quiz_bench
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
node bench/quiz.mjs "$(cat "$url_file")" "$out/site" "$runs"
target/release/examples/quiz_bench "$out/guide/quizzes/big.toml"
echo "load average (1, 5, 15 min) at start: $load_start; at end: $(cut -d' ' -f1-3 /proc/loadavg) (on $(nproc) cores)"
