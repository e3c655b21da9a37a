# Without a depression diagnosis the episode starts at the first treatment
# or score (the PHQ-9 of 2024-09-10), with a warning that starts
# 'no-diagnosis:'.  A code of an episode in remission (F32.4, though its
# clinicalStatus is active) is not an active episode: the same start, and
# the warning says only remitted or inactive diagnoses were found.
$ for f in none remission; do echo "$f:"; tpath import fhir tests/fhir/diagnoses/$f.json | sed -n '/^episode:/,/^treatments:/p'; done
--- stdout
none:
episode:
  start: 2024-09-10
treatments:
remission:
episode:
  start: 2024-09-10
treatments:
--- stderr
tpath: warning: Condition: no-diagnosis: no depression diagnosis on or before as_of: the episode starts at the first treatment or score
tpath: warning: Condition/in-remission: ICD-10-CM F32.4 "Major depressive disorder, single episode, in partial remission" is a code of an episode in remission: not an active episode
tpath: warning: Condition: no-diagnosis: no active depression diagnosis on or before as_of (only remitted or inactive ones): the episode starts at the first treatment or score
