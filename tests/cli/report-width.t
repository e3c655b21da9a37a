# The text report fits 80 columns for every example and vignette history.
$ for f in docs/examples/*.yaml tests/vignettes/*.yaml; do tpath evaluate $f 2>/dev/null | awk -v f=$f 'length > 80 {print f ": " length ": " $0}'; done
