#!/usr/bin/env bash
# The benchmark: builds the release app, generates stored cases and case files natively
# (examples/bench_fixtures.rs), then measures in headless Chromium against dist/
# (scripts/bench.mjs): start with 0, 1,000 and 5,000 stored cases, import and export of
# 1,000 cases, a step action with 1,000 stored, how many cases fit in localStorage; plus
# the gzip size. Prints the numbers and one table with the targets. A missed target does
# not fail it (it is a measurement); a real error does.
#
#   ./scripts/bench.sh            SOPIR_BENCH_RUNS=N sets the runs per start measurement (10)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/setup.sh"
source "$here/build.sh"
cd "$SOPIR_ROOT"
out="$SOPIR_ROOT/target/bench"
mkdir -p "$out"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
say "load average at start: $(load) ($(nproc) cores; other work on the machine adds noise)"

sopir_build
sopir_sizes >"$out/size.txt"
size=$(sed -n 's/^\[size\] total gzip (wasm + js + css): \([0-9]*\) bytes.*/\1/p' "$out/size.txt")
[ -n "$size" ] || { echo "[bench] no total size from sopir_sizes" >&2; exit 1; }

say "stored cases and case files (examples/bench_fixtures.rs)"
cargo run --quiet --release --locked --example bench_fixtures -- "$out"

say "measurements (scripts/bench.mjs: headless Chromium against dist/)"
node scripts/bench.mjs --dir dist --fixtures "$out" --size-bytes "$size" --runs "${SOPIR_BENCH_RUNS:-10}"

echo
echo "[bench] load average at the end: $(load); the whole command took ${SECONDS} s"
