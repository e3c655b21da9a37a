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
# (issue 19: exactly the HTML and compare HTML lines).
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
b0e3e9aa53ee792a docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
537676cc89073778 docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
680203d456fa0865 docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
d9572278299e3359 docs/examples/demo-0001.yaml evaluate --format json --explain
c209790cc3346bfe docs/examples/demo-0001.yaml evaluate --format text
05e0ad10174a4f01 docs/examples/demo-0001.yaml evaluate --format text --explain
83a3e2d7567fcb4f docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
29128b71c15706ca docs/examples/demo-0001.yaml compare --format html
ee227c59ac9f21f6 docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
117d4e220e059cbb docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
3f7598dc6cea2fe3 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
a518a8bd7a8ed2bd docs/examples/demo-0002.yaml evaluate --format json --explain
24b42fe9c55d3bba docs/examples/demo-0002.yaml evaluate --format text
cae6602ecae5e2e9 docs/examples/demo-0002.yaml evaluate --format text --explain
0a9477c6e192549a docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
fc230155936bfa7c docs/examples/demo-0002.yaml compare --format html
4c9c858f1b29e011 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
564711ccfaf43afe tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
541aaa2c72ad41e2 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
1bc897321672b0c0 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
6d579f63ae1ad600 tests/vignettes/adds-to-chain.yaml evaluate --format text
dc680aa9b1b6e8da tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
4e3466dbb37e2b9f tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
c27de94c99e3ab0a tests/vignettes/adds-to-chain.yaml compare --format html
b9644bb8d9daed53 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
836ddbc2cd3e40e6 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
20449ef84f4158b4 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
e85d9ad95c42bfec tests/vignettes/adherence-poor.yaml evaluate --format json --explain
2bd071c9180528da tests/vignettes/adherence-poor.yaml evaluate --format text
fac752aa50bcea81 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
37f4efce5b820736 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
b8d62f7d3c4858cb tests/vignettes/adherence-poor.yaml compare --format html
1fd0f3c56530d4a0 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
6f729649ba8cc2a6 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
0262d37dd4bafb1c tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
fdb8131db9d911a2 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
dd2d2abd452d7bb7 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
38691720d36c4b01 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
15ddc82c8e9ff25c tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
7fb97b2c8369c098 tests/vignettes/augmentation-role-bupropion.yaml compare --format html
df5535e810986da6 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
6be82454482708e4 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
5ed26f28dd146a71 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
f0ae1df7775683b2 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
2f752dc844465385 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
cfe63e06dc072659 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
ca235159b14dfe92 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
8e6794f075fc9551 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
ac4e33428a6b9f0c tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
07501c26df263946 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
26b13b897040548d tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
7b2efba323318088 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
66a6619df4164c8c tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
b55f43e467a4f4c0 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
e10f8b81760df733 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
d4d712ea29a34470 tests/vignettes/augmentation-role-lithium.yaml compare --format html
91f87df386926ee7 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
ab42e077fd432ea0 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
ad4cd8a9a08964b0 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
7b5336bd8617ab62 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
260e6dc0785367fc tests/vignettes/augmentation-role-stated.yaml evaluate --format text
cd08a2de3067d177 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
9c02b0eea671c3bc tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
3f1719dd8b91550c tests/vignettes/augmentation-role-stated.yaml compare --format html
6c75dd43f648c408 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
bb7449fd256e9a94 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
7eb84542259e9ab2 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
09df92a23038993e tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
18ad47cce7c60dd3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
2a27804fe0bda592 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
1aa61de6e7d4692a tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
461944baae6429e4 tests/vignettes/baseline-window-edge.yaml compare --format html
0dd32fe0712b75ee tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
cdf1a619440941ad tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
efaeaa24bd7c6127 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
b1ab45d39043c64e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
788decf28c1ef0d0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
eed1620848587af7 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
a288fbfddc2fbffc tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
385b0c0c5c1fd1c3 tests/vignettes/canmat-below-therapeutic.yaml compare --format html
dce49ab23709d24e tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
10445af13a7f7717 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
146fa4d0dc13d3a1 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
ba080f0865e6deac tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
3c39a7e60cd74d08 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
0f71b6bb69b5e6f5 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
20475787dda9f970 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
8f51fd57a7782ca6 tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
96771f61ca1c1de1 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
b7c35cec4d254c98 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
f3fcedfcf4009cdd tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
e726af4c246ca1b2 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
2238e1f6e1b040dd tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
76bf90655bcf3b29 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
b47cb2395c80e351 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
4a82f4a6c5ba120d tests/vignettes/canmat-decision-point-passed.yaml compare --format html
36587946877b0ba1 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
ab92df19ca8c40ff tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
6c21b31353d7d91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
ec3b7647124477fb tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
c35c37959222ffe9 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
85af8a2fd4b3e11a tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
b1dc39dddc5a6548 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
53e0a571c1a39ffd tests/vignettes/canmat-early-improvement.yaml compare --format html
e6428d706c576dfc tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
43f359844ac72d93 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
ec77656fbf37f4e0 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
e62078fcc6ea4816 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
228a6cb03c25eada tests/vignettes/canmat-initial-mild.yaml evaluate --format text
192c362e4e0a5300 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
3b7d505ab26780f8 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
ebf247e9bb1075a7 tests/vignettes/canmat-initial-mild.yaml compare --format html
2d62896498590c79 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
6b4cc9d61fe8ba38 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
11780240646dfd6f tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
54e20ce00da6f437 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
5afdaf9d9718ea9c tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
83979275c651ba15 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
509982e2f7548524 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
8218f88dbf7fc61c tests/vignettes/canmat-initial-moderate.yaml compare --format html
7044a015cefdc371 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
b75fdda042fc7e85 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
299b3f238012fb36 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
be81bee282e9e401 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
6b4dbb13aa4df73b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
579c251c22826c59 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
0d7c5eff8986313d tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
4cf5f80d12936c5e tests/vignettes/canmat-initial-psychotic.yaml compare --format html
b9ff221538b9f792 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
c63a9c46023e8439 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e3e9b1dd47313eb8 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
cdcbea0319deadd4 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
23cecacf57701a4f tests/vignettes/canmat-initial-severe.yaml evaluate --format text
a8fd5ae16d142272 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
104e1ce8b6f4c243 tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
0bc4d484ed1fc7e9 tests/vignettes/canmat-initial-severe.yaml compare --format html
ef8590ecbbcfb439 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
a245e49bf90f8e3c tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
1f529c4bed29ecc6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
55be19bec2d2f1c3 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
df8ef102c2950ad6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
695c7d745ed99382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
8e86fa882ecb71f4 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
955b01b46121c0ec tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
862c15c3c265b6b0 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
65f5d2f4e8d0beea tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
224b49e50c3f11ef tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
784ea6cf7c707bdd tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
57406fb9725ab4a4 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
69c6c41da1a46b8f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
bfcda4a8de798a0b tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
371ba1031a57cef5 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
d49c40e6cd663a67 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
a54b01599921b49a tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
1ccc875cefdfb8e0 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
6383b6b6d41c4778 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
4e111a671b456678 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
45a02618b864ac91 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
86a2bba5c3fc57da tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
030364aac8c83c2d tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
00303bbd8fdd2ed7 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
d75a7aab07c4eca4 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
48c0a6243425c72d tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
0ecd294b770568dc tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
59c61d93bab017fe tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
67b120e571e02920 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
26b86df760dc587a tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
474d0ed2864edea1 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
36e94408dcbd001c tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
412be7c6878ff600 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
2ba6b4ad79b7172b tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
7b2d70d775eac69b tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
2116095cf21d4d93 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
11aa8dfd2c0bb430 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
bb5f826580c6f65f tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
b2b28e87687eaa0b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
7297b8d73ee5dbc4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
c820e5f793f61987 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
619f936287bd88fa tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
a03f28e1e5791fcb tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
19e665fb3495e5ff tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
c969c905ad7fac42 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
946caa22339d5f91 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
7127fe3d5f364874 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
2cb32aded777476c tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
0ade5dac033204ff tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
d5310b1d84b37819 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
74f1a7824b60ea6d tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
931e952a344699a6 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
66cc74c2156179a1 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
b209ba9d1a84150b tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
b08fde456a053569 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
ac90a0155e34168a tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
6f55472e03ee3c23 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e09ac85c03d9edc6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
b03625310b0a06fe tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
2edc51b8d929a4be tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
0863b34df978d93d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
feaa43d2e7a8cfc5 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
18a7e77fc49d28a0 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
426c8039f939cbd2 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
24756eb29539de39 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
6dad0767ff4fb279 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
ba60680e1f767f7b tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
01b4bd2e5fbed36c tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
034d818d2993e84d tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
6245a9b5daa749fe tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
0af20579b670fe21 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
e04d6764fa8f51b7 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
2efbadfff6860a8c tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
16c2a08e29ca726b tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
b2db7785a46bab3c tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
a22017abf4558301 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
5870e601c280fb61 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
76c36dccff0446e7 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
f6407a40af8299e3 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
2d5c2ee78ae3b36b tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
42e113b25c7ab66a tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
d3cacebd922b98e4 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
93dc832ca7a5fee6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
92cb7e89d527aa05 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
382501d98f361db6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
e37e949a8a55b5d0 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
ca10851958df265d tests/vignettes/canmat-remission-maintenance.yaml compare --format html
d3323dd2fe50101f tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
09efe19d0101dc7d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
58638139a412c135 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
09003ec257880dbd tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
b01015c81373a0f5 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
f93bc24740a4ff1d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
523a3bd0e23d05fd tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
aec1513322dfdf5c tests/vignettes/canmat-remission-recurrent.yaml compare --format html
3edefbc1ac19075f tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
5b83bc137d3f4ca3 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
b73d38a381229b47 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
94b47130c4aff058 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
e7060e4d0db84b31 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
28e108c2b3d2b95a tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
e7ff92cb6131e503 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
568913679ee471c9 tests/vignettes/canmat-response-without-remission.yaml compare --format html
c44d1488d3d24ac3 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
558bee6834e1d8e3 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
0702df74a5e4b638 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
891f0064f8d8474b tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
b62eb7ab62e35823 tests/vignettes/canmat-second-trial.yaml evaluate --format text
3cca766f1de0b8f8 tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
7f3ccb82950361a7 tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
8ae8801aa8a0d2ac tests/vignettes/canmat-second-trial.yaml compare --format html
dd98771819dafc05 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
ad98a6094576ddf4 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
caeb72549e48d792 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
a9c6334a59a104ee tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
3451bb3c0abe5b22 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
b00a7233af7aac3b tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
535db5172f439278 tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
ebc4b07127fc31e6 tests/vignettes/canmat-set-override-default.yaml compare --format html
c56575b951890419 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a81a4fc0057db9cd tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
c36c492b959b8cc9 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
ff5068e00f4ab700 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
05ddfb4d4fa7e18a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
edc8a520dfab9ace tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
8961bb7ac12d2e2b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
5cc49925661bc08b tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
e7eb78d679021981 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
cb0c88a9b0a546d2 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
ff0ef2c2b470b4d7 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
8c84a8321593f9e5 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
a8925ca7061d2336 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
0b41d0458ad66eb9 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
a6017e29b42251b9 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
029d7109c0297cf6 tests/vignettes/canmat-set-override-week-3.yaml compare --format html
18e5c2fde3cfe889 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e24c910e0de38369 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
8e0223c957e08896 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
cd0b9339029d5f9a tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
d436467018a6ace5 tests/vignettes/canmat-set-override.yaml evaluate --format text
2540b08cda3e3fcf tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
6c8f09a8f23cb409 tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
732936ba7ff58bbe tests/vignettes/canmat-set-override.yaml compare --format html
90e5378cbc9771ae tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
99cc476d9c512fa0 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
72110db31f8aa4cc tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
ef1cee5a43758e8f tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
c86f4d5a2fafb32c tests/vignettes/canmat-too-early.yaml evaluate --format text
f0e00ed15614e927 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
a410c3cf04e2314d tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
001fe62b13acfb44 tests/vignettes/canmat-too-early.yaml compare --format html
1a49ec6968f3ca34 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0acc3b9c2a144a91 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
1f1ec4d825ce4bc3 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
6ed3a9e30ed5ea6f tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
63ea82fd091fd94e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
ca6e142dc1107952 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
63e08539824cf96e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
31c5a55520280d97 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
8980c4f4f9695c00 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
efef7a1c6d227682 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
92cd801755bc04a3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
0bfe19660f5caefb tests/vignettes/canmat-trd.yaml evaluate --format json --explain
4d41173e53d0664d tests/vignettes/canmat-trd.yaml evaluate --format text
fed2149e8a7f00f3 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
83d46a993d177ff7 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
1c4c153817085848 tests/vignettes/canmat-trd.yaml compare --format html
461746fac8735a01 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
9d60511686cb523c tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
827ce144c6a995d7 tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
701f9dce40a62ce2 tests/vignettes/contract-example.yaml evaluate --format json --explain
c209790cc3346bfe tests/vignettes/contract-example.yaml evaluate --format text
05e0ad10174a4f01 tests/vignettes/contract-example.yaml evaluate --format text --explain
83a3e2d7567fcb4f tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
29128b71c15706ca tests/vignettes/contract-example.yaml compare --format html
cb1ad322c15a48a7 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
ee04b4b86f7a12da tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
1e4e6aff9bf62735 tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
ebab848b171ee9a5 tests/vignettes/custom-definition.yaml evaluate --format json --explain
93d665652d3a3c65 tests/vignettes/custom-definition.yaml evaluate --format text
3b30bd9e3e73042c tests/vignettes/custom-definition.yaml evaluate --format text --explain
d1950f087a1ff032 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
a30029747adbfb66 tests/vignettes/custom-definition.yaml compare --format html
651525b9353db08c tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
b5bf8f6f860e8df2 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
e08e4dcb222e0b0e tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
661d727504b8c116 tests/vignettes/custom-staging.yaml evaluate --format json --explain
feacc0442bcad5be tests/vignettes/custom-staging.yaml evaluate --format text
9b8d37dcda791ee8 tests/vignettes/custom-staging.yaml evaluate --format text --explain
faf6387de1e78dde tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
f5428d5b36a7eb7b tests/vignettes/custom-staging.yaml compare --format html
36ccd9890c68f0e7 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
20530e97fb6c0567 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
1cc302b4a707cf5c tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
3485d94446843598 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
e7e29b6d94dbf19c tests/vignettes/different-class-failures.yaml evaluate --format text
6d6c895637c48c83 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
57d2f52a493981f8 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
7e763aa8beaff6b0 tests/vignettes/different-class-failures.yaml compare --format html
a472d56e28726c7f tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
bdb22c108decdbbd tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
b35e506bfedab6a3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
9644a00d2a1d777c tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
3f92b916c6bc2fd2 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
a86d61dd2735d30c tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
e901ecd797a4b208 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
6dd9ecbf26d8fc10 tests/vignettes/inefficacy-without-scores.yaml compare --format html
82bb734a5523bc99 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
515a62472b8db516 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
3b7801240691bc3c tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
b75708ca1d403e5b tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
d1bf2abf93264cf3 tests/vignettes/intolerance-week-2.yaml evaluate --format text
9b6eebf72c78583a tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
b386760512289834 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
6eb7193aa4ccbcbe tests/vignettes/intolerance-week-2.yaml compare --format html
e657851a639798e5 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
df7f4bf48a83f7f7 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
4193b94396c2d31c tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
946ce40e4e0f9ccb tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
f620ffa93b78a944 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
4e26f9998e8bf1c1 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
a6e88d8ed2fcc53b tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
575dd29459960523 tests/vignettes/iso-vs-relative-days.yaml compare --format html
cca0b0ec3db9560a tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
a626a293327f58aa tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a079caf1876c5f29 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
8fbe70e2d53b6ef9 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
c3c0217d465b285d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
24f43042214c39a7 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
2fc258c8a604c4d1 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
d9cb65080be6f750 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
d629ce385d0be2ee tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
48e613efd71a2db5 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
56e247df09415dcb tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
61461cf7f44fb7e6 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
42c52c2e393d9ec0 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
b2bbe1a4ce6fe097 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
4217b52050f3b2c2 tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
49383bd91f217042 tests/vignettes/ketamine-per-kg.yaml compare --format html
dce443b2d95e126b tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
a2a341754678e8d3 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
5d6d6f76f6be8089 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
d15a45bd63e188dd tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
9f970077260a3843 tests/vignettes/mgh-s-full.yaml evaluate --format text
16465dbeca11f7f1 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
8700c6e97fbbe522 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
6b677c5b115bb6c0 tests/vignettes/mgh-s-full.yaml compare --format html
36b4f4082ef3d0f9 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
dd7e3dbc5efadff5 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
0d2b305bad24cc8f tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
2f3cbde7b3e3e3ab tests/vignettes/missing-baseline.yaml evaluate --format json --explain
f31c0348d48ec6dc tests/vignettes/missing-baseline.yaml evaluate --format text
55df60f2dbe8e65d tests/vignettes/missing-baseline.yaml evaluate --format text --explain
174b57ac6ca43a6b tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
78dad6ef72eb24ec tests/vignettes/missing-baseline.yaml compare --format html
c2a2f068c8be1b3a tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
30ad7d3ab4857bce tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
e9982d5cb84a2cb3 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
e4263095b8213ed7 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-12-months.yaml compare --format html
c2a2f068c8be1b3a tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
30ad7d3ab4857bce tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
e9982d5cb84a2cb3 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
e4263095b8213ed7 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-13-months.yaml compare --format html
c2a2f068c8be1b3a tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
30ad7d3ab4857bce tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
e9982d5cb84a2cb3 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
e4263095b8213ed7 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-24-months.yaml compare --format html
60ea02243cd9fe7f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
18e08eaadbcd49cb tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
5e5e86568c8c5300 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
c3f8523ad37fdf12 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-25-months.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-10.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-10.yaml compare --format html
7f34e767e55b2e4e tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
9e4580e073c4d238 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
32cce7d3c815127b tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
a2d8e683ddfc5afe tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-11.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-11.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-2.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-2.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-3.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-3.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-4.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-4.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-5.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-5.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-6.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-6.yaml compare --format html
17fe21e770a08b5f tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
724c23235dd6b638 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
afd166e111cf9653 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
aafee05079df8945 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-7.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-7.yaml compare --format html
f7590d160af849d5 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
f4109939945dc960 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
8f866bf7bfd368fd tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
dbfd66365d827a56 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
b84335a5705b5c42 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
1062842317d8079b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
e915128f3eed9a24 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
fdd0fcbc53185a8a tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
88ae204e5ea04737 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
deb7a1f929ea99dd tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
191781df5c15826f tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
611037cb455da2f0 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
e30cdee8ff67597e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ca4a65580d1e759b tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
26149e6bbcecb765 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
844bf494d7df54cb tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
54dabe0c47e794c1 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
23eecf9999a3bf8d tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
cd893d060c23a64e tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
f133c2930d297d64 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
f326b59b6e09fa57 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
5e03d664cd8e3bc2 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
38292eb7646ea59d tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
e59b41f402977a18 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
41a97bf9988a34c6 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
9d7b6d6578da612e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
715aa05197c31e0e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
3a7f1d0cbb92bfc5 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
4b851ad1a12e6133 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
47fa2ef7de580f1d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
30e573f4e4505fba tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
ff7e5aed2709347e tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
b68fd939245c6ae4 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
f8e4fba6e873443e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
4257b72c0f0f8d7e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
975c78747348ce25 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
fe9c0ef72256bcf1 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
a2f4ab1ba9814744 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
b4b430586b2bee3f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
3900a0ec0d9b2cfd tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
2e2a62821743de63 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
08e98ae8099272c3 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
ac81e9b2db47f520 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
4824976e3bcf7f6f tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
fc7b95c1c03fe965 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
bb47921957bda9e7 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
bc6a286f321ed7b9 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
5d1968caa55d0ca4 tests/vignettes/nice-early-review-age-22.yaml compare --format html
61dd68a5d7233d54 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
2f101b85654e32b5 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
6b625d26b36307ef tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
2b28b60825cc01e2 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
9e8f16c2e114c45c tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
6a4a642eb6161376 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
3402221a51e63778 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
b552eb3b511ccbb5 tests/vignettes/nice-early-review-age-40.yaml compare --format html
c9bca5fa7402dad8 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
f24f0e87188ba01b tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
3be467e9cba7cd63 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
b77af368015f6766 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
0f033964b51404cc tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
f317e09bdb86dc1f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
a8554941e6d114ec tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
6cf4f34858cb2d6e tests/vignettes/nice-early-review-no-scores.yaml compare --format html
3b39667a8b1be31a tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
ab726ff7261d9441 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
dd0ad397010ba94f tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
ea42fd69e1802ac3 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
cf93d634bad2c742 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
06dac10d3c5057aa tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
4144b8f6dfa99fe2 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
c504876f1d2b5e60 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
3258271747f88066 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
4a450dbda08ecead tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
f9b6fda920e3c5f8 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
36b5e56ad2da0ce8 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
d6a72d5934b21423 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
d6cfd6a64c28ad51 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
c76d904eb0175cb9 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
abad382df73843ba tests/vignettes/nice-first-treatment-mild.yaml compare --format html
44171ae25c25926a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
0396b362d6436dbb tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
685fee5dd6aeb320 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
4f7d80ba74c270ee tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
f9a01c6e5b5f998a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
d652a75ba4b1cd10 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
ea6fdecf8059b044 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
21bf59442c5aed7b tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
6c8e51626c0f5459 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
41353dc2987a4e70 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
c67d02c13f08c9c6 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
42211292a92659bc tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
1add666bac3a11b4 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
f88e07695b40b570 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
6bb58309eb5d287f tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
17a6327edfdd984a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
5b1e87ba1b8b1b82 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
f90e186eb5e135b5 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
497d351ac1249763 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
33810b93f179d0e3 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
b095a2ee1bc8f889 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
1fa1d04e96d63887 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
5fc4858e575f1a73 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
6c8b4d112098bb59 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
74ead59b00516996 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
c3390eef810fa868 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
2f2249345f14e773 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
ede13ea5b5b26ee2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
04986ff2bb3ad6f2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
1a7fcdf2d50f5691 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
bf79905f9a5ba998 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
6821c584c8979e8a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
2fbaec40636dc879 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
d0eb645f4b45fce8 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
fbf796a3bef3c58a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
a4a697f6f759d471 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
41921785812e927b tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
d9877f41392bfdd0 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
f1ec360632059ef4 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
b474c0d6fe662126 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
8faed0c62c159d4e tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
a3062416c0e8d20e tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
64f8c81744ed987c tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
978c4d73dcfbd23f tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
0d9c2d45235c1e11 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
7bddf5676fd57b89 tests/vignettes/nice-no-response-week-4.yaml compare --format html
627549663b3df708 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
215af36b3cc9184c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
747dec112e061815 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
986db871d590528d tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
65690a583813650c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
54dd5daf5386f795 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
0ad9eec4f0e2d184 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
40648b93e0ccac5c tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
7f1e6b4d642a3fcc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
aa7422113a948015 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
be47564dc0f2112f tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
609fbc9274c27cd6 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
98731b3d974855dd tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
e12d33e1c57b3c90 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
46ed21fd2ac3b686 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
769dbcc82c4aebca tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
4a8465eeb2bfdf43 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
cf28a8da664e006e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
ecb44cd5e791cb00 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
47a14ab768e3295d tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
ddcb9a7fb02bbd73 tests/vignettes/nice-partial-response.yaml evaluate --format text
ea50f1b7e52e6815 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
186c41302b7be63b tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
aa7e7542c3b65727 tests/vignettes/nice-partial-response.yaml compare --format html
cb2fe06dc0aa6f57 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
344695796e124d59 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
2471d983c27742e3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
6325856ac5b29b2b tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
9ba4b52be4b78c35 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
5673a71b46ecd127 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
4cff21e1cdc1f598 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
4c75969a13459d94 tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
765a05aa79f695db tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
757daa2e04580ec3 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
877055e3917c56e4 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
53bbd1c7fb370dba tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
7d6c7b838dc68a24 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
304d7054d238b02a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
ed8fe0cae896b4e0 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
8e9614809770dd16 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
3b56ce0ca9b88f3d tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
3dd6b9839bf1f17f tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
ecc0066309c16490 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
97d5438a17362c05 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
0d7e5efa29826f8e tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
46f6df41e76a44a2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
0d3dd7c03c27e5c2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
d129389919b47609 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
7fad25e9c15e30a7 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
593b8d845ac835e5 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
ef244a02f3da39bb tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
8a01ad284a6e2c3b tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
30a9f59cd988f1ca tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
092045c044271a84 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
5c54b5656c9156dc tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
4d5210888d9535e4 tests/vignettes/nice-remission-first-episode.yaml compare --format html
a0305a330ef3076d tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
202e97b6e169d7c8 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
1ee90edae63d81b8 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
6f9c92ba15ec8dcb tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
94d678c41206eadf tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
4490b8fcee0b3d73 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
d2d58f56d00b2a88 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
d017eb412a959649 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
225f87b4328f34da tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a3f85a9c00a6dd2e tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
3e46caf303ec3b66 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
569cdef2eb07ac24 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
cc417dc8cf0a65aa tests/vignettes/nice-response-not-remission.yaml evaluate --format text
af29bf2c1dd045f5 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
70f0bf2c2a901126 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
88a946d5f6284fb2 tests/vignettes/nice-response-not-remission.yaml compare --format html
0d7920299de2f3d4 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
487e8295bc0b4216 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
57a84de6a80ef706 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
a1cb76b33e0c6752 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
5ee06b194b9dd10f tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
e513bdc948efdb4a tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
b45618129fb5aa24 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
b16469fcb2cb7f75 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
d591c2be95acf8c3 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
5bc7d2216bd217a0 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
920eaa46275b10f9 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
4da5ec7d5b446008 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
1c11ef5b833d105c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
0d764bd408c1d0d7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
1ea9588b37459652 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
dd50314b907c47fc tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
014a9f5100f4bf47 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
4ee044143000c892 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
3063cf0b26d4ac08 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
542ec85eb24e9a89 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
d933244a61828b1f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
b97c52dc664d2afb tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
77d956d28a0cb531 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
f086166c4b7ca92a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
311434139bbd217f tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
084fc6cc0804b588 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
2738d54c269db357 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
2fa1376d37b96dde tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
b78e6691f4cba00b tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
4d817470b4678390 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
4d2d69166cfc469a tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
0a7d9c3ed6310d08 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
12975264f159df7f tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
80ec37d5b0239cd8 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
fcf77fb3ffe62dc6 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
df8c03e73da2fb3f tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
40a414902004fea3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
b4574134059717f0 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
af811ba76d8a12b1 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
14198f20c7298a38 tests/vignettes/nice-two-failed-trials.yaml compare --format html
0fb98255ff00a73d tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
9f040208dac139de tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a52188b445f82191 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
d923a2d0215bb101 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
c39c51cdcde538a0 tests/vignettes/nice-under-18.yaml evaluate --format text
8047976b572c85a7 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
f7726785dcc35703 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
6196c3bd1d82755f tests/vignettes/nice-under-18.yaml compare --format html
ee72d5ddfb067a8b tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
373ebc7327484c0b tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
9a672d73fe7b6adb tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
ae752509f11f0939 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
7c1bee1b8a4c2e9f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
8f79c16de1b85302 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
e353d064e4e4f2e1 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
136e68b9bd3d2e21 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
4cc8761eb5aa5c8f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
59fc8f72a723b6da tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
d9a3813c093b0e58 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
9412b9ce4e36427d tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
5c1c794ae78d0afa tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
27a7a9913f243d51 tests/vignettes/ongoing-trial-week-3.yaml compare --format html
2c87f40ec215ad92 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
0f0c657d5a7384d6 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
6e0d7b77c0d92a9a tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
338edb6f4f2576e7 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
5c1c794ae78d0afa tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
27a7a9913f243d51 tests/vignettes/ongoing-trial-week-8.yaml compare --format html
1820b94e47c4932c tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
f9437b77dcdfef4a tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
f1475342503a76b7 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
a4372a09307fc8cc tests/vignettes/partial-responder.yaml evaluate --format json --explain
4e6ec6c85bdf6887 tests/vignettes/partial-responder.yaml evaluate --format text
ae3bf8e87d814b09 tests/vignettes/partial-responder.yaml evaluate --format text --explain
23288e9387c26d8c tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
ac68a6e062a0e2e0 tests/vignettes/partial-responder.yaml compare --format html
bbdd5068ac647d05 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
5a1dc30537399006 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
ec55a7f1501cd4e9 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
00cc11c9bace53c6 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
f3fbdd41a4c20b0c tests/vignettes/previous-episode-trial.yaml evaluate --format text
5b48fd431461d02b tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
17c5462b341a7ef8 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
bce875b52c445b8e tests/vignettes/previous-episode-trial.yaml compare --format html
70fa3ca2d4ebd5fc tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
b2af67c3e9dd2c4a tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
7b782d09645a42a1 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
e1d116d494732fbc tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
fbf455917131204a tests/vignettes/remission-below-50-percent.yaml evaluate --format text
2db9c0088ac385c8 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
e70d79591f21135f tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
ab2a4aa8fa02645f tests/vignettes/remission-below-50-percent.yaml compare --format html
3969b9ab25197492 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
a8c68a500e9d340b tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
fe76fdead1aa562c tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
8c68c8c89bf28565 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
b524cf727bc0a972 tests/vignettes/safety-age-unknown.yaml evaluate --format text
a0458a881623387d tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
bc4a333e3a6c0478 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
1e8a7ecef39b0b5b tests/vignettes/safety-age-unknown.yaml compare --format html
225c45301e364a36 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
55ab01049bf9958e tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
05d7e07fae711412 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
b33b08c3f5ec1877 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
642f79df6d1537c4 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
3c9a5219b3f9e1ae tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
65f1ee59a71c0898 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
21ddbf5a4a3710e1 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
a7a16ce719395ed1 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
d511baf31ff18698 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
eadaa31e6129236b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
c5c79bc5ad37145c tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
af8c1ec19bc2cc60 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
730997220986ce6d tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
435d3e8a040338b8 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
bd511667d132c5da tests/vignettes/safety-catatonia-ect.yaml compare --format html
cd9eeee0dff12c37 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
807daaf3f0a4f7c3 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
f7d7d2a32d567a53 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
d2078197bf98fa6d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
f670eaf685446e05 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
8bc30844d0ee65d8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
f831246c3c57800e tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
20a3d3bd64f4452b tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
42feca57c9136900 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
c94f0f78b23054c0 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
51d507215787997a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
95a42bb7758825ea tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
d5948b08e1c486ee tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
603b6da5d079e25a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
d5a38d1c981a1799 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
a6bdc5e37ba3db31 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
0dc642aa4558d955 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
014c5dfad75c1a3f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
62dabf5d1fdaaf07 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
70d16c27372228d7 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
32be004a5f72df14 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
2b8a44a645ba40c3 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
b4d7470f166387ee tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
98447d908f39e769 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
7b69afa692920a50 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
e9f1dcc41be013c2 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
4d4b6f7d905c9f06 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
866307ad09a8726c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
e10a56a98b7e628f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
3d1b17228d2e773c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
1ba2985affcbdffa tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
7ea5a6da9cd1258f tests/vignettes/safety-citalopram-60mg.yaml compare --format html
641466c71a9d7059 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
3b26fc94ced8a3d5 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
26947398ee15a924 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
008ccb090fb5e658 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
00ab1e73978b1968 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
440b024262251044 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
725b5dbcbca00cc5 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
8c596b43aab56d25 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
20fee8a014e31074 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
08f02b3350e5a329 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
918d9792329993a8 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
07c4a1e95fe5e2cd tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
65517ea225b275cd tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
48520d45bcea234f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
7a7f306e40459922 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
30eb10a43224d94e tests/vignettes/safety-citalopram-age-65.yaml compare --format html
308f7e65135fe96c tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
9dc323ad4583974c tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
f7c59347ecdb0483 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
f5913827d50d27c1 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
ebfa31cbd12bb252 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
3a149858defe6b54 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
9fd90125fa989d46 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
6c9fb6a32bee0472 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
7045099ce6af3b4a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
88fd23f889253999 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
029b8956e5ba046f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
822fa07bdc7f579b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
91a07de4843bf583 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
12296e5775bd382a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
1c42c312f9eff1f4 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
bf7a6255267a34ce tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
a7dda614e34b1a6f tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
ba164db16b513f7b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
f26d9db6fe75dce1 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
1d40bd95f8a21012 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
52f1f5805acd476b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
a57b419c83a9bf13 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
b3d211ace4fce2c9 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
4bd70445984eb37c tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
b0a1473f8fe9a0a7 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
0180c0fd9a2827db tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
8680ed492f48c2f8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
9c08d29c92c77ed0 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
227fc63b988e3973 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
e4f556641d52cb8f tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
b0a113abaeb6b2a6 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
aec1d3d710e9e212 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
d094b4e8232f36f0 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
f46fba2cb9a0f97b tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
3ec231d4cba7e567 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
1b64214b67a2a3ce tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
c074ea06fe468cc4 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
bb3bb21b06514b78 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
d48bde11161a1ae5 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
346944f94ef8e460 tests/vignettes/safety-dose-above-max.yaml compare --format html
4f2ac6c6491f96b4 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
e58049b98797b729 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
64e4ff5c4de552aa tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
573ba604b718c7e7 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
9454816afda2adc5 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
048535f20bcde96e tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
e2ca3749e037974c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
59b57d68944ed8d5 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
112bf42be901677f tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
1ad1da5399af2a2b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
b33bf278abab22e9 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
5f8ec50655b02b34 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
a1a365e4bb67b8e7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
a7bd43a5793de377 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
88e45f6cb9e86d94 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
46e7831644f8eb42 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
c6fbffef37a42192 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
6df83eb1ec0e7f24 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
9569228d1c3bf1d4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
4026be7fdbc5bc32 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
07744e31b67f0024 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
4443e583cd91b839 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
b6d7a4b21c441103 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
822ea3d6de6c0839 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
cd4819d24b97e3a2 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
a5cdc96b4f698e7e tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
6aae236a757872c4 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
1ef0063b5de89e41 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
547cd6e0299f8bfd tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
9667419290137a8a tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
d517b8b9e3d466e3 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
d3b07681ff5efbc5 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
2c0c8319dd9ccd63 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
825542928456149d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
3bf8d8eba8288102 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
909b482c0b404321 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
de686a934b263533 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
db4000e48ab4dfea tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
47119c6b9d0e3e36 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
134e30ac5ac75982 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
32268c183d863600 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
06e3adb442703d1d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
fdce43a6a19c8c15 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
cbb78f6d02398d48 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
d72fdf8f6b393d6f tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
3102487ff8ccb9ec tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
843f9cd4a5f05094 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
78d969312b2fce7d tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
db0de87a6d3d3fd6 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
129a566ad110623c tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
13b7a4e50f239f0a tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
97c33ee97eb0b57d tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
ac6afba4bc1c8ec7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
e9b60752f308d255 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
462f0291f9d2ba12 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
df12bc56599ca265 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
0932d3da22e8a0bc tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
b3709c7f47cec8da tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
eab91453e3b03b1e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
c8ec37ce8ba321d4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
7078cebc0a323776 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
30c99b120fa957a7 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
bd6bfd242ddc31ac tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
500d7cb85e8d8422 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
f425849d8df78655 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
7ff7b32c89567e00 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
40bba7217e890d7c tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
385cd33c23c75e79 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
bbeb6f6126d50339 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
da05e5e59618ea32 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
05f05cdb9e498536 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
1b5d40707b1e1300 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
63bbc344f7e1c9b0 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
44da52059890a9ad tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
b8d66f9ffa22c345 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
f1577feb9b3d4619 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
c6e635d2337ad581 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
0327403136a12028 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
cbd7b1231028bc6e tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
15df1b174954234c tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
4fee863baf30161f tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
7ce3987dad2d3dba tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
121783165a0e10d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
8ccc4da3f4b54f87 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
60ae0ebacd973679 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
6c2ff7cd65f1680b tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
12e130dc61f352d8 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
ebbfa43363eb6542 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
ed7efd4f177a44e9 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
b2b1e934694bbe0f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
6803ebd705a429d8 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
910ac5445004317f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
2f08669c87cf11d0 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
031fbdd3a1e5b1da tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
5d2f6e701ffb6eba tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
61ec81d0f6ce2b74 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
c853320c0ff7d29c tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
81512e54bba882b8 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
9c0c051deb7a24c7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
8b3c10124cf46e2d tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
96fe18556efe3a2a tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
73d6f09efb34ddbb tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
d1836b20792bb434 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
0a18e29bcfd9aec6 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
58c9cf51dd8d646a tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
a46d7f00d6e75fe3 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
06c526b62eb31bd0 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
b2ea7585da45fbed tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
eb6315c2a2643ef5 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
bbdc24dfbeb84977 tests/vignettes/safety-second-antipsychotic.yaml compare --format html
e1ab5a0bda51e028 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
0671fc0c3ef75d50 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
a5a6de673bcea8e7 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
16e40d9cf183dd4c tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
64d6b094e2a9d611 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
8ad35f89c864d141 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
c3342b403b00e8b7 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
2f0c947b9af3ed61 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
84887657bdda1f26 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
40d48490a17ddf1c tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
a97fcb222eab9904 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
a0a6e23afe639a28 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
1cae0dd58ec3dfc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
802034ed47fa8fc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
b7d51fb3c32ec930 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
68fd3b593ca26824 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
5a1bb58dc1e4d989 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
ad04e151b2792a29 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
e5cca113e176b40b tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
35b872b2503e6f44 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
2496f1038879e6e6 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
6f92dc73a63ed9ae tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
27bd5471d83f4afc tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
95277f7d4068f04c tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
887dcc3c894d013d tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
a00e72074563722c tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
edfa420151d703e3 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
373f3998c2d3236c tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
97d46983d81b57a3 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
b14bae276abe6f46 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
ee6f4ab5c853fbb4 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
04011d413ef9cdbc tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
942c591a0dbcbb42 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5b4187b1e75d8db1 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
5f3237ef05938abb tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
e233a337bf825971 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
0d3e06119392f82e tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
b81a4b3bf38615d6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
9b7fb14c86cc1fdb tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
dad751e025af2455 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
855fd67421d4c807 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
1c97d82999fd5316 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
9264f301c715f319 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
131ed23d973e76b2 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
6c146b81438826b0 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
6f5bcc01f08b63e1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
a8fa881f7330e4b0 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
70249c234387bedf tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
f5cbc87ad0acf163 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
439e289a98f45ff0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
df6fa23e5b127704 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
2b0122af3eaa94ef tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
4f4062019a5863da tests/vignettes/safety-washout-respected.yaml evaluate --format text
559238cbe37ce766 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
f2875088c2221c52 tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
7b1d561e7b41ed0d tests/vignettes/safety-washout-respected.yaml compare --format html
7482d756c8aff897 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
098beeee2670e327 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
8c17d50de5f277f9 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
a973a7f9cd332d8c tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
9ed706c2aec961f0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
c7c972e7e2cea48d tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
5a4e01acc495c1bb tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
44a3840698abfa29 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
228b066ec8b03b25 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
95eed8d255e82cf5 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
f283700f5c3c4f15 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
5264ed4b0e4194ad tests/vignettes/same-class-failures.yaml evaluate --format json --explain
0ecf372d8cfd1fa5 tests/vignettes/same-class-failures.yaml evaluate --format text
275c6548a3e4f20c tests/vignettes/same-class-failures.yaml evaluate --format text --explain
73e13a12ac17aa09 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
fb833e7784788c5f tests/vignettes/same-class-failures.yaml compare --format html
076aec3d95f3962f tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
76aa04b1ef406f42 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
f786b1682d699f6b tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
e4b94cd6b7b6063e tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
c11d364c0a3870e7 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
de0816d149df73bf tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
ee9487b158380174 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
3a6ebe775affabd0 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
cab03cade74172cb tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
0c8fb7f7fae7f737 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
aa7d67711cba41c2 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
43d12b8cf72cddf5 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
ba4602c03bab2765 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
d2ca4613e190dc19 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
a8d8753312b418f3 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
b1115eb29cfaa540 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
ee3b2d563a258ff8 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
9bc7206e46824435 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
72283d34f93856c9 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
6c8bf8ab0e94c2b8 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
1f447e26829b9777 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
91d59e87dd84fd05 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
3bfc995bfe51e490 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
cb35cf2248083ced tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
6f379828a9291d12 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
5b7ee831f195c4f8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
fcaf0bbc55c024e8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
aa8bcc53825c55e5 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
119a81f43111464d tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
8b5dd7bd1c6b9f83 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
464475448e397f01 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
be7bbe8248645314 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
12095b7f0d724320 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
40d85f9cb7b5ba75 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
cdd2d31fad931ff2 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
db0b387a58c678e4 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
f4e64505a0b4ea72 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
7323fc5acff9f1b6 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
13ac8d6961a41603 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
3c1292654bfb52ab tests/vignettes/stard-level-1-exit.yaml compare --format html
04738f0dadaf1e95 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
5d84d7cf9fec34da tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
d9ff07c70ab44fbe tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
e6232a75369c6c47 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
0a1576747db9b7f6 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
364953600a31ea23 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
7326fb60d1eb1cee tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
5e1199b1351899b6 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
30b41fd8453bd603 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
c651dbe32e1e38ce tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
432267b859a8431f tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
cc1d6c3e3aa902ee tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
d9a227c6c53cf989 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
3a08380ef9954163 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
6d2f970f7e4d635b tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
5f01329308f64f47 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
a14bc5955cc3b406 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
132a7cd9c324a65c tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
c2fc28bf05f6c0ff tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
80224e87528fcf82 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
5305d204da3fde18 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
738e28ce4da25b64 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
f667c5193d6e0543 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
e767f9fb336454b8 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
ff7d8dd3660a1a4f tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
59bdab0aed232fae tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
b0b4ff56605d6502 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
e7931db18742e130 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5fe8a608f4728a7c tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
5741e256686d44e3 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
44ba8e4d515a8464 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
4a8e1606e211c1f1 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
1e21355181c45746 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
4be1eedcdb8dd465 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
94bb1688c90429cb tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
8c2c639577aa52e0 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
ed141d8677936eaa tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
f0349558c8ff6637 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
35c9d6f64690f478 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
762fbe091ea390d3 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
f34ecbc53034e4d9 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
dc9912dddc7622f1 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
ab08690c3fe13b33 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
87eee786a893ff98 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
727c8630447994ee tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
34c3dfcde45cdb36 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
b5d6a2830a49ef0e tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
3d57337be1a531a4 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
50299fb322b8e8ef tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
8b0e1e06664adbd8 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
ba7dc9a740ae1f95 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
85d848c3fd367b66 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
221b759726122ec2 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
f7ecaa374882af7d tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
faf94084fa6bf394 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
f1aeb56586e147d4 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
6c3efa22ea7d5ae8 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
87b6dca812918097 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a36462bc0ee34297 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
9a545d0fa2967098 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
4d848dd9a5ebdfe8 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
ae4f4aebdaa579df tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
a6d10e65adf2ec9a tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
725c2f0f287272a5 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
aafbf4a5732c480b tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
0789ee284d1abe08 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
0fd78587f73b1806 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
09f9c99038150996 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
883e13f261b1a7ff tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
9cf75055787a1058 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
5d4e689377ce4f27 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
ae7129c65a99a2cb tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
7e615cac3cf20ec0 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
e62aba5ed9414115 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
75bfca0574d14838 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
4c4f5a00e05f641d tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
6cea40952c607f69 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
e6a1b713b2259c0f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
8e70a59b5a874837 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
c2aacbbd7f162cd4 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
7fc0f8a6457c8896 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
8e7c41eb8f8f8a8f tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
3623d842efbda816 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
14067941c0ae4df4 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
377b6c23a50c6f0d tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
6ef1069c738943e3 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
396a809c1b887cd1 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
f4b07fd042b9cda4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
2c0de4c91cfeac37 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
8669cb3127049595 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
fd1bb1f32f2da9bd tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
610a9123b5dc2b0c tests/vignettes/stard-level-2.yaml evaluate --format json --explain
27f77a389efd6f4d tests/vignettes/stard-level-2.yaml evaluate --format text
4811ce5a8dfe8092 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
ab1500a8c182cc34 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
bd3994faf0c47e19 tests/vignettes/stard-level-2.yaml compare --format html
d96403c52a3d30c6 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
25de8cfa6509da62 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
d7e87167e6b5151e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
3c849a0592b6e75f tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
e02dcdf487af790d tests/vignettes/stard-level-2a.yaml evaluate --format text
1725b2a41ccc3b1b tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
9c56e0cfcfa08d03 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
79b36ea11eb41453 tests/vignettes/stard-level-2a.yaml compare --format html
6ec27be63075f29e tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
6665a203927d8b6b tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
1434147cf419d4ff tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
1bd2bb8900c8de36 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
a2d1a7a5b570f9e2 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
443c1bceebd7a7d3 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
debdc5c727b108a8 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
642a09dd7d2a9000 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
d9a06a31af8c6358 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
dfe6a06ec5fcb152 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
59d2a7c1fc66d925 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
367584c6bafaadbe tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
bb153396519cda56 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
f5eb19101e0704db tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
adfc72869054f375 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
6db31578622f65e4 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
c7c8852ad9709813 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
4ee2492e3fa00fb8 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
3976e607070e9b4d tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
bb2ae2e63f62479b tests/vignettes/stard-level-3.yaml evaluate --format json --explain
252decfaccc4370c tests/vignettes/stard-level-3.yaml evaluate --format text
cf068c054e8e0fd9 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
0cd7263230dba229 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
e06db20a57df6b7a tests/vignettes/stard-level-3.yaml compare --format html
022fe51e6f631c1b tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
441fae0d12bf8d68 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
d2e9d603c52fc790 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
99232aa9d124e02b tests/vignettes/stard-level-4.yaml evaluate --format json --explain
d7b2b027fe073669 tests/vignettes/stard-level-4.yaml evaluate --format text
a930250bfcb43e58 tests/vignettes/stard-level-4.yaml evaluate --format text --explain
327d8fe8dd4a365d tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
9f2988c4942af70b tests/vignettes/stard-level-4.yaml compare --format html
ef27eb3ba5af34c0 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
ca97a58d8b1c857b tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
3230a1262904471f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
ff06aff408ee7994 tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
2bbd5724a2bc4868 tests/vignettes/stard-other-scale.yaml evaluate --format text
beab29ed4b28b4cc tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
e3126dea618e63ff tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
2dc69384a19eb0af tests/vignettes/stard-other-scale.yaml compare --format html
e0c3726c937273e7 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
ddea4ea9b2402421 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
6ec6735c9c3859cf tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
7711a839f02f552e tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
35fc8694c230adc6 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
02c0c48c889904e5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
2d7e5e4fb1e49efe tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
984b5bc4462a5782 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
1711acd040bed6d7 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
c3cd88f8c29465b6 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
29984039d6523319 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
33ac01f14bc7526e tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
35026b5ef8d2cfb5 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
0ef7ae8f548b27ed tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
3cf00f7efe93ad96 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
15af211dbd34681b tests/vignettes/stard-over-75-in-scope.yaml compare --format html
af51aaeebf2c2f1c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
5f47aaa828a9c9ce tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
55f0f5cd8edf8909 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
0aab761ef197c097 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
d90c3f4a542dde15 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
ba6e67164582793a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
55c2fa51bfed6f25 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
8d57a34cd4cf62e8 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
fce4878435522948 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
ec2c2bd275b452a3 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
a610d643d17cb013 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
0672e5df9f742f93 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
86bff9af1ef76745 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
ae607225cc55f980 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
a4238a012d4ecb68 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
c296306e379bb96f tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
ab8c3e3bbd212663 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
2e93d00d6ce3d3f6 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
4b64e1eeaba14314 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
b4da02838ad7af3d tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f69cb0e4cd9f2e8d tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
3872d0e7ce505bb0 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
2a6d7bd649a7e2d9 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
cbfab0711e752eda tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
6e5b3263be30a841 tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
6bed6633f01a2063 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
a0f7ba797a12ffcb tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
b65f6840c5e1ae92 tests/vignettes/stard-remission.yaml evaluate --format json --explain
c99e1b4db08cc892 tests/vignettes/stard-remission.yaml evaluate --format text
85ab55c753ce4503 tests/vignettes/stard-remission.yaml evaluate --format text --explain
411c48635eab35a1 tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
17bc259813a7fdc7 tests/vignettes/stard-remission.yaml compare --format html
9c5266e4d351814e tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
5bcfb776bc83b006 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
9b652604f336fb71 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
b457656724742480 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
dd98a65f35023565 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
dc604179fd0e167e tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
5488897ed83faa76 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
eb4fe6ca0d6fce9e tests/vignettes/subtherapeutic-dose.yaml compare --format html
03d8a6d83ff7392b tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
3225fcf47d7a8f42 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
ebb9985f0060c6dd tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
4854023a6091813d tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
e3ffe763345e6bf5 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
4d7a7a0240988e24 tests/vignettes/thase-rush-stage-iii.yaml compare --format html
093558a8de7ff532 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
02e6f315397fd2ae tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
06c60e5f78b38d5d tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
2d5271592caff7cb tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
e3ffe763345e6bf5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
4d7a7a0240988e24 tests/vignettes/thase-rush-stage-iv.yaml compare --format html
093558a8de7ff532 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
02e6f315397fd2ae tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
06c60e5f78b38d5d tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
2d5271592caff7cb tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
e3ffe763345e6bf5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
4d7a7a0240988e24 tests/vignettes/thase-rush-stage-v.yaml compare --format html
89bde71aa98b8407 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
75c3ee65b7c7bdfc tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
ce2f311acd376c3e tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
2fcb35c2d669ea8c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
9656e3c7c9ac2b77 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
4e958057e3ec553f tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
282209c48b55a472 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
f32a4301cd71fa2e tests/vignettes/trial-addition-stopped.yaml compare --format html
03fc32a874f2c769 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
d2198a94806b5a60 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
d30a0a44358f86da tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
7a9655218e486146 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
da2ae3269dc0cf2c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
98a37c6445cf4f7f tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
0d8e9c6cd6eca1c8 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
32512f8d2202417d tests/vignettes/trial-adherence-strict.yaml compare --format html
34715627910dc48a tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
962dd07870f2962d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
82d570ff41a2ad1a tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
e50ed72373bf60bc tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
678a1fbb7652a0d8 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
04c317a1ed914828 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
a39b591c0393ccb9 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
b556c85b3611b129 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
376d304b75617b84 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
12e139de0d9a3b95 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
dc54f07668efec5d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
f932f9c9d32c93e2 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
db41d92e2ec5efb3 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
50af425673c00974 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
0a789212398fae79 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
d2790f9e1b0c9607 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
48bac7fc4692a8ba tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
127cda334de1d3f5 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
948a5e661222d585 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
571ada5a4e98631f tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
b1cf74b0c08666bb tests/vignettes/trial-duplicate-course.yaml evaluate --format text
5d629381f5784088 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
fe2d835e1e044a8f tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
398591b731bef80d tests/vignettes/trial-duplicate-course.yaml compare --format html
2ea621be22b690ba tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
b381fc89f1211703 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
68216902b62b0332 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
5c48f6f734647f40 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
f422d8e055d5b950 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
cb2385a5455440b1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
6d654c64aa796d3f tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
3db917ab8a86f5bf tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
5bd4dfa450223e5b tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
6d9fc5ec00ddac3f tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
7d79eb5a43c43cee tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
00bd2d11c625207c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
2a24bf69b46815e1 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
eea0eca059e0a5e2 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
47cf5668a1263cfd tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
1bad1e5b86a0313a tests/vignettes/trial-ect-during-drug.yaml compare --format html
d058e45fde985420 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
66b638f31abb080b tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
79f48ab2ef1f61c0 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
1fd6afdc7d911e41 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
f633bc6c36dc4e2f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
9dac28d4204db122 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
c0487c76a01354eb tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
8640332d16080934 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
539b8cff2f5de8e8 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
0ce6025d57ce456e tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
e158d171be6135fd tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
34d925a8caa21c1f tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
ce2e19a92737eeaa tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
34ba5e7df0c314ae tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
f8c376f6aa730d68 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
b8507c04f1a87ceb tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
3171943d60d455b5 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
aa3d481ebd53a1f5 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
28fc9bb2a63b38f3 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
c292b35dce32f3b9 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
b527839d840e3aba tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
b3e81b66d7b9d478 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
d029603407db408c tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
f67085b929b3e9ff tests/vignettes/trial-relapse-after-remission.yaml compare --format html
37dfe4f7580c8888 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
bebf755b5f11594f tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
b9cfb05ad3a3cca1 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
cc26a2e83270bd24 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
bb41f5b05a5d8477 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
ac45d84bacf70827 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
5734051f49feeb2a tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
615537f08b18d3c4 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
c692664dc2936ef7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
0e5a35a3391831fc tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
0ee6a9b961a9c106 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
b77331c05a7222ad tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
4b9d2c16e67d0627 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
8f62536b5ba54622 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
26b2c59a6e4529e7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
1cc40ffc40164b39 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
a4b58efc60ee98de tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
1049ef462141c896 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
1a384189124f882c tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
1c6db40aafb63a81 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
5b861fce70ae5cf3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
9fc70ecf86cff3e3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
e11ba83efc4bf03b tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
ccb767fe6862d374 tests/vignettes/trial-same-day-regimen.yaml compare --format html
030c9cb8decc4a13 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
3148a5274b3295bb tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
b1066327fe2899a2 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
3792b1f2029fadce tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
7e1c0fb382e353b4 tests/vignettes/trial-stale-scores.yaml evaluate --format text
dff008085fb033a3 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
d94b25fa3999f128 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
190e80e77a3f1994 tests/vignettes/trial-stale-scores.yaml compare --format html
49066884f009061f tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
dbf522ce7a5eb032 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
f1b8e6546f8571f6 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
926ef00e073439a1 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
2fd934b8ef94df1c tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
edaf3eba34b483f1 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
db4a1a9c1419161e tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
e4def29c061dd300 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
17a02962b19eb859 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
d28f129ad9d182c7 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
0409ca110c5159bc tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
3408f7dfb03634b9 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
a20cb34aa79b8f5f tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
0c7fc0af3ccc26da tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
d2a31943c0ca96e0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
a9c75fc69a2bfdc4 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
da213a7bb789b7c1 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
73000efe052c58a2 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
36cca814a7091d55 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
6ecef68aa1328ee3 tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
bba3871fb7ee2ac5 tests/vignettes/trial-without-dose.yaml evaluate --format text
8b97eeca39da53ab tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
8dd1251dad3084b7 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
270929172c1934da tests/vignettes/trial-without-dose.yaml compare --format html
