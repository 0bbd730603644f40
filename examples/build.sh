#!/usr/bin/env bash
# Builds the embedding examples into one folder that any static server can
# serve: examples/build.sh [OUT] (default dist-examples). Then, for instance,
#   python3 -m http.server 8000 --bind 127.0.0.1 --directory dist-examples
# and open /plain-html/ and /mdbook/cache-headers.html.
#
#   OUT/demo/         the demo guide (content/) as a site, with embed.js;
#                     reused if it is already there (tests/e2e/run.sh builds it)
#   OUT/plain-html/   a docs page with its own styles embedding a chapter and
#                     a quiz of the demo guide
#   OUT/mdbook/       an mdBook book whose page embeds a <primer-quiz>;
#                     OUT/mdbook/primer/ is the book's quiz file compiled by Primer
# Needs mdbook (scripts/install.sh installs it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "${1:-dist-examples}" && cd "${1:-dist-examples}" && pwd)
examples="$root/examples"

if [ ! -f "$out/demo/embed.js" ]; then
  "$root/scripts/build-site.sh" "$root/content" "$out/demo"
fi

rm -rf "$out/plain-html"
cp -R "$examples/plain-html" "$out/plain-html"

# The book first (mdbook empties its output folder), then its quizzes.
mdbook build "$examples/mdbook" --dest-dir "$out/mdbook" >&2
"$root/scripts/build-site.sh" "$examples/mdbook/quiz-guide" "$out/mdbook/primer"
echo "examples: $out" >&2
