#!/usr/bin/env bash
# A redis-server of a test's own on a loopback port, in a folder of its own, no persistence.
#   redis-instance.sh start DIR PORT   starts it (installs Debian's redis-server when missing, as root)
#                                      and prints redis://127.0.0.1:PORT/0
#   redis-instance.sh stop DIR         stops it
set -euo pipefail
command=${1:?start or stop}
dir=$(readlink -m "${2:?the instance folder}")
if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "redis-instance: sudo apt-get install redis-server" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends redis-server >&2
fi
case "$command" in
  start)
    port=${3:?the port}
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --daemonize yes --pidfile "$dir/redis.pid" \
      --logfile "$dir/redis.log" --save "" --appendonly no >&2
    for _ in $(seq 50); do
      redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break
      sleep 0.1
    done
    echo "redis://127.0.0.1:$port/0"
    ;;
  stop)
    if [ -f "$dir/redis.pid" ]; then
      pid=$(cat "$dir/redis.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      rm -f "$dir/redis.pid"
    fi
    ;;
  *) echo "redis-instance: unknown command $command" >&2; exit 2 ;;
esac
