#!/usr/bin/env bash
# Checks what an operator applies with the tools that read it (Debian's prometheus package
# gives promtool; installed when missing, as root): the Prometheus config, the alert rules,
# and the alert rules' unit tests (every alert fires and stays quiet, zero traffic included).
set -euo pipefail
cd "$(dirname "$0")/../../deployment/monitoring"
if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "check-deployment: sudo apt-get install prometheus (for promtool)" >&2; exit 1; fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
promtool check config prometheus.yml
promtool check rules alert_rules.yml
promtool test rules alert_rules_test.yml
echo "Deployment checks passed."
