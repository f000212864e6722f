#!/usr/bin/env bash
# Runs every test WbL has: backend (unit, architecture, integration), client (API types, unit)
# and end-to-end in headless Chromium. Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"
log="$(mktemp -d)/test-output.log"

step() { printf '\n==> %s\n' "$*"; }

if ! command -v chromium >/dev/null 2>&1; then
  step "Installing Debian's chromium for the end-to-end tests"
  as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  $as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium >/dev/null
fi

step "Building the solution (the API build also installs and builds the client)"
dotnet build WbL.sln --nologo -clp:ErrorsOnly

step "Backend tests"
dotnet test WbL.sln --no-build --nologo 2>&1 | tee -a "$log"

step "Client: API types, type-check and unit tests"
(
  cd client
  npm run --silent api:check
  npm test 2>&1
) | tee -a "$log"

step "End-to-end tests in headless Chromium"
(cd client && npm run e2e 2>&1) | tee -a "$log"

# One closing line in the plain form: every runner above has already failed the script on a failure.
passed=$(grep -aoE '(Passed: +[0-9]+)|(Tests +[0-9]+ passed)|(^ *[0-9]+ passed \()' "$log" | grep -oE '[0-9]+' | awk '{ total += $1 } END { print total + 0 }')
printf '\n%s passed, 0 failed\n' "${passed:-0}"
