# Found in review: drug names in the spellings real data uses.  Auvelity in
# RxNorm's word order ("bupropion ... / dextromethorphan ...") is the
# combination; methylene blue and St. John's Wort (names of two and three
# words) are interacting drugs written under concomitant; a 63-letter word
# ending in "sertraline" is no drug; a stimulant's fills follow its order,
# whose reasonCode is depression (all one course).
$ for f in c_auvelity d_multiword g_longword j_stim; do echo "$f:"; out=$(tpath import fhir tests/fhir/review/$f.json 2>/dev/null); echo "exit $?"; printf '%s\n' "$out" | grep -E '^- drug|^concomitant|^treatments'; done
--- stdout
c_auvelity:
exit 0
treatments:
- drug: dextromethorphan-bupropion
d_multiword:
exit 0
treatments:
- drug: sertraline
concomitant:
- drug: methylene-blue
- drug: st-johns-wort
g_longword:
exit 0
treatments: []
j_stim:
exit 0
treatments:
- drug: methylphenidate
- drug: sertraline
