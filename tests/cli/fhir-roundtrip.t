# Round trip: evaluating the import equals evaluating the equivalent
# hand-written history (tests/fhir/expected-history.yaml) - every trial, TRD
# verdict, staging, position and recommendation.
$ tpath evaluate --format json --from fhir tests/fhir/bundle.json 2>/dev/null > /tmp/tpath-rt1.$$; echo "status $?"; tpath evaluate --format json tests/fhir/expected-history.yaml > /tmp/tpath-rt2.$$; echo "status $?"; grep -v '"line"' /tmp/tpath-rt1.$$ > /tmp/tpath-rt3.$$; grep -v '"line"' /tmp/tpath-rt2.$$ | cmp - /tmp/tpath-rt3.$$ && echo same; grep -c '"recommendations"' /tmp/tpath-rt1.$$; rm -f /tmp/tpath-rt1.$$ /tmp/tpath-rt2.$$ /tmp/tpath-rt3.$$
--- stdout
status 0
status 0
same
1
