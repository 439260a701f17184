#!/usr/bin/env bash
# Starts a single-node Slurm on this machine's loopback for the Slurm place's
# tests and prints the lines that point the tests at it. Idempotent; run as
# root on Debian (no systemd needed):
#   eval "$(releng/scripts/start-test-slurm.sh [FOLDER])"
#   releng/scripts/start-test-slurm.sh --stop [FOLDER]
# FOLDER (default ${TMPDIR:-/tmp}/laserdamage-test-slurm; not under target/, which
# `mvn clean` would delete beneath the running daemons) holds everything: slurm.conf, the generated
# munge key, the daemons' state, spool, logs and pid files, and the folder the
# jobs share with the node (shared/). Installs slurm-wlm and munge when
# missing, starts munged (as the munge user, on a socket of its own),
# slurmctld and slurmd (SlurmUser=root), and waits until sinfo shows the node
# idle. A Slurm already running from FOLDER is reused. Progress goes to
# stderr, the export lines to stdout.
# The ports are 6817 (slurmctld) and 6818 (slurmd) unless
# LASERDAMAGE_TEST_SLURM_PORT sets the first (the second is one more).
set -euo pipefail

log() { echo "start-test-slurm: $*" >&2; }

stop=false
if [ "${1:-}" = --stop ]; then
  stop=true
  shift
fi
folder=${1:-${TMPDIR:-/tmp}/laserdamage-test-slurm}
mkdir -p "$folder"
folder=$(cd "$folder" && pwd -P)
ctld_port=${LASERDAMAGE_TEST_SLURM_PORT:-6817}
slurmd_port=$((ctld_port + 1))
conf=$folder/slurm.conf
munge_socket=$folder/munge/munge.socket

if [ "$(id -u)" != 0 ]; then
  log "run me as root (I install Slurm and munge and start their daemons)"
  exit 1
fi

# Stops the daemon whose pid file is $1, if it runs; only that process.
stop_daemon() {
  local pidfile=$1 pid
  [ -s "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $(basename "$pidfile" .pid) (process $pid)"
    kill "$pid"
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
  fi
  rm -f "$pidfile"
}

if $stop; then
  stop_daemon "$folder/run/slurmd.pid"
  stop_daemon "$folder/run/slurmctld.pid"
  stop_daemon "$folder/munge/munged.pid"
  exit 0
fi

if ! command -v slurmctld >/dev/null 2>&1 || ! command -v slurmd >/dev/null 2>&1 \
  || ! command -v sbatch >/dev/null 2>&1 || ! command -v munged >/dev/null 2>&1; then
  log "installing slurm-wlm and munge"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >&2
fi

running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

mkdir -p "$folder/state" "$folder/spool" "$folder/log" "$folder/run" "$folder/shared" "$folder/munge"

# munged refuses a key, socket or log that others can write, so its folder is the munge user's alone.
if ! running "$folder/munge/munged.pid"; then
  if [ ! -s "$folder/munge/munge.key" ]; then
    log "generating a munge key"
    dd if=/dev/urandom of="$folder/munge/munge.key" bs=1024 count=1 status=none
  fi
  chown -R munge:munge "$folder/munge"
  chmod 0700 "$folder/munge"
  chmod 0400 "$folder/munge/munge.key"
  rm -f "$munge_socket" "$munge_socket.lock"
  log "starting munged"
  # --force: the folders above FOLDER may be writable by a group, which munged would refuse.
  su -s /bin/sh munge -c "munged --force --socket='$munge_socket' --key-file='$folder/munge/munge.key' \
    --pid-file='$folder/munge/munged.pid' --log-file='$folder/munge/munged.log' \
    --seed-file='$folder/munge/munged.seed'" >&2
  for _ in $(seq 1 50); do
    [ -S "$munge_socket" ] && break
    sleep 0.1
  done
fi
# The socket's folder must be reachable by everyone who submits (root here, but also tests run as others).
chmod 0755 "$folder/munge"

read -r -a node_config <<<"$(slurmd -C | head -n 1)"
node_line="NodeName=localhost NodeAddr=127.0.0.1"
for word in "${node_config[@]}"; do
  case $word in
    CPUs=* | Boards=* | SocketsPerBoard=* | CoresPerSocket=* | ThreadsPerCore=* | RealMemory=*) node_line+=" $word" ;;
  esac
done

cat >"$conf.new" <<EOF
# Written by releng/scripts/start-test-slurm.sh: a single-node test cluster on the loopback.
ClusterName=laserdamage-test
SlurmctldHost=localhost(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$munge_socket
StateSaveLocation=$folder/state
SlurmdSpoolDir=$folder/spool
SlurmctldPidFile=$folder/run/slurmctld.pid
SlurmdPidFile=$folder/run/slurmd.pid
SlurmctldLogFile=$folder/log/slurmctld.log
SlurmdLogFile=$folder/log/slurmd.log
# No cgroups and no systemd in a container: follow a job's processes by their parents.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=$folder/log/jobcomp.txt
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
# A dead node is noticed in seconds, not the default five minutes.
SlurmdTimeout=10
# scancel's SIGKILL follows its SIGTERM after 5 s.
KillWait=5
# A batch job that lost its node is not run again by Slurm: the Laser Damage
# job model retries it as a new attempt in a folder of its own, while the
# orphaned process of the old one may still be running (SERVER-FACTS.md).
JobRequeue=0
# Finished jobs stay visible to squeue and scontrol for 5 minutes.
MinJobAge=300
Licenses=ansys:2
$node_line State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
if [ -f "$conf" ] && cmp -s "$conf" "$conf.new"; then
  rm "$conf.new"
else
  mv "$conf.new" "$conf"
  if running "$folder/run/slurmctld.pid" || running "$folder/run/slurmd.pid"; then
    log "slurm.conf changed: restarting the daemons"
    stop_daemon "$folder/run/slurmd.pid"
    stop_daemon "$folder/run/slurmctld.pid"
  fi
fi
export SLURM_CONF=$conf

if ! running "$folder/run/slurmctld.pid"; then
  if ss -ltn 2>/dev/null | grep -q ":$ctld_port\b"; then
    log "port $ctld_port is taken by another program; set LASERDAMAGE_TEST_SLURM_PORT to a free port"
    exit 1
  fi
  log "starting slurmctld on port $ctld_port"
  slurmctld -f "$conf" >&2
fi
if ! running "$folder/run/slurmd.pid"; then
  log "starting slurmd"
  slurmd -f "$conf" -N localhost >&2
fi

log "waiting for the node to be idle"
state=
for _ in $(seq 1 120); do
  state=$(sinfo -h -n localhost -o '%t' 2>/dev/null || true)
  case $state in
    idle | mix | alloc) break ;;
    down* | drain*)
      # ReturnToService=2 brings a node back once it registers, but not one that was set down by hand.
      scontrol update NodeName=localhost State=RESUME >/dev/null 2>&1 || true ;;
  esac
  sleep 0.5
done
case $state in
  idle | mix | alloc) ;;
  *)
    log "the node did not become idle (sinfo: '${state}'); see $folder/log/slurmctld.log and slurmd.log"
    exit 1 ;;
esac
log "Slurm is up: partition debug, node localhost ($state), licences ansys:2"

echo "export SLURM_CONF=$conf"
echo "export LASERDAMAGE_SLURM_PARTITION=debug"
echo "export LASERDAMAGE_SLURM_SHAREDFOLDER=$folder/shared"
