#!/bin/bash
# Start-up benchmark of the workbench: the time from the JVM start until the
# first window is open and its first events are processed (measured inside the
# product by org.laserdamage.ui's start-up probe), for a first start on a new
# workspace and data directory, then for warm starts on the same ones.
#
#   releng/scripts/benchmark-startup.sh [RUNS]       (default 5 warm starts)
#
# Needs the built workbench product (./mvnw -B -q verify -DskipTests) and a
# display; without DISPLAY it runs under xvfb-run. Prints one line per start
# and a summary; exits non-zero when a start fails or times out.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
product="$root/product/target/products/org.laserdamage.workbench.product/linux/gtk/x86_64/laserdamage-workbench"
runs=${1:-5}
if [ ! -x "$product/laserdamage-workbench" ]; then
  echo "benchmark-startup: no workbench product at $product; build it first: ./mvnw -B -q verify -DskipTests" >&2
  exit 1
fi
wrap=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "benchmark-startup: no DISPLAY and no xvfb-run (apt-get install -y xvfb)" >&2; exit 1; }
  wrap=(xvfb-run -a -s "-screen 0 1280x1024x24")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$work/startup.txt"

start_once() {
  : > "$report"
  LASERDAMAGE_JAVA_OPTS="-Xmx2g -Dlaserdamage.startupReport=$report -Dlaserdamage.exitAfterStartup=true -Dlaserdamage.data=$work/data" \
    timeout 120 ${wrap[@]+"${wrap[@]}"} "$product/laserdamage-workbench" -data "$work/workspace" > "$work/log.txt" 2>&1 || true
  local ms
  ms=$(sed -n 's/^startup_ms=\([0-9]*\).*/\1/p' "$report" | tail -n 1)
  sed -n 's/^startup_ms=[0-9]* //p' "$report" | tail -n 1 >&2
  if [ -z "$ms" ]; then
    echo "benchmark-startup: the workbench did not report its start-up; its output:" >&2
    cat "$work/log.txt" >&2
    exit 1
  fi
  # a start that logs errors is not a clean start: show them
  if [ -f "$work/workspace/.metadata/.log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$work/workspace/.metadata/.log"; then
    echo "benchmark-startup: errors in the workspace log:" >&2
    grep -A1 '^!ENTRY [^ ]* 4 ' "$work/workspace/.metadata/.log" >&2
    rm -f "$work/workspace/.metadata/.log"
    echo x >> "$work/errors"
  fi
  echo "$ms"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1)"
first=$(start_once)
echo "start 1 (new workspace and material database): ${first} ms (load average $(cut -d ' ' -f 1 /proc/loadavg))"
warm=()
for i in $(seq 1 "$runs"); do
  ms=$(start_once)
  warm+=("$ms")
  echo "start $((i + 1)) (warm): ${ms} ms (load average $(cut -d ' ' -f 1 /proc/loadavg))"
done
median=$(printf '%s\n' "${warm[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}')
echo "startup_first_ms=$first"
echo "startup_warm_median_ms=$median (of $runs; goal < 4000; load average $(cut -d ' ' -f 1 /proc/loadavg))"
if [ -s "$work/errors" ]; then
  echo "benchmark-startup: $(wc -l < "$work/errors") start(s) logged errors" >&2
  exit 1
fi
