#!/usr/bin/env bash
# Builds the release app and serves it at http://127.0.0.1:8080/ (Ctrl+C stops it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/setup.sh"
source "$here/build.sh"
sopir_build
port="${SOPIR_PORT:-8080}"
say "Sopir: http://127.0.0.1:$port/"
exec node "$here/static-server.mjs" --dir "$SOPIR_ROOT/dist" --host 127.0.0.1 --port "$port"
