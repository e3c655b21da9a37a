# The man page's header and its -V entry name the version 'tpath -V'
# prints (both said 0.6.0 after the move to 0.6.1).
$ v=$(tpath -V); h=$(sed -n 's/^\.TH TPATH 1 [^ ]* "\(tpath [^"]*\)".*/\1/p' docs/tpath.1); e=$(sed -n 's/^\.RB \\(lq "\(tpath [^"]*\)" \\(rq$/\1/p' docs/tpath.1); echo "header: $([ "$h" = "$v" ] && echo same || echo "$h, not $v")"; echo "entry: $([ "$e" = "$v" ] && echo same || echo "$e, not $v")"
--- stdout
header: same
entry: same
