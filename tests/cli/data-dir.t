# --data-dir loads the knowledge files from a directory; a directory without
# a catalog is refused (exit 3), a missing one is a system error (exit 4).
$ tpath validate --data-dir guidelines docs/examples/demo-0002.yaml && tpath validate --data-dir tests/cli docs/examples/demo-0002.yaml; echo "status $?"; TPATH_DATA_DIR=/nonexistent tpath validate docs/examples/demo-0002.yaml
--- stdout
docs/examples/demo-0002.yaml: ok (history/1)
status 3
--- stderr
tests/cli: no drugs/1 file (the drug catalog)
/nonexistent: cannot open directory: No such file or directory
--- status
4
