#!/usr/bin/env bash
# Starts a local PostgreSQL for the material store tests and prints the lines
# that point the tests at it. Idempotent; run as root on Debian:
#   eval "$(releng/scripts/start-test-postgres.sh)"
# Installs the postgresql package when missing, creates a cluster when there is
# none, starts it, and creates the role and database when missing. Progress goes
# to stderr, the export lines to stdout.
# The role may create databases: the server restore test makes one of its own (pg_restore of a whole
# database must not replace what other tests use).
# Override the names with LASERDAMAGE_TEST_PG_ROLE, _PASSWORD and _DB.
set -euo pipefail

role=${LASERDAMAGE_TEST_PG_ROLE:-laserdamage}
password=${LASERDAMAGE_TEST_PG_PASSWORD:-laserdamage}
db=${LASERDAMAGE_TEST_PG_DB:-laserdamage_test}

log() { echo "start-test-postgres: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
  log "run me as root (I install and start PostgreSQL and use the postgres account)"
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != online ]; then
  log "starting cluster $version/$name on port $port"
  pg_ctlcluster "$version" "$name" start >&2
fi

as_postgres() { su postgres -c "$1"; }
psql_admin() { as_postgres "psql -p $port -X -q -v ON_ERROR_STOP=1 -tA -c \"$1\""; }

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  log "creating role $role"
  psql_admin "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'"
else
  # So that the printed password is the role's, whatever an earlier run set.
  psql_admin "ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password'"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  log "creating database $db"
  as_postgres "createdb -p $port -O $role $db"
fi

echo "export LASERDAMAGE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/$db"
echo "export LASERDAMAGE_TEST_PG_USER=$role"
echo "export LASERDAMAGE_TEST_PG_PASSWORD=$password"
