# --batch reads a directory (each *.yaml file one document, name order) or
# standard input ('-'); usage errors: --format text, -j without --batch,
# -j out of range.
$ d=$(mktemp -d); tpath evaluate --batch docs/examples > $d/dir; echo "status $?"; cut -c1-46 $d/dir; cat docs/examples/demo-0002.yaml | tpath evaluate --batch -j 2 - > $d/stdin; echo "status $?"; cut -c1-46 $d/stdin; rm -rf $d; tpath evaluate --batch --format text docs/examples; echo "status $?"; tpath evaluate -j 2 docs/examples/demo-0001.yaml; echo "status $?"; tpath evaluate --batch -j 0 docs/examples
--- stdout
status 0
{"tpath":"result/1","history":"demo-0001","as_
{"tpath":"result/1","history":"demo-0002","as_
status 0
{"tpath":"result/1","history":"demo-0002","as_
status 2
status 2
--- stderr
tpath: evaluate: --batch writes JSON Lines or CSV; --format text is not available with it
tpath: evaluate: -j goes with --batch
tpath: evaluate: -j takes a number of threads from 1 to 64, not '0'
--- status
2
