#!/usr/bin/env bash
# Builds the release app and packs dist/ into sopir-<version>.zip, ready for any static host.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/setup.sh"
source "$here/build.sh"
sopir_build
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$SOPIR_ROOT/Cargo.toml" | head -n1)"
archive="$SOPIR_ROOT/sopir-$version.zip"
have python3 || missing "python3 (to write the zip)" "sudo apt-get install -y python3"
rm -f "$archive"
(cd "$SOPIR_ROOT/dist" && python3 -m zipfile -c "$archive" ./*)
say "release: $archive ($(wc -c <"$archive") bytes)"
python3 -m zipfile -l "$archive"
