# exhaustive: about 130 imports of real-shaped data; skipped under valgrind
# (the asan tier runs it).
# Issue 15's measure, checked against an independent reading of the data:
# tests/fhir/real/oracle.py works out from the FHIR resources themselves
# (with guidelines/drugs.yaml and fhir.yaml for drug names) which cases hold
# an antidepressant, a final in-range PHQ-9 (every shape in ehr-facts.md)
# or a procedure, and then checks that `tpath import fhir` imports exactly
# those (exit 0; the rest exit 3), with every antidepressant as a course,
# exactly the final in-range PHQ-9 scores, no ECT or rTMS the source does
# not hold, and no name, birth date or identifier of the patient.
$ python3 tests/fhir/real/oracle.py tpath
--- stdout
cms128: 26 cases, 26 with an antidepressant, PHQ-9 or procedure, 26 imported; 26 of 26 with every antidepressant as a course; 26 with exactly the final in-range PHQ-9 scores
cms159: 61 cases, 61 with an antidepressant, PHQ-9 or procedure, 61 imported; 0 of 0 with every antidepressant as a course; 61 with exactly the final in-range PHQ-9 scores
cms2: 34 cases, 9 with an antidepressant, PHQ-9 or procedure, 9 imported; 8 of 8 with every antidepressant as a course; 9 with exactly the final in-range PHQ-9 scores
synthea: 6 cases, 4 with an antidepressant, PHQ-9 or procedure, 4 imported; 4 of 4 with every antidepressant as a course; 4 with exactly the final in-range PHQ-9 scores
differences: 0
