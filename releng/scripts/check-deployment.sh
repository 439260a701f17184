#!/usr/bin/env bash
# Checks everything an operator applies (deployment/) with the tools that read it:
#   - prometheus.yml, alert_rules.yml and their unit tests: promtool (Debian's prometheus)
#   - alertmanager.yml: amtool (Debian's prometheus-alertmanager)
#   - nginx.conf: nginx -t (Debian's nginx-light), with the app's service name resolving as in Compose
#   - every Kubernetes overlay rendered by kubectl's kustomize and validated against the Kubernetes
#     schemas (npm kubernetes-models) plus cross-object checks (releng/deployment-checks/check.mjs)
#   - docker-compose.yml: dclint (the Compose schema and its rules) plus the stack's own checks
#   - Dockerfile: dockerfile-utils' validator plus the image's rules
#   - the Grafana dashboard: structure, and every panel query parsed by promtool
# Then it breaks a copy of each file on purpose and expects the check to fail, so that no check
# passes by not looking. Missing Debian tools are installed when run as root; npm packages come
# from releng/deployment-checks/package-lock.json (npm ci).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
deployment=$root/deployment
checks=$root/releng/deployment-checks
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need=()
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v amtool >/dev/null 2>&1 || need+=(prometheus-alertmanager)
command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "check-deployment: sudo apt-get install ${need[*]}" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # the packages' own services are not started: no init system runs here, and nothing should listen
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if ! command -v kubectl >/dev/null 2>&1; then
  echo "check-deployment: kubectl (for its built-in kustomize) is missing; install it from your Kubernetes distribution" >&2
  exit 1
fi
(cd "$checks" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

step() { echo "== $*"; }

step "Prometheus configuration, alert rules and their unit tests (promtool)"
(cd "$deployment/monitoring" && promtool check config prometheus.yml && promtool check rules alert_rules.yml \
  && promtool test rules alert_rules_test.yml)

step "Alertmanager configuration (amtool)"
amtool check-config "$deployment/monitoring/alertmanager.yml"

nginx_check() { # nginx -t on a copy of $1 with a throw-away certificate in ssl/
  local conf=$1 dir
  dir=$(mktemp -d -p "$work")
  cp "$conf" "$dir/nginx.conf"
  mkdir "$dir/ssl"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout "$dir/ssl/server.key" \
    -out "$dir/ssl/server.crt" 2>/dev/null
  # Compose's DNS resolves the service name; here a private mount namespace gives it a hosts entry
  echo "127.0.0.1 localhost laser-simulation-app" > "$dir/hosts"
  if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
    unshare -m sh -c 'mount --bind "$1/hosts" /etc/hosts && exec nginx -t -p "$1" -c "$1/nginx.conf" -g "error_log $1/error.log;"' \
      sh "$dir"
  else
    sed 's/server laser-simulation-app:/server 127.0.0.1:/' "$conf" > "$dir/nginx.conf"
    nginx -t -p "$dir" -c "$dir/nginx.conf" -g "error_log $dir/error.log;"
  fi
}
step "nginx configuration (nginx -t)"
nginx_check "$deployment/docker/nginx.conf"

step "Kubernetes overlays (kustomize, Kubernetes schemas, cross-object checks)"
rendered=()
for overlay in "$deployment"/kubernetes/overlays/*/; do
  env=$(basename "$overlay")
  kubectl kustomize "$overlay" > "$work/k8s-$env.yaml"
  rendered+=("$work/k8s-$env.yaml")
  echo "$env: $(grep -c '^kind:' "$work/k8s-$env.yaml") objects"
done
node "$checks/check.mjs" kubernetes "${rendered[@]}"

step "Compose file (dclint and the stack's checks)"
compose_check() {
  (cd "$checks" && npx --no-install dclint "$1" --color false --max-warnings 0 \
    --disable-rule service-keys-order services-alphabetical-order) && node "$checks/check.mjs" compose "$1"
}
compose_check "$deployment/docker/docker-compose.yml"

step "Dockerfile (dockerfile-utils and the image's rules)"
node "$checks/check.mjs" dockerfile "$deployment/docker/Dockerfile"

step "Grafana dashboard (structure; every query parsed by promtool)"
for dashboard in "$deployment"/docker/grafana/dashboards/*.json; do
  node "$checks/check.mjs" grafana "$dashboard" "$work/grafana-rules.yml" > "$work/grafana-metrics.txt"
  promtool check rules "$work/grafana-rules.yml"
  echo "$(basename "$dashboard") queries: $(tr '\n' ' ' < "$work/grafana-metrics.txt")"
done

step "Each check fails on a broken file"
expect_failure() { # NAME COMMAND...: the command must fail
  local name=$1; shift
  if "$@" > "$work/broken.log" 2>&1; then
    echo "check-deployment: the check did not notice: $name" >&2
    exit 1
  fi
  echo "noticed: $name ($(grep -m1 -v '^\s*$' "$work/broken.log" | cut -c1-120))"
}
break_copy() { # FILE SED-EXPRESSION: a broken copy beside the original (relative paths still resolve)
  local copy
  copy="$(dirname "$1")/.broken-$(basename "$1")"
  sed -e "$2" "$1" > "$copy"
  echo "$copy"
}
broken=$(break_copy "$deployment/docker/nginx.conf" 's/proxy_buffering off;/proxy_buffering of;/')
expect_failure "nginx directive with a bad value" nginx_check "$broken"; rm -f "$broken"
sed 's|path: /ready|path: /readyz|' "${rendered[0]}" > "$work/broken-k8s.yaml"
expect_failure "readiness probe on a path the server does not answer" node "$checks/check.mjs" kubernetes "$work/broken-k8s.yaml"
sed 's|containerPort: 8080|containerPort: "8080"|' "${rendered[0]}" > "$work/broken-k8s.yaml"
expect_failure "a port written as a string (schema)" node "$checks/check.mjs" kubernetes "$work/broken-k8s.yaml"
sed '/scaleTargetRef:/,/name:/ s|name: laser-simulation-deployment|name: other-deployment|' "${rendered[0]}" > "$work/broken-k8s.yaml"
expect_failure "an HPA aimed at another Deployment" node "$checks/check.mjs" kubernetes "$work/broken-k8s.yaml"
broken=$(break_copy "$deployment/docker/docker-compose.yml" 's|POSTGRES_PASSWORD: .*|POSTGRES_PASSWORD: hunter2|')
expect_failure "a password written in the Compose file" compose_check "$broken"; rm -f "$broken"
broken=$(break_copy "$deployment/docker/docker-compose.yml" 's|^    restart: unless-stopped$|    restrat: unless-stopped|')
expect_failure "an unknown Compose key (schema)" compose_check "$broken"; rm -f "$broken"
sed 's/^USER simuser$/USER root/' "$deployment/docker/Dockerfile" > "$work/Dockerfile"
expect_failure "an image running as root" node "$checks/check.mjs" dockerfile "$work/Dockerfile"
sed 's/^HEALTHCHECK /HEALTHCHEK /' "$deployment/docker/Dockerfile" > "$work/Dockerfile"
expect_failure "an unknown Dockerfile instruction" node "$checks/check.mjs" dockerfile "$work/Dockerfile"
sed 's/sum by (status) (increase(simulations_total\[5m\]))/sum by (status) (increase(simulations_total[5m])/' \
  "$deployment/docker/grafana/dashboards/laserdamage-server.json" > "$work/dashboard.json"
mkdir -p "$work/provisioning/datasources" && cp "$deployment/docker/grafana/provisioning/datasources/prometheus.yml" "$work/provisioning/datasources/"
mkdir -p "$work/dashboards" && mv "$work/dashboard.json" "$work/dashboards/"
node "$checks/check.mjs" grafana "$work/dashboards/dashboard.json" "$work/broken-rules.yml" >/dev/null
expect_failure "a panel query with a missing parenthesis" promtool check rules "$work/broken-rules.yml"

echo "Deployment checks passed."
