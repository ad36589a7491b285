#!/usr/bin/env bash
# Runs every test of Vivus Advisor. On a fresh Debian/Ubuntu machine with only the .NET 10 SDK
# it first installs what else the tests need: Chromium (browser tests), Node.js/npm (the build
# installs Web Chat) and redis-server (the storage tests start their own on a free loopback port).
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if ! command -v redis-server >/dev/null 2>&1; then missing+=(redis-server); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

dotnet test Vivus.Advisor.sln --logger "console;verbosity=normal" "$@"
