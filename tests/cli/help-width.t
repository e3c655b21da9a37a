# Every help text fits 80 columns: 'tpath help', each command's help as
# 'tpath help COMMAND' and as 'tpath COMMAND --help' (the commands are those
# 'tpath help' lists, echoed first), and the 'tpath guidelines' listing.  A
# longer line prints "WHERE: LENGTH: line"; a call that fails, its status.
$ LC_ALL=C; export LC_ALL; f=/tmp/tpath-hw.$$; cs=$(tpath help | sed -n 's/^  tpath \([a-z][a-z]*\).*/\1/p'); echo $cs; for c in "" $cs; do tpath help $c > $f || echo "help $c: status $?"; awk -v w="help $c" 'length > 80 {print w ": " length ": " $0}' $f; done; for c in $cs; do tpath $c --help > $f || echo "$c --help: status $?"; awk -v w="$c --help" 'length > 80 {print w ": " length ": " $0}' $f; done; tpath guidelines > $f || echo "guidelines: status $?"; awk 'length > 80 {print "guidelines: " length ": " $0}' $f; wc -l < $f; rm -f $f
--- stdout
validate evaluate compare import serve replay drugs guidelines help
25
