# In batch mode an option that cannot apply to a document is reported on
# that document's line (code "invalid API usage") and the run exits 2:
# --as-of 2024-12-01 suits the calendar-dated demo-0001 but not demo-0002,
# which is in relative days.
$ tpath evaluate --batch --as-of 2024-12-01 docs/examples > /tmp/tpath-bopd.$$; s=$?; sed 's/"episode".*//' /tmp/tpath-bopd.$$; echo "status $s"; rm -f /tmp/tpath-bopd.$$
--- stdout
{"tpath":"result/1","history":"demo-0001","as_of":"2024-12-01",
{"tpath":"error/1","index":1,"source":"docs/examples/demo-0002.yaml","line":null,"column":null,"code":"invalid API usage","message":"--as-of 2024-12-01: the history uses relative days, so a whole number of days is expected","error":"docs/examples/demo-0002.yaml: --as-of 2024-12-01: the history uses relative days, so a whole number of days is expected"}
status 2
--- stderr
docs/examples/demo-0002.yaml: --as-of 2024-12-01: the history uses relative days, so a whole number of days is expected (document 1)
