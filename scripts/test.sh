#!/usr/bin/env bash
# Runs every test: format, lints, native tests, a release build, then the browser tests
# against that build. Exits non-zero as soon as a step fails; ends with each runner's summary.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/setup.sh"
source "$here/build.sh"
cd "$SOPIR_ROOT"
# A test run rebuilds the project's crates whole: incremental caches would add over a
# gigabyte to a clean clone's target/ and save little on a repeat run.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
logs="$SOPIR_ROOT/target/test-logs"
mkdir -p "$logs"
started=$(date +%s)

say "cargo fmt --check"
cargo fmt --all -- --check

say "cargo clippy (warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

say "cargo test (native)"
cargo test --workspace --locked 2>&1 | tee "$logs/cargo-test.log"

sopir_build

say "case files for the browser tests (examples/e2e_fixtures.rs)"
cargo run --quiet --locked --example e2e_fixtures -- "$SOPIR_ROOT/target/e2e-fixtures"

say "playwright (headless Chromium against dist/)"
npx playwright test 2>&1 | tee "$logs/playwright.log"

echo
echo "== summary ($(($(date +%s) - started)) s) =="
sopir_sizes
awk '/^test result:/ { p += $4; f += $6; i += $8 } END { printf "native: %d passed; %d failed; %d ignored\n", p, f, i }' "$logs/cargo-test.log"
grep -E '^ +[0-9]+ (passed|failed|flaky|skipped|did not run)' "$logs/playwright.log" | sed 's/^ */playwright: /'
