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
# trials table's "yes, failure so far (provisional: ...)"; and for
# version 0.6.2 (every JSON view: provenance.engine alone; with the engine
# version masked, every line was 0.6.1's).
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
01d33f7818f71529 docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
fcfc19e442b14ad2 docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
97cb7fac4c0b27c5 docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
486ec9e46d283e20 docs/examples/demo-0001.yaml evaluate --format json --explain
6c782665014c3164 docs/examples/demo-0001.yaml evaluate --format text
6d5196087b31de7c docs/examples/demo-0001.yaml evaluate --format text --explain
fadf25f2ee55bfab docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
03ffdbd12dc9aa6c docs/examples/demo-0001.yaml compare --format html
1a545f95e6f2020e docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
7d13e10bf7c82f9f docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
ccc07d757d81042b docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
c2e9f88b3c879196 docs/examples/demo-0002.yaml evaluate --format json --explain
1440037c233b2bb4 docs/examples/demo-0002.yaml evaluate --format text
29a407fad947dcb4 docs/examples/demo-0002.yaml evaluate --format text --explain
01fb46a5c4f2bc24 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
f38209ec013e3da5 docs/examples/demo-0002.yaml compare --format html
2fd466a8c3fec952 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
bb348e33b5408137 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
a1a6f07a8bc63fd3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
37c08d84eaab23a2 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
d6934b36df59d564 tests/vignettes/adds-to-chain.yaml evaluate --format text
5b0f4e4aa007bdad tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
3df0a538b73b38f8 tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
bf52966d70914b45 tests/vignettes/adds-to-chain.yaml compare --format html
5bc132c8317d68f3 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
6d336e387b90a079 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
1b330ba029e3cf8a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
a31980caeb203f15 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
f2e123156e4d4c0a tests/vignettes/adherence-poor.yaml evaluate --format text
1cd708df727619a1 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
a34600ff762a527c tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
df089acc1ee79d5f tests/vignettes/adherence-poor.yaml compare --format html
ed0010a619fe8b23 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
2a1628b6f4974951 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
74610ccd2c66e9ef tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
aa28a61e12c604fa tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
77ad6407a1651669 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
aacc02ab31d300f0 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
27f739e87b8acebb tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
650f806ece1dfa9c tests/vignettes/augmentation-role-bupropion.yaml compare --format html
277eefc692d7b834 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
f64c7df606e5f866 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
f78b7419780b58aa tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
fa125ee23c8db218 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
5360a809c2dc9dbf tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
1c9bce4b1f3b5f8f tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
131a3ec19cb29b45 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
44612ab29e39ded1 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
0b5bb2171e72b226 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
4a7ed92a1245bd20 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
23ebd4142d06aa01 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
e45c1e6c2b9ca6c9 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
746bf376e7e83afa tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
59cb5aa56d551b47 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
205f4ab24d8d8023 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
5d87014ce9bf7743 tests/vignettes/augmentation-role-lithium.yaml compare --format html
56497ad10a319039 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
aea4aa8e2f509d81 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
9e52dba79157e4a4 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
3bb0f019b72e60f7 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
ef32f5c3258e55f0 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
3ba3be27f2b3fe0b tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
fe1ff01b107c974a tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
65b2b8c9a68fc3ac tests/vignettes/augmentation-role-stated.yaml compare --format html
37be1a7c5d676c29 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
f4b7a407cf8afd70 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
2778cccf4e76da33 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
d65b168e2c2056e7 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
d7a06e7b7a26aab3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
d10b8a2c0d5be9b3 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
7126f72c3b8d6717 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
dda80e71cb7b1283 tests/vignettes/baseline-window-edge.yaml compare --format html
a668f6e65f449650 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
7b1cc08a58e0dcbc tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
28900260408abd17 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
c81d82204329878e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
7208a01750a68546 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
d247343e59b416cc tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
14b91807c77e3c1c tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
e0bfc27ff94e9eae tests/vignettes/canmat-below-therapeutic.yaml compare --format html
ed82b85716fd76b5 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
a5e2fa796965ba6e tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
5523d1c810b6c1f1 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
58757e9c3865ae5d tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
27bb9559d1458660 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
088b76d4c716927b tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
9026b93ec3d923f2 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
dab33335aff8acfa tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
df03e0eeae752f97 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
ddbfcfd2b4982ab0 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b9713c186ba90c04 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
ed06702a095f7587 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
1be13ddc9683d232 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
a22e67cc7e3380bc tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
5213250acb8e96a1 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
eefad1346e1ae026 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
a041ef46a459bcd6 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
5dbb33c5bf998b86 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2838ddb480ae2bee tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
35969c40684062f8 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
38061229a67c4bac tests/vignettes/canmat-early-improvement.yaml evaluate --format text
521f4986860cbc0b tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
d25b56161480fcf9 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
1f48cafb650b9eca tests/vignettes/canmat-early-improvement.yaml compare --format html
11bac20daa8f1c53 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
cd0a4d1afb7f7ccc tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
e46ed811ec047434 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
f03a148542491ef3 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
7e9edbccdc81bda6 tests/vignettes/canmat-initial-mild.yaml evaluate --format text
0eb791a379aa23db tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
925f0002f96058a6 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
0de4f1934f9245cd tests/vignettes/canmat-initial-mild.yaml compare --format html
824ec85147797a40 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
e426813de0142b21 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
0f02a091b3d037e6 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
b9b6cb570666e03c tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
b89cca846517d813 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
5880afbc8e300ab3 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
fa09084fa40075bd tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
dfadead0328b6b86 tests/vignettes/canmat-initial-moderate.yaml compare --format html
b0084702fb691d4b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
3524f96ab2ee0bd0 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
c77212b52538d9c1 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
57d7d605864a2b2a tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
1674aa1d3f47f50b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
45ef80be732a8a1b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
beadd070a78f3cf3 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
a13a19c8fd9870b0 tests/vignettes/canmat-initial-psychotic.yaml compare --format html
cea25bd026568e1d tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
2e46d4f4566c172b tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
ffd5a712773713cb tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
338b9488d39a497f tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
bf829cc2da964c59 tests/vignettes/canmat-initial-severe.yaml evaluate --format text
dc0dbb5eca29ffb5 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
a163af5f61d1d34c tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
3c8fa3339897d0b1 tests/vignettes/canmat-initial-severe.yaml compare --format html
ac867e7544518d58 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
3393a62c4bbbaa3e tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
ba2a77ef832ea678 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
1df2a5ff19b7f22e tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
20eb83a101beb382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
3535f69625cf7da2 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
bfdab2ad89cdb3bc tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
5807fb1d0b4a54b3 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
e6c32b4cfe58184e tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
a85c8cd879798f7f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
6d70445d9e9ac956 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
ada67a41296bc9af tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
0f75376d0e44105b tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
762a7abf31be20ba tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
18dc913f8d5a440f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
4274af799f3f383a tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
73116174a74ce4f4 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
cc7b9aa6756b3f34 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
e53cabce0264e169 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
2c7c8e0541c070a8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
384e1d9e1bf88f74 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
d291967f98a95152 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
0dc8decbc00117e3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
b093f42c159bf65a tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
da0229627ec514e1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
78f65f2ea89c0717 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
53a2a3aae49ca1f3 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
b55997ee6063e854 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
54e14a902a326c77 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
6ffea9c568b0ff51 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
cb82f498e699e1b3 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
98613d887f4a758f tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
f1d554c3b8888fb5 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
4659e7fa8245ec87 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
cd7a8a033e6cc265 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
d30aa961b221b223 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
16e828f293f06e31 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
ad5a26c8c281be53 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
0b31765241f0d197 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
b5813133624e9861 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
5dd7dbd5e84f3be6 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
534f1240e45754be tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
4b72520951bcd3b3 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
5ca660169b5ab7a1 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
192f6fa8e17ba6e2 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
f02173b217604cd7 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
8c6e84de323a0ae1 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
2dd465b3f173c9ad tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
019353abf8ec7330 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
de69e2dcfc00455c tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
82b59e7dbe58feca tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
b3f09373efb09c6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
0415ed8f1d041a71 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
405027d0f694c0a9 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
30980d2d5523f272 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
a217c35243da8d04 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
7db2505bc4171779 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
673ffa0b5461b897 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
3497a738b56da1cb tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
c018de891f7ab962 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
13c08774927e3df6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
6e3e546bc3309c15 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
03f625d37c998a58 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
17ff68df228c7111 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
1cd8d57ca909f2ca tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
9a3745991449fae7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
18ae8ea27d01cb1d tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
caa71dc41fa84082 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
60a8927a898cb182 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
acdb7f832edd09a9 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
04cc1503459aae98 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
ebbb6b48d754b96f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
95f8531d94cec82d tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
f36a2b5a25c83cc8 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
f4745098e1d1798b tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
3183f01f5a9eb788 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
6e4cab395a12af21 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
ee53cb4c78f82c05 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
a56e486daceea8d1 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
ea69e75742d9923a tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
5fa496cdab7f66e3 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
1e71e00724807717 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
0f2e894f31492d63 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
30696f427d8e0b59 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
1bee3a722d627b22 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
ffa976a3578718a9 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
9b9129c4f265e4d6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
f729ed404f174c14 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
ee8e91adf80a5bf1 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
fdb7c5e2858a00e7 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
1da086eac42bf1ef tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
25b504097e4897ac tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
655805cb7efde03b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
53e7deb43744388d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
907dcc01c7f3b085 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
7b4ec014f79d0374 tests/vignettes/canmat-remission-recurrent.yaml compare --format html
3fc4082228af02f4 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
5efc9939373747cc tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
162fb4e45e4e3228 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
3162cc6401089a9c tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
ff5042354cad4383 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
5f8289cb310d2a2c tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
5ef4ff071a4db85f tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
70448c882600873b tests/vignettes/canmat-response-without-remission.yaml compare --format html
a7929409131146bb tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
ab89e2ffd108b0c6 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
0793b16edf55fe24 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
fe54b97bc00834ad tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
227ee4399a6bff9d tests/vignettes/canmat-second-trial.yaml evaluate --format text
98a275109180e6cd tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
85426a5dfcfa2840 tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
2705bd35d658323b tests/vignettes/canmat-second-trial.yaml compare --format html
58b8482017479d73 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
4afb0fd0b1493e53 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
b41a715fd1fe6d61 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
51cae203ba0375be tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
d930a869dc985184 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
85cd84df8452d66f tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
985ed66911bd3e2c tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
de2361ec5c28cff2 tests/vignettes/canmat-set-override-default.yaml compare --format html
a489b7885d545f0f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
d02706540534826b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
971adb54691de371 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
3b5a51c16b1ddc3c tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
6b1af8736c3997e8 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
7331f4c3fe8d3a12 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
6d0001f49c358245 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
f142d1e1a0c4c4f9 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
5b2365f872690b8f tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
9988e5bcb1974daa tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
0cf4e7ded4672fe2 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
850babb11e90663a tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
736cb8828ca33f84 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
c385cd153dcf9cf0 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
d4f2cbe3d7add47e tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
709843900d5569de tests/vignettes/canmat-set-override-week-3.yaml compare --format html
cd9b99e9aa9d0bc6 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
8da8357dd2681232 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
2bd9399e21d47f4b tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
e8049e1f2261a873 tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
ffd0fd0cc8168393 tests/vignettes/canmat-set-override.yaml evaluate --format text
e68712cae6a532d5 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
9a02ee2a4df3bc0e tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
22f3969242c4c83c tests/vignettes/canmat-set-override.yaml compare --format html
25be16235a936e70 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
fcfb3c4333619929 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
9d6cd011f016c223 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
132b5b0d456e9146 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
a019df02afd6728f tests/vignettes/canmat-too-early.yaml evaluate --format text
21db1ca842cc1366 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
b9b88da9485f6784 tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
254b170720e9b69b tests/vignettes/canmat-too-early.yaml compare --format html
400563270794c241 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
1d1555bea6b84e80 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
92ed313767358453 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
749016135df403e3 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
df53d6dfe543c5a6 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
b853eaa2e67c0b14 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
17e59320224529a8 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
5e877f2109746394 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
48bfc9671fcbde5b tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
fbdf23df75d1efca tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
27acde77ea8d58cf tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
db5cac47ca4e0f27 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
a442dd7c3fb56bab tests/vignettes/canmat-trd.yaml evaluate --format text
126fafe8f52a211a tests/vignettes/canmat-trd.yaml evaluate --format text --explain
f76fe4dbe868aa7c tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
908144869ae80efb tests/vignettes/canmat-trd.yaml compare --format html
727d4bf8acb5657b tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
62e07cf9b0d2c894 tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
2fde78dbf04f492b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
cdeb937ceb960f05 tests/vignettes/contract-example.yaml evaluate --format json --explain
6c782665014c3164 tests/vignettes/contract-example.yaml evaluate --format text
6d5196087b31de7c tests/vignettes/contract-example.yaml evaluate --format text --explain
fadf25f2ee55bfab tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
03ffdbd12dc9aa6c tests/vignettes/contract-example.yaml compare --format html
678f02ecfc6f5b13 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
dca37d7b6b23bcb6 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
a25915c0147c88f3 tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
6527ec21c7f14669 tests/vignettes/custom-definition.yaml evaluate --format json --explain
144dc7cf8e5effdc tests/vignettes/custom-definition.yaml evaluate --format text
1d83b96662b050fc tests/vignettes/custom-definition.yaml evaluate --format text --explain
f0bec677dc63f716 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
558b5bad4017714d tests/vignettes/custom-definition.yaml compare --format html
6c5c7bda44bacd4e tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
ff8e3b0e74b93485 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
13973dacfc4b5a47 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
89f818f0b5691ec1 tests/vignettes/custom-staging.yaml evaluate --format json --explain
8e1e6fa5a1d11b4c tests/vignettes/custom-staging.yaml evaluate --format text
ec1299b1ac4c1941 tests/vignettes/custom-staging.yaml evaluate --format text --explain
50531cfdc389a4c2 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
2266988a81973c31 tests/vignettes/custom-staging.yaml compare --format html
89ec796d8fd37a2b tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
9089ee67596ba2c9 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
b59a71f59c12ee7a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
d55e057dde5a774a tests/vignettes/different-class-failures.yaml evaluate --format json --explain
2a4f8fbc20c377ab tests/vignettes/different-class-failures.yaml evaluate --format text
5bf539ecd1fc91f7 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
c8f4c6f1dc48be99 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
ebd9ebbd46d7221f tests/vignettes/different-class-failures.yaml compare --format html
eb32e4105490f1eb tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
e9f1b1850ca99d82 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
06a75ef685ea3b47 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
e1cb6f98f2edad30 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
fcc8088cbcf0f68d tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
44797d960713bedc tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
1976aab277525ac4 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
85088d9223dd255f tests/vignettes/inefficacy-without-scores.yaml compare --format html
54846b579d0c73bb tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
663273f5e1908044 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
23b1c98ee3be3020 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
22f40c4dfd920283 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
bcb11b81a1d7ed61 tests/vignettes/intolerance-week-2.yaml evaluate --format text
126bf2df04c62d29 tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
72d894221af11de5 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
0c6f6916df7cf582 tests/vignettes/intolerance-week-2.yaml compare --format html
c54021aa4a51845a tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
1f7a14ec8cc227fc tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
400e6c684aba1fc7 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
0ef36536722ac878 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
52df857372145488 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
2951b18aa8bd7043 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
153f7aecd76a3081 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
abe18ab617b045a1 tests/vignettes/iso-vs-relative-days.yaml compare --format html
715c1e9825827aeb tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
542ee39f421a07e1 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
b762c999abf1fb59 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
a039a54962dbf70a tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
b48d57a57b2729c3 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
9254a54d230b9081 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
5523343485d9f3e2 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
7418f941dfabec45 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
6fcde0f0db73dc0e tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
8df4cc5472e308e5 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
de1075ff0d3eef7b tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
7feeef774eb49d70 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
2c67cc1c595c0822 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
cc9e269bc24584ed tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
465079832fcfd7ef tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
2ed50a73863f49fb tests/vignettes/ketamine-per-kg.yaml compare --format html
171ec0747a2eb382 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
53f6ea532c183615 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
e8aeb4bc38f7ddf0 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
ccfe0da4d4fba511 tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
0d10a396154b6a36 tests/vignettes/mgh-s-full.yaml evaluate --format text
63a80552651d7011 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
4d76bad9cd5b2051 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
5ad7ada95b1e24ee tests/vignettes/mgh-s-full.yaml compare --format html
62436c4887ccc207 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
b20f53168549d1f8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
656c2067660dcf47 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
a4553d84762f3c28 tests/vignettes/missing-baseline.yaml evaluate --format json --explain
acde0bb52206c533 tests/vignettes/missing-baseline.yaml evaluate --format text
659acd8a9209cac5 tests/vignettes/missing-baseline.yaml evaluate --format text --explain
66ddddd9f0e94cb9 tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
534f8f1503fe2704 tests/vignettes/missing-baseline.yaml compare --format html
f50f57fead217b8c tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
38b0ee20ba15d4c6 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
b5d09df9aca8fa61 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
7da0e71f97279447 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-12-months.yaml compare --format html
f50f57fead217b8c tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
38b0ee20ba15d4c6 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
b5d09df9aca8fa61 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
7da0e71f97279447 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-13-months.yaml compare --format html
f50f57fead217b8c tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
38b0ee20ba15d4c6 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
b5d09df9aca8fa61 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
7da0e71f97279447 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-24-months.yaml compare --format html
27dffd1e70843865 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
e45b337f0ff9bc36 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
3b639b7e6f845997 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
0dc12230935a1ce7 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
41c564caf85afd9d tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-25-months.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-10.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-10.yaml compare --format html
963e0b792abd0ed6 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
ffdb874ea7116734 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
693de40d63577ace tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
bfb44dcdddfa2b43 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-11.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-11.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-2.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-2.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-3.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-3.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-4.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-4.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-5.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-5.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-6.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-6.yaml compare --format html
007365ce6691d457 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
5d1483439415bf6c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
1ca824e891cc8e82 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
8e6b7412795303b6 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
aab8f5a5959be4e9 tests/vignettes/msm-failures-7.yaml evaluate --format text
25d42af7d964824a tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
57c446d4f8460fe4 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-7.yaml compare --format html
082b4b24bd82ba49 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
081cf784906aaa46 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
464dbfca6f99db85 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
5ecca39c0a08dbf8 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
ef4e7c4424b76627 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
e12d0953e5649691 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
0b2eef5e6b7637a1 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
6554aa7d240619d8 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
9130303ab07a3e84 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
8e9e99764b39fbcf tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
895457cf61c5fa05 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
bc14da93f708ef61 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
e30cdee8ff67597e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ca4a65580d1e759b tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
d98f8dd29bf3fe5e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
c9812f995125b0d7 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
361b7e79dfc1dac6 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
21f09833362b29a3 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
8dac0066a1c44d49 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
b24438f4525dfb8e tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
5ffa25bcbd6be407 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
002204fc71915388 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
3c912788ea56648c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
3e23a3742a783f69 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
60facfd4004a5775 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
559ae13da97fd8bf tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
3cc747869a236074 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
06745b724d0d36df tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
4b851ad1a12e6133 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
47fa2ef7de580f1d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
de701c272b252af5 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
b540adfdf7fe1d95 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
5b56eba9b405ca32 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
db532bad448eaed7 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
1df0af60312ece3a tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
cbaa42f191ab6843 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
fe9c0ef72256bcf1 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
a2f4ab1ba9814744 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
554ab7326f9b7b82 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
66a9bfef0cdb2939 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
e1e483a3caa7ebf4 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
7fac6b3886b2832e tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
21f2ec1e157aaed8 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
7f3c23536d529b16 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
00047894a546d902 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
47d01a0b6ad3c1e8 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
628f94824c4115a9 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
e29fdae26f231686 tests/vignettes/nice-early-review-age-22.yaml compare --format html
c6a11b66144b2bc1 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
26e46929722e8465 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
882b786c8e91f28e tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
f427bc7cc49a6bb4 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
018b7abd1881e1f0 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
065e85bab08ae278 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
c9167089c6579cb3 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
ba68d9e271221a6d tests/vignettes/nice-early-review-age-40.yaml compare --format html
28986f9d59b87732 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
6e7c927e0f063ee0 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
7684abccd2a188ba tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
2e15d32612e64fcd tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
a9b7947d31ffab1f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
3e5e92cdaa6d76d9 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
6593796c6b73264d tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
745fc1e5b5eb5645 tests/vignettes/nice-early-review-no-scores.yaml compare --format html
991238d80e34c08e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
b998b90b643429a5 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
28d317cf465356e6 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
7a1a051ebcb96935 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
d335ce26cf6f8432 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
57457f88c12a9db0 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
4b796c28b2a14c18 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
7ed30ac7b493ed66 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
5ce1c373bd102cc7 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
51079d17964c07db tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
60d933d98a5a42c6 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
d18e7e42012c1a2b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
996544c8255732ac tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
a4ddbc832330b44c tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
a3bed22006f644c3 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
7396277c39e5270e tests/vignettes/nice-first-treatment-mild.yaml compare --format html
c2a9d6d342dc8ce0 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
9e753933160dc95d tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
575a364a9528ce8a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
e62efe498a4d63e3 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
b3affcda9f94246b tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
8f6b916e544d5ab6 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
93eaae5e75e15c39 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
6c2a1400b2158a20 tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
4456c60e85c6143f tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
6fc6c974081a7841 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
54a164b41456d90b tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
fc904db0bf2c176f tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
2ac2138fe0e32ac5 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
958989163eb12e8e tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
761a1fb22c48fc55 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
2de603062c26d39c tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
e857c145af7d5a24 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
eba8d264f24827b3 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
bfec77435f83eb30 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
71b14fba680b1ed1 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
724d90a5d77c74b8 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
4ee95382fbeaf57f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
7c7dfb06d1f84213 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
cf76198474974bc1 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
ab900b8a4044b488 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
35834f8742f12b8e tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
bde9dfe90b075aaa tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
9744c743091cf319 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
b84406af1b817b21 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
de2764177276bbee tests/vignettes/nice-intolerance-stopped.yaml compare --format html
0f40f729691975ad tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
9a1d798edcaa3864 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
e554de4d73fa2faf tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
bfd0e6138cb819d9 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
4f9cf418b3e60156 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
cb95ecbee8c03b9d tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
4d7da8e8cf51be67 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
49059078eb646df9 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
af48a537b90e41c5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
877b6525973bd0c0 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
916fca773b5276ed tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
ebb4ba78a0c10b1d tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
a569f3dda10dc0a5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
0338dad5176daff7 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
57031c29e3830df8 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
6013f41740c49fbd tests/vignettes/nice-no-response-week-4.yaml compare --format html
86dfc9ff7da102d5 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8eb741e04cbbd60c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
661d9b02a5c7f5c6 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
969e0e5290fee406 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
03526275b1fc0964 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
c0375f0e2d9fc2cf tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
8661728ea37b189d tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
e4b99665fa416e93 tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
cfdcaf2fa51a83e6 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
cef5ee92ccaa26d3 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
50170086f0f072a8 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
e8299c3bb40719c2 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
1b10a70892054c53 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
221af6b8f06733e3 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
ad8f19c9cf8d634c tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
4cef3841bcd64762 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
43fcb6f03f1b6bce tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
259f69dd94e325ad tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
e016ed676c95b4fe tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
d7e85b61d0d8a2cb tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
1bbe35224186ea58 tests/vignettes/nice-partial-response.yaml evaluate --format text
2be50cc00c988b4f tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
2794ecaf85bd5444 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
c652d2255d7b4f4f tests/vignettes/nice-partial-response.yaml compare --format html
c2a8af4b00fdef19 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0a509e045692c6b8 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
bc236e752eef87f8 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
99e7afe501eed74f tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
890a425bce5239f3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
6e830b176bd8c7bb tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
64a1cf3278704fe3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
7f39ab66570d16be tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
a862d17ebeda0ac7 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
d48f1fc7ed3d685a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
513fcac56a1ba82a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
a3f75892d46597f2 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
55147d6a26909252 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
26124ca936ea9ff3 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
161632c018bf8c67 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
0abaea2e36af9253 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
6a9ada90c6c20da6 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
ee2df0949e0f1258 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
915087363cf9a352 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
df1e2ebed5201d54 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
7939c98348f68881 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
e3f6d5046a662f69 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
1dcbeab1cf5d51d4 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
d1516a64ea9aa82c tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
f3919a8854c40df4 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
3cbd27638fb21992 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d0a5dc15fdf2b16d tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
a4a3c13e2f42d93d tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
dfc6ffe576e6da71 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
acc1fa2d928dea1b tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
dafcd7a6f5d54a24 tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
77afe9aec1938e26 tests/vignettes/nice-remission-first-episode.yaml compare --format html
ec6765c080514979 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
c582a40f6c0f4d05 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3f18fb08e9027f37 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
920dbf988434ccc7 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
092b690db8d308b0 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
f004adff582a44f1 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
98c171b4ed3975b3 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
fb66b10c7fbb4ae4 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
13de072a98cdcfb5 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
46a7778fc4323110 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
833d4c30736a095d tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
a3bf15d7d34a5715 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
9c044a30999c4d7c tests/vignettes/nice-response-not-remission.yaml evaluate --format text
d421e259f9e8447c tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
3432912ca05e4d11 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
4c635b3f0b3e9169 tests/vignettes/nice-response-not-remission.yaml compare --format html
4022ef2f9d999dc2 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
4b2105209617f713 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
984c9f29257d2af4 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
4e6a3689f4539092 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
6f0a17efd191c070 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
07632fb49a6d8257 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
ba7bd3bd49ff9a06 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
a3f47c33251df06e tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
db6ccf6add2d6344 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
8745f6ae5828f4de tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
6a192f6d61c9d89d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
5d8075450f8b3e34 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
dcd4ba77325c8cdd tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
27d3732453f8435b tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
c6bdfd9a8b0aa1d6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
36bd1acac9aae95c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
dc5f84b6105c39c7 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
12ea85bb15c100ca tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
ad63923d2a439d66 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
e348272ae0354808 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
853ee4bd2316efca tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
61042b698610e482 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
c47601adc9b8bc90 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
2c52fdeb7d3e90c2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
8fa57df063246f87 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
e3d721abb7208f71 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
f06ea48be60f4743 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
7b74cc6970f96c3d tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
f21cf58f513cf4e7 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
5d0f70e5bb717404 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
80782752ee8a00a9 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
f790a62b88169e0f tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
4354529852ddf343 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
adbe12ec0c75cec0 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
355d6fbca0337101 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
e3f2ef75b4264fad tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
b09afa0316b08769 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
9f50908509c2028e tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
cc4823ebc424f4f5 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
f6d155e7133eba90 tests/vignettes/nice-two-failed-trials.yaml compare --format html
62fcc3bf4c0b9220 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
88d168e941c2d48a tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
f16c68524acd3f93 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
3b4d1b0c9243cbb7 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
ea2a70c1b7852587 tests/vignettes/nice-under-18.yaml evaluate --format text
7beceb8834cd20ec tests/vignettes/nice-under-18.yaml evaluate --format text --explain
213546c06ea83517 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
035886c1d1d96876 tests/vignettes/nice-under-18.yaml compare --format html
e0ff205e5b9d8c4a tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
01f0b7f0aa9d51f2 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
8be45854256e40d6 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
01c76294f3c7609d tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
e33f1c1f08e0f6a4 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
49a6e0e8bae8d848 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
70b2a337eab8525e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
9a8ce949d5b364e0 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
f2a9716fb81a1c76 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
b41d729e83dea8e4 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
bd81d9be2891a5e5 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
d4e2525cca053e31 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
5496fbec97e6e10f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
73611ba022d1b91e tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
3bbab216d427678c tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
dd886e28d1118f1a tests/vignettes/ongoing-trial-week-3.yaml compare --format html
caa557bf78056175 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
37a3b84ffec04988 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
c7e8f701d6e0eaec tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
5119c5891178400c tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
5496fbec97e6e10f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
73611ba022d1b91e tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
3bbab216d427678c tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
dd886e28d1118f1a tests/vignettes/ongoing-trial-week-8.yaml compare --format html
308f68b9d5f0a097 tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
c61c9a5578af5127 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
584c32a7f0617e30 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
eefab12c8a2f24cc tests/vignettes/partial-responder.yaml evaluate --format json --explain
ae22d9cd95463178 tests/vignettes/partial-responder.yaml evaluate --format text
7b0a92d00deca9b4 tests/vignettes/partial-responder.yaml evaluate --format text --explain
dd5fe4c53d52d165 tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
fb215deb2e213bd4 tests/vignettes/partial-responder.yaml compare --format html
88769e2c2a8897dc tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
1ac29d8fb6b287f0 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
e54cdb25c500c8dd tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
764a22c900d51aab tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
c82ce028fbd1c979 tests/vignettes/previous-episode-trial.yaml evaluate --format text
e28fe6a9ab48d871 tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
e2c175e31a74480f tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
1a4e064227371b84 tests/vignettes/previous-episode-trial.yaml compare --format html
86b8076c3a182c43 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
f9b25604ed472d6f tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
d860ee967142de3c tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
e18a736ca95829bc tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
87d6c7d516ca0141 tests/vignettes/remission-below-50-percent.yaml evaluate --format text
8d854ecf16315d2d tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
063ad6dbb2cf1ec8 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
9f48e50f98f94260 tests/vignettes/remission-below-50-percent.yaml compare --format html
b5d5f942bd142299 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
c25cee1187b07506 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
88ac3d2771a57a28 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
5a163034ef244e81 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
978f2fa4b2b7894f tests/vignettes/safety-age-unknown.yaml evaluate --format text
ab5e81298e497cbe tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
1b8151a9fadd6337 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
6024fba88d20049d tests/vignettes/safety-age-unknown.yaml compare --format html
74affa7759abbde6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
b385c9b0513f4dde tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
26217d4803c9b661 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
d7e2d2991c346bdf tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
5ae82d0909176c3f tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
2e0ede0398820063 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
60cedcf54eca5973 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
c1a4106bb7759734 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
293629a26b39e012 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
5c0d2a128defda9e tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
deb094bd146c7134 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
17b7925e308f68bf tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
2a66bbda791987d3 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
c39ad5c83b3ee339 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
ac65f95819778b02 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
ef21333725ecb567 tests/vignettes/safety-catatonia-ect.yaml compare --format html
953e89af3a230331 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
76328a4bd2cac54b tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
39405154f6f730ec tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
495b89dc8470e87d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
92e1d26b2949b365 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
c5cc5b315ae449ac tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
9e3818ed6909449e tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
525b007214e07b15 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
6fb2d34243f66210 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ca3846f6d16d5da7 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
dd85b92a49b28f81 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
1a0bfdda561289c7 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
46b9fe612bf47a64 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
c9ba91bd52324155 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
9ede919b07530323 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
ef7985bb5f62e87b tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
ea55ce4f964592a6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
af57cd9aa775e0ab tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
a85122946505a596 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
08b458a13db458b9 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
0811b93bd2a82d5e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
e6d861e340dd653f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
604f8485a0b52377 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
a0677643cab5734e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
322aa26c410131ff tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
5cbc025f0ad7f718 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
4ed7c6e0640a7c7e tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
a3fa85f1516c522d tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
1c99f1c12f7214f8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
b56b5b4e3b674405 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
211519eba3e4a9f8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
a3f3b1c011fc0bd7 tests/vignettes/safety-citalopram-60mg.yaml compare --format html
e0076e1f762cb6c0 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
403ca1896ebb9816 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
75cda19ec2ae895d tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
d94b47ef0b43cec4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
50e7e990e23a33b7 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
9227470b463d551f tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
3cb829e4623f3fae tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
07ab9128ca29eec7 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
4b0d025b8542bf9c tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
44aecd3ae9262089 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
b93fb6976cc26f35 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
ebbf62b660c55dae tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
91135a5dc1a174f3 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
5cfa9b2380243201 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
3452a7e0d3a8bb02 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
47eb8f296d42d0d1 tests/vignettes/safety-citalopram-age-65.yaml compare --format html
a1943b9e40bcbf14 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
7a5666d401550e10 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
ba86e59e6ae1e3bb tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
c3f2473d0d8999f3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
285fb47ff357654a tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
699717b20fc8748b tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
4392f0348e59ed82 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
364eaabaa661fef9 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
036759baec48e4fd tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
9d66c774a81da53f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
da54774247a241cd tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
a17b78e18768b757 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
86e9df238faa462b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
f126e4a369562494 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
7fb0f8814ea5b2ec tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
e6f74aeb942ece6a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
7bfb20658a96021c tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
c6ad148196c99fec tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
616ab56d168e29b0 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
fc16fba0be57f06a tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
2256174e2ba26e9a tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
e0a31a5cd2739187 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
370fa344aecffbe6 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
19d26b2aa6c8aa25 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
2eacbccd66d9aaa4 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
fbc359d91c80bc6f tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
c6f7d770999547ec tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
db7dbeecbabeb582 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
8967cbc0f0ea2a90 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
34568b3a2c53397e tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
c79a5eaa29b21d11 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
8b63af174a776a74 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
e8daff1c2e86b798 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
ed9253e7494fdb3c tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
8d4ec5639c0ba308 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
64e13d814e247471 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
d364f6afe9ad428d tests/vignettes/safety-dose-above-max.yaml evaluate --format text
552067694d563672 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
18def15261d197fe tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
070571c3612ee2e5 tests/vignettes/safety-dose-above-max.yaml compare --format html
47c0ae3774dc2a40 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
89c4287ea35427be tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
e9be2542d3d14a08 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
fb18f24bcb2dff3a tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
f4e56648cea8091c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
bcfc11e4ba2536b9 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
5d3daf36d834d7fb tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
5602ac9806cfa9b3 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
5ef25e127b58947b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
cbaf60204eaceedd tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
525c794ae246e459 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
357f94419c770e7f tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
65c2ff8cffb36d7e tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
092574b58323de69 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
8fb3f2a96708b67d tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
d3e255f5bd78c3ea tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
20fe7da2c87efa9d tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
3064e5f0674bb227 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
2045579c73ad303b tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
6f477c49a34b1d91 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
1b6d27fc4c870f11 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
419873a6dfeb576d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
09219e8b2d4943d4 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
8b60350d5c5f96cd tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
6706150f1447f5df tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
0e815cad0fcaffd2 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
b7c8f0324f8670c1 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
1337576ff78305eb tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
78a139a15e1e756f tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
7a467db278c13536 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
57ff674836f6a240 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
ba7e6b26f0520f1d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
cec35ff42ce68b15 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
05d5d711b08702a2 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
0621725b9b6d2442 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
7e356d168c8f34a6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
2903536f61ea5ca7 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
14fcdf8b97f9d15c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
e11bc8f11eb2f351 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
0909383986012ef0 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
8a834d26cd425937 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
3e6d56021a7058a4 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
3d530b85deb8d38a tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
9f1617b81c4ce03e tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
91692b31b4dc7d05 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
a7b2ae846b7e4b33 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
747e701c5cf9d084 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
52ef85ea85e3eeae tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
35155bf052ce847e tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
fb02dd0d4a9e30e6 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
6a25457ca235d8e4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
abc6015a62af7613 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
d5a9d16e8873ecfe tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
0a9e48bff0a73128 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
e244e49873d07812 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
73573da38028976f tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
10aedc4ac079fecc tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
6c61f5bae87f54bc tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
78e6b538188ff2f2 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
7194a320046eba03 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
25cfb5ebad26f59a tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
cfd9fa87d7ec8dd5 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
87813eef8c1badd4 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
d1690b91f0d203c0 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
c6de2d626477726c tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
2779fedd7cbc9bf8 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
a09df166c6633d00 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
4eb756ed2cefb48d tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
74ac7a898a127fbc tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
1ea6f786008d3020 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
f0b5bba6c0566876 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
400ec4def5264743 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
02e8a3b578a83fbb tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
e277f060278313b3 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
4fb189edc53924f7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
7e348a014570c9e8 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
cb132077dd56e928 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
e6051a0db4813965 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
a8c9d8c92c4573b3 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
dae21b2b8d2aaf36 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
ff05714f0c0192e7 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
a5b23531dc5d1f4b tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
4dd104912d9d732e tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
052df9c842ea6a43 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
3e12340e08619302 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
5d86ba00d601b14f tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
776c12ae8de2bbf9 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
e607d51d6302ad8e tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
77a5868752eb935f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
1d8bd743c516a81c tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
24d9a207d75834c2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
7b1b2298c16201c0 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
d34daaa591be6540 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
7eff5b85c3d0df45 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
47f9ad6937f7c9c1 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
f2467203dd21f86b tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
0215b7ca85af83e0 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
87174c3dfc164c74 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
60799b2ab2a102a7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
8691481cdff17714 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
36163bd3c8c9381f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
77fb4af1ef323656 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
0033763cd94cfe0c tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e581e5775ead8177 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
3d64cb5678b99876 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
ae500372c2f5cbf5 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
f225ae5dc1c92469 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
206eff2cddea83ff tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
ac643f36aa2d52e0 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
efcb2da27a65d30b tests/vignettes/safety-second-antipsychotic.yaml compare --format html
6c0f115ac15d90b0 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
e7be2bfdabef8700 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
f6c2025cbdfb7c24 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
a4456a478dc6201c tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
4ebeef1c4caea49b tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
677754749664a2a5 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
eece5efc54296b5b tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
2bc70db93adac482 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
14a51ef620b8e137 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
403fe1faf304f6d7 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
ce07ecb56f365a70 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
35d2e23feca53617 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
cf86da5f0ec7f33e tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
0c173536c973f7c5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
a1f5177437de1727 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
5e96c68f198f98a6 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
a10c49ff0a23c5a2 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
3ba6f24f99588e5f tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
121a675625513423 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
414090c1225d0ea3 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
2521aca0c8498c66 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
4205ece8b3c3324b tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
b44f81fe2662753a tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
6bdc0f8d0117c458 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
a2b86809e30ea388 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
c7c5c21567a12431 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
1a9f632b90af7508 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
55e341c04422821f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
a0826ebe92a26c2e tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
e757595b6528c343 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
2f39012c103c17e9 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
8ec55944ef5eef45 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
d9dd76618b66f900 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
777e2fde471f76d3 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
1d2cc802e29b9247 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
af28860084496630 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
c7a4e3d1b704fd95 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
762f4a8f165148cf tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
4caca5502d438a81 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
ed2df99d4545a09d tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
a646d95f1c1ef05b tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
5c54ed23c09de96a tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
4c696a135ddd2f4f tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
c40c099d5945df20 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
c0409eb788a34ca1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
bca68624bbe6dc8b tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
e1c5ad52ef3785c9 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
b977d12d7097ad8b tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
c181d5a9f4610f97 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
a09296aeeeeb41e2 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
ad06b5df375bca9d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
f69747e3a6bbf8dc tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
77f0466e81042a14 tests/vignettes/safety-washout-respected.yaml evaluate --format text
b5778c57f0a1ee82 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
bb6f5e3b7af7a55e tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
d6434ad20bc2bffc tests/vignettes/safety-washout-respected.yaml compare --format html
b92eada2463cb225 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
8384e0be9cf26d84 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
a637c272a6d79cd7 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
723106fdd6584cf0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
39028f42f7007cc4 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
7ac9c98ab552d4c7 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
a5fe99d330d24547 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
81c477ec600f928a tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
a46f1e69920ded07 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
4ddf0948d68c4bc8 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
2c980a1083b5ed77 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
56956a47d174726d tests/vignettes/same-class-failures.yaml evaluate --format json --explain
8cbae832aa14a305 tests/vignettes/same-class-failures.yaml evaluate --format text
9e22b8f82ddbf3b4 tests/vignettes/same-class-failures.yaml evaluate --format text --explain
8b5fccc4d4c67d32 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
6dc8d12f6d5eaba9 tests/vignettes/same-class-failures.yaml compare --format html
568478f69e674a34 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
4d3368719046b4ff tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
50ec9a3cecdec2f1 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
2a326fba5d352f55 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
58e544765f8e9fc4 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
762b9fb23c0adb32 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
e2a964ab32e33009 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
b3dbc792ea387e19 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
bbfb73305829f303 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
f182001ad919cecc tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
688a18f0261cf7c1 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
a033b582336c0ace tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
9b2fe0b66cb2998e tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
98c604d65055a1e6 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
c98b22c6cb85d84a tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
fd9b133fd4c07c8d tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
1a4215db5bfb8ab8 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
12bb12465d56f47f tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
2ffc5120b7be4acd tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
1f7db93f8f86b440 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
2cf4f13b0b29f550 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
2ea08b21b1ebd615 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
9437d515c3714f5c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
430c0e958cfb0968 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
23ece0140f4138e1 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
b6cce5c4b77b2759 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
c623fe6f96c5a667 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
af76c8884e1cee16 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
c9101ada551fe850 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
71beb67641b17d94 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
24e5a5c51e5ab1af tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
13908bcf27c7ffe5 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
6aceebb6a56c5f26 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
fe138426670e389a tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
fd19c27633cc84b0 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
c78096a84ebf8dad tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
62503af63b3ab099 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
b7c603a63ef98f94 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
c198ffc90d9321fb tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
6870ec3a6337c5de tests/vignettes/stard-level-1-exit.yaml compare --format html
a689912821d84d87 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
3ad9422f0b3f4a2d tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
69082ae027de130e tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
7a8e3531358f0458 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
30c3ddcc46387da1 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
5060446764feeb23 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
bae9f900d38ffd53 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
aa4677c42f09c0dc tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
efbfa495f9a3bea4 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
213e99a47faa65f5 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
406df74ef3a15f84 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
f658c761054a1161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
21692719f11e2110 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
0603c540c9436832 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
eaf7ecf2c978ff79 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
243c31c04e90c5d1 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
e5610f160d66b995 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
78c9d72c2770229a tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
6e4b9510fce47d1c tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
44639648a071e8be tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
2d3f630cfc01b492 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
0f82586314b3e2e5 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
5eba23095f6689cf tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
4a6822f784f21e33 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
f939ec294ae75567 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
26c731a76decf24d tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
afb21fe1c4c0f4a2 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
cc46786e5577c5f1 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5e9605cf237696de tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
4da5150a4a32289a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
c650d2988cae93f4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
d0185009ede9d8da tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
034ae3ca52ffd308 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
a80c01d017a50223 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
08498bad3aee830d tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
21a4cafe6bcb158c tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
020966950a4d092c tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
a1a17c5481fde196 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
c27568daecffbb63 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
5214c48ec9234b41 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
371303c4878117f0 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
60152dcb6d0ad892 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
9da5a508b96e5ffc tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
04656e22575f10a7 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
2301ef10940ffc88 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
e775490bea974e9f tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
87fcf4a356cb5b6a tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
d65992c0a36d6f27 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
540e259c7578f611 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
38882f92ca316ee8 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
3a4442b6fa009687 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
b37fb6087151febe tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
8a48623d03b9db42 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
26a00ecb3f061d58 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
bdb59f759640ba4c tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
2635c4d56f61278c tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
3c6ae6da4706d982 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
5c3a9fd4436678cf tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
9ccdcdb46b034b77 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
1f6fe3e2085ec8c0 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
f22fe556ccd33049 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
6e60717ba287f02f tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
ff4b9ca22e496df6 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
a2207fbdd792bbd5 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
20e0269abcdaee7c tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
6886c52d7ef66568 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
3167e18dacaa3eaf tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
4046db1be609c3fe tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
3e98cadc557e40fa tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
6f5b2414a257511a tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
786714cdfc21718d tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
0df3c914dc144a76 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
6597fa416057a90e tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
5b93a9b944eceb94 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
579bbdb674f8675d tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
e49338feb15ddec6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
12be9ae031994ebb tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
53276bd442b95e1d tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
bc50be3dd0188d2c tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
8c17295403759bb0 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
af54be06c522d0c8 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
9dc9e5cd900cbb22 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
2edbb99f597a8cb4 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
10440c9e2d6086e9 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
0c9fcb5cba7a7efe tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
3f527bfca0f00290 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
aab692154fafbe19 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
1d47414e49f5625d tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
97eea7df805a67f5 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
4ad4091f941a4480 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
978a5343fd4a2863 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
c04378e6fb582849 tests/vignettes/stard-level-2.yaml evaluate --format json --explain
a93d9eff1facc3d1 tests/vignettes/stard-level-2.yaml evaluate --format text
035142959e9b7f78 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
1e0b84e8ede3b03d tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
6aea706549fd5273 tests/vignettes/stard-level-2.yaml compare --format html
190ed2b3751f2496 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
684161d477c69c96 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
8da7e372711d4ef5 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
651b240faa2dad00 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
a8b104ad006c3284 tests/vignettes/stard-level-2a.yaml evaluate --format text
37f75a9ce6e651db tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
e8d927d94a613633 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
dd4d7384d21228ed tests/vignettes/stard-level-2a.yaml compare --format html
2594abc80f284283 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
ec7cabe68f4dae5f tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
e04f88a42e0a8e57 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
c8713cb579b92b29 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
a1e0a3f5e20e8823 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
b397b3183e09d7ad tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
b5e343bbd6b7fc0d tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
4722f624bd1e526f tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
ab313b74fcc17dbe tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
f03950a6199dfe58 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
b98a473faea35175 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
5fbbf846a316ec66 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
07a523236982f443 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
6260567e05ad0ded tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
2f3524b8d8c7dbf6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
5edc216716ae9627 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
68eb307869dfd3fc tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
c689fd2be93fd48e tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
bcbfe06b9fc590df tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
1fb8889e71238fa2 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
06fa3302ce0ef894 tests/vignettes/stard-level-3.yaml evaluate --format text
55825534c61d040b tests/vignettes/stard-level-3.yaml evaluate --format text --explain
f1221dbcad1ed4bc tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
bc72dac1ca21a889 tests/vignettes/stard-level-3.yaml compare --format html
02249358da7b0d2b tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
2ef42f2bec91084e tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
e38e1647d5f00323 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
259a5afacb5ad384 tests/vignettes/stard-level-4.yaml evaluate --format json --explain
b016bf450dda3b5b tests/vignettes/stard-level-4.yaml evaluate --format text
64c7e2fc60e978aa tests/vignettes/stard-level-4.yaml evaluate --format text --explain
092cfa20e6faa407 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
ebcf370b4048485a tests/vignettes/stard-level-4.yaml compare --format html
9d8945f3c387b61a tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
98ef58f72bb1e185 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
b9e08d0bc0005ae5 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
e9855f5403e90d3d tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
740b395031828b21 tests/vignettes/stard-other-scale.yaml evaluate --format text
33aee4575028426a tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
f49b6a753d681996 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
b5478dfdc2733591 tests/vignettes/stard-other-scale.yaml compare --format html
b4e7b5687139b8ac tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
65a61d0e06dd5a07 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
a18beec15616bd0e tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
02cddf4cc787dcd8 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
5ec6773aa8bcfb5f tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
b3b33ea57ea3ed40 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
2a1cb8e9f3183e03 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
d7a92c46dfa6f39d tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
a857844b54813434 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
6441201f5ac3642b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
2c4ad603ddd58f9d tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
2d0b328ac6e5de4d tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
4e71e9d3be98ba7e tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
4ca5d4a9e310d34b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
e10054d4ea108d2d tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
57ba5de68d9645cb tests/vignettes/stard-over-75-in-scope.yaml compare --format html
bf42857984fc7d6d tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
b171ca7f0ba83c16 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
7a6900d6b6b00a55 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
beb2065302f8cb70 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
66149a9df9cd8551 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
f859f3b3ec12ed31 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
a3e3cea15905c428 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
531a189b4aed7701 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
c58e4041229cdfaa tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
7196f15481882bfe tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
26e334c038c7c99c tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
4ad33d4f024f8322 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
631ca8b7934ef1b0 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
b038b7a947ec5dc6 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
a7740b9df9f9cd7a tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
c868cac65e971cd5 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
bb64a7a15694c117 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ff4866c1f18121db tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
c39f1209f7ff16a5 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
a3393bde7d16169a tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f3391172d6cd5de2 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
d317c3e4819f1ade tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
173f3892564f30ab tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
88fa0b8ad48d5306 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
24f522136600723b tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
07f47ecaa5f823b6 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
2982f624c7e8a029 tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
b74fb9b94def4f51 tests/vignettes/stard-remission.yaml evaluate --format json --explain
8e7f13379f7af3b5 tests/vignettes/stard-remission.yaml evaluate --format text
f74e3ca51046b022 tests/vignettes/stard-remission.yaml evaluate --format text --explain
b3c28db6a79c695b tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
ed3b36f9020c0f1a tests/vignettes/stard-remission.yaml compare --format html
5e9f74eacef4888e tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
3efbc9a22d393e1a tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
4cc3a0af90f99fbe tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
9234c9954f6f006d tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
ca3698e312f443fb tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
ba6a69524a101f0e tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
a168191ae38e74a8 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
f9c87d93e7268d22 tests/vignettes/subtherapeutic-dose.yaml compare --format html
7dc805c413d499db tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
2817a3c3e55221f6 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
4b173951aa914a42 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
e35fb58907865295 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
081f169b88afce59 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-iii.yaml compare --format html
c91123d272d2e5b1 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
093d6417dbc54381 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
71782ec6eea96cd4 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
1f0666e787e3ca0b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
081f169b88afce59 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-iv.yaml compare --format html
c91123d272d2e5b1 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
093d6417dbc54381 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
71782ec6eea96cd4 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
1f0666e787e3ca0b tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
081f169b88afce59 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-v.yaml compare --format html
1ca888ac00d83b21 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
2d5c819ef848741d tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
20bfbd750b3b8cf3 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
8b8ef077d57ffba1 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
d72f9844a15f40d7 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
d6c13405e158529e tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
2ec8ba725d949eb1 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
caeee621767caad0 tests/vignettes/trial-addition-stopped.yaml compare --format html
c0c37600ecf21cd6 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
d052c0c765ae46fa tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
48ad19b00ff054d4 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
c96926affc5657b3 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
4f17566370f36d4c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
b77514dfd99750a6 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
1c9adf7fb0a3ce9f tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
6a17d12e0ac4e2e5 tests/vignettes/trial-adherence-strict.yaml compare --format html
d8f275c7ffbde6a9 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
a3d13a985e889721 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
ad9827ca7e4ef600 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
5536150cf49d04f4 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
391c68e392cab98e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
4cbfc66697faf0da tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
6ea658fd4224937e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
8ba9c17dfa9f2c60 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
a7572c11c8e79484 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
cdec69216bebae1b tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
f062d7398eb3d23c tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
e25799532813043a tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
e8edbcd7e420aa4f tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
54a6dea42b24f40f tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
e2d01694ce322166 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
7ba34574b408bcb9 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
02958806c02b460a tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
ddbf5a88bfe9c44e tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
f5220e32e71ab6af tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
2f19368b85fb6a74 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
281240bafd1bbc62 tests/vignettes/trial-duplicate-course.yaml evaluate --format text
d8b69185d522e8d7 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
613a61b0a0ffd403 tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
739bbab231188293 tests/vignettes/trial-duplicate-course.yaml compare --format html
e5d8f54284067679 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
2da12bab6aac8b22 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
8000b875ed8791a1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
10945e2f06c342e3 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
33d3dc07e2f6588e tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
383c5eed9c6dc799 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
cdc88a19dfdf4cb2 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
27c6cdaad2c722f3 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
ecdc21d8b7b3df53 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
ee48f43498bad864 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
02f236e04cd8e529 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
37bca69e356a1c4b tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
f0b930967f0a5ef9 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
c28d32c585b96985 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
13880329e6153b4f tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
cea183290af82a03 tests/vignettes/trial-ect-during-drug.yaml compare --format html
23215a534f82ab71 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
b71f8cbeeeda284b tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
050c95a23a29ec91 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
58a91264bb5c5e91 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
727d70215c63f653 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
97ef6e6ef952dc55 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
54aefd8a291dc47b tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
90c1c8d82a0b2f5c tests/vignettes/trial-intolerance-after-window.yaml compare --format html
a41333602559f61c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
1d1650bbe8942942 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
b104dc973a45c2b3 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
425df7c1d7e11bca tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
522fb3d0b5ef7d0f tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
d115571aaeceeb95 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
79306443b77086f6 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
359460c36eae91cf tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
8f763628ed139d10 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
1cc4a36ce186be39 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
aa03f54a554f4dde tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
a751fe2b6eece47b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
334d20e8640bf63a tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
fd9286059b680e02 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
0f7b427658f0a1b7 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
e7c28915b7a74443 tests/vignettes/trial-relapse-after-remission.yaml compare --format html
6a48aa43c691a289 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
8bf8effbdbfcc1c4 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
10292b1ffcec768a tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
f5ceacee582d7e49 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
c84360547d226546 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
f89ad247e1d95c15 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
3c093dbb7b9cb5f8 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
2905c307065f9824 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
3b77801d48d12b62 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
2c0a4cad89435269 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
df71186761f053e7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
787bb24596348687 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
3ddacdeea1f471b8 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
f801f104f33df83f tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
888543498620329d tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
696c462829ab4b73 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
48b27d23ab1d902b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
3ef1a38e9c563051 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
566367cde50d71c0 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
cb45e7cb3faaf395 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
ca9cf7dbfc2500a1 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
81966ceecd306200 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
4e3817aa52478a3a tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
d95ca8011fb16599 tests/vignettes/trial-same-day-regimen.yaml compare --format html
c6b2483a17916b9a tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
67dd2093a5271371 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
6f02ea2cf28d11a2 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
ce639df0a209d198 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
1dbf9f95c8cd318c tests/vignettes/trial-stale-scores.yaml evaluate --format text
e5de63cf004f5704 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
1fa87c8db47aace3 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
6949633dd10616cb tests/vignettes/trial-stale-scores.yaml compare --format html
66b007e33029effd tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
73277216203216d2 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
899e8ffdef900a67 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
49d85648c65531ca tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
12f498752f24a2f3 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
ddbb66c79bf5aa5c tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
2bbc031f4ca0494e tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
1ff29070e0445682 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
74d900c4f64fef16 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
d40e8f2daf9c0b50 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
85ea678b5a6bb711 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
81a24a03370084cb tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
27c6a1056ad892c2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
ae8498052a0c5c2b tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
0e3ff51605a87d39 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
000b6c9a251202f6 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
a098a7579791618c tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
9f12365a44e1a901 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
9d4c096328e99cc4 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
a5e542dca14ab9da tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
5ca1b827d0eaa17d tests/vignettes/trial-without-dose.yaml evaluate --format text
12ae1cfe5d295e03 tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
2018225e274f2907 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
0d0190f3afb0fd3d tests/vignettes/trial-without-dose.yaml compare --format html
