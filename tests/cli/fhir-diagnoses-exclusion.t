# Diagnoses the depression eCQMs exclude (CMS159: an emotionally labile
# personality disorder, schizophrenia or a psychotic disorder, a pervasive
# developmental disorder) are warnings naming the code and display (the
# table's display when the data has none, as for 111482003); nothing is
# left out and the episode is the F32.1's.
$ tpath import fhir tests/fhir/diagnoses/exclusion.json
--- stdout
tpath: history/1
id: fhir-import
as_of: 2024-09-16
patient:
  age: 49
  sex: female
episode:
  start: 2024-09-01
  severity: moderate
treatments:
- drug: sertraline
  start: 2024-09-16
  doses:
  - date: 2024-09-16
    mg_per_day: 50
measures:
- date: 2024-09-16
  scale: phq9
  score: 17
--- stderr
tpath: warning: Condition/personality: outside the guidelines' scope: SNOMED CT 191765005 "Emotionally unstable personality disorder (disorder)" is an emotionally labile personality disorder, which the depression measures exclude (CMS159); the guidelines' advice is for major depression without it, and nothing is left out
tpath: warning: Condition/schizophrenia: outside the guidelines' scope: SNOMED CT 111482003 "Subchronic schizophrenia with acute exacerbations (disorder)" is schizophrenia or a psychotic disorder, which the depression measures exclude (CMS159); the guidelines' advice is for major depression without it, and nothing is left out
