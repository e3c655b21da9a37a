# No identifying string of the input patient reaches the output: name,
# medical record number, address, postcode, phone, email, birth date, the
# Patient resource id, and the other patient.  (grep -c prints 0 for each;
# the import succeeded and kept the patient's age and sex.)
$ tpath import fhir tests/fhir/bundle.json 2>/dev/null > /tmp/tpath-anon.$$; echo "status $?"; sed -n '1p;/^patient:/,/^  sex:/p' /tmp/tpath-anon.$$; for s in Jane Doe MRN-778899 778899 Elm Springfield 99501 555-0147 jane.doe example.org 1977-06-15 1977 p1 p2 Patient; do printf '%s %s\n' "$s" "$(grep -c -- "$s" /tmp/tpath-anon.$$)"; done; rm -f /tmp/tpath-anon.$$
--- stdout
status 0
tpath: history/1
patient:
  age: 47
  sex: female
Jane 0
Doe 0
MRN-778899 0
778899 0
Elm 0
Springfield 0
99501 0
555-0147 0
jane.doe 0
example.org 0
1977-06-15 0
1977 0
p1 0
p2 0
Patient 0
