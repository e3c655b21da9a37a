# References in every form resolve to the Patient: a transaction bundle's
# urn:uuid fullUrl (as Synthea writes it), Patient/<id>, an absolute URL and
# a versioned Patient/<id>/_history/N; a fifth score refers to another
# patient and is left out.  The folder also holds the Patient and two of the
# Observations as single files (as an eCQM case folder does): a resource is
# read once by type and id, so there are four scores, not six.
$ tpath import fhir tests/fhir/references
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-04-10
patient:
  age: 44
  sex: male
episode:
  start: 2024-01-10
treatments: []
measures:
- date: 2024-01-10
  scale: phq9
  score: 20
- date: 2024-02-10
  scale: phq9
  score: 17
- date: 2024-03-10
  scale: phq9
  score: 14
- date: 2024-04-10
  scale: phq9
  score: 11
--- stderr
tpath: warning: Observation/ref-other: belongs to another patient (urn:uuid:5f0c2d1e-0000-4000-8000-000000000002), left out
tpath: warning: Condition: no-diagnosis: no depression diagnosis on or before as_of: the episode starts at the first treatment or score
tpath: warning: summary: 4 records left out: 3 read once (the same type and id met again); 1 of another patient
