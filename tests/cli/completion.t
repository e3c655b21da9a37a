# completions/tpath.bash, sourced in bash: completing a command, options,
# the words of --format (per command), --color and --guideline (the loaded
# ids), drug names, command names after help, 'fhir' after import, files;
# nothing after --set.  Then every command 'tpath help' lists must be
# offered, and every long option in a command's own help (before the
# shared options) must be among its completions ("missing: COMMAND
# OPTION" otherwise).
$ bash --norc --noprofile -c 'source completions/tpath.bash || exit 1; t() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _tpath; printf "%s\n" "${COMPREPLY[*]}"; }; t tpath ev; t tpath evaluate --f; t tpath evaluate --format ""; t tpath compare --format ""; t tpath drugs --format ""; t tpath evaluate --color a; t tpath evaluate --guideline n; t tpath drugs escit; t tpath drugs Zz; t tpath help co; t tpath import ""; t tpath evaluate docs/examples/demo-0001; t tpath evaluate --data-dir guideline; t tpath evaluate --set ""; cs=$(tpath help | sed -n "s/^  tpath \([a-z][a-z]*\).*/\1/p"); [ -n "$cs" ] || echo "no command in tpath help"; all=" $(t tpath "") "; for c in $cs; do case $all in *" $c "*) ;; *) echo "missing: command $c";; esac; for o in $(tpath help $c | sed "/^Options shared/q" | grep -o -- "--[a-z][a-z-]*" | sort -u); do case " $(_tpath_options $c) " in *" $o "*) ;; *) echo "missing: $c $o";; esac; done; done'
--- stdout
evaluate
--format --from
text json html csv
text html
text json
auto always
nice-ng222
escitalopram

compare
fhir
docs/examples/demo-0001.yaml
guidelines

