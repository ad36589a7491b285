#!/usr/bin/env bash
# Runs every test of Vivus Advisor. On a fresh Debian/Ubuntu machine with only the .NET 10 SDK
# it first installs whatever else the tests need.
set -euo pipefail
cd "$(dirname "$0")"

# --- Redis: the storage tests start their own redis-server on a free loopback port ---
if ! command -v redis-server >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends redis-server
fi
# --- end Redis ---

dotnet test Vivus.Advisor.sln --logger "console;verbosity=normal" "$@"
