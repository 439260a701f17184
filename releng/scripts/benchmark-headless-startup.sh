#!/bin/bash
# Start-up overhead of the headless product: the wall time of `laserdamage --version`
# (JVM, OSGi and the command line only) and of `laserdamage validate` of an example
# (plus EMF, the study model and the material library), each started RUNS times on
# one data folder after one unmeasured start that creates it. Prints every time with
# the load average of the moment, then the medians; numbers taken with a load
# average above ~0.8 on a 2-core machine are not comparable.
#
#   releng/scripts/benchmark-headless-startup.sh [RUNS] [STUDY]   (default 5, examples/al6061-cw-1kW.ldsim)
#
# JVM options to compare go in LASERDAMAGE_JAVA_OPTS as for the product itself,
# e.g. LASERDAMAGE_JAVA_OPTS="-Xmx2g -XX:TieredStopAtLevel=1".
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/product/target/products/org.laserdamage.headless.product/linux/gtk/x86_64/laserdamage/laserdamage"
runs=${1:-5}
study=${2:-$root/examples/al6061-cw-1kW.ldsim}
if [ ! -x "$product" ]; then
  echo "benchmark-headless-startup: no headless product at $product; build it first: ./mvnw -B -q verify -DskipTests" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LASERDAMAGE_DATA="$work/data"

load() {
  cut -d ' ' -f 1 /proc/loadavg
}

# prints the wall time of one start in ms; fails when the command fails
time_once() {
  local start end
  start=$(date +%s%N)
  if ! "$product" "$@" > "$work/out.txt" 2>&1; then
    echo "benchmark-headless-startup: laserdamage $* failed:" >&2
    cat "$work/out.txt" >&2
    exit 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), LASERDAMAGE_JAVA_OPTS=${LASERDAMAGE_JAVA_OPTS:-(default)}"
time_once validate "$study" > /dev/null
for what in version validate; do
  times=()
  for i in $(seq 1 "$runs"); do
    if [ "$what" = version ]; then ms=$(time_once --version); else ms=$(time_once validate "$study"); fi
    times+=("$ms")
    echo "$what $i: ${ms} ms (load average $(load))"
  done
  echo "${what}_median_ms=$(printf '%s\n' "${times[@]}" | median) (of $runs, load average $(load))"
done
