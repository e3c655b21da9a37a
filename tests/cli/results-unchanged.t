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
# lines of histories with a recommendation spanning lines).
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
f7c49d7a73221079 docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
76ad90419985c085 docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
837f7022f16e4c0c docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
10e367007e177a72 docs/examples/demo-0001.yaml evaluate --format json --explain
c209790cc3346bfe docs/examples/demo-0001.yaml evaluate --format text
05e0ad10174a4f01 docs/examples/demo-0001.yaml evaluate --format text --explain
3d84c9d31ea232a9 docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
50ba70356463ca23 docs/examples/demo-0001.yaml compare --format html
0aa26c42f95d605f docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
cc7b2b566f608a84 docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
c3aecc1aeeaa3fdd docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
a8046f768d38cdd2 docs/examples/demo-0002.yaml evaluate --format json --explain
24b42fe9c55d3bba docs/examples/demo-0002.yaml evaluate --format text
cae6602ecae5e2e9 docs/examples/demo-0002.yaml evaluate --format text --explain
f6218e3bc08e9e29 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
c8e3fe8927a6ca1e docs/examples/demo-0002.yaml compare --format html
f78f337c57cc1860 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
ec6d25ff94bba40e tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
ea6d1bdeccafbcdb tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
86e813565924d302 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
6d579f63ae1ad600 tests/vignettes/adds-to-chain.yaml evaluate --format text
dc680aa9b1b6e8da tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
df45716a3b91887b tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
d8d3955bb78a062a tests/vignettes/adds-to-chain.yaml compare --format html
c3dec883323e365d tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
655bb26add5f3ec8 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
f6e3e78bd135ec64 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
0bad03ed97b234d8 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
2bd071c9180528da tests/vignettes/adherence-poor.yaml evaluate --format text
fac752aa50bcea81 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
61d1270d53ed9e90 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
259bc0356da86d76 tests/vignettes/adherence-poor.yaml compare --format html
7e0a1bb0d1481a7a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
05fe92593d4d2423 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
9bbcb923f976993c tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
bf02ccbe285dc2d9 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
dd2d2abd452d7bb7 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
38691720d36c4b01 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
6b65b331479544d4 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
244d5b3b94697c26 tests/vignettes/augmentation-role-bupropion.yaml compare --format html
8a837a7f4d507f29 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
268eba83ccde9916 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
e7cb6ce23b587bac tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
cb3b0c251676b071 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
2f752dc844465385 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
cfe63e06dc072659 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
02c479bc11cb3df1 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
57e7e4c3b6b9f87e tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
fa4bc24d06cfb8d1 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
73e7faace423f296 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
754b53dda1ff28c2 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
56fb9773889ba9f2 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
66a6619df4164c8c tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
b55f43e467a4f4c0 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
248de74da61df3b3 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
190c0cb5dd853292 tests/vignettes/augmentation-role-lithium.yaml compare --format html
a9f58fe11a9abe0b tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
e538973d2d326f6e tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
afd31d870f0ceee8 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
04b247e3c4995b67 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
260e6dc0785367fc tests/vignettes/augmentation-role-stated.yaml evaluate --format text
cd08a2de3067d177 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
6c3b95397c092e83 tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
0bd18e1999c3eb44 tests/vignettes/augmentation-role-stated.yaml compare --format html
5f8cbef4945c8bec tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
c185b9e7bec9dedd tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
81c24e533bca19b3 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
806f967097c4022d tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
18ad47cce7c60dd3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
2a27804fe0bda592 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
c829619e40ed6d2e tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
ee4fdf2389e06631 tests/vignettes/baseline-window-edge.yaml compare --format html
0475f7429e826726 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
819e1402052d8035 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
6f8d853159e7c983 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
25760b07e2d9b7ac tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
788decf28c1ef0d0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
eed1620848587af7 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
47397f5cb5bc7c62 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
312dd1cee12c9c98 tests/vignettes/canmat-below-therapeutic.yaml compare --format html
78dfb008b66389ef tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
c950aa20660c1f9f tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
205e040ebaec1286 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
299168030634740b tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
3c39a7e60cd74d08 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
0f71b6bb69b5e6f5 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
89c1572bf1102069 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
7eac121ec0a7a536 tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
040fd1a88e2d72fe tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
f3fb13bee247de07 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
34349e805dad5674 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
b236e3da35d2d45f tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
2238e1f6e1b040dd tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
76bf90655bcf3b29 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
dac74d1caa5e12c3 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
d6f0e0c083fac10e tests/vignettes/canmat-decision-point-passed.yaml compare --format html
d3df237d4e70e956 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
e4f962362de48b58 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
7de7cda469343c08 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
1b2f349c93e5d707 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
c35c37959222ffe9 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
85af8a2fd4b3e11a tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
205fd53ae725c8e1 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
a7292aa9e07b1bfc tests/vignettes/canmat-early-improvement.yaml compare --format html
ae2c2a0df8518bbe tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
40bae187cdf3e742 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
685a17792562f1dc tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
7864011b10773cc9 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
228a6cb03c25eada tests/vignettes/canmat-initial-mild.yaml evaluate --format text
192c362e4e0a5300 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
4d53d1def9119b62 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
2365aafa26fb09d0 tests/vignettes/canmat-initial-mild.yaml compare --format html
bd5470c9d7efa4c2 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
8c2cf3214ec4932e tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
3d8ee388d0bea410 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
e7d1f14b76a0d052 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
5afdaf9d9718ea9c tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
83979275c651ba15 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
98b332ea97f41089 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
be885a323a250c02 tests/vignettes/canmat-initial-moderate.yaml compare --format html
69255576ccea09f6 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
963be0585858172e tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
37ff5a59527f50a2 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
e008a8a58b0178fc tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
6b4dbb13aa4df73b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
579c251c22826c59 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
e3fdff037cefa1a2 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
786b3661c88c2f69 tests/vignettes/canmat-initial-psychotic.yaml compare --format html
8fb1d8a69e4fd0b4 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
b7dd076be90e3bb7 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e0066725b0058b82 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
0356d8abe6ae5493 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
23cecacf57701a4f tests/vignettes/canmat-initial-severe.yaml evaluate --format text
a8fd5ae16d142272 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
e920b053d44d3e75 tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
ff5cd540047e43c1 tests/vignettes/canmat-initial-severe.yaml compare --format html
7f37fcba421b7b8b tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
e095b774479e4227 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
424a04385e7ca1b4 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
d6dfd3b38cc47200 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
df8ef102c2950ad6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
695c7d745ed99382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
ee9d9c7d3261a501 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
fb4bd9faaab923f7 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
e3da6fd3fe3c2f6d tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
d8d52a09f3d2487a tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
efb2d386839ec038 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
3efd2243b69b5f67 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
57406fb9725ab4a4 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
69c6c41da1a46b8f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
fddc684e3693745c tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
bd6aced2dfd2e47a tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
2040a0e7b16f3872 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
64695bb81d7e9fdb tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
2df8dea8be454cc7 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
8f1cb732ffc94bbd tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
4e111a671b456678 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
45a02618b864ac91 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
76e742f296a230b0 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
47db235c35bbe97e tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
2bfa8af74fb888f8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
43ea868a501f6fca tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
931283f632687eaf tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
6f9f2093468a0f07 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
59c61d93bab017fe tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
67b120e571e02920 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
d2ef4d69e9f65cec tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
47f998e2a07e8628 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
55893658a06ce05f tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
b35b91ed35a70b64 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
d1fb216a68bf3d6c tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
24026c0b2b3dae05 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
2116095cf21d4d93 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
11aa8dfd2c0bb430 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
5e609f08e1953a14 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
4692b599236e830c tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
e3e4c1c60385d84d tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
b39c01415d692076 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
8c9a8baf89f75470 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
a3553b7a254af130 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
19e665fb3495e5ff tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
c969c905ad7fac42 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
375b0ec9943b0734 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
63ff4111c6b36f7a tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
c7fbbec520a7620b tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
d6f0d55361f95a7b tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
562a7e60a6375f17 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
34ab634ac26d3840 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
931e952a344699a6 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
66cc74c2156179a1 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
a97b8692a39460f9 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
a0189161277e5ec0 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
201759e7a4390ae9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
aef3448adf66d281 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
930578a81ce4b45b tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
84f26f171cbb1883 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
2edc51b8d929a4be tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
0863b34df978d93d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
b2cd2c11173cbeb0 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
f07772451e13fcc0 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
6dfdbe9f3606db9f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
0199930ad9e81af5 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
7ce5174d2bbb176f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
1e9c4d046a9292ba tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
01b4bd2e5fbed36c tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
034d818d2993e84d tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
a76e7c12ac245248 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
aa0e69fb0a174fba tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
a0a4b74f3c41cf72 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
4b211f8d696c97f0 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
eb1ae5e8a27fcde2 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
1a07332bce68a2fb tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
a22017abf4558301 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
5870e601c280fb61 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
bfd739ae4c71d344 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
1d0b3118bd79a85a tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
d9ace5047e4c7453 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
de81101ded9cfbb7 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
6ca1a5c7969b4a93 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
28419a0c4cd54b9e tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
92cb7e89d527aa05 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
382501d98f361db6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
1b022b69359d1f2d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
173ed264bc11083b tests/vignettes/canmat-remission-maintenance.yaml compare --format html
3acb8863758d707f tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
6320e49867803570 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
2f91d4cf64dfb1d4 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
50e6e458814a2465 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
b01015c81373a0f5 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
f93bc24740a4ff1d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
9ac1ab6776b00216 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
bc5e70e017dfd7e8 tests/vignettes/canmat-remission-recurrent.yaml compare --format html
1f5e20e35989aae8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
7b0666e75dddf819 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
c91c3c8d05f45cd8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
54f2b53739a83feb tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
e7060e4d0db84b31 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
28e108c2b3d2b95a tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
2978bd2afafd33ec tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
f50dd3614bedf7d0 tests/vignettes/canmat-response-without-remission.yaml compare --format html
10c74ee0215af045 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
ffc02a136e609edb tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
cbce3231f5530b9f tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
52aeb0db31c8c31e tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
b62eb7ab62e35823 tests/vignettes/canmat-second-trial.yaml evaluate --format text
3cca766f1de0b8f8 tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
b8dc1bb381d3254a tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
a353298a3877ec63 tests/vignettes/canmat-second-trial.yaml compare --format html
1d25440e72b7abc6 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
d08fc47ae22b3609 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
eeca28123db01230 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
44a9e3173ce33250 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
3451bb3c0abe5b22 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
b00a7233af7aac3b tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
9158b3a14070e9d5 tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
0e845a8f0199dffe tests/vignettes/canmat-set-override-default.yaml compare --format html
56fdcaa255448e51 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
5608f88ed0db2b0b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
39cd5e68bbd8ce29 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
3d9188584d4beeae tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
05ddfb4d4fa7e18a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
edc8a520dfab9ace tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
667b3ba665b4a2fd tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
82c8da9e84fe1020 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
dc22a70bde8808ba tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
4ddbdf816abe625e tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
3a23f64b56505bb4 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
71d57e3b52bf4280 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
a8925ca7061d2336 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
0b41d0458ad66eb9 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
41aa3ed24251a80d tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
781333bbcf73c333 tests/vignettes/canmat-set-override-week-3.yaml compare --format html
6665d9712b55a53f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
bcc65db09bc4ef92 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
0f651cd76020e2ae tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
ad2fb79cae6efe7c tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
d436467018a6ace5 tests/vignettes/canmat-set-override.yaml evaluate --format text
2540b08cda3e3fcf tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
20196913fb876da6 tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
27cf3debd9835efc tests/vignettes/canmat-set-override.yaml compare --format html
8f0e9d6f9f6aa19f tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
e53b6a1dc230f22b tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
6cc9695bdf97695c tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
f7f32aa7347c60d7 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
c86f4d5a2fafb32c tests/vignettes/canmat-too-early.yaml evaluate --format text
f0e00ed15614e927 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
2f38408cf5a1db9f tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
0dcea32ae9ad7639 tests/vignettes/canmat-too-early.yaml compare --format html
1af9dda549bdddec tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
8714f1fc596778fe tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
9d3d2e4826b9ab2b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
c12307e5147e52dc tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
63ea82fd091fd94e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
ca6e142dc1107952 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
17dbcdcbae9a9ef5 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
3adebf13abfa3775 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
d01823f53e6e8176 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
05d9ff59398d558a tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
77e3b8aa87c9a9e3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
20183e7e6a8b451f tests/vignettes/canmat-trd.yaml evaluate --format json --explain
4d41173e53d0664d tests/vignettes/canmat-trd.yaml evaluate --format text
fed2149e8a7f00f3 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
74617571bbb689e1 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
1d7ae655e11e45b2 tests/vignettes/canmat-trd.yaml compare --format html
9879aa7e6ce830e0 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
6d1e07ac8fbfee39 tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08977111be073288 tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
77bcb8736c16dfec tests/vignettes/contract-example.yaml evaluate --format json --explain
c209790cc3346bfe tests/vignettes/contract-example.yaml evaluate --format text
05e0ad10174a4f01 tests/vignettes/contract-example.yaml evaluate --format text --explain
3d84c9d31ea232a9 tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
50ba70356463ca23 tests/vignettes/contract-example.yaml compare --format html
6fb1f809140f2463 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
782fb9b776a5d50e tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
274bbd347cfbc81e tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
3b2d40ba97218b42 tests/vignettes/custom-definition.yaml evaluate --format json --explain
93d665652d3a3c65 tests/vignettes/custom-definition.yaml evaluate --format text
3b30bd9e3e73042c tests/vignettes/custom-definition.yaml evaluate --format text --explain
d5e5df1fdb681ea4 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
223f00a947d51a1e tests/vignettes/custom-definition.yaml compare --format html
5070d21a1573f8fc tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
ed39c3b14522c4cb tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
398ff560d5e5fe8b tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
a4ecf508b512214c tests/vignettes/custom-staging.yaml evaluate --format json --explain
feacc0442bcad5be tests/vignettes/custom-staging.yaml evaluate --format text
9b8d37dcda791ee8 tests/vignettes/custom-staging.yaml evaluate --format text --explain
81270fb98dda9776 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
533950e1394ee392 tests/vignettes/custom-staging.yaml compare --format html
91f705ecd3a62d88 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
d1b3fbe9e4cbfdf0 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
45d7beb60f384621 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
5ab0a366bc033cbc tests/vignettes/different-class-failures.yaml evaluate --format json --explain
e7e29b6d94dbf19c tests/vignettes/different-class-failures.yaml evaluate --format text
6d6c895637c48c83 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
f24a9eb5c1c58f68 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
de4367977df380e9 tests/vignettes/different-class-failures.yaml compare --format html
7fe249b552beaa53 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
1fa0ded53109bf87 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
2d6fc8fa65fe3736 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
06581edc4af09937 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
3f92b916c6bc2fd2 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
a86d61dd2735d30c tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
2228ccaaf285f577 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
7addc6c3f6d924db tests/vignettes/inefficacy-without-scores.yaml compare --format html
db016f4c4945c71d tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
37f86c51dc0a1b55 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
574c3fba81a84b12 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
9d2dd7c08fdd5087 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
d1bf2abf93264cf3 tests/vignettes/intolerance-week-2.yaml evaluate --format text
9b6eebf72c78583a tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
d72733d99cafe833 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
de74ca9bd84bfbbb tests/vignettes/intolerance-week-2.yaml compare --format html
5e54d58bb9b7c5b7 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
c96783152fd0dd04 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
3fbd639369804f57 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
a2e2dfaca05ee234 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
f620ffa93b78a944 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
4e26f9998e8bf1c1 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
4c1a325804887911 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
e7ee6a0072af01ed tests/vignettes/iso-vs-relative-days.yaml compare --format html
818d1ae694de3faf tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
1dfe142897c5eee6 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a5c85ed2085c094e tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
5d6356db246febdb tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
c3c0217d465b285d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
24f43042214c39a7 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
15f8cb215cd664e4 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
5657ccda6e2d1bc1 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
ca54a9528299479d tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
f502175334e774d4 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
d31c63c221dddb3f tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
a31e2b94cc354374 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
42c52c2e393d9ec0 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
b2bbe1a4ce6fe097 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
99aa142f779f1b62 tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
cbe4c57de6fc2b47 tests/vignettes/ketamine-per-kg.yaml compare --format html
3aaf33355bcc3004 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
64d6557291e04684 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
9866878b84405908 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
48f7c9b847c73069 tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
9f970077260a3843 tests/vignettes/mgh-s-full.yaml evaluate --format text
16465dbeca11f7f1 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
7ade0596f30fdaf1 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
ca8a3efd309ee6ba tests/vignettes/mgh-s-full.yaml compare --format html
6ca6c73a3e259d01 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
f72e08119de20cb3 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
87b1c5f284442594 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
f60a114e351f5d4b tests/vignettes/missing-baseline.yaml evaluate --format json --explain
f31c0348d48ec6dc tests/vignettes/missing-baseline.yaml evaluate --format text
55df60f2dbe8e65d tests/vignettes/missing-baseline.yaml evaluate --format text --explain
8a554003cd196af4 tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
f9a6ae07ea846e90 tests/vignettes/missing-baseline.yaml compare --format html
3c87b0cb2dcb6de3 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
c44345285279168d tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
e3837dc860c8862b tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
4d4968907537ae94 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
ffbda95a320395c5 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
d70513c335eba175 tests/vignettes/msm-duration-12-months.yaml compare --format html
3c87b0cb2dcb6de3 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
c44345285279168d tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
e3837dc860c8862b tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
4d4968907537ae94 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
ffbda95a320395c5 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
d70513c335eba175 tests/vignettes/msm-duration-13-months.yaml compare --format html
3c87b0cb2dcb6de3 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
c44345285279168d tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
e3837dc860c8862b tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
4d4968907537ae94 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
ffbda95a320395c5 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
d70513c335eba175 tests/vignettes/msm-duration-24-months.yaml compare --format html
42bd1b5dfc95e448 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
516d7ed2865a2182 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
40d56d47624996b1 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
a1c83fb86bb5f29d tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
ffbda95a320395c5 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
d70513c335eba175 tests/vignettes/msm-duration-25-months.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-10.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-10.yaml compare --format html
a578c129dafb9597 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
fd4da73217d599c3 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
7244a0d95a3c3195 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
048286775acb6d5e tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-11.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-11.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-2.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-2.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-3.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-3.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-4.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-4.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-5.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-5.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-6.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-6.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-7.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
8a7df6c5e2ae5c61 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
725bc0bce7793841 tests/vignettes/msm-failures-7.yaml compare --format html
e46d235b6ccb6855 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
a7c5e57929698461 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
47176ad452292c72 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
146534aaaa35c4cb tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
b84335a5705b5c42 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
1062842317d8079b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
7fbd8ed6b243f019 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
890cf55009689a69 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
62ea6f8a28ff8c06 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
f25f47215e1c4307 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
a4e5bb16c262d1e8 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
aae79e671bba59b1 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
e30cdee8ff67597e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ca4a65580d1e759b tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
3b78d33a4870732c tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
2d104d6cc5c359a2 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
a51bab9ce233ee05 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
d4dac7c1511de3d1 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
beed4a0433e2ff2c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
bf7ed5bed3383abd tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
f326b59b6e09fa57 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
5e03d664cd8e3bc2 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
cd340f0aa25dee71 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
5fa3692dfa34149d tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
23d02d6000544a66 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
af764c165c70da64 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
72298fa3d0239097 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
d5031855a9f0e9a6 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
4b851ad1a12e6133 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
47fa2ef7de580f1d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
ce3262313d4832a4 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
1ace0b40dd57b9b8 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
09ff316237fc51cd tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
d8e01a5fc2f30851 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
3471e81f04b5bb0f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
2b6ae63b2c9d5597 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
fe9c0ef72256bcf1 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
a2f4ab1ba9814744 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
a354bfe321c147a5 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
7cfe86bc57617527 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
168bf60772263464 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
b396c27859add199 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
239e5de0f600c9ef tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
d91009b30fedfca6 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
fc7b95c1c03fe965 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
bb47921957bda9e7 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
046e8ba9ed11e502 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
14a125532ab8a14a tests/vignettes/nice-early-review-age-22.yaml compare --format html
a98c0f9d1ed968fd tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
c98c1e9de77b98e3 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
08f5825ce05235a2 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
dbf54a77254fd3f2 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
9e8f16c2e114c45c tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
6a4a642eb6161376 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
99418c265238d582 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
49ca5246934d952f tests/vignettes/nice-early-review-age-40.yaml compare --format html
29680a5f3321ccf4 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
b05c8d18d69d2566 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
1a2da7f5cefd9d0c tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
87d20a009c06b033 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
0f033964b51404cc tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
f317e09bdb86dc1f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
132688a37d8352c9 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
28110a520562a320 tests/vignettes/nice-early-review-no-scores.yaml compare --format html
85ec6507fc200fc0 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
9410ef55f9e0b3d9 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
49a49f5365ba52d4 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
dbe8ac33acc2212a tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
cf93d634bad2c742 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
06dac10d3c5057aa tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
128cdf88c8c920d8 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
d0cc79ed30021599 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
2a7a7b54592e612d tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
13edf29b24d33061 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
eb280a69d14d4d0b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
6b4899994fb00601 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
d6a72d5934b21423 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
d6cfd6a64c28ad51 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
d85cbb9c2135259b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
3316d6fb06b2e81c tests/vignettes/nice-first-treatment-mild.yaml compare --format html
ca023076c178b320 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
38e3bffcda760886 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
7ac19b8960efb7b0 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
6cf2b452edfbccde tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
f9a01c6e5b5f998a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
d652a75ba4b1cd10 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
181195d0c3846e4a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
b33feacf76fb33d1 tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
6c42bd195e8694c3 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
16101d90255325a9 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
260420dcf61807af tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
d75686adcf326a1c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
e79c4eae2e9c882f tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
c07aed46a9277f92 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
e578ce73063246f6 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
528929fd236f73d4 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
1841e899b7d603f6 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
6bed551827acc4cf tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
497d351ac1249763 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
33810b93f179d0e3 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
7a269ed15bbc0ab3 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
07bdafda09475ada tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
9ea27c0d0339adb7 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
3d96f807a88feb32 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
db0edef47edbc8f7 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
15a58e52c86da23e tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
2f2249345f14e773 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
ede13ea5b5b26ee2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
55796843d8b8c455 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
3c6a977363e8ef40 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
d565fb099b5e93a2 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
48ca65bd13e9a3db tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
7e353ab4a8e3e8e1 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
6f80466fbb8010ca tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
fbf796a3bef3c58a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
a4a697f6f759d471 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
5e99ee759cb9d0d0 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
8bb860e5556420a4 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
429a7fb117573c4f tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
cc87992646300869 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
0aea4d32e332c283 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
9a4486532fb42b7e tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
64f8c81744ed987c tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
978c4d73dcfbd23f tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
6e8bb585a1c5c857 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
305ab111daca8f20 tests/vignettes/nice-no-response-week-4.yaml compare --format html
72b678d8077775a2 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
6bf51aa3e3dab3b4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
928ce2ef1389076c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
a05465cb6c81545f tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
65690a583813650c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
54dd5daf5386f795 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
f81b6a0e271b842d tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
b5a70a19e5c10095 tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
06950796f436e1a5 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
855be208fe9172d5 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
ea07ffd2894f3ca8 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
d616dd95678f2792 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
98731b3d974855dd tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
e12d33e1c57b3c90 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
a3819dd25a602e50 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
cb77055ca68defa7 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
a7e9bfb446d51521 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
7947d76142c098d9 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
c7fc14d4b4e3a9de tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
7b28874ed3bdefe8 tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
ddcb9a7fb02bbd73 tests/vignettes/nice-partial-response.yaml evaluate --format text
ea50f1b7e52e6815 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
4792206be462368d tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
fef00fea9d889545 tests/vignettes/nice-partial-response.yaml compare --format html
b61f7ba71c312b48 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
ac624813307d2501 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
3621012e1259a22b tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
7965b11fcfbd18ff tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
9ba4b52be4b78c35 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
5673a71b46ecd127 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
b34b096216be6e92 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
d7b19a795fc268cf tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
60e2ba6d297673ec tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
ee0e3390efe0f59f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
e76434b425092437 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
dc3f1bccc73b8da5 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
7d6c7b838dc68a24 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
304d7054d238b02a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
613778b91761bf2c tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
6909bf6392d1ad13 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
d371d98b4fbd0ce2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
6616d2306757b7c7 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
0e080e80994a65b2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
56ef3c3a8f5d03cb tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
0d7e5efa29826f8e tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
46f6df41e76a44a2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
74d31c6f016d1471 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
5c17068ddf300f57 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
88630a044a61745f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
65243b7a2c45d046 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
3153e6229cefdcd4 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
9fe2b84c628ec9b2 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
30a9f59cd988f1ca tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
092045c044271a84 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
be2356b43df313bf tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
b242d5adee8dc742 tests/vignettes/nice-remission-first-episode.yaml compare --format html
c2758e78f75f6312 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
e95e5ab381adb058 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
5a9da80ada4f0aeb tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
f2ed23e96cd61d90 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
94d678c41206eadf tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
4490b8fcee0b3d73 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
7b6f394424199b7e tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
f01dd988458e8606 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
79c2a90d5afd909f tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
80db593f82ea0464 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
e9e64b3cb3047baf tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
b91c79aa88b49c34 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
cc417dc8cf0a65aa tests/vignettes/nice-response-not-remission.yaml evaluate --format text
af29bf2c1dd045f5 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
09e79f09218e84cf tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
00b3ba4f8cb459f0 tests/vignettes/nice-response-not-remission.yaml compare --format html
3f74c104ebbc7bcb tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
6e9a329607cf3aa8 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
a3c6ceae3aa2ea57 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
de007bf5e3b66780 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
5ee06b194b9dd10f tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
e513bdc948efdb4a tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
1aaf6a7519754f87 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
fa02697ecad14dca tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
626921152223907a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
f90ddab007f74011 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
382e353bb9065d7d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
0216c6cb5cdeed40 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
1c11ef5b833d105c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
0d764bd408c1d0d7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
59d69c69866c8c14 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
1c91c8525691971c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
056f070be5a25b50 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
0be938915e00d53e tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
6f76961cd2fa29f2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
3fa293caf0921982 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
d933244a61828b1f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
b97c52dc664d2afb tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
59c39e6ff36907da tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
70972057d3dc95bc tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
e4585197c7c21b51 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
d941e2654c450068 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
5c7a5c034a7112e7 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
1b9584fe2e4cfaef tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
b78e6691f4cba00b tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
4d817470b4678390 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
a3e6a958a3b6178d tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
a338e9c6421960df tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
45aeb015236e70bf tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
b81751dabe40609d tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
da6b4a6c5f091b3e tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
a340a42a334c9f1b tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
40a414902004fea3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
b4574134059717f0 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
bcddedf1f91fc721 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
c3c913813e8861d6 tests/vignettes/nice-two-failed-trials.yaml compare --format html
d0f973523b543a98 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
09e08af5b3d6e1ef tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
fdcfd0c0339bbd8e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
0e5e2b2456557044 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
c39c51cdcde538a0 tests/vignettes/nice-under-18.yaml evaluate --format text
8047976b572c85a7 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
eb96eaef9f4afbe4 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
5e77a65f59b23606 tests/vignettes/nice-under-18.yaml compare --format html
9245999d99cd5eb5 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
0638b817bc45b2d4 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
7a2913c7d233490c tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
8984b70a71aa9f49 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
7c1bee1b8a4c2e9f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
8f79c16de1b85302 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
44ac094c049fd985 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
8af3f40e23f9c6e1 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
2ca25af49f811ab9 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
74e8cce1ac699dbd tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
f5ed261a11f632c8 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
3ca44193226fe4a3 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
0ea609f20748659b tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
147951f8c0a4ae32 tests/vignettes/ongoing-trial-week-3.yaml compare --format html
e2f988f12658fec0 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
50fe69121481b036 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
96bc20eca62be6df tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
bb517052384643f8 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
0ea609f20748659b tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
147951f8c0a4ae32 tests/vignettes/ongoing-trial-week-8.yaml compare --format html
5b7b431241d35438 tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
95487ee58890b57a tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
d63cba2c217b24bc tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
69b44afcd5ba20b5 tests/vignettes/partial-responder.yaml evaluate --format json --explain
4e6ec6c85bdf6887 tests/vignettes/partial-responder.yaml evaluate --format text
ae3bf8e87d814b09 tests/vignettes/partial-responder.yaml evaluate --format text --explain
eda18fe9e20405de tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
57e150b92a96f840 tests/vignettes/partial-responder.yaml compare --format html
678c148aac647d66 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
5ce64ed898cebe53 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
5cd069c69bf6fa46 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
cfd66757161aab77 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
f3fbdd41a4c20b0c tests/vignettes/previous-episode-trial.yaml evaluate --format text
5b48fd431461d02b tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
549c8aabfc0e6a63 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
fbf6bf169758b88a tests/vignettes/previous-episode-trial.yaml compare --format html
204c3262285fb88b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
641b42c7f801961e tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
cb721daff4ce542f tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
ced3a51e2dca1a39 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
fbf455917131204a tests/vignettes/remission-below-50-percent.yaml evaluate --format text
2db9c0088ac385c8 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
2f11b1414183b0c7 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
41716278feeec966 tests/vignettes/remission-below-50-percent.yaml compare --format html
15afdfbf33cb04e0 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
03da6863cb0a631c tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
de9c0ea5f076504d tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
0120d392e6a48d80 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
b524cf727bc0a972 tests/vignettes/safety-age-unknown.yaml evaluate --format text
a0458a881623387d tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
b2504fda0829b40f tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
ed862e702b1131dc tests/vignettes/safety-age-unknown.yaml compare --format html
6e75019ad122bec0 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
2c47aefc1a6c3f59 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
4546401afb6832ab tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
6c41d973392d00fd tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
642f79df6d1537c4 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
3c9a5219b3f9e1ae tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
9575ecd9d35747e4 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
a2e8de1349ebd33f tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
3b50aa9b8dcc473b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
a36c6329684a2f50 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
7b5715dc5fc9459c tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
6b22d2d527bec364 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
af8c1ec19bc2cc60 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
730997220986ce6d tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
008bd4fe423d5e8a tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
147df49c3065fea1 tests/vignettes/safety-catatonia-ect.yaml compare --format html
bf1321622fcf8804 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
710e4061728bc50d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
ff0058e391d86974 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
f4e9a99bdc6edb80 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
f670eaf685446e05 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
8bc30844d0ee65d8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
96326fea198c8016 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
89431a996716a3d5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
a8e695e1239a68da tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ed9febbbfdbd1a0e tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
8a31fb2243a4ceb4 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
4b1408cdd0d38834 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
d5948b08e1c486ee tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
603b6da5d079e25a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
3b19514924dc3749 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
999dd56474524fe2 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
531360f373837c61 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
d14f025c592f585e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
855afa21357120f2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
a619e22a969d1bee tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
32be004a5f72df14 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
2b8a44a645ba40c3 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
7e06ef3342ef8beb tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
e8e0aecc42ce4f8e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
dcae1787d3eb2cc8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
ed051746ed919592 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
021f5c69eef8f5d5 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
29027d0a029cbedf tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
e10a56a98b7e628f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
3d1b17228d2e773c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
c7215cf05ad9e9eb tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
7e970084636fd139 tests/vignettes/safety-citalopram-60mg.yaml compare --format html
52f42410a6b4a16c tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
7497276b1a36b5e6 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
ca8ec6baa49c0e67 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
24b7bc577429297e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
00ab1e73978b1968 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
440b024262251044 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
f75abde72983f19a tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
86d1dd8e2f51dd1f tests/vignettes/safety-citalopram-age-50.yaml compare --format html
48cf80465ab0d330 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
cfcedd16cd1129db tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
796f63aa04f93342 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
02ab10615743a43c tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
65517ea225b275cd tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
48520d45bcea234f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
b2f7313a2bd7c0f8 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
b1fa038fd3af1948 tests/vignettes/safety-citalopram-age-65.yaml compare --format html
13880f12c2f0fa65 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
af0ae0213c48094d tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
9dfb83680927ba85 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
d9b34e3043dfd094 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
ebfa31cbd12bb252 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
3a149858defe6b54 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
8893306ecd2c27d3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
c3f64244dae99d06 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
744168331084e583 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
9f959ce5f3820205 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
152c0e5e9ab371f0 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
f531f7a80d879d17 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
91a07de4843bf583 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
12296e5775bd382a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
e3579378d233a00f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
38276ab5f0c0186c tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
c96c91fb538aef8d tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
0ef0159dc0d93c63 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
023a407d6dcaac30 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
d60f14c9c691cda9 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
52f1f5805acd476b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
a57b419c83a9bf13 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
8ba0501dc55990c6 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
cc453e8ebfec73fe tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
4834ba5dd844bef4 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
05f845e6c2806d75 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
dbaaccfd9bad0eec tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
9eb74a66611a279b tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
227fc63b988e3973 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
e4f556641d52cb8f tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
bc1aa5437ac6f175 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
2f67dedee8e904e5 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
c17eabf92eebd815 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
a728af5df65a5fdf tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
99328dc6ab5e1e0e tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
af6f52abf2f57b15 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
c074ea06fe468cc4 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
bb3bb21b06514b78 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
c4a8d59b6bf180c1 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
fb9e28cce270abd7 tests/vignettes/safety-dose-above-max.yaml compare --format html
fc17861c00a1625b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
cc74ba097d33cb25 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
458f0cd4d65b92c9 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
809f5d30cdab9362 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
9454816afda2adc5 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
048535f20bcde96e tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
cd0421d1efc97bf0 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
26f291259cfbc076 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
a2f9258c49e0952e tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
f5d2aafb3fa746c4 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
63175b90368579cb tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
9bf309b7d775c0d2 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
cc7ccbb51cfa6cdb tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
c24d675bce7d9607 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
909ef65ab1f7312e tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
bcd541cf96a36e2d tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
b88ef51a705ab65a tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
1d0e7c0487d92cc4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
9569228d1c3bf1d4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
4026be7fdbc5bc32 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
a4ae2bd9c5d10667 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
bf654ed3c07c27c1 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
dfac1cf4c04f3fd3 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
8e46ffecc6dd7e90 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
ef39215e897e1bec tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
3d7bb53d59aac907 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
6aae236a757872c4 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
1ef0063b5de89e41 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
279baa2cf472aed8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
d5043f3e395f6689 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
c7b6656bed0702db tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
c792d955a514c176 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
f6dac83ad09e8968 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
4e18448b5ac42fc7 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
3bf8d8eba8288102 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
909b482c0b404321 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
876b907bc83c23be tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
888c1723b230aa11 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
c2329d78ed53fc8f tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
5fe6b5920636d03d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
39a7597d762d1ac6 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
0e42aeb64c925f0b tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
fdce43a6a19c8c15 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
cbb78f6d02398d48 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
54fc6ee973ff431d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
5010f059e34b1185 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
385c196dff37154e tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
0647595d84c09b78 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
0b234c07cb4915cb tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
ae917f3e743f3976 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
13b7a4e50f239f0a tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
97c33ee97eb0b57d tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
d88a4ad0c894ca2a tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
d1690704e641a402 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
a96e7f0d9906f8af tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
516d3b0fc2dd8523 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
db992058fd9ed4b4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
6d2f77082a151f29 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
eab91453e3b03b1e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
c8ec37ce8ba321d4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
7d92f72529ce542c tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
8287e19a2992a69a tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
8ede58d118de912f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
3cf7b239d61ea442 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
262475e0394c2b0f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
b0cd3be7811c86f7 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
40bba7217e890d7c tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
385cd33c23c75e79 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
c5bd452fa2bb082c tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
a2b8adfd786b8fe3 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
9dc13cc48224ecfb tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
7f0dda4d2ad7d94b tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
fde296fcd8c325e0 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
a89639c5a334e35a tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
b8d66f9ffa22c345 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
f1577feb9b3d4619 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
b1892b6a7cd5b065 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
de6a33bb5b1c4818 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
ac26f4cffe2f89a9 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
4540538be2efc11b tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
ab4005ec77a57716 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
8db9f1c1a7cee721 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
121783165a0e10d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
8ccc4da3f4b54f87 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
9f37e58424cf0788 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
708462350bf9c662 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
cb61662ad84aef81 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
826596933abe27fd tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
b1c3b66c8dc8e74a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
dc92e9e62e20305a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
6803ebd705a429d8 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
910ac5445004317f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
72d6932c32b2e993 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
e4421ee9e7da68a8 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
6641e010efb4a8fb tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
477300cacaef4694 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
6bdfc21c9ebae277 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
311f5672a338ac49 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
9c0c051deb7a24c7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
8b3c10124cf46e2d tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
2ad2f95be5485e22 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
51ed55bdc26695ce tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
b5711709b91c945e tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
a9e3f21affd32c20 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
9a514f9246296fa4 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
8bb55f94e7410833 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
06c526b62eb31bd0 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
b2ea7585da45fbed tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
36d3288f653671c4 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
c4a14045481b485a tests/vignettes/safety-second-antipsychotic.yaml compare --format html
3ab05fa97c634a41 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
99777d9d91560b5e tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
98ba8daeed4db7ff tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
7382f924b747ce93 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
64d6b094e2a9d611 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
8ad35f89c864d141 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
d1af7ae655244678 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
356c9984d1411d52 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
925506da012916af tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
84336f44b318a346 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
93b6a9d98a380801 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
f3927dbbe4d1ccd3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
1cae0dd58ec3dfc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
802034ed47fa8fc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
6b50705af009f1fc tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
c3c7fe3fd597e98c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
ec6ae6c6d1a49733 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
692a2368582d6390 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
433e1673315115f1 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
5fbef4efdb2edfae tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
2496f1038879e6e6 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
6f92dc73a63ed9ae tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
b99f63716f86b769 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
38bcfd9e71d9f47c tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
ba463f08848202d8 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
9225348d53ad8ee1 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
13168a9c221af2d0 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
3087da5a9841c857 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
97d46983d81b57a3 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
b14bae276abe6f46 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
77cf1e058139bbd5 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
9ffc2f9a183c6f3e tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
539cf449f2c34379 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
3902d0b13685dbe2 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
fae70b002dddf831 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
034a3fbf5d027974 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
0d3e06119392f82e tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
b81a4b3bf38615d6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
4a3abbf30694cf12 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
f6a8fc0698f2fee8 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
56854aad4a284e95 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
a1f7d375bb7ce5b1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
ae440a9577e409eb tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
214ae3762468a027 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
6c146b81438826b0 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
6f5bcc01f08b63e1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
ea0bb51c8b43f9aa tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
d3ea9100b44df567 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
82d4dcc8097db8cf tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
752aca8f099a739d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
dd77e4a3205ca3ab tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
bbb00232c7a54d47 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
4f4062019a5863da tests/vignettes/safety-washout-respected.yaml evaluate --format text
559238cbe37ce766 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
8d34e9237f2592f2 tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
04cfec47a5b071ad tests/vignettes/safety-washout-respected.yaml compare --format html
0c551f83a0d8a8a2 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
ef7ecf2b3d2e4ef8 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
d608d908735864b9 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
f891269c59227166 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
9ed706c2aec961f0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
c7c972e7e2cea48d tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
f71d7c1359534df3 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
e85370fed0b8c810 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
f48ce406895e5b80 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
6c8192d13cc3c7b3 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
3b41e94cb0081a37 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
032af5796a1d76e3 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
0ecf372d8cfd1fa5 tests/vignettes/same-class-failures.yaml evaluate --format text
275c6548a3e4f20c tests/vignettes/same-class-failures.yaml evaluate --format text --explain
0f48855fef6e0994 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
30be92b0fd943b9f tests/vignettes/same-class-failures.yaml compare --format html
20618379381d6093 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
653cdb168f7f569a tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
32d775f52761666c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
7e7e1e2a08f9f3ee tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
c11d364c0a3870e7 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
de0816d149df73bf tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
bbd289227c0bd190 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
9b047b8b5f51468f tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
8fcff2b8188c0c9e tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
99d349400a6974e9 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
648167a6bf475563 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
1577438d3ca884f8 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
ba4602c03bab2765 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
d2ca4613e190dc19 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
cc4c0ecce9f1682c tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
f7db8e9a61b45129 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
77afe6a76f195bcb tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
9136838871a6096c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
ac8d85c3a17a3dfc tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
61009ccdb7ea1fe8 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
1f447e26829b9777 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
91d59e87dd84fd05 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
6894a70a182cc415 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
9fd644b1ba34e12c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
ade8e6704d21d887 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
2a6460ee287083c9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
674233358dc201dd tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
aa75af14b156c033 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
119a81f43111464d tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
8b5dd7bd1c6b9f83 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
c7fba4961b364537 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
4c614aa65ed8c546 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
ab6eb882e4da85b7 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
609b9acc87da0834 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
32f43e47f9b25d68 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
ede06a0d3a092560 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
f4e64505a0b4ea72 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
7323fc5acff9f1b6 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
ee9d75253f4ba5a2 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
90e8a1211ff43d3f tests/vignettes/stard-level-1-exit.yaml compare --format html
a3a91ef5ffefc9a0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
8fe0ee6282fe0a29 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
16b1664118405848 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
907d0efa015e527f tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
0a1576747db9b7f6 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
364953600a31ea23 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
6a1a54f204a9a1bb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
cd9d99f1e00e2c71 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
7781856e5a411dd1 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
fb7ae446cb9f83e7 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9a6754514c67c303 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
9870103158579144 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
d9a227c6c53cf989 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
3a08380ef9954163 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
28e5eb8ed7123651 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
4164234530c88b0c tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
9b2b59e2ff317928 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
ea8c856f03f02325 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
0d9baeb7f57caad7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
f16e4502c33247cd tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
5305d204da3fde18 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
738e28ce4da25b64 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
4bf2ea05df2fa77b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
05ef2e1f2fa1bac3 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
61c18124541ad332 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
dea3856f14b0b979 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
fc72b689d91d0b74 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
5ddd67bd5d781458 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5fe8a608f4728a7c tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
5741e256686d44e3 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
b6c22d5079727db8 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
cd3e7a7bb305f8f0 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
04cc310daf7f9313 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
c54678083b0a1294 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
aff74ff585e553ab tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
b5ec238dc3ebac47 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
ed141d8677936eaa tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
f0349558c8ff6637 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
f9ddb3b0310c9c4f tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
a0dc8c883016f14f tests/vignettes/stard-level-1-troublesome.yaml compare --format html
4ae63039edc5ecbd tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
0c4ffe8ab31768bd tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
beceb169ab326786 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
1372dbdebd399afb tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
727c8630447994ee tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
34c3dfcde45cdb36 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
09bc3f503287965d tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
580865c5ea51ba87 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
d835e288dde1f704 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
a0ea99b250a31e97 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
9241bd4a80424cab tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
94734ef5618d9dcb tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
221b759726122ec2 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
f7ecaa374882af7d tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
4b84e7575ce13854 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
905c9bff5537953c tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
df2354c247510dc0 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
4480dad5c878f43f tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
edd4db510426b906 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
238fca276d3f5bc2 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
4d848dd9a5ebdfe8 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
ae4f4aebdaa579df tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
c29a0155c8aa986e tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
247bb86344c7fabc tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
7906f3ad47f7886d tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
47c00dbf5bb26dc4 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
963040941c8d8714 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
b498c711c48f91b6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
883e13f261b1a7ff tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
9cf75055787a1058 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
689123726b4c6f5b tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
a8534ccfe9a35f9b tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
784f0074d2d300e0 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
fdc78620dde48e9e tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
efa69e9f725736f5 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
a320bc9f1d30e27b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
6cea40952c607f69 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
e6a1b713b2259c0f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
626a898311510125 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
4ab2fdfd8132c8ca tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
db53e1ee7ca5b133 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
07486866e0ea0a76 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
97b1eb488f7e030a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
2cbf91bc184756d5 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
377b6c23a50c6f0d tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
6ef1069c738943e3 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
032f8ded0f3e1b6b tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
adba73dab2f67fa3 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
5ed4436cb6d24f07 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
13c771155a764239 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
b86b1a087e5cdf11 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
efdb926538a4d665 tests/vignettes/stard-level-2.yaml evaluate --format json --explain
27f77a389efd6f4d tests/vignettes/stard-level-2.yaml evaluate --format text
4811ce5a8dfe8092 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
c088224306e39749 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
a36fc639b3184516 tests/vignettes/stard-level-2.yaml compare --format html
f6da3db2c1114083 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
05fb575a466cc459 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
6e8a7504490a1d52 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
1226d821b5b6d88a tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
e02dcdf487af790d tests/vignettes/stard-level-2a.yaml evaluate --format text
1725b2a41ccc3b1b tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
e2400f5902bf62af tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
d841bf0b8f646b1d tests/vignettes/stard-level-2a.yaml compare --format html
224e0dddb38f2198 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
8966844c04efd9de tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
40c0c533b2a3df23 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
f9b0ca7c2d39a775 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
a2d1a7a5b570f9e2 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
443c1bceebd7a7d3 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
f9605cb4c69ff69b tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
2821febb652a1d28 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
56d13dc0fd674c23 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
c4f06ce8895eb07a tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
394af2921279285f tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
00470174c82cc5f4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
bb153396519cda56 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
f5eb19101e0704db tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
aa017c1e67adb613 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
e4d4a5a7a14b0688 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
850f812ba4adc40e tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
dfc2c139048b68e9 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
443318b11e1ed135 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
323b96cc65b8ea1d tests/vignettes/stard-level-3.yaml evaluate --format json --explain
252decfaccc4370c tests/vignettes/stard-level-3.yaml evaluate --format text
cf068c054e8e0fd9 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
e29d6561c06d8cf6 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
e7437aab28d690e8 tests/vignettes/stard-level-3.yaml compare --format html
2dca766b918d82cd tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
037f002630733f3f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b7757dab5465c6dd tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
1ad399eb9f0d8bb5 tests/vignettes/stard-level-4.yaml evaluate --format json --explain
d7b2b027fe073669 tests/vignettes/stard-level-4.yaml evaluate --format text
a930250bfcb43e58 tests/vignettes/stard-level-4.yaml evaluate --format text --explain
8cf86511eab22049 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
54c0f6efe1dbb165 tests/vignettes/stard-level-4.yaml compare --format html
230837df9a910a13 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
a4e791ee562f4915 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
6f765a8660b4c4cc tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
65aed69a97a59f8d tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
2bbd5724a2bc4868 tests/vignettes/stard-other-scale.yaml evaluate --format text
beab29ed4b28b4cc tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
d49fa8a662cda228 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
8900fae20398e7fb tests/vignettes/stard-other-scale.yaml compare --format html
4eb102c13b3290e8 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
0954921b080a1598 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
c32dba0cff8691ad tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
792a0e2ea9c1b426 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
35fc8694c230adc6 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
02c0c48c889904e5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
be9c3721a92657ce tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
0b46588484bd7442 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
4c417e55e9aacd10 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
2a65608bdba84ce0 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
55946aa6bba9245f tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
5a90985cae7e8715 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
35026b5ef8d2cfb5 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
0ef7ae8f548b27ed tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
e1dbc811af67831c tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
5095357cb05ccf31 tests/vignettes/stard-over-75-in-scope.yaml compare --format html
4ce882212e0e2733 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
661be297a1dd4a11 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9e68fab64a0b55cd tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
6bd68f3367245b96 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
d90c3f4a542dde15 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
ba6e67164582793a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
d973c408ff2133cc tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
c841079e60cf272a tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
91b1b7fd5c36cdb3 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
8c9933e6787fd718 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
64ce84c816dbca7d tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
969f16235bf70b41 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
86bff9af1ef76745 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
ae607225cc55f980 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
4fe004bbbda58a54 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
73a2e3df0b51ffa7 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
3d60d63d6becfa23 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ddc54ff1ccbfd420 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
ab01f62b13f27ccb tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
56e638475fab0748 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f69cb0e4cd9f2e8d tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
3872d0e7ce505bb0 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
bf243b14ac3c601b tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
15883e02162fe7bd tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
29596caf432fc7fc tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
e153130acf55b340 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e04e2ea264374eaa tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
d98c2f54a772c138 tests/vignettes/stard-remission.yaml evaluate --format json --explain
c99e1b4db08cc892 tests/vignettes/stard-remission.yaml evaluate --format text
85ab55c753ce4503 tests/vignettes/stard-remission.yaml evaluate --format text --explain
3047016926b6c8b0 tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
fc68db9dc00e72e9 tests/vignettes/stard-remission.yaml compare --format html
c5f56ecf29ee68ca tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
3408fefb58d9a8e0 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
e75d605278099b5d tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
3ab9cb2ff2fad136 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
dd98a65f35023565 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
dc604179fd0e167e tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
c227a52e9840e610 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
2ad8ac9fec230b4c tests/vignettes/subtherapeutic-dose.yaml compare --format html
d182c3a89d31a68f tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
e6b71d5bdbb9858e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
d993d404b5604fa8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
d44f3d66403ec819 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
0b2633f6bf0cb80b tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
32d1bff162cc9b79 tests/vignettes/thase-rush-stage-iii.yaml compare --format html
4f9e2733742d487a tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
535cf1f46218407c tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
c2504d0329f77c23 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
2382bf6b639264ba tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
0b2633f6bf0cb80b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
32d1bff162cc9b79 tests/vignettes/thase-rush-stage-iv.yaml compare --format html
4f9e2733742d487a tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
535cf1f46218407c tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
c2504d0329f77c23 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
2382bf6b639264ba tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
0b2633f6bf0cb80b tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
32d1bff162cc9b79 tests/vignettes/thase-rush-stage-v.yaml compare --format html
0b6cefa14887f535 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
f5860b87f41da988 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
d87a5e45a3f22ab8 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
61b5131839b33c71 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
9656e3c7c9ac2b77 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
4e958057e3ec553f tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
211221072a9c5a49 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
5b906c4b3b9b507c tests/vignettes/trial-addition-stopped.yaml compare --format html
3b1940204b216b1e tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
e91792161c670dc2 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
bb306a25e7e55606 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
63f79a2968a83ab7 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
da2ae3269dc0cf2c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
98a37c6445cf4f7f tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
7239238bce0ca585 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
bfa47be751ec6816 tests/vignettes/trial-adherence-strict.yaml compare --format html
84b46cff3ec24025 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
a4864ea4e6966ba2 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
ca3f0cbc0443154d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
830e1c777caaa4a8 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
678a1fbb7652a0d8 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
04c317a1ed914828 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
48e98454e4d1c3a2 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
05beeca25fdde5dd tests/vignettes/trial-adjunct-own-window.yaml compare --format html
8cafc717b260d9fe tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
3447c7d2730f6221 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
23ae6b2076a4a9a5 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
2286cbae84f77799 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
db41d92e2ec5efb3 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
50af425673c00974 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
a4ecf77c88f5a9fe tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
72ef3a364cac25e3 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
6c8b7c6a276d6f79 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
7959e655164377eb tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
0a20a3ac3a8f92c3 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
8e2b5d736ffb00cf tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
b1cf74b0c08666bb tests/vignettes/trial-duplicate-course.yaml evaluate --format text
5d629381f5784088 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
743343794f00c57a tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
5c2be7cf025536b2 tests/vignettes/trial-duplicate-course.yaml compare --format html
247d20efadba58cd tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
b050cfe120b32939 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
69131ffa96527de9 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
ecaa05f30bbbf4aa tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
f422d8e055d5b950 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
cb2385a5455440b1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
069f4d741b151c74 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
e60bc9e522436732 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
3206a2230bf7872a tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
2cfe07095b7b48df tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
a4cacc4b44d3cade tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
b48c80dc19b7a8ba tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
2a24bf69b46815e1 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
eea0eca059e0a5e2 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
16a5791340f11d94 tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
535493b69b38e02d tests/vignettes/trial-ect-during-drug.yaml compare --format html
103434fd2bd6145d tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6f65e1b1b6eec1b7 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
53c25c0ed055371c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
e707ca669bdeb342 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
f633bc6c36dc4e2f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
9dac28d4204db122 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
24276a415cb0b37f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
e4cde7e88b21d04b tests/vignettes/trial-intolerance-after-window.yaml compare --format html
44c9dc9de5baef94 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
e5866af6e6d09d54 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
69bd43ac5d900085 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
24c4c79b1ed9a331 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
ce2e19a92737eeaa tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
34ba5e7df0c314ae tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
32d58edecfa49a52 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
e519e7df5431d2af tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
22dc488e07de5d2f tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
be738ca185410ad1 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
8774cf1c13f77128 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
3e0a8ddd18e905d8 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
b527839d840e3aba tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
b3e81b66d7b9d478 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
6a5febb835995176 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
b3a29ec1aa13d4cf tests/vignettes/trial-relapse-after-remission.yaml compare --format html
3065a50f5f222ff5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
f2ac421ef4e519f4 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
65dea4572375e0b2 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
f60796bd5745ccc4 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
bb41f5b05a5d8477 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
ac45d84bacf70827 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
6682dbbd9004a121 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
50b9a1db137285bd tests/vignettes/trial-relapse-ongoing.yaml compare --format html
21282f110d98f00b tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
ee38644976c4fa82 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
058c3054a3b5091a tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
ae242ee71be6ef2c tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
4b9d2c16e67d0627 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
8f62536b5ba54622 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
1d44cb110ca5cb90 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
53c4215b9d5a675a tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
d2c840e39d82045b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
8f25a76d41529dda tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
6c12ff1d884ed44c tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
3702b3b1e74b70b3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
5b861fce70ae5cf3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
9fc70ecf86cff3e3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
ca928ffdebe49a26 tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
284218db16b17368 tests/vignettes/trial-same-day-regimen.yaml compare --format html
09e82e43fe19b176 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
cfe5bbbd9bacfc0d tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
f86986bae108425a tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
fcf8e89ec26e2a56 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
7e1c0fb382e353b4 tests/vignettes/trial-stale-scores.yaml evaluate --format text
dff008085fb033a3 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
ec51ebe4696bbece tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
624376424323d6ff tests/vignettes/trial-stale-scores.yaml compare --format html
ed6007d35bdca6df tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
465fae24483ac404 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
50c6680374fcf8c3 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
5a1ae27acbc77989 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
2fd934b8ef94df1c tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
edaf3eba34b483f1 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
ae957ab64ca1f9a4 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
bacd5107987c5d95 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
c478f19a582e5d25 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
256e6269c3eda424 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
a8e192bc8743ac17 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
d9f918e4111e5ca6 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
a20cb34aa79b8f5f tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
0c7fc0af3ccc26da tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
4cc533da028e7d3f tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
23000e003e11d835 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
7d5fa80bbdbf026a tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
7e8182ff3a53c481 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
aa439d17b4959e72 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
1a3fa23099bfc542 tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
bba3871fb7ee2ac5 tests/vignettes/trial-without-dose.yaml evaluate --format text
8b97eeca39da53ab tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
f2ab9e4320f058a4 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
684ba7ca3aa37781 tests/vignettes/trial-without-dose.yaml compare --format html
