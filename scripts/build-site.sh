#!/usr/bin/env bash
# Builds the site from input/ into output/. Extra arguments go to `digestgen build` (e.g. --base-url, --as-of).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --build
exec dotnet run -c Release --project src/DigestGen -- build "$@"
