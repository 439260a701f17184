#!/usr/bin/env bash
# The Compose stack of deployment/docker, run on the loopback with Debian's packages instead of
# images (no Docker engine runs here): PostgreSQL (with init-db.sql), Redis, two replicas of the
# built headless product in server mode, nginx in front with TLS (the real nginx.conf), and
# Prometheus scraping both replicas with the real alert rules. Then, through nginx only:
#   - /health and /ready, HTTP redirected to HTTPS, /metrics not reachable from outside;
#   - jobs submitted, run by both replicas, their events streamed (SSE) through nginx;
#   - Prometheus: `up` is 1 for both replicas and simulations_total rises in its query API;
#   - the HPA's queue metric as the Prometheus Adapter rule computes it sums to the queue length;
#   - a burst of failing jobs (time-outs) puts the real SimulationFailureRate alert in pending;
#   - a replica takes the scheduled backup (pg_dump of the shared database) once, both export its time;
#   - every metric the Grafana dashboard queries is one the live server exports;
#   - SIGTERM: both replicas drain and exit 0.
# Everything stops by itself (trap) and the whole run is bounded (TOPOLOGY_TIMEOUT, 600 s).
#
#   releng/scripts/topology.sh [PRODUCT_DIR]
# PRODUCT_DIR defaults to the built headless product under product/target.
#
# What differs from Compose, and why: the replicas are found by a static target list instead of
# dns_sd (no DNS server for the service name here), nginx's upstream lists the two loopback ports,
# the listen ports are free loopback ports, scrapes and rule evaluations every 2 s instead of
# 10/15 s (so the test takes seconds), and the node-exporter, postgres-exporter and Alertmanager
# jobs are left out (those programs are not part of this test). The lines changed are those marked
# "topology:" in nginx.conf and the scrape job of prometheus.yml; the rest is used as it is.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
scripts=$root/releng/scripts
product=${1:-$root/product/target/products/org.laserdamage.headless.product/linux/gtk/x86_64/laserdamage}
[ -x "$product/laserdamage" ] || { echo "topology: no built product at $product (./mvnw install -pl product -am)" >&2; exit 1; }
if [ -z "${TOPOLOGY_BOUNDED:-}" ]; then
  export TOPOLOGY_BOUNDED=1
  exec timeout --kill-after=20 "${TOPOLOGY_TIMEOUT:-600}" "$0" "$@"
fi

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "topology: sudo apt-get install ${need[*]}" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# js-yaml (and check.mjs's packages) from releng/deployment-checks/package-lock.json
[ -d "$root/releng/deployment-checks/node_modules" ] \
  || (cd "$root/releng/deployment-checks" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# PostgreSQL runs as the postgres user and nginx's workers as www-data: a world-traversable /tmp folder
work=$(mktemp -d /tmp/laserdamage-topology-XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  local rc=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  "$scripts/pg-instance.sh" kill "$work/pg" >/dev/null 2>&1 || true
  "$scripts/redis-instance.sh" stop "$work/redis" >/dev/null 2>&1 || true
  if [ $rc != 0 ]; then
    echo "topology: FAILED (rc $rc); logs:" >&2
    for f in "$work"/*.log "$work"/replica-*/logs/error.json; do
      [ -f "$f" ] && { echo "--- $f" >&2; tail -n 25 "$f" >&2; }
    done
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT
trap 'exit 143' TERM INT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
fail() { echo "topology: $*" >&2; exit 1; }
step() { echo "== $(date +%T) $*"; }
# await SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second
await() {
  local seconds=$1 what=$2; shift 2
  local end=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $end ] || fail "timed out after ${seconds}s waiting for $what"
    sleep 0.5
  done
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

step "PostgreSQL with init-db.sql, Redis"
database_url=$("$scripts/pg-instance.sh" start "$work/pg" "$(free_port)")
PGPASSWORD=laserdamage psql -q -v ON_ERROR_STOP=1 "${database_url}" -f "$root/deployment/docker/init-db.sql" \
  || fail "init-db.sql failed against PostgreSQL"
[ "$(psql -tAc 'SHOW timezone' "$database_url")" = UTC ] || fail "init-db.sql did not set the database's time zone"
redis_url=$("$scripts/redis-instance.sh" start "$work/redis" "$(free_port)")

step "Two server replicas"
token=$(openssl rand -hex 24)
admin=$(openssl rand -hex 24)
tokens="ci:submit:$(printf %s "$token" | sha256sum | cut -d' ' -f1),ops:admin:$(printf %s "$admin" | sha256sum | cut -d' ' -f1)"
mkdir -p "$work/results"
api_ports=() metrics_ports=()
for r in 1 2; do
  api_ports+=("$(free_port)"); metrics_ports+=("$(free_port)")
  mkdir -p "$work/replica-$r"
  env DATABASE_URL="$database_url" REDIS_URL="$redis_url" LASERDAMAGE_TOKENS="$tokens" \
    LASERDAMAGE_DATA="$work/replica-$r/data" LASERDAMAGE_RESULTS="$work/results" LASERDAMAGE_LOGS="$work/replica-$r/logs" \
    LASERDAMAGE_BACKUP_DIR="$work/backups" \
    LASERDAMAGE_BIND=127.0.0.1 LASERDAMAGE_API_PORT="${api_ports[-1]}" LASERDAMAGE_METRICS_PORT="${metrics_ports[-1]}" \
    LASERDAMAGE_WORKER_SLOTS=1 LASERDAMAGE_WORKER_LEASE=6 LASERDAMAGE_WORKER_GRACE=3 LASERDAMAGE_JAVA_OPTS=-Xmx512m \
    "$product/laserdamage" server > "$work/replica-$r.log" 2>&1 &
  pids+=($!)
  eval "replica_pid_$r=$!"
done

step "nginx in front (deployment/docker/nginx.conf, TLS)"
http_port=$(free_port); https_port=$(free_port)
mkdir -p "$work/nginx/ssl"
"$root/deployment/docker/ssl/make-self-signed.sh" >/dev/null
mv "$root/deployment/docker/ssl/server.crt" "$root/deployment/docker/ssl/server.key" "$work/nginx/ssl/"
upstream="server 127.0.0.1:${api_ports[0]} max_fails=3 fail_timeout=10s; server 127.0.0.1:${api_ports[1]} max_fails=3 fail_timeout=10s;"
sed -e "s|^\( *\)server laser-simulation-app:8080 .*# topology: upstream$|\1$upstream|" \
    -e "s|^\( *\)listen 80; # topology: http$|\1listen 127.0.0.1:$http_port;|" \
    -e "s|^\( *\)listen 443 ssl; # topology: https$|\1listen 127.0.0.1:$https_port ssl;|" \
    -e "s|^pid /tmp/nginx.pid;$|pid $work/nginx/nginx.pid;|" \
    "$root/deployment/docker/nginx.conf" > "$work/nginx/nginx.conf"
[ "$(diff "$root/deployment/docker/nginx.conf" "$work/nginx/nginx.conf" | grep -c '^>')" = 4 ] \
  || fail "nginx.conf's topology: lines changed; update this script"
nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' > "$work/nginx-access.log" 2> "$work/nginx-error.log" &
pids+=($!)
base="https://localhost:$https_port"
curl_() { curl -sS --cacert "$work/nginx/ssl/server.crt" --resolve "localhost:$https_port:127.0.0.1" "$@"; }

step "Prometheus scraping both replicas (deployment/monitoring/prometheus.yml and alert_rules.yml)"
prometheus_port=$(free_port)
targets="127.0.0.1:${metrics_ports[0]},127.0.0.1:${metrics_ports[1]}"
CHECKS=$root/releng/deployment-checks node --input-type=module - "$root/deployment/monitoring/prometheus.yml" "$work/prometheus.yml" "$targets" \
  "$root/deployment/monitoring/alert_rules.yml" <<'EOF'
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.env.CHECKS + '/package.json');
const yaml = require('js-yaml');
const [from, to, targets, rules] = process.argv.slice(2);
const config = yaml.load(fs.readFileSync(from, 'utf8'));
config.global.scrape_interval = '2s';
config.global.evaluation_interval = '2s';
config.rule_files = [rules];
config.scrape_configs = config.scrape_configs.filter(j => j.job_name === 'laser-simulation');
const job = config.scrape_configs[0];
delete job.dns_sd_configs;
job.scrape_interval = '2s';
job.static_configs = [{ targets: targets.split(',') }];
delete config.alerting;
fs.writeFileSync(to, yaml.dump(config));
EOF
promtool check config "$work/prometheus.yml" >/dev/null
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$prometheus_port" > "$work/prometheus.log" 2>&1 &
pids+=($!)
promql() { # the value of a scalar-valued query ("" when empty)
  curl -sS --get "http://127.0.0.1:$prometheus_port/api/v1/query" --data-urlencode "query=$1" ${2:+--data-urlencode "time=$2"} \
    | json "(d['data']['result'][0]['value'][1] if d['data']['result'] else '') if d['status']=='success' else 'error: '+d['error']"
}

step "Through nginx: /health, /ready, redirects, no /metrics from outside"
await 120 "both replicas ready" sh -c "curl -fsS http://127.0.0.1:${api_ports[0]}/ready && curl -fsS http://127.0.0.1:${api_ports[1]}/ready"
await 20 "nginx" curl_ -f "$base/health"
[ "$(curl_ "$base/health" | json "d['status']")" = healthy ] || fail "/health through nginx is not healthy"
[ "$(curl_ "$base/ready" | json "d['status']")" = ready ] || fail "/ready through nginx is not ready: $(curl_ "$base/ready")"
code=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/api/v1/jobs")
case "$code" in "301 https://"*) ;; *) fail "plain HTTP is not redirected to HTTPS: $code";; esac
[ "$(curl_ -o /dev/null -w '%{http_code}' "$base/metrics")" = 404 ] || fail "/metrics is reachable through nginx"
[ "$(curl_ -o /dev/null -w '%{http_code}' "$base/api/v1/jobs")" = 401 ] || fail "the API answers without a token"
echo "health, ready, redirect, metrics hidden, token required: ok"

await 60 "Prometheus scraping both replicas" sh -c "[ \"\$(curl -sS --get http://127.0.0.1:$prometheus_port/api/v1/query \
  --data-urlencode 'query=sum(up{job=\"laser-simulation\"})' | python3 -c 'import json,sys; r=json.load(sys.stdin)[\"data\"][\"result\"]; print(r[0][\"value\"][1] if r else 0)')\" = 2 ]"
echo "Prometheus: up{job=\"laser-simulation\"} = 1 for both replicas"
ended_before=$(promql 'sum(simulations_total)')

submit() { # SET-ARGS-JSON [TIMEOUT]: submits the example study through nginx, prints the job id
  python3 - "$root/examples/al6061-cw-1kW.ldsim" "$1" "${2:-0}" > "$work/submit.json" <<'EOF'
import json, sys
body = {"ldsim": open(sys.argv[1]).read(), "set": json.loads(sys.argv[2]), "maxAttempts": 1}
if sys.argv[3] != "0":
    body["timeoutSeconds"] = int(sys.argv[3])
print(json.dumps(body))
EOF
  curl_ -f -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "@$work/submit.json" \
    "$base/api/v1/jobs" | json "d['id']"
}
state() { curl_ -f -H "Authorization: Bearer $token" "$base/api/v1/jobs/$1" | json "d['state']"; }
ended() { case "$(state "$1")" in succeeded|failed|cancelled) return 0;; *) return 1;; esac; }

step "Jobs through nginx, run by both replicas, events streamed through nginx"
small='["mesh.radialCells=40","target.layers[0].axialCells=12","solver.endTime=2s"]'
long='["mesh.radialCells=80","target.layers[0].axialCells=40","solver.endTime=10s","solver.maxTimeStep=0.002s"]'
ids=()
ids+=("$(submit "$long")")
ids+=("$(submit "$long")")
for _ in 1 2 3 4; do ids+=("$(submit "$small")"); done
# the two long jobs keep both slots busy: the four small ones wait in the shared queue
# (both replicas' last scrapes see the same, non-empty queue: each scrape reads the database itself)
series='simulation_queue_length{job="laser-simulation"}'
settled="(min($series) > 0) and on() (max($series) == on() min($series))"
end=$((SECONDS + 30))
while :; do # one evaluation time for all three queries
  at=$(python3 -c 'import time; print(time.time())')
  [ -n "$(promql "$settled" "$at")" ] && break
  [ $SECONDS -lt $end ] || fail "Prometheus never saw the same non-empty queue on both replicas"
  sleep 0.5
done
queue=$(promql "max($series)" "$at")
# the adapter's metricsQuery (deployment/kubernetes/prometheus-adapter/rules.yaml) with its template
# filled in as the adapter does for the HPA (GroupBy = the pod label, here instance)
per_pod="max by (instance) ($series) / scalar(count($series))"
hpa_sum=$(promql "sum($per_pod)" "$at")
python3 -c "import sys; q,s=float('$queue'),float('$hpa_sum'); sys.exit(0 if q>0 and abs(q-s)<1e-9 else 1)" \
  || fail "the adapter's per-pod queue metric sums to $hpa_sum, not the queue length $queue"
echo "queue length $queue; the adapter's per-pod values sum to $hpa_sum (HPA: ceil($queue / 5) replicas)"

curl_ -N --max-time 120 -H "Authorization: Bearer $token" "$base/api/v1/jobs/${ids[2]}/events" > "$work/events.txt" &
stream=$!
for id in "${ids[@]}"; do await 240 "job $id to end" ended "$id"; done
wait $stream || true
for id in "${ids[@]}"; do [ "$(state "$id")" = succeeded ] || fail "job $id ended $(state "$id")"; done
frames=$(grep -c '^event: job$' "$work/events.txt" || true)
[ "$frames" -ge 2 ] || fail "the event stream through nginx had $frames events: $(head -c 600 "$work/events.txt")"
runners=$(for id in "${ids[@]}"; do curl_ -f -H "Authorization: Bearer $token" "$base/api/v1/jobs/$id" | json "d['runner']"; done | sort -u | wc -l)
[ "$runners" = 2 ] || fail "the jobs ran on $runners replica(s), not both"
echo "${#ids[@]} jobs completed on both replicas; the stream of ${ids[2]} carried $frames events"
await 20 "simulations_total to rise in Prometheus" python3 -c "
import json, subprocess, sys
v = subprocess.run(['curl','-sS','--get','http://127.0.0.1:$prometheus_port/api/v1/query','--data-urlencode',
  'query=sum(simulations_total)'], capture_output=True, text=True).stdout
r = json.loads(v)['data']['result']
sys.exit(0 if r and float(r[0]['value'][1]) >= float('${ended_before:-0}') + ${#ids[@]} else 1)"
echo "Prometheus: sum(simulations_total) ${ended_before:-0} -> $(promql 'sum(simulations_total)')"

step "A burst of failing jobs puts SimulationFailureRate in pending"
failing=()
for _ in 1 2 3; do failing+=("$(submit "$long" 1)"); done
for id in "${failing[@]}"; do await 60 "job $id to time out" ended "$id"; done
for id in "${failing[@]}"; do [ "$(state "$id")" = failed ] || fail "job $id with a 1 s time-out ended $(state "$id")"; done
alert_state() {
  curl -sS "http://127.0.0.1:$prometheus_port/api/v1/alerts" \
    | json "' '.join(a['state'] for a in d['data']['alerts'] if a['labels']['alertname']=='SimulationFailureRate')"
}
await 30 "SimulationFailureRate pending" sh -c "[ -n \"\$(curl -sS http://127.0.0.1:$prometheus_port/api/v1/alerts | python3 -c \
  'import json,sys; print(\" \".join(a[\"state\"] for a in json.load(sys.stdin)[\"data\"][\"alerts\"] if a[\"labels\"][\"alertname\"]==\"SimulationFailureRate\"))')\" ]"
echo "SimulationFailureRate: $(alert_state) at a failure rate of $(promql 'sum(rate(simulations_total{status="failed"}[5m])) / sum(rate(simulations_total[5m]))')"

step "The scheduled backup: one replica takes a verified set at start (a lock in the database), both export its time"
await 120 "a verified backup set in $work/backups" sh -c "ls '$work/backups' 2>/dev/null | grep -qE '^[0-9]{8}_[0-9]{6}\$'"
sets=$(ls "$work/backups" | grep -cE '^[0-9]{8}_[0-9]{6}$' || true)
[ "$sets" = 1 ] || fail "$sets verified backup sets after start; one replica at a time takes one a day"
for port in "${metrics_ports[@]}"; do
  await 30 "backup_last_success_timestamp_seconds on :$port" sh -c \
    "curl -fsS http://127.0.0.1:$port/metrics | grep -q '^backup_last_success_timestamp_seconds '"
done
env LASERDAMAGE_DATA="$work/cli-data" "$product/laserdamage" backup verify --from "$work/backups" \
  || fail "the scheduled backup set does not verify with the command line"
echo "backup set: $(ls "$work/backups" | grep -E '^[0-9]{8}_[0-9]{6}$'), verified again by laserdamage backup verify"

step "Every metric of the Grafana dashboard is exported by the live server"
CHECKS=$root/releng/deployment-checks node "$root/releng/deployment-checks/check.mjs" grafana \
  "$root/deployment/docker/grafana/dashboards/laserdamage-server.json" "$work/grafana-rules.yml" > "$work/grafana-metrics.txt"
curl -fsS "http://127.0.0.1:${metrics_ports[0]}/metrics" > "$work/metrics.txt"
while read -r metric; do
  case "$metric" in
    up) continue ;; # Prometheus's own, per target
    ansys_licenses_*) # exported only where ANSYS is configured (checked by ServerSystemTest with lmstat output)
      grep -q "^# HELP $metric " "$work/metrics.txt" && fail "$metric is exported without ANSYS"; continue ;;
  esac
  grep -q "^$metric[{ ]" "$work/metrics.txt" || fail "the dashboard queries $metric, which the server does not export"
done < "$work/grafana-metrics.txt"
echo "dashboard metrics: $(tr '\n' ' ' < "$work/grafana-metrics.txt")"

step "SIGTERM: both replicas drain and exit 0"
for r in 1 2; do eval "kill -TERM \$replica_pid_$r"; done
for r in 1 2; do
  eval "pid=\$replica_pid_$r"
  rc=0; wait "$pid" || rc=$?
  [ $rc = 0 ] || fail "replica $r exited $rc after SIGTERM"
done
echo "Topology test passed."
