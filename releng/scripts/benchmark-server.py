#!/usr/bin/env python3
"""Server-mode benchmark on this machine, numbers printed (README "Server mode").

Starts a PostgreSQL of its own (pg-instance.sh) and replicas of the built headless
product on loopback ports, then measures:
  1. queue overhead per job: submit -> claimed (started) and the whole submit -> ended
     time of a trivial study (5 x 2 cells, 10 ms simulated), one at a time;
  2. throughput of N trivial jobs with 1 and with 2 replicas (1 worker slot each);
  3. API latency of GET /api/v1/jobs/ID under load (8 concurrent clients), p50 / p99.
Usage: releng/scripts/benchmark-server.py [JOBS]   (default 40; needs the product built)
"""
import concurrent.futures
import datetime
import hashlib
import json
import os
import pathlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
PRODUCT = pathlib.Path(os.environ.get('LASERDAMAGE_PRODUCT', str(ROOT / 'product/target/products/org.laserdamage.headless.product/linux/gtk/x86_64/laserdamage/laserdamage')))
STUDY = (ROOT / "examples/al6061-cw-1kW.ldsim").read_text()
TRIVIAL = ["mesh.radialCells=5", "target.layers[0].axialCells=2", "solver.endTime=0.01s", "solver.outputInterval=0.005s"]
TOKEN = "benchmark-token"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, path, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data,
                                 headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())


def when(text):
    """An Instant as Java writes it (up to nanoseconds, Z)."""
    if not text:
        return None
    base, _, fraction = text.rstrip("Z").partition(".")
    return datetime.datetime.fromisoformat(base + "." + (fraction + "000000")[:6] + "+00:00")


class Replica:
    def __init__(self, root, name, database):
        self.api, self.metrics = free_port(), free_port()
        folder = root / name
        folder.mkdir()
        config = folder / "server.properties"
        config.write_text("\n".join([
            "bind=127.0.0.1", f"api.port={self.api}", f"metrics.port={self.metrics}", "worker.slots=1",
            f"results={root / 'results'}", f"logs={folder / 'logs'}",
            f"token.bench.sha256={hashlib.sha256(TOKEN.encode()).hexdigest()}", "token.bench.role=submit", ""]))
        env = dict(os.environ, DATABASE_URL=database, LASERDAMAGE_DATA=str(folder / "data"),
                   LASERDAMAGE_JAVA_OPTS="-Xmx512m")
        env.pop("REDIS_URL", None)
        self.log = open(folder / "out.txt", "w")
        self.process = subprocess.Popen([str(PRODUCT), "server", "--config", str(config)], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT, cwd=folder)
        end = time.time() + 90
        while time.time() < end:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.metrics}/ready", timeout=5)
                return
            except Exception:
                time.sleep(0.25)
        raise SystemExit(f"replica {name} did not become ready")

    def stop(self):
        self.process.terminate()
        self.process.wait(60)


def submit(port):
    return request(port, "/api/v1/jobs", {"ldsim": STUDY, "set": TRIVIAL})["id"]


def wait_all(port, ids, limit=600):
    end = time.time() + limit
    pending = set(ids)
    jobs = {}
    while pending and time.time() < end:
        for i in list(pending):
            job = request(port, f"/api/v1/jobs/{i}")
            if job["state"] in ("succeeded", "failed", "cancelled"):
                jobs[i] = job
                pending.discard(i)
        time.sleep(0.05)
    if pending:
        raise SystemExit(f"{len(pending)} jobs did not finish")
    failed = [j for j in jobs.values() if j["state"] != "succeeded"]
    if failed:
        raise SystemExit(f"jobs failed: {failed[0]}")
    return jobs


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    if not PRODUCT.exists():
        raise SystemExit("build the product first: ./mvnw -q verify -DskipTests")
    root = pathlib.Path(tempfile.mkdtemp(prefix="laserdamage-bench-"))
    pg = pathlib.Path(tempfile.mkdtemp(prefix="laserdamage-bench-pg-", dir="/tmp"))
    scripts = ROOT / "releng/scripts"
    database = subprocess.run(["bash", str(scripts / "pg-instance.sh"), "start", str(pg), str(free_port())],
                              check=True, capture_output=True, text=True).stdout.strip()
    replicas = []
    try:
        (root / "results").mkdir()
        replicas.append(Replica(root, "r1", database))
        port = replicas[0].api
        for _ in range(3):  # warm-up: the first runs load classes and JIT-compile
            wait_all(port, [submit(port)])
        claim, total = [], []
        for _ in range(10):
            t0 = time.time()
            job = wait_all(port, [submit(port)])
            total.append(time.time() - t0)
            job = next(iter(job.values()))
            claim.append((when(job["started"]) - when(job["submitted"])).total_seconds())
        print(f"queue overhead, trivial job, one at a time: submit->claimed median {statistics.median(claim) * 1000:.0f} ms,"
              f" submit->succeeded (seen by polling every 50 ms) median {statistics.median(total) * 1000:.0f} ms")
        rates = {}
        for count in (1, 2):
            if count == 2:
                replicas.append(Replica(root, "r2", database))
            t0 = time.time()
            ids = [submit(replicas[i % count].api) for i in range(n)]
            wait_all(port, ids)
            rates[count] = n / (time.time() - t0)
            print(f"throughput, {n} trivial jobs, {count} replica(s) x 1 slot: {rates[count]:.2f} jobs/s")
        print(f"speed-up 1 -> 2 replicas: {rates[2] / rates[1]:.2f} x (2 cores: the replicas share them)")
        some = submit(port)
        wait_all(port, [some])

        def timed(_):
            t = time.perf_counter()
            request(replicas[_ % 2].api, f"/api/v1/jobs/{some}")
            return time.perf_counter() - t

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            list(pool.map(timed, range(200)))  # warm-up
            samples = sorted(pool.map(timed, range(2000)))
        p50, p99 = samples[len(samples) // 2], samples[int(len(samples) * 0.99)]
        print(f"GET /api/v1/jobs/ID, 8 concurrent clients, 2000 requests over 2 replicas: p50 {p50 * 1000:.1f} ms,"
              f" p99 {p99 * 1000:.1f} ms")
    finally:
        for r in replicas:
            r.stop()
        subprocess.run(["bash", str(scripts / "pg-instance.sh"), "kill", str(pg)], capture_output=True)
        shutil.rmtree(pg, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
