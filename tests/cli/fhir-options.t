# --relative-days writes days from the episode's start (2024-09-01 is day
# 0); --as-of cuts the timeline (venlafaxine, started after 2024-11-30, is
# left out; sertraline, stopping after it, is still taken); --id names the
# history; malformed JSON is an error with its position (exit 3).
$ tpath import fhir --relative-days --as-of 2024-11-30 --id site-17 tests/fhir/bundle.json 2>/dev/null; echo "status $?"; tpath import fhir tests/fhir/malformed.json
--- stdout
tpath: history/1
id: site-17
as_of: 90
patient:
  age: 47
  sex: female
episode:
  start: 0
treatments:
- drug: sertraline
  start: 15
  doses:
  - date: 15
    mg_per_day: 50
  - date: 29
    mg_per_day: 100
measures:
- date: 15
  scale: phq9
  score: 19
- date: 43
  scale: phq9
  score: 18
- date: 85
  scale: phq9
  score: 17
status 0
--- stderr
tests/fhir/malformed.json:3:54: malformed JSON: string or '}' expected near '}'
--- status
3
