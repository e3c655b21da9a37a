# evaluate takes several files: in text, one report per file, each under a
# '==> FILE <==' line (a blank line between reports), each report the one
# that file alone gives; an invalid file is reported on standard error
# under its header and the others still run; the status is the worst (3).
$ A=docs/examples/demo-0001.yaml; B=docs/examples/demo-0002.yaml; I=tests/invalid/phi-name.yaml; f=/tmp/tpath-em.$$; tpath evaluate $A $I $B > $f.m; echo "status $?"; grep '^==>' $f.m; tpath evaluate $A > $f.a; tpath evaluate $B > $f.b; { echo "==> $A <=="; cat $f.a; echo; echo "==> $I <=="; echo; echo "==> $B <=="; cat $f.b; } > $f.w; cmp $f.w $f.m && echo "each report as alone"; rm -f $f.m $f.a $f.b $f.w
--- stdout
status 3
==> docs/examples/demo-0001.yaml <==
==> tests/invalid/phi-name.yaml <==
==> docs/examples/demo-0002.yaml <==
each report as alone
--- stderr
tests/invalid/phi-name.yaml:4:20: 'name': identifying key not allowed; a history must be anonymized (history/1 refuses direct identifiers)
