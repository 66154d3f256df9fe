#!/usr/bin/env bash
# Installs what the browser-based workbench needs:
#   - Debian packages chromium, libkrb5-dev, ripgrep (only those missing; needs root or sudo);
#   - code-server 4.100.3 (VS Code 1.100) from the npm registry, with its install scripts off
#     (they download binaries from GitHub, which is unreachable here), into a cache folder outside
#     the repository: ${DE_DOJO_CACHE:-$HOME/.cache/de-dojo}/code-server-4.100.3.
# Idempotent: a marker file is written only after a full, verified install, so an interrupted
# install is redone on the next run. Prints the path of code-server's entry.js on stdout (the only
# thing it prints there; progress goes to stderr).
set -euo pipefail

CS_VERSION=4.100.3
CACHE="${DE_DOJO_CACHE:-$HOME/.cache/de-dojo}"
DIR="$CACHE/code-server-$CS_VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
MARKER="$DIR/.de-dojo-install-complete"

log() { printf '[setup-workbench] %s\n' "$*" >&2; }

# --- system packages ---------------------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || missing+=(libkrb5-dev)
# Native modules (kerberos, node-pty, spdlog, ...) are compiled by node-gyp: it needs a toolchain.
command -v make >/dev/null 2>&1 || missing+=(make)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); else
    log "not root and no sudo: install them by hand: apt-get install -y ${missing[*]}"; exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq >&2
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >&2
fi

# --- code-server ---------------------------------------------------------------------------------
# node-gyp would download Node's headers from nodejs.org (unreachable): point it at the installed ones.
if [ -z "${npm_config_nodedir:-}" ] && [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$' || true)" ]; then
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$node_prefix/include/node/node.h" ]; then export npm_config_nodedir="$node_prefix"; fi
fi

verify() {
  [ -f "$ENTRY" ] || return 1
  local v
  v="$(node "$ENTRY" --version 2>/dev/null | head -n1)" || return 1
  case "$v" in "$CS_VERSION "*) return 0 ;; *) return 1 ;; esac
}

install_code_server() {
  mkdir -p "$DIR"
  cd "$DIR"
  npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION" >&2
  npm rebuild argon2 >&2
  cd node_modules/code-server/lib/vscode
  npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm_config_yes=true npm rebuild @vscode/spdlog kerberos native-watchdog node-pty @vscode/deviceid >&2
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sf code-linux.sh code-server)
  (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
  cd extensions
  npm install --no-audit --no-fund --omit=dev >&2
}

mkdir -p "$CACHE"
# One installer at a time (npm start and the e2e test may both ask for the workbench).
exec 9>"$CACHE/.code-server-$CS_VERSION.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi

if [ -f "$MARKER" ] && verify; then
  log "code-server $CS_VERSION already installed in $DIR"
else
  rm -f "$MARKER"
  started=$SECONDS
  log "installing code-server $CS_VERSION into $DIR (about 300 MB, a few minutes)"
  # A previous run may have stopped half way: first finish it in place (every step is
  # idempotent); if the result still does not run, start again from an empty folder.
  if ! (install_code_server) || ! verify; then
    log "install did not verify; retrying from scratch"
    rm -rf "$DIR"
    (install_code_server)
    verify || { log "code-server $CS_VERSION does not start after install"; exit 1; }
  fi
  date -u +%Y-%m-%dT%H:%M:%SZ > "$MARKER"
  log "code-server $CS_VERSION installed in $((SECONDS - started)) s"
fi

echo "$ENTRY"
