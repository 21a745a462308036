#!/usr/bin/env bash
# Simulates the nightly workflow (.github/workflows/nightly.yml) on a fresh runner and times each step:
#   clone      a fresh clone of the committed tree (the workflow's checkout; uncommitted changes are not in it)
#   restore    dotnet restore of the CLI, NuGet packages from ~/.nuget/packages (the workflow's NuGet cache restored)
#   bootstrap  scripts/bootstrap.sh --build: npm ci from npm's download cache ~/.npm (setup-node's cache restored)
#   publish    scripts/build-site.sh publishing the CLI (self-contained composite ReadyToRun): only when the code changed since the tool cache
#   build      scripts/build-site.sh with yesterday's build cache (embeddings, topics, ids) restored, into an empty output/
# Usage: scripts/nightly-sim.sh --input DIR --cache DIR --as-of YYYY-MM-DD [--work DIR]
#   --cache is yesterday's build cache (copied, never changed). Prints progress on stderr and, on stdout, one line per
#   step ("step", name, seconds of wall time, what it did) and one with the caches' sizes ("caches", sizes), tab-separated.
#   Not part of the test run; scripts/bench.sh runs it at 1,000 and 10,000 papers.
# Caches cannot be downloaded here as a runner downloads them, so restoring one costs nothing in these times; the
# sizes printed say what a runner would download.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
input="" cache="" as_of="" work=""
while (( $# > 0 )); do
  case "$1" in
    --input) input=$(cd "$2" && pwd); shift 2 ;;
    --cache) cache=$(cd "$2" && pwd); shift 2 ;;
    --as-of) as_of=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "nightly-sim: unknown option '$1' (use --input DIR --cache DIR --as-of YYYY-MM-DD [--work DIR])" >&2; exit 2 ;;
  esac
done
if [[ -z $input || -z $cache || -z $as_of ]]; then
  echo "nightly-sim: --input, --cache and --as-of are required" >&2
  exit 2
fi
work=${work:-$(mktemp -d)}
mkdir -p "$work"
clone=$work/clone
rm -rf "$clone"

steps=()
# Runs one step, appending "name<TAB>seconds<TAB>what" to the report; the step's own output goes to stderr.
step() {
  local name=$1 what=$2; shift 2
  echo "nightly-sim: $name: $what" >&2
  local start end
  start=$(date +%s.%N)
  "$@" >&2
  end=$(date +%s.%N)
  steps+=("$(awk -v name="$name" -v what="$what" -v s="$start" -v e="$end" 'BEGIN { printf "step\t%s\t%.1f\t%s", name, e - s, what }')")
}
size() { du -sh --dereference "$1" 2>/dev/null | cut -f1; }

step clone "git clone of the committed tree" git clone --quiet --no-local "$repo" "$clone"
cd "$clone"
step restore "dotnet restore, NuGet packages already in ~/.nuget/packages" \
  dotnet restore src/DigestGen --use-current-runtime -p:PublishReadyToRun=true -nologo -v quiet
step bootstrap "scripts/bootstrap.sh --build, npm packages from the ~/.npm cache" scripts/bootstrap.sh --build
mkdir -p .cache/digestgen
cp -rL "$cache/." .cache/digestgen/
# `--help` makes build-site.sh publish the CLI and stop, so the build below is timed alone (the tool cache hit).
step publish "publish the CLI, composite ReadyToRun (a night whose code changed)" scripts/build-site.sh --help
step build "build $(find "$input" -maxdepth 1 -type f | wc -l) dumps with yesterday's cache restored" \
  scripts/build-site.sh --input "$input" --cache .cache/digestgen --as-of "$as_of"

printf '%s\n' "${steps[@]}"
printf 'caches\tbuild cache %s, published CLI %s, node_modules %s, site %s\n' "$(size "$cache")" "$(size .cache/tool)" "$(size node_modules)" "$(size output)"
