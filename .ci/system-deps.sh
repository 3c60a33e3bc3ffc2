#!/usr/bin/env bash
# System packages the test suite uses: Debian's chromium + chromium-driver (the /docs browser test).
# Installs them when missing (as root, or with passwordless sudo); otherwise stops with the
# command that installs them. Called by `make test` and by .ci/run.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "The browser tests need Debian's ${missing[*]}, and this user cannot install packages." >&2
  echo "Install them once with:  sudo apt-get update && sudo apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "installing ${missing[*]} (apt-get)…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
