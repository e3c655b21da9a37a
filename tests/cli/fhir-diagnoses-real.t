# CMS159 cases (tests/fhir/real/ecqm/cms159): SNOMED CT 191611001 (no
# display in the deck) gives a moderate episode from its onset, with a
# warning that the severity rests on a provisional entry; 10981006 sets
# bipolar-history; 111482003 (schizophrenia) and 191765005 (personality
# disorder) are exclusion warnings; 1153575004 (persistent depressive
# disorder) starts the episode, with a warning.
$ for c in 702deaa2-e038-4ed9-a804-de9e524a2498 a7fc8494-7b23-46f5-864c-fdc7e073a4c8 25917324-d22a-4165-9f18-54b2d1e3ddbf 16eff6ae-362b-458a-b631-834ce4ba9402; do echo "$c:"; tpath import fhir tests/fhir/real/ecqm/cms159/$c 2>&1 | sed -n '/^tpath: warning: Condition/p; /^patient:/,/^treatments:/p'; done
--- stdout
702deaa2-e038-4ed9-a804-de9e524a2498:
tpath: warning: Condition/18961651646466486545: severity moderate from SNOMED CT 191611001 "Recurrent major depressive episodes, moderate (disorder)" (the CMS159 deck writes no display, and its cases call it a major depression diagnosis: the moderate severity is read from the SNOMED CT term as public vocabularies give it)
patient:
  age: 44
  sex: male
episode:
  start: 2022-10-22
  severity: moderate
treatments: []
a7fc8494-7b23-46f5-864c-fdc7e073a4c8:
tpath: warning: Condition/5ca3bd2bb848462a120f9e82: bipolar disorder, SNOMED CT 10981006 "Severe mixed bipolar I disorder with psychotic features (disorder)": the patient flag bipolar-history
patient:
  age: 15
  sex: female
  flags:
  - bipolar-history
episode:
  start: 2024-02-25
treatments: []
25917324-d22a-4165-9f18-54b2d1e3ddbf:
tpath: warning: Condition/5ca3bd2bb848462a120f9e82: outside the guidelines' scope: SNOMED CT 111482003 "Subchronic schizophrenia with acute exacerbations (disorder)" is schizophrenia or a psychotic disorder, which the depression measures exclude (CMS159); the guidelines' advice is for major depression without it, and nothing is left out
tpath: warning: Condition/18961651646466486545: persistent depressive disorder (dysthymia), SNOMED CT 1153575004 "Persistent depressive disorder (disorder)", starts the episode, as CMS159 counts it with major depression; the guidelines' advice is written for major depressive episodes
patient:
  age: 45
  sex: female
episode:
  start: 2024-02-25
treatments: []
16eff6ae-362b-458a-b631-834ce4ba9402:
tpath: warning: Condition/6435132143513131: outside the guidelines' scope: SNOMED CT 191765005 "Emotionally unstable personality disorder (disorder)" is an emotionally labile personality disorder, which the depression measures exclude (CMS159); the guidelines' advice is for major depression without it, and nothing is left out
patient:
  age: 70
  sex: female
episode:
  start: 2024-02-25
treatments: []
