#!/usr/bin/env bash
# Runs every test of Vivus Advisor. On a fresh Debian/Ubuntu machine with only the .NET 10 SDK
# it first installs whatever else the tests need.
set -euo pipefail
cd "$(dirname "$0")"

# --- chat page: browser tests need Chromium; the build installs Web Chat with npm ---
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the chat page's tests..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
# --- end chat page ---

dotnet test Vivus.Advisor.sln --logger "console;verbosity=normal" "$@"
