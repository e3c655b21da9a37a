# RFC 4180 quoting: an error message holding a double quote and a comma is
# written in double quotes with its quote doubled (each record's CR shown
# as \r), and Python's csv module reads it back as the message itself, in
# the last of 24 cells.
$ tpath evaluate --batch --format csv tests/data/batch/csv-quoting.yaml 2>/dev/null > /tmp/tpath-bcq.$$; echo "status $?"; tail -n +2 /tmp/tpath-bcq.$$ | sed 's/\r$/\\r/'; python3 -c 'import csv, sys; rows = list(csv.reader(open(sys.argv[1], newline=""), strict=True)); print([len(r) for r in rows]); print(rows[1][-1])' /tmp/tpath-bcq.$$; rm -f /tmp/tpath-bcq.$$
--- stdout
status 3
,,,,,,,,,,,,,,,,,,,,,,,"tests/data/batch/csv-quoting.yaml:7:12: 'drug': 'sert""raline, 50 mg' has a dose in the drug's name, and 'sert""raline,' is not in the drug catalog (did you mean 'sertraline'?); write 'drug: sertraline' and the dose under 'doses', in mg per day from a date on: 'doses: [{date: 0, mg_per_day: 50}]'"\r
quoting-2,canmat-2023,0,initial,not-started,,,false,0,false,0,false,0,false,0,,0.0,,,,0,,0,\r
[24, 24, 24]
tests/data/batch/csv-quoting.yaml:7:12: 'drug': 'sert"raline, 50 mg' has a dose in the drug's name, and 'sert"raline,' is not in the drug catalog (did you mean 'sertraline'?); write 'drug: sertraline' and the dose under 'doses', in mg per day from a date on: 'doses: [{date: 0, mg_per_day: 50}]'
