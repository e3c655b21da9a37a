# exhaustive: every example and vignette (skipped by the valgrind tier).
# The text report (with and without --explain) and the comparison of the
# three built-in guidelines fit 80 columns for every example and vignette
# history; so does the coloured report once its colour sequences are
# removed.
$ d=$(mktemp -d); for f in docs/examples/*.yaml tests/vignettes/*.yaml; do for c in "evaluate" "evaluate --explain" "compare" "evaluate --color always"; do tpath $c $f > $d/out 2>/dev/null || echo "$f ($c): exit status $?"; sed 's/\x1b\[[0-9;]*m//g' $d/out | awk -v f="$f" -v c="$c" 'length > 80 {print f " (" c "): " length ": " $0}'; done; done; rm -rf $d
