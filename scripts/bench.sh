#!/usr/bin/env bash
# Benchmarks DigestGen against Hugo and lunr.js on sites of real papers from ../shared/corpus and writes the results to
# bench/results/, with the cold nightly simulated (scripts/nightly-sim.sh) at up to 10,000 papers.
# Usage: scripts/bench.sh [--sizes 1000,10000,100000] [--nightly 300] [--no-hugo | --hugo-up-to N (10000)] [--repeat N (1)] [--no-lunr] [--no-nightly-sim] [--keep]
# Installs Debian's hugo and GNU time when missing. Not part of the test run: a 100,000-paper run takes a while.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd .. && pwd)/shared/corpus
if [[ ! -d $corpus ]]; then
  echo "bench: the real paper corpus is not at $corpus; the benchmarks build sites of up to 100,000 papers from it." >&2
  echo "bench: put the corpus folder (hf-daily.jsonl.gz, arxiv-meta.jsonl.gz, alfolio-*.jsonl, SOURCES.md) there." >&2
  exit 2
fi
scripts/bootstrap.sh

missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(time)
if (( ${#missing[@]} > 0 )); then
  echo "bench: installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Published ReadyToRun like the CLI scripts/build-site.sh runs: the harness runs each measured build in-process, so
# its start-up is the build's.
dotnet publish bench/DigestGen.Bench -c Release --use-current-runtime -p:PublishReadyToRun=true \
  -o bench/work/harness -v quiet -nologo
exec bench/work/harness/DigestGen.Bench "$@"
