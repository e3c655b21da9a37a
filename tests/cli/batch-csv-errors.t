# --batch --format csv with bad documents: each takes its place as a row
# with every cell empty but the last, error, which holds the error/1
# message (source:line:column: message); good rows have an empty error.
# The YAML syntax error's message holds commas, so its cell is quoted.
# The errors go to standard error as with JSON Lines; exit status 3.
$ tpath evaluate --batch --format csv tests/data/batch/stream.yaml > /tmp/tpath-bce.$$; echo "status $?"; tr -d '\r' < /tmp/tpath-bce.$$ | tail -n +2; rm -f /tmp/tpath-bce.$$
--- stdout
status 3
good-1,canmat-2023,28,first-trial,assess,early-improvement-decision,now,false,1,false,1,false,1,false,1,I,0.0,,,increase-dose,2,,0,
,,,,,,,,,,,,,,,,,,,,,,,"tests/data/batch/stream.yaml:13:11: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping (line 12, column 10)"
,,,,,,,,,,,,,,,,,,,,,,,tests/data/batch/stream.yaml:19:42: 'score': 30 is out of range for phq9 (0-27)
good-2,canmat-2023,0,initial,not-started,,,false,0,false,0,false,0,false,0,,0.0,,,,0,,0,
--- stderr
tests/data/batch/stream.yaml:13:11: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping (line 12, column 10) (document 1)
tests/data/batch/stream.yaml:19:42: 'score': 30 is out of range for phq9 (0-27) (document 2)
