#!/usr/bin/env bash
# Installs what the real-editor tests need, offline-friendly and idempotent:
#   Debian: chromium ripgrep libkrb5-dev neovim (only the missing ones),
#   npm:    code-server@4.100.3 (VS Code 1.100.3, runs on Node 20) into a cache folder outside the
#           project's node_modules: ${SMS_CACHE:-$HOME/.cache/sms-templates}/code-server.
# Prints the code-server binary's path on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${SMS_CACHE:-${HOME:-/root}/.cache/sms-templates}"
PREFIX="$CACHE/code-server"
BIN="$PREFIX/node_modules/.bin/code-server"

step_started=0
step() { step_started=$(date +%s%N); echo "install-code-server: $*" >&2; }
done_step() { echo "install-code-server:   done in $(( ($(date +%s%N) - step_started) / 1000000 )) ms" >&2; }

step "Debian packages"
missing=()
for package in chromium ripgrep libkrb5-dev neovim; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-code-server:   installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "install-code-server:   all present" >&2
fi
done_step

step "code-server@$CODE_SERVER_VERSION in $PREFIX"
installed_version=""
if [ -x "$BIN" ] && [ -f "$PREFIX/node_modules/code-server/package.json" ]; then
  installed_version=$(node -p "require('$PREFIX/node_modules/code-server/package.json').version" 2>/dev/null || true)
fi
if [ "$installed_version" = "$CODE_SERVER_VERSION" ]; then
  echo "install-code-server:   already installed" >&2
else
  mkdir -p "$PREFIX"
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the
  # tarball: give it Debian's rg under the exact name it looks for.
  install_tmp="$CACHE/tmp"
  ripgrep_cache="$install_tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$ripgrep_cache"
  tar -czf "$ripgrep_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
  [ -f "$PREFIX/package.json" ] || echo '{ "name": "sms-templates-code-server", "private": true }' > "$PREFIX/package.json"
  # node-pty's postinstall runs `npx node-gyp`, which needs npm_config_yes without a terminal.
  TMPDIR="$install_tmp" npm_config_yes=true npm install --prefix "$PREFIX" --unsafe-perm \
    --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
fi
# Its own config folder, so that asking for the version writes nothing into the home folder.
XDG_CONFIG_HOME="$CACHE/config" "$BIN" --version >&2
done_step

echo "$BIN"
