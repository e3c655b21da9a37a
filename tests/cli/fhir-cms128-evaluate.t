# An imported CMS128 case evaluated (issue 15, "Done when"): the eCQM case
# NUMER2Pass AntidepressantCMD180Days holds one desipramine fill of 180
# days and no dose.  It imports as a course with its fill; the supply runs
# to the last day of the data, so the course is ongoing, not stopped; the
# trial shows the fill's coverage (PDC 1: every day covered) and says its
# adequacy cannot be judged on dose.
$ tpath evaluate --from fhir tests/fhir/real/ecqm/cms128/bff2a70b-b2df-4c6b-9d98-be4edde798e0 2>/dev/null | sed -n '/^TRIALS/,/^$/p'
--- stdout
TRIALS
  #  treatment        class     role          start      weeks max mg  adequate
  1  desipramine      TCA       monotherapy   2025-01-01  25.6      -  -
     no scores: unknown; ongoing
     fills cover 100% of the days it is judged on (PDC 1)
     adequacy not judged: dose not recorded

