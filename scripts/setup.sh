#!/usr/bin/env bash
# Makes every tool Sopir needs available, from nothing, and skips what is already there.
# Sourced by scripts/serve.sh and scripts/test.sh; it exports:
#   SOPIR_WASM_ROUTE   "rustup" or "debian" (how wasm32 is built here)
#   PATH               with node_modules/.bin (wasm-opt, playwright) and cargo's bin dir
# and defines `sopir_wasm_env`, which runs a command with the wasm32 toolchain.
#
# Routes for wasm32 (see README): rustup's target when present or addable within
# SOPIR_RUSTUP_TIMEOUT seconds; otherwise Debian's rustc-web with std built from source.
# Force one with SOPIR_WASM_ROUTE=rustup|debian.

set -euo pipefail

SOPIR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
SOPIR_RUSTUP_TIMEOUT="${SOPIR_RUSTUP_TIMEOUT:-60}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"

say() { printf '[setup] %s\n' "$*"; }

# Stops with a message that names what is missing and how to get it by hand.
missing() {
    local what="$1" how="$2"
    printf '\n[setup] GAGAL / FAILED: %s is missing and could not be installed.\n' "$what" >&2
    printf '[setup] Install it by hand, then run this command again:\n    %s\n\n' "$how" >&2
    exit 1
}

have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif have sudo; then sudo "$@"; else return 1; fi
}

APT_UPDATED=0
# apt_install PKG... : installs Debian packages, or fails with a clear message.
apt_install() {
    have apt-get || missing "$*" "use your system's package manager to install: $*"
    if [ "$APT_UPDATED" -eq 0 ]; then
        say "apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 ||
            missing "$*" "sudo apt-get update && sudo apt-get install -y $* (apt-get update failed: no root or no network to Debian's mirrors?)"
        APT_UPDATED=1
    fi
    say "apt-get install $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 ||
        missing "$*" "sudo apt-get install -y $*"
}

# --- host Rust (fmt, clippy, native tests, cargo install) -------------------------------
if [ -d "$CARGO_BIN" ]; then
    case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) PATH="$CARGO_BIN:$PATH" ;; esac
fi
have cargo || missing "Rust (cargo)" "curl --proto '=https' -sSf https://sh.rustup.rs | sh"
if have rustup; then
    for component in rustfmt clippy; do
        if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
            say "rustup component add $component"
            timeout 300 rustup component add "$component" >/dev/null 2>&1 ||
                missing "$component" "rustup component add $component"
        fi
    done
fi
have cargo-fmt || missing "rustfmt" "rustup component add rustfmt"
have cargo-clippy || missing "clippy" "rustup component add clippy"
say "host Rust: $(rustc --version)"

# --- wasm32 toolchain -----------------------------------------------------------------
rustup_has_wasm() {
    have rustup && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown
}

debian_route_ready() {
    [ -x /usr/bin/rustc ] && [ -x /usr/bin/cargo ] &&
        [ -d /usr/lib/rustlib/src/rust/library ] && [ -e /usr/bin/rust-lld ] &&
        [ -x "$(readlink -f /usr/bin/rust-lld)" ]
}

setup_debian_route() {
    if ! debian_route_ready; then
        apt_install rustc-web cargo-web rust-web-src
        # rust-lld is a link to one lld-NN: install the one it names.
        local lld
        lld="$(basename "$(readlink /usr/bin/rust-lld 2>/dev/null || echo lld-22)")"
        [ -x "$(readlink -f /usr/bin/rust-lld)" ] || apt_install "$lld"
    fi
    debian_route_ready || missing "Debian rustc-web with std sources and lld" \
        "sudo apt-get install -y rustc-web cargo-web rust-web-src lld-22"
    # A private bin dir puts Debian's cargo/rustc first for wasm builds only.
    SOPIR_DEBIAN_BIN="$SOPIR_ROOT/.tools/debian-rust/bin"
    mkdir -p "$SOPIR_DEBIAN_BIN"
    ln -sf /usr/bin/cargo "$SOPIR_DEBIAN_BIN/cargo"
    ln -sf /usr/bin/rustc "$SOPIR_DEBIAN_BIN/rustc"
    export SOPIR_DEBIAN_BIN
}

case "${SOPIR_WASM_ROUTE:-auto}" in
rustup)
    rustup_has_wasm || timeout "$SOPIR_RUSTUP_TIMEOUT" rustup target add wasm32-unknown-unknown >/dev/null 2>&1 ||
        missing "rustup target wasm32-unknown-unknown" "rustup target add wasm32-unknown-unknown"
    ;;
debian) setup_debian_route ;;
auto)
    if rustup_has_wasm; then
        SOPIR_WASM_ROUTE=rustup
    elif have rustup && timeout "$SOPIR_RUSTUP_TIMEOUT" rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
        SOPIR_WASM_ROUTE=rustup
    else
        say "rustup cannot add wasm32-unknown-unknown here (within ${SOPIR_RUSTUP_TIMEOUT}s); using Debian's rustc-web"
        SOPIR_WASM_ROUTE=debian
        setup_debian_route
    fi
    ;;
*) missing "a valid SOPIR_WASM_ROUTE" "SOPIR_WASM_ROUTE=rustup or SOPIR_WASM_ROUTE=debian" ;;
esac
export SOPIR_WASM_ROUTE

if [ "$SOPIR_WASM_ROUTE" = debian ]; then
    say "wasm32 route: debian ($(/usr/bin/rustc --version), std built from source)"
else
    say "wasm32 route: rustup ($(rustc --version))"
fi

# sopir_wasm_env CMD...: runs CMD with the wasm32 toolchain of the chosen route.
sopir_wasm_env() {
    if [ "$SOPIR_WASM_ROUTE" = debian ]; then
        PATH="$SOPIR_DEBIAN_BIN:$PATH" RUSTC_BOOTSTRAP=1 \
            CARGO_UNSTABLE_BUILD_STD="std,panic_abort" "$@"
    else
        "$@"
    fi
}

# --- cargo-installed tools (kept in ~/.cargo/bin between runs) ---------------------------
cargo_tool() {
    local bin="$1" crate="$2" version="$3"
    shift 3
    if have "$bin" && "$bin" --version 2>/dev/null | grep -q " $version\b"; then
        say "$bin $version: found"
        return
    fi
    say "cargo install $crate $version (first time only; several minutes)"
    cargo install "$crate" --version "$version" "$@" ||
        missing "$crate $version" "cargo install $crate --version $version $*"
    have "$bin" || missing "$bin" "add $CARGO_BIN to PATH"
}

WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$SOPIR_ROOT/Cargo.toml")"
[ -n "$WASM_BINDGEN_VERSION" ] || missing "the wasm-bindgen pin in Cargo.toml" 'wasm-bindgen = "=X.Y.Z" in [dependencies]'
cargo_tool trunk trunk "$TRUNK_VERSION" --locked
cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION"

# --- Node.js, npm packages (Playwright, binaryen's wasm-opt) ------------------------------
if ! have node || ! have npm; then
    apt_install nodejs npm
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || missing "Node.js 18 or newer (found $(node --version))" "install Node.js 20 from https://nodejs.org"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
stamp="$SOPIR_ROOT/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$SOPIR_ROOT/package-lock.json" -nt "$stamp" ]; then
    say "npm ci"
    (cd "$SOPIR_ROOT" && npm ci --no-audit --no-fund --loglevel=error) ||
        missing "npm packages (@playwright/test, binaryen)" "cd $SOPIR_ROOT && npm ci"
else
    say "npm packages: found"
fi
PATH="$SOPIR_ROOT/node_modules/.bin:$PATH"
have wasm-opt || missing "wasm-opt" "cd $SOPIR_ROOT && npm ci   (package binaryen)"
say "wasm-opt: $(wasm-opt --version)"

# --- Chromium (Debian's; Playwright never downloads browsers) -----------------------------
SOPIR_CHROMIUM="${SOPIR_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$SOPIR_CHROMIUM" ] || ! have chromedriver; then
    apt_install chromium chromium-driver
fi
[ -x "$SOPIR_CHROMIUM" ] || missing "Chromium" "sudo apt-get install -y chromium chromium-driver"
export SOPIR_CHROMIUM
say "chromium: $("$SOPIR_CHROMIUM" --version 2>/dev/null | head -n1)"

export PATH
