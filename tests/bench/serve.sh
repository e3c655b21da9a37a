#!/bin/sh
# make bench, the CDS Hooks part: starts `tpath serve --port 0` (2 worker
# threads, this machine's cores), and runs tests/bench/serve_load.py with
# 16 concurrent clients on an eCQM-sized patient (the CMS128 case of
# tests/cli/serve-cards-cms128.t: a few dozen resources) and on the largest
# Synthea patient in tests/fhir/real/synthea (1.7 MB of FHIR), then stops
# the server with SIGTERM.  Prints the latency percentiles and the rate;
# the goal of issue 17 is p99 under 50 ms for the eCQM-sized patient.  Not
# a test: it never fails on a slow machine (a request that fails is
# counted and printed).
set -eu
T=${TPATH:-./tpath}
clients=${SERVE_CLIENTS:-16}
t=$(mktemp -d)
trap 'kill $pid 2>/dev/null || :; rm -rf "$t"' EXIT

"$T" serve --port 0 --threads 2 --max-body 8388608 2>"$t/err" &
pid=$!
port=
i=0
while [ $i -lt 100 ] && [ -z "$port" ]; do
	sleep 0.1
	port=$(sed -n 's/^tpath serve: listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$t/err")
	i=$((i + 1))
done
if [ -z "$port" ]; then
	echo "bench: the server did not start:" >&2
	cat "$t/err" >&2
	exit 1
fi
python3 tests/serve/request.py \
	tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581 >"$t/small.json"
large=$(ls -S tests/fhir/real/synthea/*.json | head -n 1)
python3 tests/serve/request.py "$large" >"$t/large.json"
echo "tpath serve, 2 threads, $clients concurrent clients on loopback:"
printf '  eCQM CMS128 patient:    '
python3 tests/bench/serve_load.py "http://127.0.0.1:$port" "$t/small.json" "$clients" 50 || :
printf '  largest Synthea patient: '
python3 tests/bench/serve_load.py "http://127.0.0.1:$port" "$t/large.json" "$clients" 3 || :
kill -TERM $pid
wait $pid || :
