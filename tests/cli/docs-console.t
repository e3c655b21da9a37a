# The commands shown in the documentation are tests: every ```console block
# of docs/teaching.md (and of docs/reports.md and docs/fhir.md) is run and
# its output must be exactly what the page shows (tests/docs/console.sh).
$ sh tests/docs/console.sh docs/teaching.md docs/reports.md docs/fhir.md
--- stdout
30 commands run, 0 differ
