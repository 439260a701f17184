#!/bin/sh
# Writes a self-signed certificate for nginx (ssl/server.crt, ssl/server.key) for a test stack.
# In production put the real certificate and key here instead; neither is ever committed.
#   ssl/make-self-signed.sh [HOSTNAME]      (default localhost)
set -eu
here=$(dirname "$0")
host=${1:-localhost}
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$host" \
  -addext "subjectAltName=DNS:$host,IP:127.0.0.1" \
  -keyout "$here/server.key" -out "$here/server.crt" 2>/dev/null
chmod 600 "$here/server.key"
echo "wrote $here/server.crt and $here/server.key for $host"
