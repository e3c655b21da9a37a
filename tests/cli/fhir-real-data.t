# Every eCQM case (CMS128, CMS159, CMS2 test decks) and Synthea patient
# copied into tests/fhir/real is imported: the exit status, the courses
# (by drug), the scores and the ECT/rTMS written for each.  None of these
# sources holds an ECT or rTMS procedure, so none may be written.
$ for f in tests/fhir/real/ecqm/*/* tests/fhir/real/synthea/*.json; do out=$(tpath import fhir "$f" 2>/dev/null); rc=$?; echo "$f: exit $rc, courses [$(echo "$out" | sed -n 's/^- drug: //p' | tr '\n' ' ')], scores $(echo "$out" | grep -c '^  score:'), ect/rtms $(echo "$out" | grep -cE '^- intervention: (ect|rtms)')"; done | grep -v /LICENSE
--- stdout
tests/fhir/real/ecqm/cms128/006165b0-ab24-4823-bcee-61d64ae5f581: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/0b61ffb2-9d2d-4eb4-a208-f34f74824543: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/0c8ea277-b375-40a1-84b5-d05bfbaa5657: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/3207b0d6-43cb-4dd7-a71f-db8ad4b9e07a: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/35317aef-07fd-4c19-aa61-01a0f61dfe4c: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/3727f922-3b68-4b35-82cf-a7876b0bea5e: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/40ed567d-9ecf-4bf8-b552-be9b87a6834d: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/4365633e-3edf-4bcf-a30e-33efb41fd496: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/62ea0c3d-46da-48a1-87dd-d1927ed2df75: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/71cc96f3-e525-4e60-b6ad-1037d16a3c17: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/76e30d44-a803-4b4b-a6ba-f11de6fa6329: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/778e804e-7356-400f-bc36-8d202d775509: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/7bda86fd-7b20-45e1-8c2e-e0a24c785dd0: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/84a1aec5-0730-446f-bd5c-328938534e5e: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/925b4f30-ea5c-47c3-a24f-8bfcec5dcdf6: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/925ef058-b2e2-489e-8d5e-1a33299efa30: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/9ab27fb9-1253-4b89-b88c-693d5f8ae65d: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/a3733b4f-0049-45cf-8b30-3e56ec3d5301: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/b371fd28-5026-43db-840e-21466bde11c9: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/b4cd38ff-6828-49bc-b8e6-d4a24b9624b1: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/bdbc73af-00ed-4eca-b5a4-dfaab4fc2c8c: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/bff2a70b-b2df-4c6b-9d98-be4edde798e0: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/ce747de2-3f8f-4ad8-8370-3ed53b990094: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/dc4c8b59-2a44-4a74-9983-48baabe5679f: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/ee6d52b0-149c-4ffe-b260-bb214151652c: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/fcfaba77-8917-48de-993e-438eb8d5b77b: exit 0, courses [desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms159/01083d96-9f99-4138-824d-f4a0eab21f75: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/0604cc6e-338a-44bf-a89a-d8de53669314: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/16eff6ae-362b-458a-b631-834ce4ba9402: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/230e1741-32b1-4d01-8249-84d9cb872af5: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/25917324-d22a-4165-9f18-54b2d1e3ddbf: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/3650cd70-613a-445f-a924-534a05a5a5c0: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/702deaa2-e038-4ed9-a804-de9e524a2498: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/8cca688d-fceb-4ef9-823c-b4dc612e5eb6: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/a7fc8494-7b23-46f5-864c-fdc7e073a4c8: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/b120a966-fc33-4768-b057-9e1e686d2c88: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms2/1c7bc947-8d2d-4668-8d77-4efed8471c22: exit 0, courses [doxepin ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/475f8854-f00c-4799-b1bb-d4bf455e3c32: exit 0, courses [fluoxetine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/68eff8f9-d08a-4798-90b6-f64b551c5317: exit 0, courses [doxepin ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/8d0a3917-5a1f-4cd8-b98e-473a4e4e8a2b: exit 0, courses [], scores 0, ect/rtms 0
tests/fhir/real/synthea/238a58eb-31dc-4054-82ee-0651ee76f391.json: exit 0, courses [sertraline ], scores 0, ect/rtms 0
tests/fhir/real/synthea/6ece62f3-283c-4387-aa9b-affba8ebf4c3.json: exit 0, courses [sertraline ], scores 0, ect/rtms 0
