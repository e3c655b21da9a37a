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
# The server may listen on any address (--host); the cases call it on
# 127.0.0.1.
# Every curl has a time limit; nothing waits without a bound.

set -u
case_name=$1
shift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tpath-serve-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
url=/cds-services/tpath-depression-pathway

# Made first: the loop below may read it before the background shell has
# opened it.
: >"$tmp/err"
tpath serve --port 0 "$@" 2>"$tmp/err" &
pid=$!
port=
i=0
while [ $i -lt 100 ]; do
	port=$(sed -n 's/^tpath serve: listening on http:\/\/.*:\([0-9]*\)$/\1/p' "$tmp/err")
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
		-e '^content-type:' -e '^www-authenticate:' | sort
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

# JWT cases: the server runs with --trust https://ehr-a.example=a.jwks and
# --trust https://ehr-b.example=b.jwks (tests/serve/keys/, test-only keys).
keys=tests/serve/keys
now=$(date +%s)

# claims ISS AUD EXP [JTI]: a JWT payload; aud is taken as JSON when it
# starts with '[', and JTI "-" leaves jti out.
claims() {
	case $2 in
	\[*) a=$2 ;;
	*) a="\"$2\"" ;;
	esac
	j=${4:-jti-$(od -An -N8 -tx8 /dev/urandom | tr -d " ")}
	if [ "$j" = - ]; then
		printf '{"iss":"%s","aud":%s,"exp":%s,"iat":%s}' "$1" "$a" "$3" "$now"
	else
		printf '{"iss":"%s","aud":%s,"exp":%s,"iat":%s,"jti":"%s"}' \
			"$1" "$a" "$3" "$now" "$j"
	fi
}

# call NAME TOKEN [PATH]: posts a request whose prefetch is all null (a
# valid call: 200 {"cards":[]} once authenticated) with the bearer TOKEN
# ("" for no Authorization header) and prints NAME, the status and the body,
# the port shown as PORT.
call() {
	n=$1 t=$2 p=${3:-$url}
	if [ -n "$t" ]; then
		code=$(curl -s --max-time 20 -X POST -H "Authorization: $t" \
			--data-binary "@$tmp/null.json" -o "$tmp/body" \
			-w '%{http_code}' "$base$p")
	else
		code=$(curl -s --max-time 20 -X POST \
			--data-binary "@$tmp/null.json" -o "$tmp/body" \
			-w '%{http_code}' "$base$p")
	fi
	echo "$n: $code $(sed "s/:$port\//:PORT\//g" "$tmp/body")"
}

null_request() {
	python3 tests/serve/request.py \
		tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581 \
		--null patient --null medicationRequests --null medicationDispenses \
		--null medicationStatements --null phq9 --null conditions \
		--null procedures >"$tmp/null.json"
}

case_jwt_valid() {
	null_request
	A=https://ehr-a.example
	aud=$base$url
	later=$((now + 300))
	call "RS384, kid" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud $later)")"
	call "ES384, kid" "Bearer $(build/jwt sign $keys/a-ec.jwk ES384 "$(claims $A $aud $later)")"
	call "RS384, no kid" "Bearer $(build/jwt sign-nokid $keys/a-rsa.jwk RS384 "$(claims $A $aud $later)")"
	call "ES384, no kid" "Bearer $(build/jwt sign-nokid $keys/a-ec.jwk ES384 "$(claims $A $aud $later)")"
	call "aud an array" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A "[\"https://other.example\", \"$aud\"]" $later)")"
	call "scheme in lower case" "bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud $later)")"
	call "client B" "Bearer $(build/jwt sign $keys/b-rsa.jwk RS384 "$(claims https://ehr-b.example $aud $later)")"
	call "feedback" "Bearer $(build/jwt sign $keys/a-ec.jwk ES384 "$(claims $A $aud/feedback $later)")" $url/feedback
	# iat and nbf up to 60 s ahead (clock skew); a jti once per issuer.
	call "iat and nbf 30 s ahead" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "{\"iss\":\"$A\",\"aud\":\"$aud\",\"exp\":$later,\"iat\":$((now + 30)),\"nbf\":$((now + 30)),\"jti\":\"skew-$now\"}")"
	t="Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud $later once-$now)")"
	call "a token, first use" "$t"
	call "the same token again" "$t"
	call "its jti in another token of A" "Bearer $(build/jwt sign $keys/a-ec.jwk ES384 "$(claims $A $aud $later once-$now)")"
	call "its jti in a token of B" "Bearer $(build/jwt sign $keys/b-rsa.jwk RS384 "$(claims https://ehr-b.example $aud $later once-$now)")"
	# Discovery, health and CORS preflights need no token.
	req GET /health
	code=$(curl -s --max-time 20 -o /dev/null -w '%{http_code}' "$base/cds-services")
	echo "GET /cds-services: $code"
	hdrs OPTIONS $url -H 'Origin: https://ehr.example' \
		-H 'Access-Control-Request-Method: POST'
}

case_jwt_refused() {
	null_request
	A=https://ehr-a.example
	aud=$base$url
	later=$((now + 300))
	ok=$(claims $A $aud $later)
	call "no Authorization header" ""
	hdrs POST $url --data-binary "@$tmp/null.json"
	call "Basic credentials" "Basic dXNlcjpwYXNz"
	call "Bearer, no token" "Bearer "
	call "not a JWS" "Bearer not-a-token"
	call "JWE-like, five parts" "Bearer a.b.c.d.e"
	call "header not JSON" "Bearer bm90IGpzb24.e30.c2ln"
	call "wrong key (A's kid, another key)" "Bearer $(build/jwt sign $keys/rogue-rsa.jwk RS384 "$ok")"
	call "wrong key, no kid" "Bearer $(build/jwt sign-nokid $keys/rogue-rsa.jwk RS384 "$ok")"
	call "B's key signing as A" "Bearer $(build/jwt sign $keys/b-rsa.jwk RS384 "$ok")"
	call "B's key signing as A, no kid" "Bearer $(build/jwt sign-nokid $keys/b-rsa.jwk RS384 "$ok")"
	call "unknown issuer" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims https://ehr-c.example $aud $later)")"
	call "no iss" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "{\"aud\":\"$aud\",\"exp\":$later,\"jti\":\"j\"}")"
	call "expired" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud $((now - 5)))")"
	call "no exp" "Bearer $(build/jwt sign $keys/a-ec.jwk ES384 "{\"iss\":\"$A\",\"aud\":\"$aud\",\"jti\":\"j\"}")"
	call "wrong audience (another port)" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A http://127.0.0.1:1$url $later)")"
	call "wrong audience (the feedback endpoint)" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud/feedback $later)")"
	call "audience array without the endpoint" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A '["https://other.example"]' $later)")"
	call "no jti" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud $later -)")"
	call "iat 2 minutes ahead" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "{\"iss\":\"$A\",\"aud\":\"$aud\",\"exp\":$later,\"iat\":$((now + 120)),\"jti\":\"j1\"}")"
	call "nbf 2 minutes ahead" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "{\"iss\":\"$A\",\"aud\":\"$aud\",\"exp\":$later,\"nbf\":$((now + 120)),\"jti\":\"j2\"}")"
	call "iat not a number" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "{\"iss\":\"$A\",\"aud\":\"$aud\",\"exp\":$later,\"iat\":\"now\",\"jti\":\"j3\"}")"
	call "alg none" "Bearer $(build/jwt none "$ok")"
	call "HS384, the JWK Set as the secret" "Bearer $(build/jwt hmac $keys/a.jwks "$ok")"
	call "RS256" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS256 "$ok")"
	call "ES384 header on an RSA signature" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$ok" | sed "s/^[^.]*/$(printf '{"alg":"ES384","kid":"a-rsa-1"}' | basenc --base64url | tr -d '=\n')/")"
	call "signature cut" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$ok" | sed 's/.....$//')"
	call "payload swapped" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$ok" | sed "s/\.[^.]*\./.$(printf '%s' "$(claims $A $aud $((now + 3600)))" | basenc --base64url | tr -d '=\n')./")"
	call "payload swapped, ES384" "Bearer $(build/jwt sign $keys/a-ec.jwk ES384 "$ok" | sed "s/\.[^.]*\./.$(printf '%s' "$(claims $A $aud $((now + 3600)))" | basenc --base64url | tr -d '=\n')./")"
	call "ES384 signed by an RSA key, no kid" "Bearer $(build/jwt sign-nokid $keys/a-rsa.jwk RS384 "$ok" | sed "s/^[^.]*/$(printf '{"alg":"ES384"}' | basenc --base64url | tr -d '=\n')/")"
	call "expiring now" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $aud $now)")"
	call "feedback without a token" "" $url/feedback
	hdrs POST $url -H "Authorization: Bearer $(build/jwt none "$ok")" --data-binary "@$tmp/null.json"
	req GET /health
}

case_jwt_public_url() {
	null_request
	A=https://ehr-a.example
	later=$((now + 300))
	call "aud the public URL" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A https://cds.example/tpath$url $later)")"
	call "aud the address listened on" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $base$url $later)")"
	call "aud with a trailing slash" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A https://cds.example/tpath$url/ $later)")"
}

# The server trusts https://ehr-a.example with a3.jwks: three RSA keys
# without kid (rogue's, B's, A's): each is tried, in turn, for RS384.
case_jwt_keys() {
	null_request
	A=https://ehr-a.example
	call "A's key, the third of three" "Bearer $(build/jwt sign-nokid $keys/a-rsa.jwk RS384 "$(claims $A $base$url $((now + 300)))")"
	call "A's key with its kid (the set has none)" "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims $A $base$url $((now + 300)))")"
	call "an EC key (the set has none)" "Bearer $(build/jwt sign-nokid $keys/a-ec.jwk ES384 "$(claims $A $base$url $((now + 300)))")"
}

# Fetching from fhirServer: tests/serve/fhir_server.py on loopback serves
# the data of a complete request.  fhir_start REQUEST starts it (fbase is
# its address), fhir_stop stops it.
fpid=
fhir_start() {
	: >"$tmp/fhir.log"
	: >"$tmp/fport"
	python3 tests/serve/fhir_server.py "$1" "$tmp/fhir.log" >"$tmp/fport" &
	fpid=$!
	fport=
	j=0
	while [ $j -lt 100 ] && [ -z "$fport" ]; do
		fport=$(sed -n 's/^port \([0-9]*\)$/\1/p' "$tmp/fport")
		[ -n "$fport" ] || sleep 0.1
		j=$((j + 1))
	done
	[ -n "$fport" ] || echo "the FHIR server did not start within 10 s"
	fbase=http://127.0.0.1:$fport
}
fhir_stop() {
	kill -TERM $fpid
	wait $fpid
}

# post NAME FILE [TOKEN]: posts the request FILE (with the bearer TOKEN
# when given) and prints NAME, the status, and the body when it is not
# 200 (ports shown as PORT and FPORT); the body stays in $tmp/body.
post() {
	if [ -n "${3:-}" ]; then
		code=$(curl -s --max-time 30 -X POST -H "Authorization: $3" \
			--data-binary "@$2" -o "$tmp/body" -w '%{http_code}' "$base$url")
	else
		code=$(curl -s --max-time 30 -X POST --data-binary "@$2" \
			-o "$tmp/body" -w '%{http_code}' "$base$url")
	fi
	if [ "$code" = 200 ]; then
		echo "$1: $code"
	else
		echo "$1: $code $(sed -e "s/:${fport:-none}\//:FPORT\//g" "$tmp/body")"
	fi
}

# A JWT of ehr-a.example for the service, valid for 5 minutes.
token_a() {
	echo "Bearer $(build/jwt sign $keys/a-rsa.jwk RS384 "$(claims https://ehr-a.example $base$url $((now + 300)))")"
}

# fetch_same NAME FHIR-DATA [REQUEST-OPTION...]: the cards of the request
# with every key prefetched, and of the request with the keys the options
# omit fetched from the loopback FHIR server: the same or not.
fetch_same() {
	n=$1 d=$2
	shift 2
	python3 tests/serve/request.py "$d" >"$tmp/full.json"
	post "$n, prefetched" "$tmp/full.json" "$(token_a)"
	cp "$tmp/body" "$tmp/expected"
	fhir_start "$tmp/full.json"
	python3 tests/serve/request.py "$d" --fhir-server "$fbase/fhir" \
		--token 'tok-A1.b2_c~3+d/e=' "$@" >"$tmp/fetch.json"
	post "$n, fetched" "$tmp/fetch.json" "$(token_a)"
	if cmp -s "$tmp/body" "$tmp/expected"; then
		echo "$n: the same cards"
	else
		echo "$n: DIFFERENT cards"
	fi
	fhir_stop
}

# The server runs with --trust (ehr-a.example), --insecure and
# --fetch-timeout 4000 (the slow server answers after 6 s).
case_fetch() {
	cms=tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581
	syn=tests/fhir/real/synthea/238a58eb-31dc-4054-82ee-0651ee76f391.json
	fetch_same "cms128, all fetched" $cms --omit all
	echo "the FHIR server received:"
	sort "$tmp/fhir.log"
	fetch_same "cms128, phq9 and procedures fetched" $cms --omit phq9 \
		--omit procedures
	echo "the FHIR server received:"
	sort "$tmp/fhir.log"
	fetch_same "synthea, all fetched" $syn --omit all
	echo "the FHIR server received $(wc -l <"$tmp/fhir.log") requests, $(grep -c '^/fhir/_page?' "$tmp/fhir.log") of them next pages"

	python3 tests/serve/request.py $cms >"$tmp/full.json"
	fhir_start "$tmp/full.json"
	for m in slow missing moved text; do
		python3 tests/serve/request.py $cms --omit all \
			--fhir-server "$fbase/$m" --token t >"$tmp/req.json"
		post "$m" "$tmp/req.json" "$(token_a)"
	done
	python3 tests/serve/request.py $cms --omit all \
		--fhir-server "$fbase/fhir" >"$tmp/req.json"
	post "no fhirAuthorization" "$tmp/req.json" "$(token_a)"
	python3 tests/serve/request.py $cms --omit all \
		--fhir-server "$fbase/fhir" --token 'two words' >"$tmp/req.json"
	post "a token with a space" "$tmp/req.json" "$(token_a)"
	for s in http://example.org/fhir "https://127.0.0.1:1/fhir" \
		"http://user:pw@127.0.0.1:$fport/fhir" "$fbase/fhir?x=1" \
		ftp://127.0.0.1/fhir; do
		python3 tests/serve/request.py $cms --omit all \
			--fhir-server "$s" --token t >"$tmp/req.json"
		post "fhirServer $(echo "$s" | sed "s/:$fport\//:FPORT\//")" \
			"$tmp/req.json" "$(token_a)"
	done
	fhir_stop
	echo "the FHIR server received $(wc -l <"$tmp/fhir.log") requests"
	req GET /health
}

# Fetching refused: fetch_refused runs with --trust (ehr-a.example) and
# without --insecure; fetch_untrusted without --trust.  The FHIR server
# must receive nothing.
case_fetch_refused() {
	cms=tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581
	python3 tests/serve/request.py $cms >"$tmp/full.json"
	fhir_start "$tmp/full.json"
	python3 tests/serve/request.py $cms --omit all \
		--fhir-server "$fbase/fhir" --token t >"$tmp/req.json"
	post "http to loopback without --insecure" "$tmp/req.json" "$(token_a)"
	post "no JWT" "$tmp/req.json"
	fhir_stop
	echo "the FHIR server received $(wc -l <"$tmp/fhir.log") requests"
}

# Runs with --trust, --insecure and a --max-body the answers exceed.
case_fetch_cap() {
	cms=tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581
	python3 tests/serve/request.py $cms >"$tmp/full.json"
	fhir_start "$tmp/full.json"
	python3 tests/serve/request.py $cms --omit all \
		--fhir-server "$fbase/fhir" --token t >"$tmp/req.json"
	echo "request: $(wc -c <"$tmp/req.json") bytes"
	post "answers over --max-body" "$tmp/req.json" "$(token_a)"
	fhir_stop
	echo "the FHIR server received $(wc -l <"$tmp/fhir.log") requests"
}

case_fetch_untrusted() {
	cms=tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581
	python3 tests/serve/request.py $cms >"$tmp/full.json"
	fhir_start "$tmp/full.json"
	python3 tests/serve/request.py $cms --omit all \
		--fhir-server "$fbase/fhir" --token t >"$tmp/req.json"
	post "no --trust" "$tmp/req.json"
	python3 tests/serve/request.py $cms --omit phq9 \
		--fhir-server "$fbase/fhir" --token t >"$tmp/req.json"
	post "no --trust, one key absent" "$tmp/req.json"
	fhir_stop
	echo "the FHIR server received $(wc -l <"$tmp/fhir.log") requests"
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
# An access-log line may end with the caller's verified issuer (iss=...).
sed -e 's/ [0-9][0-9.]* ms\( iss=.*\)\{0,1\}$/ N ms\1/' \
	-e "s/:$port\\([^0-9]\\|\$\\)/:PORT\\1/" "$tmp/err" >"$tmp/log"
grep -v ' N ms' "$tmp/log" | grep -v -e ': stopped$' -e ': SIGTERM: '
grep ' N ms' "$tmp/log" | sort | uniq -c
grep -e ': stopped$' -e ': SIGTERM: ' "$tmp/log"
