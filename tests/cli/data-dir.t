# --data-dir overlays the built-in knowledge base.  Here DIR holds only a
# trd/1 file, whose definition merges with the built-in ones (it comes
# first).  A missing directory is a system error (4).
$ tpath evaluate --data-dir tests/data/custom-trd docs/examples/demo-0002.yaml > /tmp/tpath-dd.$$; echo "status $?"; grep -A2 TREATMENT-RESISTANT /tmp/tpath-dd.$$; rm -f /tmp/tpath-dd.$$; TPATH_DATA_DIR=/nonexistent tpath validate docs/examples/demo-0002.yaml
--- stdout
status 0
TREATMENT-RESISTANT DEPRESSION (two-adequate-trials is the guideline's)
  three-long-trials-lifetime not met 1 failed (needs 3): trials 1; still
                                     running, so provisional: 1
--- stderr
/nonexistent: cannot open directory: No such file or directory
--- status
4
