#!/bin/bash
# Several programs on one embedded material database at the same time, on the
# built headless product: a fresh LASERDAMAGE_DATA, then N parallel jobs (six,
# three at a time, as `xargs -P 3` would start them) that each list, show and
# validate, and a run of a study when one is given. Every job must succeed and
# none may print "in use by process".
#
#   releng/scripts/test-shared-database.sh [PRODUCT_DIR] [STUDY.ldsim]
#
# PRODUCT_DIR defaults to the headless product of this checkout
# (build it first: ./mvnw -B -q verify -DskipTests). With STUDY, each job also
# runs `laserdamage run STUDY --out out-N` (the issue's command).
# Prints one line per job and "N passed, N failed"; exits 1 when one failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product=${1:-"$root/product/target/products/org.laserdamage.headless.product/linux/gtk/x86_64/laserdamage"}
study=${2:-}
jobs=${JOBS:-6}
parallel=${PARALLEL:-3}
if [ ! -x "$product/laserdamage" ]; then
  echo "test-shared-database: no headless product at $product; build it first: ./mvnw -B -q verify -DskipTests" >&2
  exit 1
fi
product=$(cd "$product" && pwd)   # the jobs run in a folder of their own
if [ -n "$study" ]; then
  study=$(cd "$(dirname "$study")" && pwd)/$(basename "$study")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LASERDAMAGE_DATA="$work/data"   # fresh: the first job creates and seeds the database

job() {
  local n=$1 log="$work/job-$1.log"
  (
    cd "$work"
    "$product/laserdamage" materials list
    "$product/laserdamage" materials show al-6061-t6
    if [ -n "$study" ]; then
      "$product/laserdamage" validate "$study"
      "$product/laserdamage" run "$study" --out "out-$n"
    fi
  ) >"$log" 2>&1
  local rc=$?
  if [ $rc -eq 0 ] && ! grep -q "in use by" "$log"; then
    echo "job $n: passed"
  else
    echo "job $n: FAILED (exit $rc), last lines:"
    tail -5 "$log" | sed 's/^/    /'
  fi
}
export -f job
export product study work

results=$(seq 1 "$jobs" | xargs -P "$parallel" -I N bash -c 'job N' || true)
echo "$results"
passed=$(grep -c ': passed$' <<<"$results" || true)
failed=$((jobs - passed))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
