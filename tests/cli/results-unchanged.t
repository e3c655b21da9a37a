# exhaustive: about 1,850 runs; skipped under valgrind (the asan tier runs it).
# Byte-identical views (issue 16): tests/golden/results.sh hashes every
# view (JSON under each guideline, JSON and text with the trace, text, HTML,
# the CSV row, compare text and HTML; output, error output and exit status)
# of every example and vignette.  The lines below were written by the tpath
# built at the tag result-baseline-0.5.0 (the views with the trace and the
# CSV row were added later, their lines written by that same build); a refactor of the
# result must leave every one unchanged, and a deliberate change of an
# answer must change exactly the lines of the files it concerns (and be in
# CHANGELOG.md).  To see what changed in a file's view, run the same command
# at the tag and now, and diff.
$ sh tests/golden/results.sh
--- stdout
49789e96b3124e0c docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
3f5764ff67f2dd1e docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
b688e74bb9616590 docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
67f51fb78998530f docs/examples/demo-0001.yaml evaluate --format json --explain
739d13f483c54151 docs/examples/demo-0001.yaml evaluate --format text
9e01b9b71ebf185c docs/examples/demo-0001.yaml evaluate --format text --explain
6f75862aa80c47fb docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
55107f17e2d64370 docs/examples/demo-0001.yaml compare --format html
a4a8523c885ff17d docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
de1a043ad716c56b docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
492ae67595203d41 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
1ddf5c316a36c4bb docs/examples/demo-0002.yaml evaluate --format json --explain
ca54ffb0c88b7bbc docs/examples/demo-0002.yaml evaluate --format text
f335eeaaa3542c3e docs/examples/demo-0002.yaml evaluate --format text --explain
0935503362c95f2e docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
f81589d18627d6ac docs/examples/demo-0002.yaml compare --format html
bd8353cd7095596f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
4bbc8056c3f44c0f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
2afda670aec957b3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
b211f63dc4a70646 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
3c1e84539c0f88f3 tests/vignettes/adds-to-chain.yaml evaluate --format text
a4cd7e0660cabc42 tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
7c1e0930095adf1d tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
09fe92173be27847 tests/vignettes/adds-to-chain.yaml compare --format html
8708a5d9c36c0309 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
c8e6cfa4cf1e66dc tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
cc126bb54774288a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
cf7d345d7a07b2e1 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
2be01bff3b95a55b tests/vignettes/adherence-poor.yaml evaluate --format text
c1c71660cecf4aab tests/vignettes/adherence-poor.yaml evaluate --format text --explain
181d63a07ef607d0 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
72b442482e54c47b tests/vignettes/adherence-poor.yaml compare --format html
f72f40121cb73057 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
7c2a9123ff26245f tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
930566957535c049 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
21df4e406e2c5ad4 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
6fb6141ef9f2a296 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
78d66a45bc888bf7 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
b3e6cf8fa43b11dd tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
01de3965c812ed0b tests/vignettes/augmentation-role-bupropion.yaml compare --format html
41bafe13129da80e tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
c1b949ba0cd66533 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
58b1f44f7e470467 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
354b4bd17a0dc89a tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
9440a6ed2e8f0cee tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
42b5167a438c8705 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
471a53e94ddb2d34 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
3bd5ae6dd7c3870c tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
714aa7eeea97a976 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
9a504ee6bed32747 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
ac76932908b59a28 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
c4c00639ab1c8485 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
e472a4e5ed2ebd5d tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
02076e6965ddd22f tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
6ed466a8572c67a8 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
f8480c0910598a4a tests/vignettes/augmentation-role-lithium.yaml compare --format html
a14bcc6a003cc91b tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
7469fb2bf724e25c tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
75b60d35584466aa tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
8e3415369c32684f tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
f1302f8cbccb3200 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
66ac5d1be79ea397 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
d68396e3db9bbb5f tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
84904397076d04f0 tests/vignettes/augmentation-role-stated.yaml compare --format html
1a1196f9c37278dc tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
a1c8b274bdfd06f8 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
220b99b3480249f9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
b5f638ace85c2539 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
3bf9569f227b86c9 tests/vignettes/baseline-window-edge.yaml evaluate --format text
33c9f339cadd8795 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
972cf41c3f87efbd tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
a379ab0e68c59808 tests/vignettes/baseline-window-edge.yaml compare --format html
8db546cd72ca4134 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
bab585b65759f03e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
5f1ad5f36033417f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
6f7028b21e05fc25 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
5a85d44fa25e510f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
ed600163966166de tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
f19e3e6f69710421 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
ff93d07b8005e4dd tests/vignettes/canmat-below-therapeutic.yaml compare --format html
f75cb3111da61f46 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
0541e8bfad23e318 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
c12767e88f1a8be6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
fac2c101ad8301e3 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
3ce5b818b7861f82 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
fb1ba5a339b24afa tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
0a0b72b08b3625d9 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
b608eadf9fb2d71c tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
bcd57975615f7297 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
34dcc929900c5ec5 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b218a2dc3343868d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
cf3c6fefa0bf90f3 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
7d1f8ff74b2de34b tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
b25e36def625ab52 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
4591fcea7d0e00ca tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
ef1d7a23cff6d3d5 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
57c43700e1d5fb06 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
8c3d7df7526975af tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2d685fb09f8dd91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
c3b491a0496919f2 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
64047cd80824c0c7 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
7f25dddac72924f4 tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
46a7d4955a2661a4 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
e2e432c3d5b02153 tests/vignettes/canmat-early-improvement.yaml compare --format html
01b54f8cca5ec410 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
d8eb5920fa6a34aa tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
fde8f17ec7efb42f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
1819a90e8ec7375f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
0be1a261064deb43 tests/vignettes/canmat-initial-mild.yaml evaluate --format text
3b807cfeb8334bd2 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
9fde824dc0e3b128 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
02c26ceed1ceca9a tests/vignettes/canmat-initial-mild.yaml compare --format html
8770734ad121461d tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
205fd8f94d268546 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
62a63532d50ef18a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
485477344e26c89a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
ce1e8ccbf49b9dbe tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
46ff4d7f7ec1ec23 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
ec8f39b54d1f0529 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
bc7adf1e2837ecbe tests/vignettes/canmat-initial-moderate.yaml compare --format html
0f06f3c840aa38a3 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
fa344fb2309f4756 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
26c45367c3db8583 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
a9eb969567f71cf2 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
b0677c340bb4d2f1 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
83e460a0299c4cbe tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
2e238ae728207eb6 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
72e3d927cca6e6d5 tests/vignettes/canmat-initial-psychotic.yaml compare --format html
e26d24bf2ae5753e tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
1ca7d8cfe99798cd tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e8be2a97a4616ba1 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
a39d8a4e91e1c497 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
cf89b777832e5429 tests/vignettes/canmat-initial-severe.yaml evaluate --format text
947e03991935b008 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
a97d44834a46c0fd tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
1d8b2a08d873fabc tests/vignettes/canmat-initial-severe.yaml compare --format html
17d3339a0632559e tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
f793d573a9b7d838 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
8c9c89f76298330d tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
58a9db816722852c tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
1688cc0f7481d012 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
161d2c5a13a91471 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
66966e158c3e79cb tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
f917dffe82a45d1f tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
1ebe345f387a2ab7 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
c74654f8787df405 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
097a83c82daf6c77 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
4028ca8f64bde7c0 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
8abb3ec1b8469384 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
924681c1c20b57d9 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
5181e3ae67520f88 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
eae2c81bbedf8bd9 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
0eb16850a66aa7a3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
af59edf912584a09 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
17413687293416b8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
2f42499d807224a4 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
4fd82452fc02e58c tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
80034f79e0d5afa3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
5e2cc2b913b44480 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
d427d4bc0d90fe49 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
936c437146c740ce tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
b35e279ad13bf0f1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
52546391e595b809 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
a1ab5b622be3dc27 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
2882fb9bfdd768a7 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
2ef3567b50d6941d tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
3a288f3e090a10d3 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
bc870ffb7b70a40f tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
d1119d12d913dccc tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8adf9e11828a77aa tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
8628403dce94056e tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
c49fff6307d6e517 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
782dda4b8f8ae4e9 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
8876cdec19d8beee tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
d0d32f6e5b4c205a tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
3da0c41ecfc4aa02 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
4322f9d9981b19a0 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
677b9bd47b6bab59 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
d92838b0eafda120 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
703b56f4bcae7a85 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
a5a509a9fc38dfe4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
48094d82d824e3c1 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
f008ab8c70a69e14 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
ca30001cc8ffd7bc tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
f213471eff0d14cf tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
1ebf4e8f981f1933 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
9eb91eeb30764b13 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
b355659111890395 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
bb3880d066a70314 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
31befd0f1c221da9 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
2d5dcdbd3afdcc93 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
8cbce1ac9e68b7f2 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
6cdc85e308f78426 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
f19663a04f3a2485 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e3dc520c37b7b6c9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
fbab1edc0b98ff10 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
6b83631dbf89f1e9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
3c2733b11848596f tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
a6b23109c0a493c6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
67b3da9e83363bc2 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
86c19265d06c6c54 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
001a078f21c5d59d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
04ffc02de6860126 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
5b5b1ddaaddaaa6c tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
59541da8741c9d5f tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
f162150147d94ed9 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
e0e54d428d08d940 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
70034b28b96ba5de tests/vignettes/canmat-remission-maintenance.yaml compare --format html
80cec3ef78577b81 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
8f81d68fa4f0460b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5a05a73c84494fc8 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
4fd5bfa91f4b1f3b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
b27c07cd6c025505 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
6404b78644c75302 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
05c55f621a84a0d3 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
8965bb589e6dcfbc tests/vignettes/canmat-remission-recurrent.yaml compare --format html
aa30e7cc2449eca8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
564e3b9c235f4bd7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
897f21238e7804a2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
493696c614c60e88 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
4193c8b065da17eb tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
1dbd537f53726cb7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
0e1e618f3dc08950 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
0e5b6daef3ba167f tests/vignettes/canmat-response-without-remission.yaml compare --format html
8b8dc693a79a2c10 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
2be897c73224ac9e tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
357f94a2944d6273 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
5c7f720ca1e63004 tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
d2de5b8027ab267a tests/vignettes/canmat-second-trial.yaml evaluate --format text
d4bd948845cd2afb tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
a66d41549f80eb2c tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
e49629fe3f92afa2 tests/vignettes/canmat-second-trial.yaml compare --format html
c4f5d0e7fef2a5d2 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
905b55db1925085c tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
f553f138b701c615 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
5d348a350d27251b tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
db767acb53ad9ae5 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
3733c2cfe29128ac tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
248d29f9dc22c0ed tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
cd7ccf507c6af036 tests/vignettes/canmat-set-override-default.yaml compare --format html
a2b284846d6cd90e tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a2e295476cbf7e8f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
6c97857ce2332eb4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
c14a651823b28f28 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
61f7e26e4e9ad6a4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
e3c3ab28e0e70083 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
50d5787797a86c3c tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
cb6768f5b8c2dc0d tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
ad84b1efbd6d5b34 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2a6619f88f018616 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
938a406d2a359189 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
d6bdd39c18c2bec3 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
e55e06d902966c2d tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
73b434aaa8ce5872 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
6f81eb70201afd76 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
42cdfffed7272248 tests/vignettes/canmat-set-override-week-3.yaml compare --format html
1c04b81213d7c494 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e9ae8a6550523216 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
d2a29cbef1d8507f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
47c5e5d1abfac862 tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
fec4a30c92885d9c tests/vignettes/canmat-set-override.yaml evaluate --format text
866a365d9fd472e7 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
51250ac5a55f791b tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
a3f98f03308f77f9 tests/vignettes/canmat-set-override.yaml compare --format html
ad9188d99468396c tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
86f84817ebb7a493 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
299aa8271cfd4f6d tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
b4573aedd775e547 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
6d63c2274bcaab1f tests/vignettes/canmat-too-early.yaml evaluate --format text
5b111a5dbbc6ac80 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
6ebc9fbe866bab5d tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
31a1e9da526eedd5 tests/vignettes/canmat-too-early.yaml compare --format html
fdf43ede80cee58c tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0b80ee889140f7bf tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
a438edcb7c86d63b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
8296cc10e38fe792 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
2bf7c81f8518cef1 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
3f5eb9510a0a8a34 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
f5879bb49af87cef tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
154c7ab07c6df2a0 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
61fd22e873d18fb5 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
41c689574405d971 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
469611102c7d8bb3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
0f5f748f0973bb04 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
32cb57a0219e9cd4 tests/vignettes/canmat-trd.yaml evaluate --format text
8a5bb8e53d63a340 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
633b6f6244a6a05d tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
b99996035838b411 tests/vignettes/canmat-trd.yaml compare --format html
cf36af5d60d9cd7c tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
4a5ecca098cc73cd tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08202ddf4829ff1b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
8c5c58d5437cad2a tests/vignettes/contract-example.yaml evaluate --format json --explain
739d13f483c54151 tests/vignettes/contract-example.yaml evaluate --format text
9e01b9b71ebf185c tests/vignettes/contract-example.yaml evaluate --format text --explain
6f75862aa80c47fb tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
55107f17e2d64370 tests/vignettes/contract-example.yaml compare --format html
8fab1d16e50000d5 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
9e94e9d27ba22b58 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
e6c47d12e608f06a tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
3d53f8376cd6e85d tests/vignettes/custom-definition.yaml evaluate --format json --explain
908913d9d1e70464 tests/vignettes/custom-definition.yaml evaluate --format text
57b6584fc6ce399d tests/vignettes/custom-definition.yaml evaluate --format text --explain
8ac513c8c03dc0a7 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
ac4398310ea57954 tests/vignettes/custom-definition.yaml compare --format html
f2375fe9e82d05dc tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
5254ff6d9fcf3f44 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
c4ffb9d105c41343 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
df5b43783f86cb2a tests/vignettes/custom-staging.yaml evaluate --format json --explain
c863f795f4821f2a tests/vignettes/custom-staging.yaml evaluate --format text
24b1a0a94b7faee0 tests/vignettes/custom-staging.yaml evaluate --format text --explain
8349076ceaeaf097 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
c4176f1252d3e506 tests/vignettes/custom-staging.yaml compare --format html
00683f5aa3081da6 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
b920c0012283467e tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
21a6d9e58fc1c97a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
95fc0379dea84923 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
dc75fa41b600a973 tests/vignettes/different-class-failures.yaml evaluate --format text
52c45b05ac1dde5c tests/vignettes/different-class-failures.yaml evaluate --format text --explain
c6836929bf6e1340 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
cb68c084604c295b tests/vignettes/different-class-failures.yaml compare --format html
f1dc27d3d3eb4247 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
7f93679ab028a579 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
cf62e8b1ff1d15b3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
96cd18c269c1d057 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
69102e52d695f16d tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
9a327cd0413aadd6 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
7e11a22c8982ed54 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
68b85e4ca6d9de78 tests/vignettes/inefficacy-without-scores.yaml compare --format html
788cb58ec798d8bd tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
9e726b3e3708ae96 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
9b281b39ad06c702 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
2e90d962be0ea968 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
4ec9ef5ce0a2cf45 tests/vignettes/intolerance-week-2.yaml evaluate --format text
a7594f6f2126f9b5 tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
2202c584d25ea9ae tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
a5cd1edb9e9f1613 tests/vignettes/intolerance-week-2.yaml compare --format html
cded8af9e547ab50 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
a79699796ad85d08 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
b05e5adbdb71b252 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
9d6fd9a3ac3551d3 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
68589ab37e911cdb tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
34488d8583e3b70f tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
18f7428d49c50106 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
774e9084535c1fc5 tests/vignettes/iso-vs-relative-days.yaml compare --format html
002cce2c2b93f46a tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
447fbc748369072f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a7601f07b855f825 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
372af0f9e0341e76 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
792c16328f78a9d4 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
9f46f44966ebbb0f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
15025ab1374000d7 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
c9d496300ffb1130 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
c4f469c045a1daa7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
c65d5fe5a065610c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
00bd80a00ae2adb7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
8be1569645202c38 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
5b658962a6caad31 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
26b8c267fba935dd tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
b2fd7807edf9bad1 tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
54bd8c9ffae7e6c3 tests/vignettes/ketamine-per-kg.yaml compare --format html
b4e872af5a376400 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
45c19015f25b5029 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
be1c5488ddb1006f tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
5a02f0feaf87b42f tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
8f682b8d8ff3df52 tests/vignettes/mgh-s-full.yaml evaluate --format text
351337052399f93e tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
bddda5d84e702473 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
2edee775bc443a1d tests/vignettes/mgh-s-full.yaml compare --format html
259b1032a92895e7 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
50a9e66afe3db2e8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
94b70a52ee9a37a8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
1f80980b7e7179bd tests/vignettes/missing-baseline.yaml evaluate --format json --explain
8c806f2b7d3e4414 tests/vignettes/missing-baseline.yaml evaluate --format text
226edaccf790deba tests/vignettes/missing-baseline.yaml evaluate --format text --explain
c4a9653f5116687c tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
a7b8ff6526c746e2 tests/vignettes/missing-baseline.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
055232cd5b1906be tests/vignettes/msm-duration-12-months.yaml evaluate --format text
1855c4834f4a16e1 tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
1e798b3af0935dc5 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
aec70b20af54f8da tests/vignettes/msm-duration-12-months.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
055232cd5b1906be tests/vignettes/msm-duration-13-months.yaml evaluate --format text
1855c4834f4a16e1 tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
1e798b3af0935dc5 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
aec70b20af54f8da tests/vignettes/msm-duration-13-months.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
055232cd5b1906be tests/vignettes/msm-duration-24-months.yaml evaluate --format text
1855c4834f4a16e1 tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
1e798b3af0935dc5 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
aec70b20af54f8da tests/vignettes/msm-duration-24-months.yaml compare --format html
d26d7927c81c7f1d tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
38d3854cf30e01a0 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
9db78c518f4bb377 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
b746499e33a38d4f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
055232cd5b1906be tests/vignettes/msm-duration-25-months.yaml evaluate --format text
1855c4834f4a16e1 tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
1e798b3af0935dc5 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
aec70b20af54f8da tests/vignettes/msm-duration-25-months.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-10.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-10.yaml compare --format html
317a74c1722aec62 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
b58df9c110b4b28f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
78979314fb0462f5 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
7ffc2d2eeb411767 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-11.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-11.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-2.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-2.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-3.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-3.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-4.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-4.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-5.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-5.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-6.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-6.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
d41bc177caaf8264 tests/vignettes/msm-failures-7.yaml evaluate --format text
d1950cafda00d752 tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
768a3a2820a2462a tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
26e9f149e2d03d8b tests/vignettes/msm-failures-7.yaml compare --format html
b4b4e61dd569480b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
57a98f591d5dc800 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
5e1c81adc652acbe tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
0ad72bb51d87d2c3 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
8b6df42a21eca771 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
b458a47da1dee652 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
821aa3c6da484b13 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
85339746242b2e2d tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
eee32dc579c2c09e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
97ce5117266a860a tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
3f61d322e6449933 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
1d8c9a8097fc0bdb tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
a175b17821cb627c tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
44a77dd65c1c31e5 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
159acda72c947628 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
0ad0daf7a75ae495 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
5abf7e39a9748a94 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
f4d29d9cbc264b7f tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
59ee2b8043860392 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
bd6319faeb868724 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
b3c9055d5593d9ba tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
8cb24d6dcd77af1a tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
379eb2cdb373949d tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
b0b6523f0e12f645 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
45900e56eba10d09 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
4eed7affa6b4c48e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
a3c1d587d33c4a85 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
a03baecfd7a9c01d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
a44f08e46da56aeb tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
6159e99c326dd949 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
0c85368e5efe966c tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
20aff64f2711a4d4 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
7b162a6541972c70 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
797a14ec5df5008e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
7f1bb6d44c99c96c tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
99c6fb74717d35f9 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
bcd2407e1cfd45e2 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
9e409404365ec4be tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
af495b597fc0322f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
33773b8edee41ab9 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
cb614ea7283cc825 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
24caf071f5c00645 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
879b47bb7b09e377 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
8b53bfd6d6202815 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
bbde18bb009d53d1 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
1c00d98b6e34f5e6 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
ee823d11a410f0c0 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
295871b56883e2d4 tests/vignettes/nice-early-review-age-22.yaml compare --format html
86129d53b7e9680e tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
24df959da0d6f17a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
1330dd1f195c36b9 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
fe38d4be3d3eacfa tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
b0f11f038d5eef04 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
ead45874570455b6 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
4f9c1fbced6e605f tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
013d98dd1b0cb019 tests/vignettes/nice-early-review-age-40.yaml compare --format html
5fa6d2b6cee7239f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
62ffa6212d448a90 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
5afb7b45f25b8634 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
88ffe4e74e7735c1 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
ff92bf223c604fda tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
0366a090d3377f01 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
eac0a41849e33681 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
bcacc33fe5d68e9e tests/vignettes/nice-early-review-no-scores.yaml compare --format html
84b7f10945aba488 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
4c0f28254c24885e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
85a0f228f4867a95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
cc9be528c03b39c6 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
18ee22a5ee9d4ff0 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
02d512728a3b36cf tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
6addbcb5dec5ec48 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
23822ace82b88acd tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
83f7381647331aa3 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
02e9cdd0dcade141 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
011c2c43032a5a4a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
b0b8788bc7d36e29 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
ab64bc37c5e1901a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
bcbf0de4eb3133f7 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
125688c8cc2a7165 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
c76f6906c98a06a1 tests/vignettes/nice-first-treatment-mild.yaml compare --format html
f461c1fa110b200b tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
5af6b933f889c4db tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
f3b8249a386f8a1a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
b59cd6f915296b13 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
3b5c395394e50b5a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
89ac11f3523cc031 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
f977b332c35bf3e8 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
9c48f7f7f7a53f6b tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
7fa115d07685fe24 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
3e9245a241de5573 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
2c7a097e57197a09 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
e6a1dbeda8f44066 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
ced60d52ea72072b tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
3806cf526c9e8e63 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
7ec57c8d379590c3 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
01edbd73d9c86604 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
b9279df4885a4801 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
501625be2964aab5 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
5b68d7cdf7e40810 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
f49943217d67f9a2 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
0ad28af5ed47f19e tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
72f16b4350773903 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
2f2e6a2d03c0da6a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
f2482c153959a5a7 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
7984643b70172289 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
5442ff01e5794cd5 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
89bed25e179ac452 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
257463d283f2943f tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
f07487e87114839a tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
b7d44772918265e8 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
c7f44eeaacf57292 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
7ebb5f31d68aeb11 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
423825c814d80b6b tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
eb8d9fbb1d42000a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
885745dabd2f8a52 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
f7ec532b6ce883e4 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
84444ccea5322eef tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
74870888fc9034e0 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
02ec603adfdfbfe3 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
5c8edbb93b6b79af tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
4eabdd2ff00dc2f8 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
6015f55022620718 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
840a6ef3352cc858 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
0b023bc8fde8b41a tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
9af39c92babfcd6f tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
7a9d92d95f6ab65d tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
8aa7ad8e6ce7fa7b tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
34b4ea2ec70d8d91 tests/vignettes/nice-no-response-week-4.yaml compare --format html
c1c5d7d795fababc tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
c8884bff6b39e313 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
c9bef36f7d1006c4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
6685d94fba9d6917 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
e0e98a11c44bf65e tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
a2c8077370e5d774 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
8167302e2d05318c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
59f94e31fa85933d tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
d7141b301ce88086 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
1225ddb1282eeaae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
23b57fcd8b04e550 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
19be9192bfda2e6b tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
d7577546bf09d0bb tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
2f4bc74932801dae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
1cbe74375594ffae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
a151039ed7f03d27 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
6ff1adcfdb437776 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
4d5f9dbd0eb6f27e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
7d9bd889c60cfa2c tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
ab08e7ece58ed5ae tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
16ddf0cd6f8db705 tests/vignettes/nice-partial-response.yaml evaluate --format text
82f5b2aa9e909ed6 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
b411c67f582bd1e8 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
a0daf4b95d4cd891 tests/vignettes/nice-partial-response.yaml compare --format html
fb4dd19876ec84ac tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0d8cc52bd04c2a23 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
ab309d42f2f82f0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
c002300b82cabd87 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
e577f81deda76dd5 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
f3193b8dabc1e3bf tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
593e291b043f35e5 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
331eb550af6904d1 tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
b0c96c5a4507b307 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
9504a5940726f0b4 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
a05fbdda907d9ff9 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
293df8684923bd4b tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
ab0837750385a7c3 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
b3fb69c36241d08f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
75ae939e238df4cc tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
ab3222d4138a76b0 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
db85685a9092e9c8 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
c86f4849734c9c75 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
acc62c73ee061790 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
2755719ee61cdcb4 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
93dabe501f53aac5 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
9859e971453dccb3 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
d1f83d70b130471e tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
8268857970e44dbb tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
adf875dfe74b9651 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
5eccda82cda82a68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
f8ad1234358cb020 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
e794b4a08c92083f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d1c2b701458590af tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
6cdb964f4ef21959 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
efb48919662278f1 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
bf0de44d0690c397 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
3da174ed814371aa tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
9b21b9475e9cb84e tests/vignettes/nice-remission-first-episode.yaml compare --format html
2db4674497e08c1f tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
3b7a032851ce7e91 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3777149164d4d889 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
7bacc5ce73359c74 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
c7ffdb622e5ca406 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
0ef4559dfcf5eef4 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
a52b4b727bb7346c tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
dae7d19edc4e71f4 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
71a4d3371a8b8653 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a7bee895335f5cc3 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
52940f8de9d49b3c tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
6173509f824c2fe0 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
3a8ee0bd44fe696d tests/vignettes/nice-response-not-remission.yaml evaluate --format text
84f01d3f9a68ea7e tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
361950997422903e tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
bea89376e1af004a tests/vignettes/nice-response-not-remission.yaml compare --format html
dcd9c477e53baace tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
dbfe921134a7dca7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
9171ba729e04e9a7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
3676a7a438a8f6d7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
45a612fc0a20e4e4 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
a7bdff8385132d9e tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
dd6e3978f5caabe4 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
eb72b96244591976 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
2511023d52376a92 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
c812094c3e74ad87 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
5205b40ec48e9b70 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
89b48c05e0a671e0 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
893ff7e6d0295cc7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
dc59cd60abebe765 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
5f9257b0a6f0ff05 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
0b1fbd04ee590656 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
e1a33403b425f586 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
14ad5bc8c372739a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
60036901d374b73c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
e546657fa974c52a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
8b9c284dd86ab97d tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
6c39f3cc4c9517b4 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
4b634ce412e45367 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
38cdcebe6e59001f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
49a676d7727ea1cd tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
63c8389ba7e864af tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
88081a74fb712044 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
6b01763627e791e5 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
4d607ea98a8dde16 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
6371841c6c03a062 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
6d9166c80e0ece5a tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
a19c65f75debebe7 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
bea02834b2e44fbc tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
292bb5cda5f028f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
9997311af54c9e90 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
280f6c9f6719017d tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
417514bed48fa774 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
9618cb014b860651 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
e0a9fd21efdbde33 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
93af39b92d5ea86b tests/vignettes/nice-two-failed-trials.yaml compare --format html
a2529e628e973334 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8a72f62e5ebbc09e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a433ae8c6d9e43a5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
eb4ac58f5c1d1210 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
e8a575cf1572f15c tests/vignettes/nice-under-18.yaml evaluate --format text
e195b49c3b7206a0 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
3dcbaeac01e148e9 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
375824bcdc088417 tests/vignettes/nice-under-18.yaml compare --format html
03c537b7072b8b2e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
dd31918aed56a888 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
109b5e3936c53a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
2c7b8744b30f62f3 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
c35ae3720cf12a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
f981ed95ec15e3f9 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
670641299c73394a tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
c604ef9894c1739b tests/vignettes/nice-vortioxetine-first.yaml compare --format html
34a05bfeb5fa1319 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
921bebb5c4562a57 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
2b794a10ff5095ce tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
61ccde286f67b7bb tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
3eba88c415c33b8f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
420c4d7a4b32022a tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
28ddbc5cda1728c2 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
719798db8a721faf tests/vignettes/ongoing-trial-week-3.yaml compare --format html
aa9cc8d5ef25fa64 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
b74ca8291ac30633 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f89a9e57cc0d5748 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
c19ba853fbda034f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
3eba88c415c33b8f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
420c4d7a4b32022a tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
28ddbc5cda1728c2 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
719798db8a721faf tests/vignettes/ongoing-trial-week-8.yaml compare --format html
9c69d079c9814d7f tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
6765038cd9ef8780 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
fdb7c06379907f04 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
1b3bc6efaa8e7751 tests/vignettes/partial-responder.yaml evaluate --format json --explain
2e0a0df596859823 tests/vignettes/partial-responder.yaml evaluate --format text
1b21da8401cec2a5 tests/vignettes/partial-responder.yaml evaluate --format text --explain
47eeb5f8260cecd1 tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
7390128fb7a7d292 tests/vignettes/partial-responder.yaml compare --format html
4c8ca4a9c0a061c7 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
120d593e6268358e tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
056a2342034d5984 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
62ee0e8be0dacb56 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
ce910c359d3d677e tests/vignettes/previous-episode-trial.yaml evaluate --format text
ff5be806205d9b70 tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
f13b12b9d59207e9 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
d84cd53070cfeb79 tests/vignettes/previous-episode-trial.yaml compare --format html
984dde83e9bfe1de tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
29e160196f500855 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
f574a8bd59c05c7b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
eb8bd532302032fa tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
9e0281b7544e211f tests/vignettes/remission-below-50-percent.yaml evaluate --format text
0c6739458633deea tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
c36a769f140d9f24 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
b508b3483291e28b tests/vignettes/remission-below-50-percent.yaml compare --format html
8a2a3eb8e5d63aea tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
3683e90cc75048a5 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
68111eb97fa16812 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
257925032bfb5c00 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
926000ce2ab91d3b tests/vignettes/safety-age-unknown.yaml evaluate --format text
4a2e8002e218bd7c tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
e7848d72f012f8d2 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
df451d11072c10df tests/vignettes/safety-age-unknown.yaml compare --format html
f2d19ebf90f4959c tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
ccd6738d44cc3b77 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
9f0e57e61bb89374 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
b1cfe2a091c8c790 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
6f8994976e108c26 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
85af6d911368797a tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
60286b49e113b257 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
cec33c1f0c572818 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
f50661f0f5e6db27 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
f5e9cf110820561b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
b4bc457b5235eeb4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
26e52c32ad05a439 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
a788bd0ffdfcad8b tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
bc2cf24e487c3601 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
e5ce63ee0d855513 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
c6125c9a242f5233 tests/vignettes/safety-catatonia-ect.yaml compare --format html
f3d02e5ab050eb4a tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
52c322a800bee2f0 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
a10af262f74db2a5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
6572a137f58a256d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
269151e2538b8b18 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
720d342e4430432d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
7e88d63577da3dda tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
ff1c36e155a36e53 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
83b426de2f06e1a5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ddef3780df670f3d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
bba423f66bbc77ef tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
72a33344011b40c5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
f143c3b7f29a5c44 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
1b2090477f78c7b6 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
21639f6c519c2e2c tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
b24cb66a5a220138 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
158c1913375c53d8 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
7a8660741fb309a2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
d95e24748d1c809a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
54ba4bcc8eea113c tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
0da8637501197066 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
d454ddafe038414a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
e67cf3d4c261a3ef tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
31b80dc230716112 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
2272fb8fc27c925f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
a7684b71a85b744c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
934c0a51f1b1be57 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
90cdc9ea364d6a62 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
bda81d9d7746ca11 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
4f20142d4beda0bf tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
35180ad8500cf427 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
754c7b01f2e9f33b tests/vignettes/safety-citalopram-60mg.yaml compare --format html
2c25ee8281b5da23 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
87724c53cad3ab0e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
cd53178ab9e85fd4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
133ebfd900a3df2a tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
3214f861331c8b88 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
6e33147b5fa86072 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
e06899cb909260c7 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
02a4c6467065454c tests/vignettes/safety-citalopram-age-50.yaml compare --format html
aee04f70b2118d02 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
fe4ff580bb253e7f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
2959e913e641a563 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
36da8ab0ba55bc04 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
9d61f68bd25e9a4b tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
b39feb33cdb82c66 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
b6d34449ca81baec tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
7655e56d722972df tests/vignettes/safety-citalopram-age-65.yaml compare --format html
067f31078f51becd tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
2640a77ad259d988 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
facef5e30a5ac612 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
3dad2962db0b3fae tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
5fe767ef96f4e369 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
541154fe5528fb73 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
359a43b749ccc330 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
3685e2dea4309517 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
b1ff7b739128c162 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
988d42a367e459d5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
cadb6f21bf077428 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
6dd92bade3f6608c tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
258c9826d2acd23a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
3ca829f10541706b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
f090ed34006b3a3c tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
61a4391f28bbaa3d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
d10330fb296b6faf tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
369f88fe15368d48 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
d7eedf224798e3b2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
63b03408996066ee tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
513270a8bd9a5ea2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
91340678beb8bb08 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
b58a1941fcb6fcd9 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
a4f5adef0abb3994 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
ad2014c3f81102ac tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d8940ea45674454d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
6d24eca22c7173d8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
0439c456232f1fb1 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
1aaf8492898c8d13 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
4ff28a56ccaa5b46 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
de414aaf8f7c73bb tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
27e94eaa16d8bba6 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
8eeba3e4c95ac33d tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
56b7c2838fe65ac3 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
5b5452cdbdb1e68f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
71f2e5b127ae0c85 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
939145659dd0ae27 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
eb5aaa898c181b79 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
a64ed5f64583bf1c tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
bd864348dff11ff0 tests/vignettes/safety-dose-above-max.yaml compare --format html
b4c27679e317fa3b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0f8883304fb16e81 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
f8d231dfb141999c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
8b007fd1ba7c3df6 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
f039d1e5fff768ea tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
deb6ce5088ee644f tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
e4101f3d35ddb668 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
8984a17c99ae507c tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
4a98f2ced2e95b59 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
88ce2f39a2892dc7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
61e443d0aa3153e5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
04eb5f789b3b0b80 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
13efa663b82c4440 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
a38f22c172416d77 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
25efd3e633f79ff4 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
e6d00fcf007ced67 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
107aa445a3523fb9 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
437d029b4efad798 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
c97fb79bb5f37baa tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
457497a133a02804 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
436019b332a58800 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
f1ebce3e0a4d3fc4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
79bc57f94b2c3a9e tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
0faced81e52c2c24 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
b9aab45906161285 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
1a2a4b9f8964703d tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
dc8522ea68bcfc6c tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
cdfecac8fb328b96 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
a894cc8a86c2eebb tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
314d75ae53d7a7f0 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
6ed7bff096be729f tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
537c8d4be172f097 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
9c8cfcd1a532604a tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
a7fcda133b8fa793 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
0e5e5d1bdd9108d4 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
34701af52660e0da tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
9f1056fa11b28fef tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
76ee7637078f4bb0 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
f01e0280c340db33 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
e84110a72f995fbf tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
f827e1f5b9fdbaba tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
1390a0be71b428bc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
1051ebc92ad69579 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
b48db6c6aa2479af tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
5405ba2527f2247d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
d08a5f1d61297ddc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
140ffdb3f0a4950a tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
7dfddf56b5608eed tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
fdf51dd85be26944 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
480ccd6d131c0cd7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
1e30d7dbada98866 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
6e3a5b89df01f0e4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
5b84967668931265 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
6649ed2de1509135 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
d3bea27071cde6bd tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
2fbbaddb9eee3349 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
894ad67f90e5b440 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
367a6f2ce96eaa16 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
af33e95cd5380b04 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
a22308a424df9f45 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
c51b7644a3d66874 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
cbb51ff156b5433c tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
f4bd2f4140160c1c tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
17a8e27d37ef58c2 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
e260b4cd63e1a4c7 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
bbdee89bf8d41c95 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
6bf9ea2dc1baeee5 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
d4b99c599286af23 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
6cb5d7751a3372ef tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
40fcc3c90cb9c5c7 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
8cb2f8daa6f8a6f1 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
7c4ed9a3ea61d245 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
a49f0d2bb05e3b5a tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
5d6fdda34f3c3f27 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
e003d3062344c1dd tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
be0eec36a599520b tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
b3a820b69365d58d tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
f86a1208d24dba75 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
09d3e130340a79ff tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
68d7f4b7cc42cb37 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
ab9b4ca4bbc3e567 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
c44b36702fe5aee0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
7b7213c8d8766195 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
e8167905ff51c170 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
cc352f1cdcd09b0d tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
2597199d473bc168 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
4621b170f13effb8 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
88625b96a82edca4 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
4121676193bc00a4 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
3ecbecf0225ede32 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
6ece88e80c75bc9c tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
15a1fa24157addcb tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
7d05174f26f27538 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
f878cc69458fc04f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
2ec6123e6906b827 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
98f97ef8ee3962d5 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
4e97e07b7865de5c tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
99603373066d419f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
b8c62fa35e585771 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
c08c6a12103b538b tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
a9530f221191b508 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
d9f71212bfc7fc09 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
fbf121063b32972b tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
c5df2d97ec27bbb7 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
2df98cbe0522650b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e3049de179223cf9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
e0f91ef3306e4eb9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
0af05f6b879f06ec tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
7a1c288fdbc40140 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
2ccec101613af492 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
fd3dbb63f4146c2f tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
42f619dcee80108a tests/vignettes/safety-second-antipsychotic.yaml compare --format html
4652b50a2c4b61ec tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a70ee4e3e70410cd tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
49fd332530d19753 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
24a88328f0c9f9d8 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
5fe92e571c1d2f21 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
31ca4f16c4736361 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
cc50ed4f63b14c59 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
50ae75f19c06410c tests/vignettes/safety-serotonergic-combination.yaml compare --format html
94a7aab7331552b1 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
211df879a9424a7b tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
34f81319e89df4cb tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
3b7f4e11fa54af10 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
04eca66d881d90e3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
dc0bfc9e0c074645 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
e50a6eef890b66f1 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
dba5bdebae2c501e tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
71b2b1ef32c552da tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
40ad2cfb75a16530 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
24a67d46af73bf63 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
49578b7c16fc3bac tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
32fbbd7d9adf7087 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
f67370e9dc1afcbe tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
57305b33a30ec838 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
74300dec47dc8442 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
3219e1249d9ef5d2 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
528c434a2b7cee25 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
dccd6818e2f34c2f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
2d722b817ec56a86 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
741a2083bc2bfd77 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
84cf1b1ed9e851de tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
5cf23e302e2b453f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
56585e696c3d777b tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
2f664f8898d78f75 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5f285727fa058c64 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a2986bee10781994 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
d67c402691f20fdd tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
f95933a9acfd3a6c tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
9b522a230cabd7cf tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
68b34a2577d0ab73 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
e23a9eb2bb8f9db7 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
d76bee532f29aa76 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
08d002e96efe380e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
7805f0714dd89aee tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
de781500b4c875a9 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
3d3cdf98b6532d97 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
1ae989e721ac042b tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
c735cefcdfa3612e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
770844c873357635 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
647826861711ef61 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
e3cd2cdc9e40c0f0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
bd9ae9a9ba91c33d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
49529ecd0cd53b82 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
779120c9e83c3aed tests/vignettes/safety-washout-respected.yaml evaluate --format text
92266d4792a85a74 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
cde9610e802c69ee tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
2ffc50b8718aab18 tests/vignettes/safety-washout-respected.yaml compare --format html
2ed01c49bf7672a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
97b156e12c28c4a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
c5f5c6b8d5d1103f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
c02ba768dac23202 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
d2c32db0147fc9d7 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
cc54ea8ed67edde5 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
e510f9f51d4fb4ce tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
43cc6cdf316e97a1 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
b50330edb06f8da5 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
ad73a9b5c6ec5c4f tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
57153a25cb937ff1 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
55306b8e22cbdac1 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
756cd40930e814ff tests/vignettes/same-class-failures.yaml evaluate --format text
9ede0b933b9c703b tests/vignettes/same-class-failures.yaml evaluate --format text --explain
0ce0c320d51c6fbd tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
e29df9066ebb01e7 tests/vignettes/same-class-failures.yaml compare --format html
488ed46f557b2325 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
165b6b047b3e7449 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
bd50c3801febae3c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
b8c52ca3e7dd5633 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
f2948c9b105fc7e3 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
c6ddf02b24cdd5af tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
e549c31601d620d4 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
d608b52eb1e88519 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
c86f2d2322b9cbb7 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
bf63cafa05ef1161 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
d88a69dee0ab0039 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
c3622e8c2d5cafd8 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
bb88d78e3255005c tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
a67af0dee5287f82 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
11ccb09e5cc48838 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
da70019aeef596f5 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
8aea93e7f28cf144 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
50ad3ecda2388f55 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b3ca88a3c166f182 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
4b3d4d4092856713 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
3bac54ef6cd1bd8f tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
3d948548eca66d1e tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
3f204d8884082180 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
0a5bf306375a4bcd tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
d11b8fb462783a0c tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
234f42561ced72b8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
1ebe56bea08c3dd9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
045828435e7bb296 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
66408fa4753f6ec0 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
4fcda5d793636b77 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
8fe5874c09696436 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
93be86c283ee3587 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
1718e52a4852e4d6 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
493f78839eca3e99 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
c8d6aa46b0106390 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
8c76db0e05d5958b tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
0fd4d42c9eb3df37 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
a2dd385c25cde483 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
273ebcd35c09bb70 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
c256dddb3e55f9fc tests/vignettes/stard-level-1-exit.yaml compare --format html
93a6d6d2f4d4767b tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
1b7753b4b0485e89 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
79234271e023f6eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
771d349ab10d03a1 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
6f058e29bbdc30c2 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
ee305e84f1103ba8 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
fc7b5ca6995b4564 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
9e74c8184d148b78 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
311901159f01033b tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e9c55ee6220c1b24 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9922b996f3c8f649 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
2a92b5706abeb69d tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
942bd7525aca74c1 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
87c17a5e58f168b4 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
ba07b11c86968f9c tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
0bebaf166428d2f1 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
c0098a2c22619afb tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
f614550513734af7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
bdd29d8248634f87 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
a5697a1045eba083 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
76e055a87149d680 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
fd54faf7d06434fd tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
13682c359f5da23d tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
1e508f1c01b03292 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
116af4db123bc8f6 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
818b380ae8e7646a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
c8983d38ea322d03 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
b5d352526e14c37b tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
07766f263fdfc6bd tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
90a96c50990483cd tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
8e82e195fa99107a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
46d074faa74ce707 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
eae0c1adceaaff22 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
756e1127bf1071b6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
dd4bde9bedbccd07 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
18d1cccd6c454843 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
17555fdeceb057ce tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
fea04487d912861c tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
3d6ce653cb3df2e2 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
d34a22c1b8e57ddd tests/vignettes/stard-level-1-troublesome.yaml compare --format html
a8297ebc619c7fea tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
ccb31b3bab25d765 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
21e1704333202bd2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
5ed1c86505cba330 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
c9a7fc36f2980e40 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
55da09f71d4a93a8 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
36c746e650fd3e7c tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
a4442e60d005d6d6 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
0918921bfb587989 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
f8ce7ca69d6797dd tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
902c4f4ff90a0252 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
e8a56d126e167a39 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
65f9ec0ca3236f16 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
767d7b6fb3010910 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
ffeec3ef0190aaaa tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
0edb0e83d887fd84 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
2f722f01b361a21c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ed8a62bd169a8938 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
1fb9b2cb9074a218 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
1c2f15decf7ee31c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
f48b0f20c03045b2 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
87568cba130e359b tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
2a405c442d13d88d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
405b59ab236be6f1 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
801a6007084188d6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
62b123880bea16b5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
52356e0aaafb4477 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
b64bf2b7763e964e tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
22c93a7f5d978635 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
3c07f928b5b2f11c tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
a34f70a8e893faf8 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
142dd1327a169480 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
eb2c66a936bd5edc tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
15d84d6879f9ffb6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
112330a3c57fa7a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
be26550b0bdbb929 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
41076e4efe7040c4 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
0aa8170ae860147a tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
f0ba895bb0071722 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
f93e67daae5d598f tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
ed86261cdd37f587 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
e60f35c08773006e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
588648c05313239a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
220c7c684b2d2cc2 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
6bab6f1cdf52eb9b tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
801e3417b5857c34 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
162dfa72d372decd tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
9a6ea311320c262c tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
b5d190cfddaa260a tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
a7bd6f2421ad38b4 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
22a4bf02e69861b6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
15c096848394cfa5 tests/vignettes/stard-level-2.yaml evaluate --format json --explain
54778e5b2af79554 tests/vignettes/stard-level-2.yaml evaluate --format text
9aec291259fa29fe tests/vignettes/stard-level-2.yaml evaluate --format text --explain
a168e3d3c676f458 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
e45cda0cb20a760f tests/vignettes/stard-level-2.yaml compare --format html
e834ab403e481f4d tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
13b79e77c720c112 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
bb5bc6d4ccfed72e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
2b4958508caee2c0 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
013d9cd8067f389e tests/vignettes/stard-level-2a.yaml evaluate --format text
95529b490857338d tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
7fcf1c563a3cd221 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
ae09564c723c6176 tests/vignettes/stard-level-2a.yaml compare --format html
7177ce304b93f05c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
2c39a97de64f6ccd tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
ad68cbf7109ade93 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
ddb1b58d09b5cb67 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
2d4ac5d89d2af728 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
ff20a364be9da3f2 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
9df5d0d35cd94bef tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
c8c2ee40d7ab8ffe tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
30b825be00c26352 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
81a4f87d7ae9b7b6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
3c5eece69e7c3af4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
29e73f92f396e9f7 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
f62c7f1060fa4c4e tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
d136332b896701ab tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
9c35976c98a24468 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
c4c66ae314bcdbb3 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
1eef479cd203304e tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
3b3b83433d4a97d3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
db090978fc4ce719 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
f18e8ec944595780 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
e8b19fa3c4dc28e6 tests/vignettes/stard-level-3.yaml evaluate --format text
8a5e069763f72565 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
53210f3187f77bf4 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
fe296a321af551af tests/vignettes/stard-level-3.yaml compare --format html
a64b2869a7f0f9c3 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
bd0cbe790a7d420f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b92067506e868631 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
b9338eea851eb406 tests/vignettes/stard-level-4.yaml evaluate --format json --explain
c5e4474ff5c212d3 tests/vignettes/stard-level-4.yaml evaluate --format text
67063c22a5974a59 tests/vignettes/stard-level-4.yaml evaluate --format text --explain
55fb712045a84f56 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
406321581251ccef tests/vignettes/stard-level-4.yaml compare --format html
a1884f2632f541cc tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
c2f5af36716ec15f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
267216b85ce95d50 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
d573427ab9b0840f tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
9b501f848de82fab tests/vignettes/stard-other-scale.yaml evaluate --format text
5bffe498a3ac58c2 tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
dbb5e81a46eb9ccf tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
ad213cd07d93a3ec tests/vignettes/stard-other-scale.yaml compare --format html
6d6c7563eae6ecaf tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a3216bbe9c166d35 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
dfd8b07c0ec9f65d tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
0c33355886e0b834 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
54485e9ab83262e5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
127b7d8b4b6b3d19 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
8148ea9a0aa666f5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
ab9ae3f5d4cd23e1 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
e8494db6df52e4a1 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
6894314751c1df18 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
a793a35c09032bb1 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
fa90de7656b91785 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
15f6975d2c5f5d0b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
bc5735ba98a99f9c tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
1cf225d23862cc6a tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
0337af9c1b98a08a tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
625a1bcb845c7eda tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
135e935488cfc33b tests/vignettes/stard-over-75-in-scope.yaml compare --format html
a5409f9f015e7574 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
3e6bf5af9e5dd294 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9be9a9db0d10775c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
eab09a9657610e72 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
5405d19d11045d9e tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
26d7cd2b6a08bcc4 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
bfc3c42f050c03f6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
1e57af150c26d1a3 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
b1656658803d8563 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
78b8d5fb66bc64c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ea49fe1c4c20b6da tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
fd74d42cd9745950 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
537a19315760b3f5 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
1f78a04c09f600f4 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
36f7a766df28ca7a tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
fed898b60ca1471c tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
fddfaa893be7fa9c tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
cd62f01079964b08 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a4a75fcea22dc92e tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
96799ba72a8b7630 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
ff0b4fc58ac73a03 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
81495db11e70c361 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
6d0946de113790ca tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
511eaa70347cc7ba tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
2789174eee10caee tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
de3f14d61a39f050 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e15ee12eb066224b tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
a093c4d2babbe50c tests/vignettes/stard-remission.yaml evaluate --format json --explain
4925f2123610c5c5 tests/vignettes/stard-remission.yaml evaluate --format text
dc106636fad84fc3 tests/vignettes/stard-remission.yaml evaluate --format text --explain
29ab820b5e9b3e43 tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
c536bc78720d4c6b tests/vignettes/stard-remission.yaml compare --format html
76f728a890ba4d03 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
a3abd7c8cc000201 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
cf4dd2697074f38f tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
15367529a6fd28ab tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
bb279e16ce1ee2d2 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
f65e62be19e33cac tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
03c2218a551d70bc tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
018ba0ecb1c68b8c tests/vignettes/subtherapeutic-dose.yaml compare --format html
7fc1c88b173b7647 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
a4a5a3568726cc4e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
c5b95d2fcb33dee8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
0f01fba82721f10c tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
eca49bad9bc9eab0 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
e95f96c79c1203b0 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
54ceebc87e721a19 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
c05b1fb69e0a795f tests/vignettes/thase-rush-stage-iii.yaml compare --format html
d3f91c2965bc67f5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
4cf9c4aa5df2c498 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
eca49bad9bc9eab0 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
e95f96c79c1203b0 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
54ceebc87e721a19 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
c05b1fb69e0a795f tests/vignettes/thase-rush-stage-iv.yaml compare --format html
d3f91c2965bc67f5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
4cf9c4aa5df2c498 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
eca49bad9bc9eab0 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
e95f96c79c1203b0 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
54ceebc87e721a19 tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
c05b1fb69e0a795f tests/vignettes/thase-rush-stage-v.yaml compare --format html
2b7ad9db23156168 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
db82540b16614945 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
0b2cb712fb664b1c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
4720fa3b23e466b2 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
75d2c77f81b2c27e tests/vignettes/trial-addition-stopped.yaml evaluate --format text
68d8cf9f3eb1e93a tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
13599d4d5fabd084 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
d4f8d486db761476 tests/vignettes/trial-addition-stopped.yaml compare --format html
a348201b027eb06e tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
9bc8d8a28348b223 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
92bda0fb87043789 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
5d3cb16a705a4385 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
28210601fc458dea tests/vignettes/trial-adherence-strict.yaml evaluate --format text
fa0d5abef8b17bf9 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
2a9d9feedd024c88 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
62d932d70dd206ee tests/vignettes/trial-adherence-strict.yaml compare --format html
03fb8e1919d2e7f3 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
ea83a0be234d95b5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
9758f08d1e908bbe tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
72a63da3ff72da4d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
ce8c0738fbd5abef tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
ad483b2a5feb05ec tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
36958f3950d26e0e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
dd5c4f7dd4b56a26 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
cbfeb86ff6f7ab00 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
0d3facf2157e5f90 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
65b8f182af9f173d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
ce0b50ef57b61717 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
084258f57ca982dd tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
bb6ca59e8c0502ba tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
3bb25997421984fd tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
fb01409373c29cac tests/vignettes/trial-atrq-worked-example.yaml compare --format html
c43bdcb239aba5ac tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
d6043eec88ff20c1 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
fcbf0c3fc8e38fb4 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
20ee63c9af1149cb tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
1121390a59afaefc tests/vignettes/trial-duplicate-course.yaml evaluate --format text
c430dd729254bdd4 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
5e5a1f3c60d74ace tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
61602a55da3a0ab7 tests/vignettes/trial-duplicate-course.yaml compare --format html
95662470d8a364bd tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
05c31e297a479efe tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
18629623890f2f17 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
d6bfc01b021bcde5 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
e608b2266046c342 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
1102e2f8e8fc8002 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
16015c8fcd39da03 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
bf700a78369c9f99 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
d3be555fd1035bd7 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
224da48a8b45f33c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
092903bac471cd39 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
7cf3851d815b3912 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
0301e4a351a1c406 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
7e2f5e93460e0ff5 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
21a012e59df1037f tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
d2a43676ef86d884 tests/vignettes/trial-ect-during-drug.yaml compare --format html
e40116d8ca6ccb9f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6802dd1981842190 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
255861d43400093c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
93ba2de9b3028a43 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
aa3bbadef76d6223 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
b472c102ee448953 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
7b22de7c6bcf4134 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
3e6130736dbd32d2 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
b13e995d247ffa9c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ca36954195a36cf4 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
614352f6ee795fa1 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
d8721345b2c26f4c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
234e70f0b057fc06 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
8d2f6df51d8b3b4e tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
9f3daabb6b18b8d8 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
98b186f835343641 tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
824913e39558aa12 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
691b95e19cd54e76 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
40c04b50e40e298b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
d34ac3fe4dde0a48 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
69316cc5b45c23ea tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
bb833af22a0cf556 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
b3623fb2b2e0f41c tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
135f56410f27ecaa tests/vignettes/trial-relapse-after-remission.yaml compare --format html
72a5660ecec2f448 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
81fb36fc323be009 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
07937a7a47f209e5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
7424bb6373a5aa41 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
43652e2b8e90be83 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
3019220e6066a82a tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
075760b99e6f448c tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
66f982104c8c6c2b tests/vignettes/trial-relapse-ongoing.yaml compare --format html
7539ba4595b9e3a1 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
42a4de43b93467a5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
c1ddfc608d9fc4c5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
a77010ac35fe1be1 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
9c081f6a4f70f42c tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
9573980e981d62a3 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
03a24e695f48bf8a tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
1f08028476c889fb tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
93750c192f352295 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
ccef7b39a44ab346 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
f4158dd3b67dc94b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
40539ae630cb64fb tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
39fada8f0aa292be tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
7079857ce03bbe7d tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
1c6d9ab04e49f1b1 tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
0536ddfbe2eb0de3 tests/vignettes/trial-same-day-regimen.yaml compare --format html
ff37b569f4d56bca tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
13a6c674fc973de4 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
d157890276ae7e0e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
6ee3dc3e5fb4971d tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
6763e7f31b8db554 tests/vignettes/trial-stale-scores.yaml evaluate --format text
4af478ffd290ad83 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
631fc64aaba7ba70 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
18dbc2e20ed8affc tests/vignettes/trial-stale-scores.yaml compare --format html
6156c23b0514132a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
4f98af7e7b9c0567 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
00a638b60b5f347b tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
1372de0a9d884761 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
d31aac93ca03c98a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
492df0f9575fe149 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
95c185431b678f96 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
05e8010f43b05615 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
00b26596e3409808 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
25d6bfa31be9c4f0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
93c4e8644d410c88 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
cf0b0a3010a270a7 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
8926db5e50311b17 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
ec27cbd92f40b361 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
65e95f79d4d67707 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
07ddc344875dbad7 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
28d93c85342f2350 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
0be86258b92db0f8 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
cd4d1d96e5c634bc tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
0bae798cde5b29b4 tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
1ff9399ac7c146e9 tests/vignettes/trial-without-dose.yaml evaluate --format text
a8cc7b91ec96f4ba tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
d7e9f1c40968512e tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
41129342eb3ec7cb tests/vignettes/trial-without-dose.yaml compare --format html
