#!/bin/sh
# run.sh - runs one case of tests/cli/serve-*.t against a live `tpath serve`.
#
# usage: sh tests/serve/run.sh CASE [SERVE-OPTION...]
#
# Starts `tpath serve --port 0 SERVE-OPTION...` in the background, reads
# the port from its "listening on" line (waiting at most 10 s), runs the
# function case_CASE below (which prints status codes and bodies), stops the
# server with SIGTERM (waiting at most 10 s) and prints its exit status and
# its standard error: the start and stop lines in order, the access-log
# lines sorted with their counts (requests on different threads may log in
# either order), milliseconds shown as N and the port as PORT.
# Every curl has a time limit; nothing waits without a bound.

set -u
case_name=$1
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tpath-serve-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
url=/cds-services/tpath-depression-pathway

tpath serve --port 0 "$@" 2>"$tmp/err" &
pid=$!
port=
i=0
while [ $i -lt 100 ]; do
	port=$(sed -n 's/^tpath serve: listening on http:\/\/127\.0\.0\.1:\([0-9]*\)$/\1/p' "$tmp/err")
	[ -n "$port" ] && break
	if ! kill -0 $pid 2>/dev/null; then
		echo "the server did not start:"
		cat "$tmp/err"
		exit 1
	fi
	sleep 0.1
	i=$((i + 1))
done
if [ -z "$port" ]; then
	echo "the server did not say where it listens within 10 s"
	kill -KILL $pid
	exit 1
fi
base=http://127.0.0.1:$port

# req METHOD PATH [CURL-OPTION...]: prints "METHOD PATH: STATUS" and the
# body exactly (a newline added when it lacks one).
req() {
	m=$1 p=$2
	shift 2
	code=$(curl -s --max-time 20 -X "$m" -o "$tmp/body" -w '%{http_code}' "$@" "$base$p")
	echo "$m $p: $code"
	if [ -s "$tmp/body" ]; then
		cat "$tmp/body"
		[ "$(tail -c 1 "$tmp/body" | od -An -c | tr -d ' ')" = '\n' ] || echo
	fi
}

# hdrs METHOD PATH [CURL-OPTION...]: the status line and the CORS and Allow
# headers of the answer, sorted.
hdrs() {
	m=$1 p=$2
	shift 2
	curl -s --max-time 20 -X "$m" -o /dev/null -D "$tmp/h" "$@" "$base$p"
	echo "$m $p:"
	tr -d '\r' <"$tmp/h" | sed -n '1p'
	tr -d '\r' <"$tmp/h" | grep -i -e '^access-control-' -e '^allow:' \
		-e '^content-type:' | sort
}

# cards FILE: posts the request FILE to the service and prints the status
# and the body, indented by python3's json.tool (key order kept).
cards() {
	code=$(curl -s --max-time 20 -X POST -H 'Content-Type: application/json' \
		--data-binary "@$1" -o "$tmp/body" -w '%{http_code}' "$base$url")
	echo "POST $url: $code"
	python3 -m json.tool --indent 1 "$tmp/body"
}

case_discovery() {
	req GET /health
	req GET /cds-services
	req POST $url/feedback -H 'Content-Type: application/json' \
		--data '{"feedback":[{"card":"c1","outcome":"accepted","outcomeTimestamp":"2026-01-01T00:00:00Z"}]}'
	hdrs OPTIONS $url -H 'Origin: https://ehr.example' \
		-H 'Access-Control-Request-Method: POST'
	hdrs GET /health
}

case_cms128() {
	python3 tests/serve/request.py \
		tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581 >"$tmp/req.json"
	cards "$tmp/req.json"
}

case_synthea() {
	python3 tests/serve/request.py \
		tests/fhir/real/synthea/238a58eb-31dc-4054-82ee-0651ee76f391.json >"$tmp/req.json"
	cards "$tmp/req.json"
}

case_errors() {
	d=tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581
	req POST $url --data '{"hook": "patient-view", "context": {'
	req POST $url --data '[1, 2]'
	req POST $url --data '{"hook": "patient-view"}'
	req POST $url --data '{"hook": "patient-view", "context": {"patientId": 7}}'
	req POST $url --data '{"hook": "order-select", "context": {"patientId": "p"}}'
	req POST $url --data '{"hook": "patient-view", "context": {"patientId": "p"}, "prefetch": {"patient": "x"}}'
	python3 tests/serve/request.py $d --omit procedures --omit phq9 >"$tmp/req.json"
	req POST $url --data-binary "@$tmp/req.json"
	req POST $url --data '{"hook": "patient-view", "context": {"patientId": "p"}}'
	python3 tests/serve/request.py $d --null patient --null medicationRequests \
		--null medicationDispenses --null medicationStatements \
		--null phq9 --null conditions --null procedures >"$tmp/req.json"
	req POST $url --data-binary "@$tmp/req.json"
	req POST /cds-services/no-such-service --data '{}'
	req GET /no-such-path
	req GET $url
	hdrs GET $url
	req DELETE /health
	req PUT /cds-services --data '{}'
	req GET /health
}

case_max_body() {
	python3 tests/serve/request.py \
		tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581 >"$tmp/req.json"
	echo "request: $(wc -c <"$tmp/req.json") bytes"
	req POST $url --data-binary "@$tmp/req.json"
	req POST $url -H 'Transfer-Encoding: chunked' --data-binary "@$tmp/req.json"
	req POST $url --data '{"hook": "patient-view"}'
	req GET /health
}

case_privacy() {
	for f in tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581 \
		tests/fhir/real/synthea/238a58eb-31dc-4054-82ee-0651ee76f391.json; do
		python3 tests/serve/request.py "$f" >"$tmp/req.json"
		# The Patient's names, birth date and identifiers, one a line.
		python3 -c 'import json, sys
p = json.load(open(sys.argv[1]))["prefetch"]["patient"]
for n in p.get("name", []):
    for v in n.get("given", []) + [n.get("family", "")]:
        if v: print(v)
print(p["birthDate"])
for i in p.get("identifier", []):
    if i.get("value"): print(i["value"])' "$tmp/req.json" >"$tmp/private"
		code=$(curl -s --max-time 20 -X POST --data-binary "@$tmp/req.json" \
			-o "$tmp/body" -w '%{http_code}' "$base$url")
		n=0 found=0
		while IFS= read -r v; do
			n=$((n + 1))
			if grep -q -F -e "$v" "$tmp/body" "$tmp/err"; then
				echo "FOUND in the response or the log: $v"
				found=$((found + 1))
			fi
		done <"$tmp/private"
		echo "$f: $code; the request holds $n names, birth date and identifiers; in the response or the log: $found"
	done
}

# 16 clients at once, each sending 20 requests (cards, health and a bad
# request in turn); every answer must be the one a lone request gets.
case_concurrent() {
	python3 tests/serve/request.py \
		tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581 >"$tmp/req.json"
	curl -s --max-time 20 --data-binary "@$tmp/req.json" -o "$tmp/expected" "$base$url"
	c=0 clients=
	while [ $c -lt 16 ]; do
		(
			k=0
			while [ $k -lt 20 ]; do
				case $((k % 3)) in
				0) code=$(curl -s --max-time 30 --data-binary "@$tmp/req.json" \
					-o "$tmp/b$c" -w '%{http_code}' "$base$url")
				   if cmp -s "$tmp/b$c" "$tmp/expected"; then same=same; else same=DIFFERENT; fi
				   echo "cards $code $same" ;;
				1) code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' "$base/health")
				   echo "health $code" ;;
				2) code=$(curl -s --max-time 30 --data '{"hook":' -o /dev/null \
					-w '%{http_code}' "$base$url")
				   echo "malformed $code" ;;
				esac
				k=$((k + 1))
			done >"$tmp/client$c"
		) &
		clients="$clients $!"
		c=$((c + 1))
	done
	# Not a bare wait: that would wait for the server too.
	wait $clients
	cat "$tmp"/client* | sort | uniq -c
	req GET /health
}

"case_$case_name"

kill -TERM $pid
i=0
while kill -0 $pid 2>/dev/null && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
if kill -0 $pid 2>/dev/null; then
	echo "the server did not stop within 10 s of SIGTERM"
	kill -KILL $pid
fi
wait $pid
echo "server exit $?"
sed -e 's/ [0-9][0-9.]* ms$/ N ms/' -e 's/127\.0\.0\.1:[0-9]*/127.0.0.1:PORT/' \
	"$tmp/err" >"$tmp/log"
grep -v ' N ms$' "$tmp/log" | grep -v -e ': stopped$' -e ': SIGTERM: '
grep ' N ms$' "$tmp/log" | sort | uniq -c
grep -e ': stopped$' -e ': SIGTERM: ' "$tmp/log"
