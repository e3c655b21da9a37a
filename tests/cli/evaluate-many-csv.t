# With --format csv and several files, evaluate writes one header row and
# one row per file, the rows --batch --format csv writes for them; an
# invalid file's row has its message in the error column (status 3).
$ f=/tmp/tpath-emc.$$; tpath evaluate --format csv docs/examples/demo-0001.yaml docs/examples/demo-0002.yaml > $f.m; echo "status $?"; tpath evaluate --batch --format csv docs/examples > $f.b; cmp $f.b $f.m && echo "as --batch"; wc -l < $f.m; rm -f $f.m $f.b; tpath evaluate --format csv docs/examples/demo-0002.yaml tests/invalid/phi-name.yaml > $f; echo "status $?"; sed -n '3p' $f | tr -d '\r'; rm -f $f
--- stdout
status 0
as --batch
3
status 3
,,,,,,,,,,,,,,,,,,,,,,,tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
--- stderr
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
