# Usage errors of evaluate with several files or none: HTML is one page,
# --batch and --from fhir read one INPUT, and a FILE is needed.
$ tpath evaluate --format html docs/examples/demo-0001.yaml docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate --batch docs/examples docs/examples; echo "status $?"; tpath evaluate --from fhir tests/fhir/bundle.json tests/fhir/bundle.json; echo "status $?"; tpath evaluate --format json
--- stdout
status 2
status 2
status 2
--- stderr
tpath: evaluate: --format html writes one page; give one FILE
tpath: evaluate: --batch reads one INPUT; try 'tpath help evaluate'
tpath: evaluate: --from fhir reads one INPUT; try 'tpath help evaluate'
tpath: evaluate: no FILE given; try 'tpath help evaluate'
--- status
2
