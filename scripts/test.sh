#!/usr/bin/env bash
# Runs the whole default test suite (unit, golden, oracle and browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --browser
log=$(mktemp)
set +e
dotnet test DigestGen.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line, summed over test projects: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
