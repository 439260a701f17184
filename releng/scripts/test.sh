#!/usr/bin/env bash
# Builds the whole reactor and runs every test suite; UI tests run under Xvfb.
#   ./test.sh                      everything (validation, UI tests)
#   ./test.sh -Dlaserdamage.excludedGroups=slow   skip the slow validation cases
#   ./test.sh -DskipUiTests=true   skip the workbench UI tests
# Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@"
fi
exec ./mvnw -B clean verify "$@"
