# Option handling the man page relies on: --batch refuses --from fhir and
# --format html (naming the format given); 'tpath guidelines --help',
# 'tpath guidelines --data-dir=DIR' and 'tpath help --help' work like the
# other commands.
$ tpath evaluate --batch --from fhir tests/fhir/bundle.json; echo "status $?"; tpath evaluate --batch --format html docs/examples; echo "status $?"; for a in "guidelines --help" "guidelines --data-dir=guidelines" "help --help"; do tpath $a > /tmp/tpath-oc.$$; echo "status $?"; head -n 1 /tmp/tpath-oc.$$; done; rm -f /tmp/tpath-oc.$$
--- stdout
status 2
status 2
status 0
usage: tpath guidelines [--data-dir DIR]
status 0
canmat-2023 (default)
status 0
tpath 0.6.2 - treatment pathways for depression, from published guidelines
--- stderr
tpath: evaluate: --from fhir reads one patient; --batch is not available with it
tpath: evaluate: --batch writes JSON Lines or CSV; --format html is not available with it
