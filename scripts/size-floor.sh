#!/usr/bin/env bash
# How small a Leptos app built like Sopir can be: builds the crates in bench/size-floor
# (a counter; the counter with the libraries the engine uses; the counter with ten small
# components) with the app's toolchain, profile, rustflags and crate versions, runs
# wasm-bindgen and wasm-opt -Oz as Trunk does, and prints their gzip sizes next to the
# app's (dist/, built if missing). A measurement, not a test.
#
#   ./scripts/size-floor.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/setup.sh"
source "$here/build.sh"
cd "$SOPIR_ROOT"

target="$SOPIR_ROOT/target/size-floor"
gz() { gzip -9 -c "$1" | wc -c; }
row() { printf '%-12s %10s %10s %10s %10s\n' "$@"; }

[ -d dist ] && ls dist/*.wasm >/dev/null 2>&1 || sopir_build
rows=()
for name in counter libraries components; do
    crate="bench/size-floor/$name"
    # The app's lock, so every crate resolves to the version the app ships.
    cp Cargo.lock "$crate/Cargo.lock"
    say "size floor: $name"
    (cd "$crate" && CARGO_TARGET_DIR="$target" sopir_wasm_env cargo build --quiet --release --target wasm32-unknown-unknown)
    out="$target/out/$name"
    rm -rf "$out"
    wasm-bindgen --target web --no-typescript --out-dir "$out" "$target/wasm32-unknown-unknown/release/size-floor-$name.wasm"
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$out/size-floor-${name}_bg.wasm" -o "$out/opt.wasm"
    w=$(gz "$out/opt.wasm") j=$(gz "$out/size-floor-$name.js")
    rows+=("$name $(wc -c <"$out/opt.wasm") $w $j $((w + j))")
    rm -f "$crate/Cargo.lock"
done

echo
row "" "wasm" "wasm gzip" "js gzip" "gzip"
for r in "${rows[@]}"; do
    # shellcheck disable=SC2086
    row $r
done
app_wasm=$(ls dist/*_bg.wasm)
app_js=$(ls dist/sopir-*.js)
row "sopir" "$(wc -c <"$app_wasm")" "$(gz "$app_wasm")" "$(gz "$app_js")" "$(($(gz "$app_wasm") + $(gz "$app_js")))"
echo "(bytes; gzip -9; the app's full total with CSS, snippets and sw.js is printed by scripts/build.sh)"
