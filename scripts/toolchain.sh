# Sourced by the other scripts: installs what the build and the tests need, once, from the
# package registries only (rustup, crates.io, npm, Debian), and sets PATH for them.
#
#   need_wasm_toolchain   wasm32 target (or Debian's fallback), wasm-bindgen-cli, Trunk, wasm-opt
#   need_browser          Debian's chromium and chromium-driver
#
# Everything is skipped when it is already there, so a second run costs seconds.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
export PATH="$ROOT/node_modules/.bin:$PATH:$HOME/.cargo/bin"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "need root to run: $*"; return 1; fi
}

# apt can fail once with "cannot access archive" on these images: retry once.
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (Debian packages)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null ||
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

lock_version() { # the version of a crate in Cargo.lock
  grep -A1 "^name = \"$1\"$" "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p' | head -n1
}

need_npm_tools() {
  if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/node_modules/playwright-core" ] ||
     [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    command -v npm >/dev/null || apt_install nodejs npm
    say "installing npm tools (wasm-opt, playwright-core, axe-core)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Route 1: rustup's wasm32 target. Route 2 (TOOLCHAIN.md): Debian's rustc with its std source and
# build-std, for machines where rustup cannot download the target. WASM_ENV holds the variables
# that the wasm build (and only it) needs.
WASM_ENV=()
need_wasm_target() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then return 0; fi
  say "adding the wasm32-unknown-unknown target"
  if timeout 120 rustup target add wasm32-unknown-unknown >&2; then return 0; fi
  say "rustup could not add the target: falling back to Debian's rustc-web with build-std"
  apt_install rustc-web cargo-web rust-web-src lld-19
  WASM_ENV=(PATH="$ROOT/node_modules/.bin:/usr/bin:$PATH" RUSTC_BOOTSTRAP=1
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19)
}

need_wasm_toolchain() {
  need_wasm_target
  local bindgen
  bindgen="$(lock_version wasm-bindgen)"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen" ]; then
    say "installing wasm-bindgen-cli $bindgen (matches Cargo.lock; about 2 minutes)"
    # Not --locked: the CLI's own lock pins a crate version the registry mirror lacks.
    cargo install -q wasm-bindgen-cli --version "$bindgen" --force
  fi
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
    cargo install -q trunk --version "$TRUNK_VERSION" --locked
  fi
  need_npm_tools
}

need_browser() {
  apt_install chromium chromium-driver
  need_npm_tools
}

# Runs Trunk with the wasm environment of the chosen route.
trunk_run() {
  (cd "$ROOT" && env ${WASM_ENV[@]+"${WASM_ENV[@]}"} trunk "$@")
}

# The publishable site: Trunk's release build (wasm-opt -Oz), then our post-build step, which
# moves the start-up script out for a strict CSP, copies the corpus chunks build.rs wrote into
# dist/chunks/, and writes the single file explorer.html.
build_site() {
  local dist="${1:-dist}"
  trunk_run build --release --dist "$dist"
  local chunks
  chunks="$(build_script_out_dir)/corpus-chunks"
  (cd "$ROOT" && cargo run -q --release -p bundle -- "$dist" "$chunks")
}

# The OUT_DIR where build.rs wrote the chunks of the wasm Trunk just built. Asking cargo for the
# same build (now fresh, so instant) is the one sure way: a clippy or check run of the wasm has
# its own OUT_DIR, and the folder's hash is cargo's business.
build_script_out_dir() {
  local out
  out="$(cd "$ROOT" && env ${WASM_ENV[@]+"${WASM_ENV[@]}"} cargo build --release --offline \
    --target wasm32-unknown-unknown --bin explorer --message-format=json 2>/dev/null |
    grep '"reason":"build-script-executed"' | grep '#explorer@' |
    sed -n 's/.*"out_dir":"\([^"]*\)".*/\1/p' | tail -n 1)"
  [ -n "$out" ] || { say "cargo did not say where build.rs wrote the corpus chunks"; return 1; }
  printf '%s\n' "$out"
}

# CORPUS_DIR may be relative to where the user stands; build.rs runs elsewhere.
if [ -n "${CORPUS_DIR:-}" ]; then
  CORPUS_DIR="$(cd "$CORPUS_DIR" && pwd)" || { say "CORPUS_DIR=$CORPUS_DIR is not a folder"; exit 1; }
  export CORPUS_DIR
fi
