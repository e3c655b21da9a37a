# -o FILE (--output FILE) writes what evaluate would print into FILE, by a
# temporary file beside it renamed over it at the end (nothing else is
# left in the folder; the mode is the umask's, 644 here): one report, or
# JSON Lines for several files or with --batch.  When the command fails
# without writing anything (one invalid file, a missing --batch INPUT),
# FILE is left as it was.  A FILE that cannot be written is an error naming it
# (status 4), with no temporary file left behind.
$ umask 022; d=$(mktemp -d); tpath evaluate -o $d/r.txt docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate docs/examples/demo-0002.yaml | cmp - $d/r.txt && echo "same report"; stat -c %a $d/r.txt; tpath evaluate --format json --output $d/r.jsonl docs/examples/demo-0001.yaml docs/examples/demo-0002.yaml; echo "status $?"; wc -l < $d/r.jsonl; tpath evaluate --batch -o $d/b.jsonl docs/examples; echo "status $?"; cmp $d/r.jsonl $d/b.jsonl && echo "as --batch"; echo old > $d/r.txt; tpath evaluate -o $d/r.txt tests/invalid/phi-name.yaml; echo "status $?"; cat $d/r.txt; tpath evaluate --batch -o $d/r.txt tests/no-such-folder; echo "status $?"; cat $d/r.txt; ls $d; tpath evaluate -o $d/no/r.txt docs/examples/demo-0002.yaml 2>&1 | sed "s|$d|DIR|"; mkdir $d/sub; tpath evaluate -o $d/sub docs/examples/demo-0002.yaml 2>&1 | sed "s|$d|DIR|"; ls $d; rm -rf $d; tpath evaluate -o '' docs/examples/demo-0002.yaml
--- stdout
status 0
same report
644
status 0
2
status 0
as --batch
status 3
old
status 4
old
b.jsonl
r.jsonl
r.txt
tpath: evaluate: cannot write 'DIR/no/r.txt': No such file or directory
tpath: evaluate: cannot write 'DIR/sub': Is a directory
b.jsonl
r.jsonl
r.txt
sub
--- stderr
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
tpath: tests/no-such-folder: cannot open: No such file or directory
tpath: evaluate: -o takes a file name
--- status
2
