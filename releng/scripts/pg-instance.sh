#!/usr/bin/env bash
# A PostgreSQL server of a test's own, in a folder of its own, on a loopback port:
# one that a test may stop and start again (the server system test does) without
# touching the machine's cluster.
#   pg-instance.sh start DIR PORT   creates the cluster on first use (role and database
#                                   laserdamage, password laserdamage), starts it, and
#                                   prints postgresql://laserdamage:laserdamage@127.0.0.1:PORT/laserdamage
#   pg-instance.sh stop DIR         stops it (fast shutdown); the data stays
#   pg-instance.sh kill DIR         stops it at once (immediate shutdown, as a crash)
# Needs Debian's postgresql package (installed when missing, as root). As root, the
# server runs as the postgres user (PostgreSQL refuses to run as root). fsync is off:
# test data, not production.
set -euo pipefail
command=${1:?start, stop or kill}
dir=$(readlink -m "${2:?the instance folder}")

log() { echo "pg-instance: $*" >&2; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" != 0 ]; then log "PostgreSQL is not installed: sudo apt-get install postgresql"; exit 1; fi
  log "installing postgresql"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    port=${3:?the port}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      pw=$(mktemp); echo laserdamage > "$pw"; chmod 644 "$pw"
      as_owner "$bin/initdb" -D "$dir/data" -U laserdamage --auth=md5 --pwfile="$pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; rm -f "$pw"; exit 1; }
      rm -f "$pw"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >&2
    if ! PGPASSWORD=laserdamage "$bin/psql" -h 127.0.0.1 -p "$port" -U laserdamage -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'laserdamage'" | grep -q 1; then
      PGPASSWORD=laserdamage "$bin/createdb" -h 127.0.0.1 -p "$port" -U laserdamage laserdamage
    fi
    echo "postgresql://laserdamage:laserdamage@127.0.0.1:$port/laserdamage"
    ;;
  stop) as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 ;;
  kill) as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 ;;
  *) log "unknown command $command: use start, stop or kill"; exit 2 ;;
esac
