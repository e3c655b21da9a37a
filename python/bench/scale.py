"""Measures the Dask runner against `tpath evaluate --batch` on one
generated stream (docs/performance.md, "Scale-out").  Not a test: it
prints figures and never fails on a slow machine.

    build/venv/bin/python python/bench/scale.py [N]

N histories (default 20000) from build/gen; each figure is the median
wall time of 3 runs; every run's output is compared with the batch's.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TPATH = os.path.join(ROOT, "tpath")
GEN = os.path.join(ROOT, "build", "gen")


def timed(cmd, out):
    t = time.perf_counter()
    with open(out, "wb") as f:
        p = subprocess.run(cmd, stdout=f, stderr=subprocess.DEVNULL)
    if p.returncode != 0:
        sys.exit(f"{cmd}: status {p.returncode}")
    return time.perf_counter() - t


def median(cmd, out, ref=None, runs=3):
    ts = []
    for _ in range(runs):
        ts.append(timed(cmd, out))
        if ref and open(out, "rb").read() != open(ref, "rb").read():
            sys.exit(f"{cmd}: output differs from the batch's")
    return statistics.median(ts)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    d = tempfile.mkdtemp()
    stream = os.path.join(d, "pop.yaml")
    one = os.path.join(d, "one.yaml")
    with open(stream, "wb") as f:
        subprocess.run([GEN, str(n)], stdout=f, check=True)
    with open(one, "wb") as f:
        subprocess.run([GEN, "1"], stdout=f, check=True)
    ref = os.path.join(d, "ref.jsonl")
    out = os.path.join(d, "out.jsonl")
    py = sys.executable
    run = [py, "-m", "tpath.dask"]
    res = {}
    res["batch -j1"] = median([TPATH, "evaluate", "--batch", "-j", "1",
                               stream], ref)
    res["batch -j2"] = median([TPATH, "evaluate", "--batch", "-j", "2",
                               stream], out, ref)
    # the same work in this one process, no Dask: cutting the stream and
    # the extension's evaluate and render
    res["no Dask, one process (cut + evaluate)"] = median(
        [py, "-c", "import sys, tpath.dask as td\n"
         "for c, l in td.evaluate_partition(list(td.documents("
         "[sys.argv[1]])), None, None, False): sys.stdout.write(l)",
         stream], out, ref)
    for w in (1, 2):
        res[f"dask {w} worker(s), start-up only (1 history)"] = median(
            run + ["--workers", str(w), "--out", out, one], out)
        res[f"dask {w} worker(s)"] = median(
            run + ["--workers", str(w), "--out", "-", stream], out, ref)
    # per-partition overhead: the same stream at 1 worker in partitions
    # of 1000 and of 10 histories
    small = max(n // 10, 1000)
    sub = os.path.join(d, "sub.yaml")
    with open(sub, "wb") as f:
        subprocess.run([GEN, str(small)], stdout=f, check=True)
    big_p = median(run + ["--workers", "1", "--partition-size", "1000",
                          "--out", "-", sub], out)
    small_p = median(run + ["--workers", "1", "--partition-size", "10",
                            "--out", "-", sub], out)
    parts = -(-small // 10) - -(-small // 1000)
    print(f"{n} histories, {os.path.getsize(stream) / 1048576:.1f} MiB, "
          f"{os.cpu_count()} CPUs")
    for k, v in res.items():
        extra = ""
        if "start-up" not in k:
            extra = f"  {n / v:8.0f} histories/s"
        print(f"{k:45s} {v:7.2f} s{extra}")
    for w in (1, 2):
        net = res[f"dask {w} worker(s)"] - \
            res[f"dask {w} worker(s), start-up only (1 history)"]
        print(f"dask {w} worker(s) after start-up{'':18s} {net:7.2f} s"
              f"  {n / net:8.0f} histories/s")
    print(f"{small} histories at 1 worker: partitions of 1000 "
          f"{big_p:.2f} s, of 10 {small_p:.2f} s: "
          f"{(small_p - big_p) / parts * 1000:.2f} ms per partition")


if __name__ == "__main__":
    main()
