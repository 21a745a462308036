#!/usr/bin/env bash
# Builds the site from input/ into output/. Extra arguments go to `digestgen build` (e.g. --base-url, --as-of).
# The CLI is published once per change of its sources into .cache/tool and reused, self-contained and compiled ahead
# with the .NET libraries as one composite ReadyToRun image (Directory.Build.props): a build then starts without
# `dotnet run`'s project check and with little left to JIT-compile (docs/bench.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh --build

tool=.cache/tool
sources=$( { find src -type d \( -name bin -o -name obj \) -prune -o -type f -print
             printf '%s\n' Directory.Build.props Directory.Packages.props global.json; } \
           | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)
want="$sources OnnxRuntimeGpu=${OnnxRuntimeGpu:-false}"
if [[ ! -x $tool/DigestGen || "$(cat "$tool/.sources.sha256" 2>/dev/null)" != "$want" ]]; then
  echo "build-site: publishing the DigestGen CLI into $tool (its sources changed or it is missing)"
  rm -rf "$tool"
  dotnet publish src/DigestGen -c Release --use-current-runtime -p:PublishReadyToRun=true \
    -o "$tool" -nologo -v quiet
  echo "$want" > "$tool/.sources.sha256"
fi
exec "$tool/DigestGen" build "$@"
