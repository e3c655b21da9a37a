#!/usr/bin/env python3
"""serve_load.py - a bounded load on a running `tpath serve` (make bench).

usage: serve_load.py BASE_URL REQUEST_JSON CLIENTS REQUESTS_PER_CLIENT

CLIENTS threads each open one keep-alive connection and POST the CDS Hooks
request in REQUEST_JSON to the patient-view service REQUESTS_PER_CLIENT
times, one after another.  Prints one line: the number of requests, how
many were not 200 or did not carry cards, the latency p50, p99 and maximum
in milliseconds (each request timed from the first byte sent to the last
byte read), and requests per second over the whole run.  Every request has
a 30 s time limit; the whole run is bounded by CLIENTS x REQUESTS of them.
Not a test: it measures (docs/performance.md).  Standard library only.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

PATH = "/cds-services/tpath-depression-pathway"


def client(host, port, body, n, latencies, failures, lock):
    conn = http.client.HTTPConnection(host, port, timeout=30)
    mine = []
    bad = 0
    for _ in range(n):
        t0 = time.perf_counter()
        try:
            conn.request("POST", PATH, body=body,
                         headers={"Content-Type": "application/json"})
            resp = conn.getresponse()
            data = resp.read()
            ok = resp.status == 200 and "cards" in json.loads(data)
        except (OSError, http.client.HTTPException, ValueError):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
        mine.append(time.perf_counter() - t0)
        bad += not ok
    conn.close()
    with lock:
        latencies.extend(mine)
        failures[0] += bad


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1,
            max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    url = urllib.parse.urlsplit(argv[0])
    with open(argv[1], "rb") as f:
        body = f.read()
    clients, per = int(argv[2]), int(argv[3])
    latencies, failures, lock = [], [0], threading.Lock()
    threads = [threading.Thread(target=client,
                                args=(url.hostname, url.port, body, per,
                                      latencies, failures, lock))
               for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    latencies.sort()
    print("%d requests (%d bytes each), %d failed; latency ms p50 %.1f "
          "p99 %.1f max %.1f; %.0f requests/s"
          % (len(latencies), len(body), failures[0],
             percentile(latencies, 50) * 1000,
             percentile(latencies, 99) * 1000, latencies[-1] * 1000,
             len(latencies) / wall))
    return 1 if failures[0] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
