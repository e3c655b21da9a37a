# exhaustive: about 1,850 runs; skipped under valgrind (the asan tier runs it).
# Byte-identical views (issue 16): tests/golden/results.sh hashes every
# view (JSON under each guideline, JSON and text with the trace, text, HTML,
# the CSV row, compare text and HTML; output, error output and exit status)
# of every example and vignette.  The lines were first written by the tpath
# built at the tag result-baseline-0.5.0 and regenerated for each
# deliberate change since (CHANGELOG.md): for CANMAT's rule
# psychotic-add-antipsychotic, which moved every later CANMAT rule's line
# number by 8 (every CANMAT view), added a trace entry to every --explain
# view, added two vignettes, and changed the recommendations of exactly
# three histories under CANMAT (the new canmat-psychotic-on-antidepressant,
# nice-psychotic-on-antidepressant and stard-out-of-scope-psychotic;
# checked by comparing result/1 with line numbers, provenance and that
# rule's trace entries set aside); and for the summary block at the top of
# the text and HTML reports (issue 19: exactly the text, text --explain,
# HTML and compare HTML lines, the last for the style sheet's .summary
# rule); and for trials numbered from 1 where a person reads them (issue
# 19: the text, text --explain, HTML and compare views of every file with
# a trial; checked that every changed line differs in its numbers only);
# for version 0.6.0 (every JSON view: provenance.engine); and for the HTML
# page on a phone and paper, its labelled decision points and score gaps
# (issue 19: exactly the HTML and compare HTML lines); and for vocabulary
# 2026.12.03's PHQ-9 severity bands, drawn in the HTML timeline with a row
# of calendar dates and the darker orange and green measured for contrast
# (issue 19: every JSON view, for provenance's vocabulary version and
# knowledge hash alone, checked by comparing result/1 with --explain and
# provenance set aside, and the HTML and compare HTML lines; the text,
# CSV and compare text lines are unchanged); and for the HTML page's
# options grouped by line of treatment (issue 19: exactly the 26 HTML
# lines of histories with a recommendation spanning lines); and for the
# changes after a clinician's read of the chart (issue 19, CHANGELOG.md:
# every HTML and compare HTML line; the text and text --explain lines of
# the 49 histories whose report says "first-line:"/"second-line:", a
# trial's judgement window in its summary, or the rationale below; the
# JSON lines of the 29 histories with a recommendation whose rule names
# options and takes catalog rows, whose rationale now says "After the
# options the rule names, from the catalog", checked by comparing result/1
# with --explain, with provenance and rationale set aside: no other
# difference); and for version 0.6.1 (every JSON view: provenance.engine);
# and for "recorded severity" in the episode line of the text report and
# the page (the text, text --explain and HTML lines of the 180 histories
# whose episode records a severity); and for a review of those (every
# HTML and compare HTML line: titles wrap at 26, the chart box is no
# longer right-to-left, the key's band sentence and orange-dots entry);
# and for the print style sheet (every HTML and compare HTML line: table
# cells may break a long word so that the trials table fits A4) and the
# trials table's "yes, failure so far (provisional: ...)".
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
81e9e42959efca50 docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
1dcaff1e523d9db8 docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
1ed4f0904e72155e docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
8be77ff674b48fc3 docs/examples/demo-0001.yaml evaluate --format json --explain
6c782665014c3164 docs/examples/demo-0001.yaml evaluate --format text
6d5196087b31de7c docs/examples/demo-0001.yaml evaluate --format text --explain
fadf25f2ee55bfab docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
03ffdbd12dc9aa6c docs/examples/demo-0001.yaml compare --format html
08dd664434c907d2 docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
84e27a91a6daf375 docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
aa234a6f983180b2 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
f98a13a0f539a29d docs/examples/demo-0002.yaml evaluate --format json --explain
1440037c233b2bb4 docs/examples/demo-0002.yaml evaluate --format text
29a407fad947dcb4 docs/examples/demo-0002.yaml evaluate --format text --explain
01fb46a5c4f2bc24 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
f38209ec013e3da5 docs/examples/demo-0002.yaml compare --format html
a656433152605834 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
2d274f20d3c86f0e tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
846c21e547da02fd tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
7131bf6b21164c6e tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
d6934b36df59d564 tests/vignettes/adds-to-chain.yaml evaluate --format text
5b0f4e4aa007bdad tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
3df0a538b73b38f8 tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
bf52966d70914b45 tests/vignettes/adds-to-chain.yaml compare --format html
50c5322d25902145 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
bf21f09193ffa722 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
edcfddc2f9cc83b6 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
4bf4b0bff7060c7b tests/vignettes/adherence-poor.yaml evaluate --format json --explain
f2e123156e4d4c0a tests/vignettes/adherence-poor.yaml evaluate --format text
1cd708df727619a1 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
a34600ff762a527c tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
df089acc1ee79d5f tests/vignettes/adherence-poor.yaml compare --format html
35c2bd572bcca6ad tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
68f3fc024eac070a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
e9dffff0b5a33480 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
023024266b609352 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
77ad6407a1651669 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
aacc02ab31d300f0 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
27f739e87b8acebb tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
650f806ece1dfa9c tests/vignettes/augmentation-role-bupropion.yaml compare --format html
49c5adba54ddc362 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
55f4a2e7ec5bae9e tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
f113f8097d1bba04 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
832f6070ed9b92f1 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
5360a809c2dc9dbf tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
1c9bce4b1f3b5f8f tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
131a3ec19cb29b45 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
44612ab29e39ded1 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
58a08b95c28c4672 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
74f0aa71f485186b tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
f920b619345f3486 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
c752160fb091d0af tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
746bf376e7e83afa tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
59cb5aa56d551b47 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
205f4ab24d8d8023 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
5d87014ce9bf7743 tests/vignettes/augmentation-role-lithium.yaml compare --format html
9c3d4f8a227dedf3 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
646dcb1597dd7ec2 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
971b9e505eecc2b8 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
909ed7fb5980b0df tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
ef32f5c3258e55f0 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
3ba3be27f2b3fe0b tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
fe1ff01b107c974a tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
65b2b8c9a68fc3ac tests/vignettes/augmentation-role-stated.yaml compare --format html
8e58263bb1b6acfb tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
d246880b14220a87 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
8ee74c9f4e2d5dd2 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
cb127ffadce381b9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
d7a06e7b7a26aab3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
d10b8a2c0d5be9b3 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
7126f72c3b8d6717 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
dda80e71cb7b1283 tests/vignettes/baseline-window-edge.yaml compare --format html
5ad2a097ec03642c tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
3b5d5775ebbf3fbb tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
c3e65d90c2eb83b9 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
a0fe2c91d6a13127 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
7208a01750a68546 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
d247343e59b416cc tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
14b91807c77e3c1c tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
e0bfc27ff94e9eae tests/vignettes/canmat-below-therapeutic.yaml compare --format html
66700c9f0a956164 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
5a41b1eca3337fd6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
5bcfd83ac55e585b tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
a9f4db7124a8767f tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
27bb9559d1458660 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
088b76d4c716927b tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
9026b93ec3d923f2 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
dab33335aff8acfa tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
9d28ec6781b6c2b4 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
1c169c8c15912fd3 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
de2f9e6bd71f1b53 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
d404f51be36bf85b tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
1be13ddc9683d232 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
a22e67cc7e3380bc tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
5213250acb8e96a1 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
eefad1346e1ae026 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
4b99f6958deea2cb tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
5f7cba459cedb412 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
b51d5c0e0e90660d tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
e23e7e6e0d584ae2 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
38061229a67c4bac tests/vignettes/canmat-early-improvement.yaml evaluate --format text
521f4986860cbc0b tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
d25b56161480fcf9 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
1f48cafb650b9eca tests/vignettes/canmat-early-improvement.yaml compare --format html
313412d22f8528a9 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
2c78e13015a3b496 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
906a2c99b08e90af tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
7601b59769f10dc1 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
7e9edbccdc81bda6 tests/vignettes/canmat-initial-mild.yaml evaluate --format text
0eb791a379aa23db tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
925f0002f96058a6 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
0de4f1934f9245cd tests/vignettes/canmat-initial-mild.yaml compare --format html
2ff06e96c0ef6fa4 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
0317af46ff4c80d1 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
035eb815c06580bf tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
61bc82dc8c8fd01f tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
b89cca846517d813 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
5880afbc8e300ab3 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
fa09084fa40075bd tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
dfadead0328b6b86 tests/vignettes/canmat-initial-moderate.yaml compare --format html
3c2ae6c3c49f6da2 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
4e5380936d413ce4 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
20c8f8f488f3db79 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
73d00b0e147399b1 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
1674aa1d3f47f50b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
45ef80be732a8a1b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
beadd070a78f3cf3 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
a13a19c8fd9870b0 tests/vignettes/canmat-initial-psychotic.yaml compare --format html
90900eb482039673 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
be3456e0199352ea tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
c879fde5565a9dd2 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
b45e1746188f9dfe tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
bf829cc2da964c59 tests/vignettes/canmat-initial-severe.yaml evaluate --format text
dc0dbb5eca29ffb5 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
a163af5f61d1d34c tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
3c8fa3339897d0b1 tests/vignettes/canmat-initial-severe.yaml compare --format html
d1e8d747e4d191aa tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
affa9ae38da48cd6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
fe9dca96640adbb6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
3e3c11fa8aa29258 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
20eb83a101beb382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
3535f69625cf7da2 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
bfdab2ad89cdb3bc tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
5807fb1d0b4a54b3 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
df6a365201255fdd tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
ad5461c2b2be6a16 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
4064cd69939e9b6c tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
a371c8e088ee8cd1 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
0f75376d0e44105b tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
762a7abf31be20ba tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
18dc913f8d5a440f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
4274af799f3f383a tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
8ba6adaf5ac9bff9 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
ef80c948db5997ee tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
7a52cc521c2d41fd tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
c63ff488b2db5c08 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
384e1d9e1bf88f74 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
d291967f98a95152 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
0dc8decbc00117e3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
b093f42c159bf65a tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
c465bd635494e04f tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
0010f3f6981df6d5 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
f9aaf0b79a9ac2f4 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
33877e8214e4656b tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
54e14a902a326c77 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
6ffea9c568b0ff51 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
cb82f498e699e1b3 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
98613d887f4a758f tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
269c560c0c97160f tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
1d0c2cb99f57b5fc tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
95e9a24d5a5f422a tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
7354babeccee0f9f tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
16e828f293f06e31 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
ad5a26c8c281be53 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
0b31765241f0d197 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
b5813133624e9861 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
93017ea2b0f2eacd tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
10fd4aab09aa628a tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
d8a8468a521a576a tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
0568a6e6c7c0e136 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
192f6fa8e17ba6e2 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
f02173b217604cd7 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
8c6e84de323a0ae1 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
2dd465b3f173c9ad tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
6d2c120cd6d4e9c3 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
1802d9b1671b60ce tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
1fbcbdd82f272293 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
ec569b17da102e3c tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
0415ed8f1d041a71 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
405027d0f694c0a9 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
30980d2d5523f272 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
a217c35243da8d04 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
dbd6071d5b2ce68f tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
565eb066ceb2a200 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
3e9b3fcfe7642f5a tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
301cad7ffbc8e22c tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
13c08774927e3df6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
6e3e546bc3309c15 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
03f625d37c998a58 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
17ff68df228c7111 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
7f923789bb2d8c78 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
4ae622e17ec04c7a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
ec4064de06c8998c tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
b5550db2140f78a0 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
60a8927a898cb182 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
acdb7f832edd09a9 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
04cc1503459aae98 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
ebbb6b48d754b96f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
bb3074c2bbf523c0 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
b46abfeefdcbd10b tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
c767017e50011fba tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
58cdd162a85107c1 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
6e4cab395a12af21 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
ee53cb4c78f82c05 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
a56e486daceea8d1 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
ea69e75742d9923a tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
6b107ba7987dab54 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
c37de83e5c56c4b2 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
14cdcfb5cdd84013 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
1367d4d90492c323 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
1bee3a722d627b22 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
ffa976a3578718a9 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
9b9129c4f265e4d6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
f729ed404f174c14 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
6b5555c1ac633b95 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
86058d540ea6c007 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5b2a3867dd5274e6 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
a5b0b089af85df21 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
655805cb7efde03b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
53e7deb43744388d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
907dcc01c7f3b085 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
7b4ec014f79d0374 tests/vignettes/canmat-remission-recurrent.yaml compare --format html
fa4b6ad81d4944ae tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
6586c70b1919d93c tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
0282ac54a910431f tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
71aa529fdd0ccd83 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
ff5042354cad4383 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
5f8289cb310d2a2c tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
5ef4ff071a4db85f tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
70448c882600873b tests/vignettes/canmat-response-without-remission.yaml compare --format html
cd128f9b3fc37c27 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
a2c0336d780d9728 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
cde638d88aee1241 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
1ad0108742327232 tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
227ee4399a6bff9d tests/vignettes/canmat-second-trial.yaml evaluate --format text
98a275109180e6cd tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
85426a5dfcfa2840 tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
2705bd35d658323b tests/vignettes/canmat-second-trial.yaml compare --format html
948931381583f252 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
6c2ba947ada566cc tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
80d3c271ac1a92c7 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
bf4d1a06e1920ca6 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
d930a869dc985184 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
85cd84df8452d66f tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
985ed66911bd3e2c tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
de2361ec5c28cff2 tests/vignettes/canmat-set-override-default.yaml compare --format html
5110c94d675505d2 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
164cd86383aa4590 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
3a1624cf31c2933a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
c39c0aefc6c2ed04 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
6b1af8736c3997e8 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
7331f4c3fe8d3a12 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
6d0001f49c358245 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
f142d1e1a0c4c4f9 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
81e40cbcf4e02241 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
7d1b284d00471656 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
0af31a94d8c53976 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
302c8e173790ec57 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
736cb8828ca33f84 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
c385cd153dcf9cf0 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
d4f2cbe3d7add47e tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
709843900d5569de tests/vignettes/canmat-set-override-week-3.yaml compare --format html
e91c67a44040227c tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
ff457410d73e2bf6 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
7d318b367877fa30 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
a59bbfe7dc3dee24 tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
ffd0fd0cc8168393 tests/vignettes/canmat-set-override.yaml evaluate --format text
e68712cae6a532d5 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
9a02ee2a4df3bc0e tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
22f3969242c4c83c tests/vignettes/canmat-set-override.yaml compare --format html
2a0a657e670a3037 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
189c05ca094480cc tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
e13855818842d309 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
23f76c1ca1eede94 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
a019df02afd6728f tests/vignettes/canmat-too-early.yaml evaluate --format text
21db1ca842cc1366 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
b9b88da9485f6784 tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
254b170720e9b69b tests/vignettes/canmat-too-early.yaml compare --format html
e2a4245c89bb7db0 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
da8b38655f00eace tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
178adffe34c8d946 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
25c91917e9faafd4 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
df53d6dfe543c5a6 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
b853eaa2e67c0b14 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
17e59320224529a8 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
5e877f2109746394 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
d7d8bb8d80b81afe tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
b660d5d045d31b6e tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
25585098a5dc27a8 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
a01586ab36550097 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
a442dd7c3fb56bab tests/vignettes/canmat-trd.yaml evaluate --format text
126fafe8f52a211a tests/vignettes/canmat-trd.yaml evaluate --format text --explain
f76fe4dbe868aa7c tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
908144869ae80efb tests/vignettes/canmat-trd.yaml compare --format html
f9cbda3807ec9371 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
05d553de277195ef tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
eb446d277cf1a071 tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
1dd09cd7782f9c28 tests/vignettes/contract-example.yaml evaluate --format json --explain
6c782665014c3164 tests/vignettes/contract-example.yaml evaluate --format text
6d5196087b31de7c tests/vignettes/contract-example.yaml evaluate --format text --explain
fadf25f2ee55bfab tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
03ffdbd12dc9aa6c tests/vignettes/contract-example.yaml compare --format html
f22ed244e5846981 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
575732fb8781cc51 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
dbb8fa12a837dddd tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
40dd21e6ad801677 tests/vignettes/custom-definition.yaml evaluate --format json --explain
144dc7cf8e5effdc tests/vignettes/custom-definition.yaml evaluate --format text
1d83b96662b050fc tests/vignettes/custom-definition.yaml evaluate --format text --explain
f0bec677dc63f716 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
558b5bad4017714d tests/vignettes/custom-definition.yaml compare --format html
d798cfb1727ae922 tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
b7c196eb071cb40b tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
6effbb82eb25fe9e tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
f12bda53c12d0311 tests/vignettes/custom-staging.yaml evaluate --format json --explain
8e1e6fa5a1d11b4c tests/vignettes/custom-staging.yaml evaluate --format text
ec1299b1ac4c1941 tests/vignettes/custom-staging.yaml evaluate --format text --explain
50531cfdc389a4c2 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
2266988a81973c31 tests/vignettes/custom-staging.yaml compare --format html
c0fb90f928fd2b90 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
a2850c98b63e34b6 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
f1c9702b554fb3fa tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
71cbdb239d208ec1 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
2a4f8fbc20c377ab tests/vignettes/different-class-failures.yaml evaluate --format text
5bf539ecd1fc91f7 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
c8f4c6f1dc48be99 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
ebd9ebbd46d7221f tests/vignettes/different-class-failures.yaml compare --format html
9d09f5a9e455d34c tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
bde10b271b76dc72 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
3d0733e20052c201 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
fe3c7d2e2e7ee7da tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
fcc8088cbcf0f68d tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
44797d960713bedc tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
1976aab277525ac4 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
85088d9223dd255f tests/vignettes/inefficacy-without-scores.yaml compare --format html
b8e05ca48303bfc1 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
1ae4e89d77a85239 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
1123e164f99e30ac tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
a31fa5d981e0b56e tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
bcb11b81a1d7ed61 tests/vignettes/intolerance-week-2.yaml evaluate --format text
126bf2df04c62d29 tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
72d894221af11de5 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
0c6f6916df7cf582 tests/vignettes/intolerance-week-2.yaml compare --format html
ab9d4e41262ff9ec tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
21ceb3f9ee61a611 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
8b03d6ab1d0730b2 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
8f1da2d8e8b82368 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
52df857372145488 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
2951b18aa8bd7043 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
153f7aecd76a3081 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
abe18ab617b045a1 tests/vignettes/iso-vs-relative-days.yaml compare --format html
993d69a17c540cd6 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
9654f6df00c886e5 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
0bc220046f0ae361 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
94a81eba6dfee9b7 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
b48d57a57b2729c3 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
9254a54d230b9081 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
5523343485d9f3e2 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
7418f941dfabec45 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
89f376774fdd7756 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
e979dfb275710b68 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
84b8d473c734295c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
abeb5c70335ed752 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
2c67cc1c595c0822 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
cc9e269bc24584ed tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
465079832fcfd7ef tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
2ed50a73863f49fb tests/vignettes/ketamine-per-kg.yaml compare --format html
ec8546dd4c9559ed tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
d35f9c810b837979 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
46cc58550a6b5656 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
ad01e99263cd6897 tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
0d10a396154b6a36 tests/vignettes/mgh-s-full.yaml evaluate --format text
63a80552651d7011 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
4d76bad9cd5b2051 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
5ad7ada95b1e24ee tests/vignettes/mgh-s-full.yaml compare --format html
3b5882344c91d798 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
2a33074cfb05dede tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
9f3205e06178ace5 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
6d4add240d430337 tests/vignettes/missing-baseline.yaml evaluate --format json --explain
acde0bb52206c533 tests/vignettes/missing-baseline.yaml evaluate --format text
659acd8a9209cac5 tests/vignettes/missing-baseline.yaml evaluate --format text --explain
66ddddd9f0e94cb9 tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
534f8f1503fe2704 tests/vignettes/missing-baseline.yaml compare --format html
63776010c0f1543a tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
b6ce92373e11cc8c tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
d842b96b11c3128e tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
142ae096258b814e tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-12-months.yaml compare --format html
63776010c0f1543a tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
b6ce92373e11cc8c tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
d842b96b11c3128e tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
142ae096258b814e tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-13-months.yaml compare --format html
63776010c0f1543a tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
b6ce92373e11cc8c tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
d842b96b11c3128e tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
142ae096258b814e tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-24-months.yaml compare --format html
9bc73fadef26c673 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
bbf2594dab21ffbd tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
6d2783746870366a tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
d5fd22addc5bdd4c tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-25-months.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-10.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-10.yaml compare --format html
1cdc512189dad46c tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
ad4398ce677b04a8 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
a6fc8918c1cd0f29 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
809da48b9c35b687 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-11.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-11.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-2.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-2.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-3.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-3.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-4.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-4.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-5.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-5.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-6.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-6.yaml compare --format html
905bae5265338f27 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
e93bbd7484081cd6 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
5b87e43def5d62a7 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
547852236345d3c4 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-7.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-7.yaml compare --format html
0588d12ba18e7cf2 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
5f690c7846fe7df5 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
4bd0b2483aeaf292 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
2f7b3815b0366ad0 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
ef4e7c4424b76627 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
e12d0953e5649691 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
0b2eef5e6b7637a1 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
6554aa7d240619d8 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
c59a5093e019354e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
ad1c613c8f464503 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
c3a39e17177b78d5 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
ac21749208ef9b96 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
e30cdee8ff67597e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ca4a65580d1e759b tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
d98f8dd29bf3fe5e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
c9812f995125b0d7 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
2aa3c8c5743e2dd3 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
1dcd4aa58dc83a64 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
9893896c178d5e19 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
f9ec6d883afe6109 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
5ffa25bcbd6be407 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
002204fc71915388 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
3c912788ea56648c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
3e23a3742a783f69 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
03c6399d8a6ccda7 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
09310a78d3e45e84 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
c1bc48647bf0d961 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
eb2a3f2cc6c4dba9 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
4b851ad1a12e6133 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
47fa2ef7de580f1d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
de701c272b252af5 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
b540adfdf7fe1d95 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
e843699718ef278e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
b1aaf6d8461c18c0 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
e9577f2e323343ed tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
8185aaa0defacc78 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
fe9c0ef72256bcf1 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
a2f4ab1ba9814744 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
554ab7326f9b7b82 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
66a9bfef0cdb2939 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
f3f222565f3e8990 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
85c3d4f18d9b6029 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
451ea51a7da6dd37 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
09c7d34cb9a98ca7 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
00047894a546d902 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
47d01a0b6ad3c1e8 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
628f94824c4115a9 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
e29fdae26f231686 tests/vignettes/nice-early-review-age-22.yaml compare --format html
95e6e76ff0f75d8d tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
26e0122497b62baa tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
c32f9ab93138318d tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
7d931630a28a6b48 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
018b7abd1881e1f0 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
065e85bab08ae278 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
c9167089c6579cb3 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
ba68d9e271221a6d tests/vignettes/nice-early-review-age-40.yaml compare --format html
48a721a2b3f40688 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
8bae5aecdf63c943 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
fbddcfd3d9772839 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
4910fb238cf2a93f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
a9b7947d31ffab1f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
3e5e92cdaa6d76d9 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
6593796c6b73264d tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
745fc1e5b5eb5645 tests/vignettes/nice-early-review-no-scores.yaml compare --format html
77bf66df5e7d3b0c tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
8d4236dc218eda01 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
076ad611b936ea73 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
accfd8e6663be880 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
d335ce26cf6f8432 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
57457f88c12a9db0 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
4b796c28b2a14c18 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
7ed30ac7b493ed66 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
4c556bf44d358811 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
11a3d494d593176c tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
13c740ff7e36d84b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
bc277c21c43b3143 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
996544c8255732ac tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
a4ddbc832330b44c tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
a3bed22006f644c3 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
7396277c39e5270e tests/vignettes/nice-first-treatment-mild.yaml compare --format html
0884a93b25755e24 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
816618d8f1a57e61 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
a5434a0c68eb77e5 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
97633677a71ed2dd tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
b3affcda9f94246b tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
8f6b916e544d5ab6 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
93eaae5e75e15c39 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
6c2a1400b2158a20 tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
6e0c5d93b6415131 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
99292d41d54dcba6 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
d61622eff8434b6f tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
996a3171859e6377 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
2ac2138fe0e32ac5 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
958989163eb12e8e tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
b75cef5c6be4a522 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
bba90b73e3a543aa tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
4e56809567cf6cb4 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
c36941229c4c4223 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
bfec77435f83eb30 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
71b14fba680b1ed1 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
724d90a5d77c74b8 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
4ee95382fbeaf57f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
c339e3e2db872178 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
d6056589011a3f44 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
f6d866dc45ae5992 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
9b54ad56eb716e57 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
bde9dfe90b075aaa tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
9744c743091cf319 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
b84406af1b817b21 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
de2764177276bbee tests/vignettes/nice-intolerance-stopped.yaml compare --format html
194b258041d7632f tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
12571d3fb5dabd8d tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
685c2243bda6c301 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
8394f294de12809c tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
4f9cf418b3e60156 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
cb95ecbee8c03b9d tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
4d7da8e8cf51be67 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
49059078eb646df9 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
f3037890fd9ae36b tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
4e68c16be51d96a9 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
48ea312f993bc288 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
2251532caa8e0cb5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
a569f3dda10dc0a5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
0338dad5176daff7 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
57031c29e3830df8 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
6013f41740c49fbd tests/vignettes/nice-no-response-week-4.yaml compare --format html
a950a7c0dffc41c5 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
48ecb20a323b8359 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
1d41cc9eb4deb8e1 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
f6797efb5a8c92e7 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
03526275b1fc0964 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
c0375f0e2d9fc2cf tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
8661728ea37b189d tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
e4b99665fa416e93 tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
370b608b68508c60 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
09876d3ea8cf929b tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
20a6f5ff7c5f3fb5 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
f9d1e677052f59d2 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
1b10a70892054c53 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
221af6b8f06733e3 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
ad8f19c9cf8d634c tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
4cef3841bcd64762 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
ab7617be1c2dd6f0 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
2925084736a305d7 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
2ec43aab3bead085 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
18fa6ce01a61678e tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
1bbe35224186ea58 tests/vignettes/nice-partial-response.yaml evaluate --format text
2be50cc00c988b4f tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
2794ecaf85bd5444 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
c652d2255d7b4f4f tests/vignettes/nice-partial-response.yaml compare --format html
a4b4fb5a99f0fd0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
3b17f3fc7e7b7ad8 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
8b61940d495b2547 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
cdbea4a4ee226c35 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
890a425bce5239f3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
6e830b176bd8c7bb tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
64a1cf3278704fe3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
7f39ab66570d16be tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
ec2d20df43c33e50 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
2cd902c91c5f5855 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
252bc782a59981a7 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
8e9b817141e5208e tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
55147d6a26909252 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
26124ca936ea9ff3 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
161632c018bf8c67 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
0abaea2e36af9253 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
92cc8c354069a2df tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
a976ebcf86b906df tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
e7cbdf758eaa2170 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
0c9d04afcde55e2a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
7939c98348f68881 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
e3f6d5046a662f69 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
1dcbeab1cf5d51d4 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
d1516a64ea9aa82c tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
7ceb51d7442833fe tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
898494856936cd23 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d99607ae078b6edb tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
dfe5c7dbcd33ee93 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
dfc6ffe576e6da71 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
acc1fa2d928dea1b tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
dafcd7a6f5d54a24 tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
77afe9aec1938e26 tests/vignettes/nice-remission-first-episode.yaml compare --format html
2492e212d9d69126 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
96be398fc388fc12 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
72908255f7caad52 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
2a03c6e286863e42 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
092b690db8d308b0 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
f004adff582a44f1 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
98c171b4ed3975b3 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
fb66b10c7fbb4ae4 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
b4d200e448b360f5 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
c3d2cd4a7d3dfcdd tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
f2cf76da7cd97bfb tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
39062cf52a5d767f tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
9c044a30999c4d7c tests/vignettes/nice-response-not-remission.yaml evaluate --format text
d421e259f9e8447c tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
3432912ca05e4d11 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
4c635b3f0b3e9169 tests/vignettes/nice-response-not-remission.yaml compare --format html
ae1e0456b4e23a85 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
5750fae79ff41f23 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
6b13d12ac4da4b30 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
d2ea3bc7db7f6a98 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
6f0a17efd191c070 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
07632fb49a6d8257 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
ba7bd3bd49ff9a06 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
a3f47c33251df06e tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
59075d5be28b2a0f tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
9cabb7fb5607fe79 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
872156f65195e0f3 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
9a7cbb78b9ef5fbe tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
dcd4ba77325c8cdd tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
27d3732453f8435b tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
c6bdfd9a8b0aa1d6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
36bd1acac9aae95c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
47a6281b448d2068 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
af47f6e5eca34687 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
4665ec20e90d5832 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
dd8553730615bea6 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
853ee4bd2316efca tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
61042b698610e482 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
c47601adc9b8bc90 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
2c52fdeb7d3e90c2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
a5a5e8e66b59cb6d tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
0e26b54758d7acbc tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
24e968bac5fb3190 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
e49e96065d2444d8 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
f21cf58f513cf4e7 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
5d0f70e5bb717404 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
80782752ee8a00a9 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
f790a62b88169e0f tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
faa8b1d200dbd9f6 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
6240d17a7c4aa6f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
c8a0e3f2701d4315 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
dba1b8df03962220 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
b09afa0316b08769 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
9f50908509c2028e tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
cc4823ebc424f4f5 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
f6d155e7133eba90 tests/vignettes/nice-two-failed-trials.yaml compare --format html
a9061c23493aab97 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
bebda90dcfe14bdc tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
98985a71a91614d0 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
113ce8d0442c559e tests/vignettes/nice-under-18.yaml evaluate --format json --explain
ea2a70c1b7852587 tests/vignettes/nice-under-18.yaml evaluate --format text
7beceb8834cd20ec tests/vignettes/nice-under-18.yaml evaluate --format text --explain
213546c06ea83517 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
035886c1d1d96876 tests/vignettes/nice-under-18.yaml compare --format html
ac9ad8ad8101e9f6 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
e8118060ac610954 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
04b625b0e7a48f59 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
b59724cff4c13af2 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
e33f1c1f08e0f6a4 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
49a6e0e8bae8d848 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
70b2a337eab8525e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
9a8ce949d5b364e0 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
7d709903884a9ba5 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
661b878438c8caab tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
5c33646317d9af64 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
7609870dc79c89ec tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
5496fbec97e6e10f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
73611ba022d1b91e tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
3bbab216d427678c tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
dd886e28d1118f1a tests/vignettes/ongoing-trial-week-3.yaml compare --format html
51a4327c4ada11ab tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
2fc7e49d5cd51619 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f13d0d5a3a65599d tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
505421dc3da49c86 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
5496fbec97e6e10f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
73611ba022d1b91e tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
3bbab216d427678c tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
dd886e28d1118f1a tests/vignettes/ongoing-trial-week-8.yaml compare --format html
2b54b28535dde6ae tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
411b82c56b55dc8e tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
db18fb3328b25cb8 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
12b4309027bbb60f tests/vignettes/partial-responder.yaml evaluate --format json --explain
ae22d9cd95463178 tests/vignettes/partial-responder.yaml evaluate --format text
7b0a92d00deca9b4 tests/vignettes/partial-responder.yaml evaluate --format text --explain
dd5fe4c53d52d165 tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
fb215deb2e213bd4 tests/vignettes/partial-responder.yaml compare --format html
000a29f0290af4e4 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
e0d10c9b388ef4fa tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
e4bc22b3af30968c tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
410c461dd0018253 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
c82ce028fbd1c979 tests/vignettes/previous-episode-trial.yaml evaluate --format text
e28fe6a9ab48d871 tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
e2c175e31a74480f tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
1a4e064227371b84 tests/vignettes/previous-episode-trial.yaml compare --format html
187e176c23537b2e tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
e0554625f9e8373c tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
a2d6af153a4fb05c tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
356b335c4720e6d2 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
87d6c7d516ca0141 tests/vignettes/remission-below-50-percent.yaml evaluate --format text
8d854ecf16315d2d tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
063ad6dbb2cf1ec8 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
9f48e50f98f94260 tests/vignettes/remission-below-50-percent.yaml compare --format html
1fa96600d3d7d024 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
868032fc21a0a93a tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
1328c019687d04a2 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
e8de943120ff971c tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
978f2fa4b2b7894f tests/vignettes/safety-age-unknown.yaml evaluate --format text
ab5e81298e497cbe tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
1b8151a9fadd6337 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
6024fba88d20049d tests/vignettes/safety-age-unknown.yaml compare --format html
bdeb070a82ddc92a tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
742cdfe9dbd0fb9e tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
149ff3daffe10e37 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
26cd3e50a4f185d2 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
5ae82d0909176c3f tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
2e0ede0398820063 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
60cedcf54eca5973 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
c1a4106bb7759734 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
7d3105616e72d0a4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
922f418f2f5976cb tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
3cb684e17654164d tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
23896946f8f211f4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
2a66bbda791987d3 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
c39ad5c83b3ee339 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
ac65f95819778b02 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
ef21333725ecb567 tests/vignettes/safety-catatonia-ect.yaml compare --format html
f77d8d527a945271 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
0040bcf3cbe00109 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
b97d927a187eae00 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
a3609ebaca2b04c5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
92e1d26b2949b365 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
c5cc5b315ae449ac tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
9e3818ed6909449e tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
525b007214e07b15 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
861f1f80f287d5da tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
6dda69ac5a7a14ab tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
31218bf034678bc0 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
99452bcebee42fe6 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
46b9fe612bf47a64 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
c9ba91bd52324155 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
9ede919b07530323 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
ef7985bb5f62e87b tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
3734f78a32ee1230 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
a90383aa452ef684 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
e9cd1ddc2e00008f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
68058046b6f4dbf3 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
0811b93bd2a82d5e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
e6d861e340dd653f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
604f8485a0b52377 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
a0677643cab5734e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
c96878c37968655f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
209abef8afa4f9b5 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
10d24b387952d3fd tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
9cf340e49435c877 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
1c99f1c12f7214f8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
b56b5b4e3b674405 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
211519eba3e4a9f8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
a3f3b1c011fc0bd7 tests/vignettes/safety-citalopram-60mg.yaml compare --format html
c0799c4892af82ec tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
edf19f004b78f6cf tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
2f4b82b4a08a3416 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
e717704884e493ad tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
50e7e990e23a33b7 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
9227470b463d551f tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
3cb829e4623f3fae tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
07ab9128ca29eec7 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
e2cd9c7315620f2d tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
5cc25aec4b0fb818 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
9a986f899f38f476 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
2e82fa451fed2cf0 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
91135a5dc1a174f3 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
5cfa9b2380243201 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
3452a7e0d3a8bb02 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
47eb8f296d42d0d1 tests/vignettes/safety-citalopram-age-65.yaml compare --format html
3629935c2b3aec46 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
643a76f87fced4d0 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
e3d8b0aef24bf28a tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
b9716c0ef9e9c842 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
285fb47ff357654a tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
699717b20fc8748b tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
4392f0348e59ed82 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
364eaabaa661fef9 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
01b4da3402b20140 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
652455f86ff6eb16 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
7ea58d849046a5eb tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
8ef7859920593993 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
86e9df238faa462b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
f126e4a369562494 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
7fb0f8814ea5b2ec tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
e6f74aeb942ece6a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
615aa76aaecab610 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
00899130bff45e31 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
6c55ea7612a18a09 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
db5374c73ff881f0 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
2256174e2ba26e9a tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
e0a31a5cd2739187 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
370fa344aecffbe6 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
19d26b2aa6c8aa25 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
951981dc9957d854 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
b926555b4cf30e18 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
aa05181d3b88df24 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
435f526d5e4a3b28 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
8967cbc0f0ea2a90 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
34568b3a2c53397e tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
c79a5eaa29b21d11 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
8b63af174a776a74 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
30e59e751e549e9a tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
9691f83dd7ad4e35 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
bfdfed1f582e3733 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
51d84d1181f7f4dc tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
d364f6afe9ad428d tests/vignettes/safety-dose-above-max.yaml evaluate --format text
552067694d563672 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
18def15261d197fe tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
070571c3612ee2e5 tests/vignettes/safety-dose-above-max.yaml compare --format html
22618e62c55be1b3 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0a172dff7bfa5e7f tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
0bc4433abeb4fc57 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
08c17f38d22be9db tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
f4e56648cea8091c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
bcfc11e4ba2536b9 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
5d3daf36d834d7fb tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
5602ac9806cfa9b3 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
b7b460b0bba08f2a tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
ed5c19cc0ed4677f tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
9cd9a0b1cb5320ac tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
d7c63ea6c08e4229 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
65c2ff8cffb36d7e tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
092574b58323de69 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
1202a036419f1760 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
720e451b68797f5d tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
3bc3c17b1124ddc7 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
9858f89a0015b013 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
2045579c73ad303b tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
6f477c49a34b1d91 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
1b6d27fc4c870f11 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
419873a6dfeb576d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
ac5ad7fb7c63d12e tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
c47a687a8ce4a501 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
56ce8ef8f41bb339 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
8bf21fd3fa0ac607 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
b7c8f0324f8670c1 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
1337576ff78305eb tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
78a139a15e1e756f tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
7a467db278c13536 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
762b5df86aa8a4b0 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
21f27fc37505c52d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
7d5bd72fb6640558 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
5869e856b8ffa27d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
0621725b9b6d2442 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
7e356d168c8f34a6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
2903536f61ea5ca7 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
14fcdf8b97f9d15c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
7218b3edd572e1f1 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
988b1861aba47e40 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
6118c72c9c2cfa90 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
0eac2dda74db8c96 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
3d530b85deb8d38a tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
9f1617b81c4ce03e tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
91692b31b4dc7d05 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
a7b2ae846b7e4b33 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
3df3faef9e0be246 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
94b61381dfbe3a9f tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
6e309cd1b9dc15c0 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
d7a4514cc025e0f0 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
6a25457ca235d8e4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
abc6015a62af7613 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
d5a9d16e8873ecfe tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
0a9e48bff0a73128 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
d09747b597720283 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
96bfa9767f1de808 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
6b3cdb183e6592f9 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
aa3f5a60d9bcc626 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
78e6b538188ff2f2 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
7194a320046eba03 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
25cfb5ebad26f59a tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
cfd9fa87d7ec8dd5 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
10eacaf0d0a1c954 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
9eab042b73c3248f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
80367fcb574deadd tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
2d5666e73bc94c1e tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
a09df166c6633d00 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
4eb756ed2cefb48d tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
74ac7a898a127fbc tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
1ea6f786008d3020 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
6af7a49c205ad6f2 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
c367d63277c25b1b tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
75dbb0c314207ca0 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
c6bc2ed3bc4704f9 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
4fb189edc53924f7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
7e348a014570c9e8 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
cb132077dd56e928 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
e6051a0db4813965 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
36758ce9cc3b2ca2 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
742eb60a5d73e4c4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
0c819125947000a4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
0366777458042506 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
4dd104912d9d732e tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
052df9c842ea6a43 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
3e12340e08619302 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
5d86ba00d601b14f tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
fceea7363162484e tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
cbdfc0caac040dfc tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
1ed3ed40e70f8248 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
0c72bfc99e343972 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
24d9a207d75834c2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
7b1b2298c16201c0 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
d34daaa591be6540 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
7eff5b85c3d0df45 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
f86ad8cc7419a814 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
6c959f9d5557145b tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
e1660f11a610d7ac tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
02ac40ec7079065a tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
60799b2ab2a102a7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
8691481cdff17714 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
36163bd3c8c9381f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
77fb4af1ef323656 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
58077e9e031b9b27 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
c10ee1496551d615 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
58cf13ab00bc8b48 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
67aa3cc8fa321f01 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
f225ae5dc1c92469 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
206eff2cddea83ff tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
ac643f36aa2d52e0 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
efcb2da27a65d30b tests/vignettes/safety-second-antipsychotic.yaml compare --format html
33d20eebf6e4c630 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a44cd80513735b45 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
cb3ad7e78e82f2a0 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
9ccdbdc5bd42b11a tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
4ebeef1c4caea49b tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
677754749664a2a5 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
eece5efc54296b5b tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
2bc70db93adac482 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
64f45902783e72f3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
eb7fb5de9dd5b921 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
93c761e83d7ddca1 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
120974ae1440ab71 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
cf86da5f0ec7f33e tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
0c173536c973f7c5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
a1f5177437de1727 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
5e96c68f198f98a6 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
c1769d0cc0765aba tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
c454be8a33cabd08 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
06e67c63fbec148a tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
5136740b4a7df881 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
2521aca0c8498c66 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
4205ece8b3c3324b tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
b44f81fe2662753a tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
6bdc0f8d0117c458 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
6b0d81ad5cb232cc tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
34ee8da2ed9e96cf tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
4b7d19e7b2a9cf0b tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
c4e01196ef06aa9e tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
a0826ebe92a26c2e tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
e757595b6528c343 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
2f39012c103c17e9 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
8ec55944ef5eef45 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
a01dac48d91e90bb tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
1f3e9c0feb79f367 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a8949ab076b95164 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
d1f8d7e901aec27c tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
c7a4e3d1b704fd95 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
762f4a8f165148cf tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
4caca5502d438a81 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
ed2df99d4545a09d tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
940a4e31053b0dcc tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
dc0527e1e6899834 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
4e6c4bf4f6f9fec2 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
5066c3a7c4d3595e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
c0409eb788a34ca1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
bca68624bbe6dc8b tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
e1c5ad52ef3785c9 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
b977d12d7097ad8b tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
7e8c327d4fa39b5e tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
faea17ee23fe13ab tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
dbab4e588cf5f450 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
59040643e9dd4134 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
77f0466e81042a14 tests/vignettes/safety-washout-respected.yaml evaluate --format text
b5778c57f0a1ee82 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
bb6f5e3b7af7a55e tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
d6434ad20bc2bffc tests/vignettes/safety-washout-respected.yaml compare --format html
9c1a98868e8c7334 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
47330156c666b094 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
4ad6d685b83fec4d tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
5a33efe34d4f639e tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
39028f42f7007cc4 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
7ac9c98ab552d4c7 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
a5fe99d330d24547 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
81c477ec600f928a tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
77a332a0a8d68870 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
75fd182abe253cc9 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
6cfc7d8f074db41d tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
315e1c38df4e7602 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
8cbae832aa14a305 tests/vignettes/same-class-failures.yaml evaluate --format text
9e22b8f82ddbf3b4 tests/vignettes/same-class-failures.yaml evaluate --format text --explain
8b5fccc4d4c67d32 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
6dc8d12f6d5eaba9 tests/vignettes/same-class-failures.yaml compare --format html
658737267d674df2 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
ff1d831ce4ebacd3 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
cca6cdd921cd315f tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
0589e81e1478f930 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
58e544765f8e9fc4 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
762b9fb23c0adb32 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
e2a964ab32e33009 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
b3dbc792ea387e19 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
3dd72846e5389e17 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
1a978a0c80445dc2 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
635871828f655671 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
1e4b9a13f6290264 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
9b2fe0b66cb2998e tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
98c604d65055a1e6 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
c98b22c6cb85d84a tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
fd9b133fd4c07c8d tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
430b6b9903a07658 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
078b1546ab2f95ba tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b9602ccad10c232c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
1f9a03bf4a7ec49f tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
2cf4f13b0b29f550 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
2ea08b21b1ebd615 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
9437d515c3714f5c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
430c0e958cfb0968 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
75cb4d58233a65ab tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
67fe2fc88949d2c8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
c017d148ef532f7b tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
92629e15f21737da tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
c9101ada551fe850 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
71beb67641b17d94 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
24e5a5c51e5ab1af tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
13908bcf27c7ffe5 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
f878a0529d42229d tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
8cccb0939e7e347f tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
d828c323ea792a06 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
74b3f51641136507 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
62503af63b3ab099 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
b7c603a63ef98f94 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
c198ffc90d9321fb tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
6870ec3a6337c5de tests/vignettes/stard-level-1-exit.yaml compare --format html
32e4911680a6805e tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
d7096f256f9e2db9 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
09d22822040674eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
f4527aef7b434d14 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
30c3ddcc46387da1 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
5060446764feeb23 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
bae9f900d38ffd53 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
aa4677c42f09c0dc tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
c3324338b1eae52f tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
af647e4e58d8d1a3 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
4b2af3f7a714c67b tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
68adeea827df9c73 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
21692719f11e2110 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
0603c540c9436832 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
eaf7ecf2c978ff79 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
243c31c04e90c5d1 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
ff423fb07a445239 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
0f255573439d2289 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
b841ff5e752a6783 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
bda4cdae6119800d tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
2d3f630cfc01b492 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
0f82586314b3e2e5 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
5eba23095f6689cf tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
4a6822f784f21e33 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
5c8edb643e3296c8 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
2113e9ac4868d2fb tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
9442d44d049f5c99 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
3c80fb630f2cb250 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5e9605cf237696de tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
4da5150a4a32289a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
c650d2988cae93f4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
d0185009ede9d8da tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
2891e84e01fcfd54 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
dbe8059c86f81c86 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
fc70673b23016474 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
d5a8871ef30ada27 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
020966950a4d092c tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
a1a17c5481fde196 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
c27568daecffbb63 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
5214c48ec9234b41 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
836c05032bd73321 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
0e223fb98ec6dc26 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
a6c612918c94346a tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
371703ea8e1694c6 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
2301ef10940ffc88 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
e775490bea974e9f tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
87fcf4a356cb5b6a tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
d65992c0a36d6f27 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
0b3d65008e708d40 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
aa0f70ea02cade8d tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
0458863c6b178b99 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
9959f40d5b269c6e tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
8a48623d03b9db42 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
26a00ecb3f061d58 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
bdb59f759640ba4c tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
2635c4d56f61278c tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
b806be273a5f41e1 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
9ea410071866c59f tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
f14fab0e98a0dce0 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
a5f1e0c83d5e44be tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
f22fe556ccd33049 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
6e60717ba287f02f tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
ff4b9ca22e496df6 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
a2207fbdd792bbd5 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
98c404095eb3d527 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
ebf44b4b12340a01 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
88bef37420fbc354 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
bd3fccd0d75af02a tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
3e98cadc557e40fa tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
6f5b2414a257511a tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
786714cdfc21718d tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
0df3c914dc144a76 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
232bb339bf6ced31 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
10b52ec3060ea13b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
fdf887e1b905d467 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
419a11d08637c691 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
12be9ae031994ebb tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
53276bd442b95e1d tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
bc50be3dd0188d2c tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
8c17295403759bb0 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
f41600c2b360523e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
bdbe3e93cd371d8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
8b2b490e1f0797e3 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
08521fcd14bd623f tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
0c9fcb5cba7a7efe tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
3f527bfca0f00290 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
aab692154fafbe19 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
1d47414e49f5625d tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
aa49ec3f16473c74 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
08afafd4fa565139 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
496bdb509d544cf2 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
53928897f04fa7ae tests/vignettes/stard-level-2.yaml evaluate --format json --explain
a93d9eff1facc3d1 tests/vignettes/stard-level-2.yaml evaluate --format text
035142959e9b7f78 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
1e0b84e8ede3b03d tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
6aea706549fd5273 tests/vignettes/stard-level-2.yaml compare --format html
ad36f7f1b33dba3f tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
a3144caebb7515b5 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
7740a25dbc4c16b3 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
6b25605a6c34d785 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
a8b104ad006c3284 tests/vignettes/stard-level-2a.yaml evaluate --format text
37f75a9ce6e651db tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
e8d927d94a613633 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
dd4d7384d21228ed tests/vignettes/stard-level-2a.yaml compare --format html
240c2f018c290c91 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
4dc4ab64511dea6e tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
e90f08ef9baba60e tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
362ba3b794de772d tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
a1e0a3f5e20e8823 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
b397b3183e09d7ad tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
b5e343bbd6b7fc0d tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
4722f624bd1e526f tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
cfaa15e60d4f1fb4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
6d457b19c19e5dfa tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
739fabc12b9d2286 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
92e247184673e16a tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
07a523236982f443 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
6260567e05ad0ded tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
2f3524b8d8c7dbf6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
5edc216716ae9627 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
615aa5e5d76649fe tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
1d0cf8faad283c0c tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
81cee53616c34147 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
520b405b806c0bb2 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
06fa3302ce0ef894 tests/vignettes/stard-level-3.yaml evaluate --format text
55825534c61d040b tests/vignettes/stard-level-3.yaml evaluate --format text --explain
f1221dbcad1ed4bc tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
bc72dac1ca21a889 tests/vignettes/stard-level-3.yaml compare --format html
70ca333f4cf47dee tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
5c0a882fa885d989 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
8fef0c13f92a2395 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
e38b53a907de1008 tests/vignettes/stard-level-4.yaml evaluate --format json --explain
b016bf450dda3b5b tests/vignettes/stard-level-4.yaml evaluate --format text
64c7e2fc60e978aa tests/vignettes/stard-level-4.yaml evaluate --format text --explain
092cfa20e6faa407 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
ebcf370b4048485a tests/vignettes/stard-level-4.yaml compare --format html
6ffb1cbd97c12d44 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
e965366a3629aea1 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
77585214be3b938d tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
b6017e421a1f8b1a tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
740b395031828b21 tests/vignettes/stard-other-scale.yaml evaluate --format text
33aee4575028426a tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
f49b6a753d681996 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
b5478dfdc2733591 tests/vignettes/stard-other-scale.yaml compare --format html
24f5cefbae45276f tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a94aef38bc899979 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
fc21f0ad9bd0a7f8 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
afa1a3248765441b tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
5ec6773aa8bcfb5f tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
b3b33ea57ea3ed40 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
2a1cb8e9f3183e03 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
d7a92c46dfa6f39d tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
6f900aaa475123e6 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
3a3dfc7611bbda74 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
93645cfde847e2fc tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
3a3a3af9aad986fc tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
4e71e9d3be98ba7e tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
4ca5d4a9e310d34b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
e10054d4ea108d2d tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
57ba5de68d9645cb tests/vignettes/stard-over-75-in-scope.yaml compare --format html
448e48560c6f4512 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
5e757bece5a57d9b tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
d16c700a635ac09d tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
5cc70af54bf49f3d tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
66149a9df9cd8551 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
f859f3b3ec12ed31 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
a3e3cea15905c428 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
531a189b4aed7701 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
5d83b8c7bb57b2ea tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
5d7cb6c5b9205600 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ec11e21c9cc29cae tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
9227ab688bbad34c tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
631ca8b7934ef1b0 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
b038b7a947ec5dc6 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
a7740b9df9f9cd7a tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
c868cac65e971cd5 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
5a8a8fbbde329b9f tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
4d3b11817f970c8f tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
aec349c51a230535 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
09b84ed2b3045352 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f3391172d6cd5de2 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
d317c3e4819f1ade tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
173f3892564f30ab tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
88fa0b8ad48d5306 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
521c4beccabbd4ce tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
548c41c6ad0ab833 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
6b4445d669f38436 tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
88cd7dd836e081b9 tests/vignettes/stard-remission.yaml evaluate --format json --explain
8e7f13379f7af3b5 tests/vignettes/stard-remission.yaml evaluate --format text
f74e3ca51046b022 tests/vignettes/stard-remission.yaml evaluate --format text --explain
b3c28db6a79c695b tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
ed3b36f9020c0f1a tests/vignettes/stard-remission.yaml compare --format html
f4b3797a88b4503c tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
88f707af6c3532d3 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
5679cb0870d203fb tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
569a5fd4c5288b2b tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
ca3698e312f443fb tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
ba6a69524a101f0e tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
a168191ae38e74a8 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
f9c87d93e7268d22 tests/vignettes/subtherapeutic-dose.yaml compare --format html
76be5fd0ca59e0c6 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
054e383d71420b88 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
486732137b5cc3aa tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
87816fbc4c67398c tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
081f169b88afce59 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-iii.yaml compare --format html
9824f17429706841 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
daddecb798d68d3b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
6995d3d0ea2f4df6 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
d26097685def8d0f tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
081f169b88afce59 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-iv.yaml compare --format html
9824f17429706841 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
daddecb798d68d3b tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
6995d3d0ea2f4df6 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
d26097685def8d0f tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
081f169b88afce59 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-v.yaml compare --format html
4a3eaecfec0db16e tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
bcb1b4c0aed50c3a tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
a0249c31b9bdfdd0 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
f00bce619d6c941c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
d72f9844a15f40d7 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
d6c13405e158529e tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
2ec8ba725d949eb1 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
caeee621767caad0 tests/vignettes/trial-addition-stopped.yaml compare --format html
9c3f8f8ba6863bfc tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
fab6bb7fd58fb9e2 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
7ceec607b1e51a8b tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
41f376297d459367 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
4f17566370f36d4c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
b77514dfd99750a6 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
1c9adf7fb0a3ce9f tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
6a17d12e0ac4e2e5 tests/vignettes/trial-adherence-strict.yaml compare --format html
2fccb27c2fa4268d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
0f7a8603eaa02a5b tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
28cc5aaa2070b9bf tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
4a05d49572eb705c tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
391c68e392cab98e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
4cbfc66697faf0da tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
6ea658fd4224937e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
8ba9c17dfa9f2c60 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
ded409e63aa5b4e0 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
f926b6713bbbd786 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
d59ea2d0c5af889f tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
e2a2631b8d25154c tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
e8edbcd7e420aa4f tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
54a6dea42b24f40f tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
e2d01694ce322166 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
7ba34574b408bcb9 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
5f4bd7f135bdde8d tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
0af7de1967f1410c tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
8b33282ae1a9c5e0 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
2e74a4c18309fe16 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
281240bafd1bbc62 tests/vignettes/trial-duplicate-course.yaml evaluate --format text
d8b69185d522e8d7 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
613a61b0a0ffd403 tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
739bbab231188293 tests/vignettes/trial-duplicate-course.yaml compare --format html
d3e4a913633c475d tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
d54babfe3e11e3e6 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
b5523c65e4df7adb tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
c63ebb5a75039b97 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
33d3dc07e2f6588e tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
383c5eed9c6dc799 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
cdc88a19dfdf4cb2 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
27c6cdaad2c722f3 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
f2dad1b59b91de4e tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
d5c2b768edfd1da5 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
db53398b6487abbb tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
da0f85b2f27edc1b tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
f0b930967f0a5ef9 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
c28d32c585b96985 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
13880329e6153b4f tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
cea183290af82a03 tests/vignettes/trial-ect-during-drug.yaml compare --format html
ca04c6dd4d6291a1 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
2f5c38ca2179289b tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
e7640bf2d554b3e0 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
2cd054a87f4afffb tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
727d70215c63f653 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
97ef6e6ef952dc55 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
54aefd8a291dc47b tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
90c1c8d82a0b2f5c tests/vignettes/trial-intolerance-after-window.yaml compare --format html
98f59afb35f1ea2e tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ce25ac4a0a25f57d tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
019a6cead770856c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
3b97dfa4f0e096d6 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
522fb3d0b5ef7d0f tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
d115571aaeceeb95 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
79306443b77086f6 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
359460c36eae91cf tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
bdd07be6a93a8578 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
5a44293af62b7f1c tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
03250986d43295e2 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
9e2a8ef3eba9bbf2 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
334d20e8640bf63a tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
fd9286059b680e02 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
0f7b427658f0a1b7 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
e7c28915b7a74443 tests/vignettes/trial-relapse-after-remission.yaml compare --format html
33ddbc28f2143922 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
63653db9f258414f tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
8452ad20c3ba91ca tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
07b10d622d56c8ff tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
c84360547d226546 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
f89ad247e1d95c15 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
3c093dbb7b9cb5f8 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
2905c307065f9824 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
175e0141e3bbc1be tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
c4c0de193eb0f99b tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
6ac03ef19495479a tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
a6257f8333225d63 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
3ddacdeea1f471b8 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
f801f104f33df83f tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
888543498620329d tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
696c462829ab4b73 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
8f421dcce406ecec tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
4eb19851944738b2 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
7366f3d40150e72d tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
e7624c4f0b184697 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
ca9cf7dbfc2500a1 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
81966ceecd306200 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
4e3817aa52478a3a tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
d95ca8011fb16599 tests/vignettes/trial-same-day-regimen.yaml compare --format html
051ab56da2a9f6ca tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
99e9a925412c4926 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
c5dee1922a371991 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
2eef279393ada68b tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
1dbf9f95c8cd318c tests/vignettes/trial-stale-scores.yaml evaluate --format text
e5de63cf004f5704 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
1fa87c8db47aace3 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
6949633dd10616cb tests/vignettes/trial-stale-scores.yaml compare --format html
8ae79114456a1299 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
97d4e335b393c30a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
cc60f3f04fdc5391 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
63cdfb5c58282a7a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
12f498752f24a2f3 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
ddbb66c79bf5aa5c tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
2bbc031f4ca0494e tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
1ff29070e0445682 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
61ef42dcd42b1946 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
c715c8da78b2e3d5 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
26e757ac7110fb99 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
02c1b5ed4e968dd4 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
27c6a1056ad892c2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
ae8498052a0c5c2b tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
0e3ff51605a87d39 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
000b6c9a251202f6 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
3b664f26b3070407 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
b8a91112213d59b7 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
785324860c235fc9 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
cf4c3df49f362ba1 tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
5ca1b827d0eaa17d tests/vignettes/trial-without-dose.yaml evaluate --format text
12ae1cfe5d295e03 tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
2018225e274f2907 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
0d0190f3afb0fd3d tests/vignettes/trial-without-dose.yaml compare --format html
