#!/usr/bin/env bash
# Release build of the app into dist/ (Trunk + wasm-bindgen + wasm-opt -Oz), then prints
# the gzip size of what a browser downloads. Expects scripts/setup.sh to be sourced.
sopir_build() {
    say "trunk build --release (wasm32 route: $SOPIR_WASM_ROUTE)"
    if [ "$SOPIR_WASM_ROUTE" = debian ]; then
        # Building std from source needs std's own crates (dlmalloc, ...), which trunk's
        # --offline would forbid cargo to fetch: build once with cargo itself first.
        (cd "$SOPIR_ROOT" && sopir_wasm_env cargo build --release --target wasm32-unknown-unknown --bin sopir)
    fi
    (cd "$SOPIR_ROOT" && sopir_wasm_env trunk build --release --offline)
    sopir_sizes
}

# Prints raw and gzip sizes of the built wasm, JS and CSS (wasm-bindgen's snippets too).
sopir_sizes() {
    local total=0 kind file raw gz
    for kind in wasm js css; do
        while IFS= read -r file; do
            raw=$(wc -c <"$file")
            gz=$(gzip -9 -c "$file" | wc -c)
            total=$((total + gz))
            printf '[size] %-4s %8d bytes, %8d gzip  %s\n' "$kind" "$raw" "$gz" "${file#"$SOPIR_ROOT"/dist/}"
        done < <(find "$SOPIR_ROOT/dist" -type f -name "*.$kind" | sort)
    done
    printf '[size] total gzip (wasm + js + css): %d bytes (%d KiB)\n' "$total" $((total / 1024))
}
