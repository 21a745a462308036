#!/usr/bin/env bash
# Installs what DigestGen needs beyond the .NET SDK, idempotently:
#   npm packages pinned in package-lock.json (KaTeX, lunr, the embedding model, test oracles),
#   and with --browser, Debian's chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  echo "bootstrap: installing npm packages (package-lock.json changed or node_modules missing)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# A Google Chrome already on the machine (GitHub's Ubuntu runners) serves as well; Ubuntu's apt chromium is a snap shim.
if [[ "${1:-}" == "--browser" ]] && [[ -z "${DIGESTGEN_CHROMIUM:-}" ]] \
   && ! command -v chromium >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then
  echo "bootstrap: installing Debian chromium for the browser tests"
  sudo_cmd=""; [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
