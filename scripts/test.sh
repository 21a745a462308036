#!/usr/bin/env bash
# Runs the whole default test suite (unit, golden, oracle and browser tests). It needs nothing beside the repository:
# the corpus tests read the sample in tests/corpus-sample. Extended run, with ../shared/corpus: DIGESTGEN_FULL_CORPUS=1.
# Long fuzz run: DIGESTGEN_FUZZ_CASES=10000 (see tests/DigestGen.Tests/Fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh

# The browser tests need Chromium (or Chrome). Say so before installing a system package; without one they are
# skipped with a message, except in CI, where a missing browser fails the run.
if [[ -z "${DIGESTGEN_CHROMIUM:-}" ]] && ! command -v chromium >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then
  echo "test: the browser tests need Chromium, which is not installed; installing Debian's chromium with apt-get"
  echo "test: (as root or through sudo; to use another browser instead, set DIGESTGEN_CHROMIUM=/path/to/chrome)"
  if ! scripts/bootstrap.sh --browser; then
    if [[ -n "${CI:-}" ]]; then
      echo "test: could not install chromium, and CI is set: the browser tests will fail" >&2
    else
      echo "test: could not install chromium: the browser tests will be skipped (they fail instead when CI is set)" >&2
    fi
  fi
fi

log=$(mktemp)
set +e
dotnet test DigestGen.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line, summed over test projects: "N passed, N failed, N skipped".
awk '/^(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Passed:") p += $(i+1); if ($i == "Failed:") f += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
