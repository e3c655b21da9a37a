# exhaustive: about 130 imports of real-shaped data; skipped under valgrind
# (the asan tier runs it).
# Every eCQM case (CMS128, CMS159, CMS2 test decks) and Synthea patient
# copied into tests/fhir/real is imported: the exit status, the courses
# (by drug), the scores and the ECT/rTMS written for each.  None of these
# sources holds an ECT or rTMS procedure, so none may be written.
$ for f in tests/fhir/real/ecqm/*/* tests/fhir/real/synthea/*.json; do out=$(tpath import fhir "$f" 2>/dev/null); rc=$?; echo "$f: exit $rc, courses [$(echo "$out" | sed -n 's/^- drug: //p' | tr '\n' ' ')], scores $(echo "$out" | grep -c '^  score:'), ect/rtms $(echo "$out" | grep -cE '^- intervention: (ect|rtms)')"; done | grep -v -e /LICENSE -e /README -e oracle.py
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
tests/fhir/real/ecqm/cms128/925b4f30-ea5c-47c3-a24f-8bfcec5dcdf6: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/925ef058-b2e2-489e-8d5e-1a33299efa30: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms128/9ab27fb9-1253-4b89-b88c-693d5f8ae65d: exit 0, courses [desipramine desipramine ], scores 0, ect/rtms 0
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
tests/fhir/real/ecqm/cms159/041977d6-9e3e-493b-9260-0b919f02fbcf: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/0604cc6e-338a-44bf-a89a-d8de53669314: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/16eff6ae-362b-458a-b631-834ce4ba9402: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/230e1741-32b1-4d01-8249-84d9cb872af5: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/25917324-d22a-4165-9f18-54b2d1e3ddbf: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/283ac6f1-db12-490f-a248-6abee25939fc: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/2b4c52e3-daa6-4569-bf24-b9a712a027c3: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/2c7de2e3-0aa0-4d6b-bc08-f709d40dfbc1: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/2fb854f8-6582-4506-b16e-c09b01f5af05: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/3650cd70-613a-445f-a924-534a05a5a5c0: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/3776140d-948a-4126-908a-6a95af1d80fa: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/3892ef89-5feb-4ca3-b7c6-d47e5c12c65b: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/3900270d-e047-4ecf-9b26-7bac7625b328: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/3c1d5414-b278-413e-ac39-dd6ae5675671: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/4888e5a5-18ce-4034-b597-68b631225fc2: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/491f554e-e897-40c5-ad2b-0983923df4e8: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/4963ead8-c4a7-4101-9fac-9a51732f1723: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/5803e753-e2a2-4c62-9914-20f7134f36c3: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/624b9027-60eb-4661-9a15-344644178c39: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/66e74744-5743-4af3-84e7-598a367e4fbd: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/67ae7ee1-9671-4538-b963-59954a17f2b3: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/6c3abc11-1c4b-4877-a256-693f77c9d67d: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/702deaa2-e038-4ed9-a804-de9e524a2498: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/72a7c508-6ab5-444d-b306-686793360c8c: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/74f77040-7994-4888-9b59-d7bcac07673f: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/7a417e07-f9e1-490d-a175-0fe32c374f52: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/7b76e67e-89ec-4ce8-a6e0-2d16b9e4e45b: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/7b7bd954-f185-43d1-b5fe-08622eb011e9: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/8152f580-989d-4f81-9ff5-85688f8e4635: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/8467758b-18c6-4576-87cf-c2aeec2e11f9: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/8562be3a-0255-4120-8666-c0357bc191e5: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/879bf9f1-3681-4e7e-bb6a-d140b0e94077: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/8cca688d-fceb-4ef9-823c-b4dc612e5eb6: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/8d44efd8-d470-47e4-8051-f5ce02a68f58: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/96b6579c-1cee-423f-9433-a72db6fb8a0a: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/9879bf57-839e-485e-abf6-51c93a7e31ab: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/9b4f7024-eb2e-4896-90e7-13638aefbe92: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/9d81b9ca-bbbf-4560-ba4d-61af313324e2: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/9f647f13-3b86-4bba-8f9d-0a07add72c04: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/a7fc8494-7b23-46f5-864c-fdc7e073a4c8: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/aedc0360-4636-4a4e-9617-4bf60c03f767: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/b0477f12-22e7-4717-9c67-879cd8336308: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/b120a966-fc33-4768-b057-9e1e686d2c88: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/b263321d-43c1-42bd-909c-e93ab2e0cf03: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/b2dab5c6-a321-43e0-9702-6b160890a2e7: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/b34e3afc-de09-4850-861e-964ad3a94e67: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/b3921225-60ae-4ad0-a0b9-fa5d02815150: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/c8f6a83b-060e-4359-a6c0-9f57c8623516: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/cf1b6127-e944-4d6b-875e-e410f34a1880: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/cfe262d9-4bbe-4f41-9b5d-f16d55f4db31: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/cfe7e63e-940a-4eaa-9bb8-738323aef838: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/d04323b4-e4db-4a9a-9fd1-27d1d48fc595: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/d76f4e0d-178a-4a66-9a50-bbb614819879: exit 0, courses [], scores 1, ect/rtms 0
tests/fhir/real/ecqm/cms159/dc631478-5608-42e4-8225-6bdc4188b16b: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/f1a332e3-50bc-4b66-b667-f96eeee06553: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/f737aa8d-fc32-41cd-82be-f0da91e7313c: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/f96a2a48-8d71-49dc-9fde-eb45015151ff: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/f9bc58d1-b545-404a-b5c5-488c157c21f2: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/fa45f7d1-d257-4fcc-9bef-3188d13c92fe: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms159/fdc596ef-6cea-41b6-97b5-d090af98aff8: exit 0, courses [], scores 2, ect/rtms 0
tests/fhir/real/ecqm/cms2/03a2fe82-5708-4ae5-8144-a47b67705b25: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/046b755c-a136-4161-b501-4e12cb681596: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/101041d9-0db6-49cf-b31f-8f8711fa60a4: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/1c7bc947-8d2d-4668-8d77-4efed8471c22: exit 0, courses [doxepin ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/23a074ad-77f3-4e29-93db-5bbbaff9178a: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/38221026-1b65-4da5-b893-ad5a45395703: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/475f8854-f00c-4799-b1bb-d4bf455e3c32: exit 0, courses [fluoxetine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/5b17b07b-d0b2-4f6e-8225-f362250c8005: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/61e359ab-5395-4a3d-b464-c868b9c2526a: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/68eff8f9-d08a-4798-90b6-f64b551c5317: exit 0, courses [doxepin ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/7281664e-be3e-4f59-b605-8372c3903750: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/757d13c8-a71d-4cc6-a590-2bf5a09c4327: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/7edec249-d80b-4013-b604-bd04521192f3: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/8007ca87-67d4-4bbb-865c-392aa442bcf9: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/80c4155e-5671-454a-a4ec-5d774fcef8d2: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/81311477-01a1-45d7-b0ac-df1144227d08: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/82e5d95b-b448-4931-b166-2e432f7413d3: exit 0, courses [doxepin ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/87eda809-da30-4365-999d-d98c5212d947: exit 0, courses [fluoxetine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/8d0a3917-5a1f-4cd8-b98e-473a4e4e8a2b: exit 0, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/931e4e7f-6f9f-4012-aae0-c852e4f5eccd: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/9d44fced-a9be-40bc-ac33-4551813b8e23: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/a3ddb325-4928-4712-b42d-0b4257f5111c: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/a48139e2-69ab-4b38-9c35-2d76d6810483: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/ae23bb73-6b5d-49b9-94db-6a774d8fc75b: exit 0, courses [doxepin ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/b51c3f3e-f4b5-41fc-b781-a1a98e25d1b3: exit 0, courses [fluoxetine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/ccf464f9-d990-4bbd-9c87-965e53fa1561: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/d3e306b5-c89f-4638-9794-ccce26dbb635: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/d4c600b0-e75d-474c-b2f1-08a15271c83b: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/d8a7f824-84e5-460e-8b98-9f7698a03606: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/db15e0ba-1360-4cb0-8288-0f7aa6800598: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/e15b39f9-d033-4215-9b0b-8b7380cbe8c0: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/e6a46d78-cf52-4384-ab95-225d0524210f: exit 0, courses [fluoxetine ], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/e8d20dae-073e-47a4-b8e0-f8b8b6d14928: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/ecqm/cms2/f3f347f2-5b62-42b1-a237-3956ca9c9185: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/synthea/238a58eb-31dc-4054-82ee-0651ee76f391.json: exit 0, courses [sertraline ], scores 0, ect/rtms 0
tests/fhir/real/synthea/318c5eb9-d302-49f4-9fab-08f8a885abc3.json: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/synthea/55c373ad-af55-46ed-8f69-9c7a40a89d46.json: exit 0, courses [sertraline ], scores 0, ect/rtms 0
tests/fhir/real/synthea/6ece62f3-283c-4387-aa9b-affba8ebf4c3.json: exit 0, courses [sertraline ], scores 0, ect/rtms 0
tests/fhir/real/synthea/839737a4-5804-4adb-b645-740275239062.json: exit 3, courses [], scores 0, ect/rtms 0
tests/fhir/real/synthea/8ef2ef98-48c5-427e-80d4-5e8f30ac8bf5.json: exit 0, courses [fluoxetine ], scores 0, ect/rtms 0
