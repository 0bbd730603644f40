#!/usr/bin/env bash
# Installs what is missing, builds the reader and the CLI, compiles the demo
# guide in content/ into dist/ and serves it on a loopback port. Usage: scripts/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-${PORT:-8000}}
scripts/install.sh all
scripts/build-site.sh content dist
echo "Serving the demo guide at http://127.0.0.1:$port/" >&2
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
