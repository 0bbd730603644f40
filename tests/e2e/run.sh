#!/usr/bin/env bash
# End-to-end tests of Primer's reader in headless Chromium.
#
#   tests/e2e/run.sh                 build the sites, serve them, run every test
#   tests/e2e/run.sh reading.test.mjs   run only the named test files
#
# Builds the sites under tests/e2e/out/ (demo guide, the same with history
# routing under /docs/guide/, the script-safety and links fixtures, the
# embedding examples of examples/, and the Pantheon corpus guide when it is
# present), serves out/ on
# 127.0.0.1 at a free port, runs `node --test`, and always stops the server.
# Needs Debian's /usr/bin/chromium (or E2E_CHROMIUM); never downloads a browser.
# Environment: E2E_CORPUS (default ../shared/corpus/pantheon beside the repo),
# E2E_SKIP_BUILD=1 to reuse the sites already in out/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$here/out"
corpus=${E2E_CORPUS:-$root/../shared/corpus/pantheon}
export E2E_CORPUS="$corpus"
cd "$here"

if ! node -e '
  const wanted = Object.keys(require("./package.json").devDependencies);
  process.exit(wanted.every((name) => require("fs").existsSync(`node_modules/${name}/package.json`)) ? 0 : 1);
'; then
  npm ci --no-audit --no-fund
fi

mkdir -p "$out" screenshots
if [ "${E2E_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building sites into $out" >&2
  "$root/scripts/build-site.sh" "$root/content" "$out/demo"
  "$root/scripts/build-site.sh" "$here/fixtures/unsafe-guide" "$out/unsafe"
  "$root/scripts/build-site.sh" "$here/fixtures/links-guide" "$out/links"
  # The same demo guide with history routing under /docs/guide/ (site.test.mjs).
  rm -rf "$out/history"
  "$root/target/release/primer" build "$root/content" --out "$out/history" --base-url /docs/guide/ \
    2>"$out/history-build.log" || { cat "$out/history-build.log" >&2; exit 1; }
  tail -n 1 "$out/history-build.log" >&2
  # The embedding examples (plain-html/, mdbook/) beside demo/, which they embed.
  "$root/examples/build.sh" "$out"
  rm -rf "$out/corpus"
  if [ -d "$corpus/certification/study-guide-cms" ]; then
    # build-site.sh built the reader and the CLI above; the CLI finds the
    # reader in target/pkg and writes the whole site.
    "$root/target/release/primer" build "$corpus/certification/study-guide-cms" \
      --partials "$corpus/partials" --out "$out/corpus" 2>"$out/corpus-build.log" \
      || { cat "$out/corpus-build.log" >&2; exit 1; }
    tail -n 1 "$out/corpus-build.log" >&2
  elif [ -n "${CI:-}" ]; then
    echo "== CI needs the corpus at $corpus" >&2
    exit 1
  else
    echo "== no corpus at $corpus: its test will be skipped" >&2
  fi
fi

url_file="$out/server-url"
rm -f "$url_file"
node "$here/server.mjs" "$out" "$url_file" >"$out/server.log" 2>&1 &
server=$!
stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 100); do
  [ -s "$url_file" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 0.1
done
[ -s "$url_file" ] || { echo "server did not start" >&2; cat "$out/server.log" >&2; exit 1; }
export E2E_BASE_URL=$(cat "$url_file")
export E2E_OUT="$out"
echo "== serving $out at $E2E_BASE_URL" >&2

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(*.test.mjs)
fi
node --test --test-concurrency="${E2E_CONCURRENCY:-2}" "${files[@]}"
