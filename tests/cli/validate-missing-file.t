# An unreadable file is a system error (4), reported without a position.
$ tpath validate no-such-file.yaml docs/examples/demo-0002.yaml
--- stdout
docs/examples/demo-0002.yaml: ok (history/1)
--- stderr
no-such-file.yaml: cannot open: No such file or directory
--- status
4
