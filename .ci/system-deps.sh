#!/usr/bin/env bash
# System packages the test suite uses: Debian's chromium + chromium-driver (the browser tests) and
# postgresql (the suite runs its database-facing tests against a throwaway PostgreSQL server too:
# initdb + pg_ctl in a temporary directory, see tests/pg.py). Installs what is missing (as root,
# or with passwordless sudo); otherwise stops with the command that installs them. Called by
# `make test` and by .ci/run.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  echo "The test suite needs Debian's ${missing[*]}, and this user cannot install packages." >&2
  echo "Install them once with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]} (apt-get)…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
