# The episode's severity comes from its code: ICD-10-CM F32.2 written
# without its dot ("F322") is severe; F32.3 is severe-psychotic, not the
# F32 family's (no severity) though the family's prefix is listed first:
# the most specific entry wins; SNOMED CT 15193003 is severe-psychotic,
# dated by its recordedDate (no onset) and without clinicalStatus, both
# said in a warning.  CANMAT then advises ECT for the psychotic episode.
$ for f in severe psychotic snomed; do echo "$f:"; tpath import fhir tests/fhir/diagnoses/$f.json | sed -n '/^episode:/,/^treatments:/p'; done; tpath evaluate --from fhir tests/fhir/diagnoses/psychotic.json 2>/dev/null | grep -A1 'neuromodulation'
--- stdout
severe:
episode:
  start: 2024-09-01
  severity: severe
treatments:
psychotic:
episode:
  start: 2024-09-01
  severity: severe-psychotic
treatments:
snomed:
episode:
  start: 2024-09-03
  severity: severe-psychotic
treatments:
  - neuromodulation: ECT
    ECT is first line for severe episodes with psychotic features. [CANMAT
--- stderr
tpath: warning: Condition/dx-15193003: SNOMED CT 15193003 "Severe recurrent major depression with psychotic features, mood-incongruent (disorder)" has no clinicalStatus: taken as active
tpath: warning: Condition/dx-15193003: SNOMED CT 15193003 "Severe recurrent major depression with psychotic features, mood-incongruent (disorder)" has no onsetDateTime or onsetPeriod.start: the episode starts at its recordedDate
