#!/usr/bin/env bash
# Builds the whole reactor and runs every test suite; the workbench UI tests run
# under Xvfb. On a fresh Debian machine it installs what the UI tests need
# and the real CalculiX (ccx) the solver tests run (as root; otherwise it prints
# the apt-get line to run). The Slurm place's tests need a Slurm: .ci/run starts one
# (releng/scripts/start-test-slurm.sh); without it they are skipped unless CI=true.
#   releng/scripts/test.sh                                   everything
#   releng/scripts/test.sh -Dlaserdamage.excludedGroups=slow skip slow validation cases
#   releng/scripts/test.sh -DskipUiTests=true                skip the workbench UI tests
# Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
dpkg -s dbus-x11 >/dev/null 2>&1 || need+=(dbus-x11)
[ -n "$(fc-list 2>/dev/null | head -n 1)" ] || need+=(fontconfig fonts-dejavu-core)
# the CalculiX adapter's tests and the solver comparisons run the real ccx
command -v ccx >/dev/null 2>&1 || need+=(calculix-ccx)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "The UI tests need: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi

status=0
if [ -z "${DISPLAY:-}" ]; then
  xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@" || status=$?
else
  ./mvnw -B clean verify "$@" || status=$?
fi
if [ "$status" -ne 0 ]; then
  # a failing UI test saves what the screen showed; name the files so a CI log leads to them
  shots=$(ls tests/*/target/screenshots/*Test-*.png 2>/dev/null || true)
  if [ -n "$shots" ]; then
    echo "Screenshots of the UI at failing tests (kept in the work tree):" >&2
    echo "$shots" >&2
  fi
fi
exit "$status"
