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
# difference).
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
c480aa2aaeb8743c docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
76ad90419985c085 docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
837f7022f16e4c0c docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
0fe19a2fc4a82883 docs/examples/demo-0001.yaml evaluate --format json --explain
66cc9f4b106402e9 docs/examples/demo-0001.yaml evaluate --format text
68a8dc7d5e78b5bb docs/examples/demo-0001.yaml evaluate --format text --explain
d69599e840faa2de docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
b9293a2978c8cf42 docs/examples/demo-0001.yaml compare --format html
0aa26c42f95d605f docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
cc7b2b566f608a84 docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
c3aecc1aeeaa3fdd docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
a8046f768d38cdd2 docs/examples/demo-0002.yaml evaluate --format json --explain
24b42fe9c55d3bba docs/examples/demo-0002.yaml evaluate --format text
cae6602ecae5e2e9 docs/examples/demo-0002.yaml evaluate --format text --explain
9b8c8f505c77ebb6 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
1d3ac8a89bc3d3b4 docs/examples/demo-0002.yaml compare --format html
f78f337c57cc1860 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
ec6d25ff94bba40e tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
ea6d1bdeccafbcdb tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
86e813565924d302 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
74925dc6fb765afb tests/vignettes/adds-to-chain.yaml evaluate --format text
e366ebb6c73f6e97 tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
4d7c64454cde3655 tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
cfad3f4bf65bccb4 tests/vignettes/adds-to-chain.yaml compare --format html
c3dec883323e365d tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
655bb26add5f3ec8 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
f6e3e78bd135ec64 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
0bad03ed97b234d8 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
2bd071c9180528da tests/vignettes/adherence-poor.yaml evaluate --format text
fac752aa50bcea81 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
667848d517438b82 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
30b3ec2fbf48ac23 tests/vignettes/adherence-poor.yaml compare --format html
7e0a1bb0d1481a7a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
05fe92593d4d2423 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
9bbcb923f976993c tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
bf02ccbe285dc2d9 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
e1aec4f79e03468c tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
6ea8b5174768f252 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
94be766398afbdd7 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
4651dd9c66f308d5 tests/vignettes/augmentation-role-bupropion.yaml compare --format html
f37967cd1e3093c7 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
268eba83ccde9916 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
e7cb6ce23b587bac tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
1301c1be7f1d0fe4 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
7342e5c6703d2450 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
a9c731a6b57641f2 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
bb0c38f65406a256 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
2cc8e5100f0d07c9 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
fa4bc24d06cfb8d1 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
73e7faace423f296 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
754b53dda1ff28c2 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
56fb9773889ba9f2 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
ac84c59590c5e419 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
f7ac51bec25bcbd5 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
baa4f964e6908d35 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
15cfbfc26bf12b7d tests/vignettes/augmentation-role-lithium.yaml compare --format html
a9f58fe11a9abe0b tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
e538973d2d326f6e tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
afd31d870f0ceee8 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
04b247e3c4995b67 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
db308ec13b4a5ac7 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
1ffa90ac00e8c782 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
37798f9a78a66592 tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
f746eb0f7b184ab5 tests/vignettes/augmentation-role-stated.yaml compare --format html
5f8cbef4945c8bec tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
c185b9e7bec9dedd tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
81c24e533bca19b3 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
806f967097c4022d tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
18ad47cce7c60dd3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
2a27804fe0bda592 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
34708849f0f0ff01 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
4c8192d229e4bae1 tests/vignettes/baseline-window-edge.yaml compare --format html
0475f7429e826726 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
819e1402052d8035 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
6f8d853159e7c983 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
25760b07e2d9b7ac tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
788decf28c1ef0d0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
eed1620848587af7 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
29a49a66f60f10b3 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
6147de1e4f73a8b8 tests/vignettes/canmat-below-therapeutic.yaml compare --format html
78dfb008b66389ef tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
c950aa20660c1f9f tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
205e040ebaec1286 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
299168030634740b tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
3c39a7e60cd74d08 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
0f71b6bb69b5e6f5 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
28356635fbd45300 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
1ab1cca5c697a06d tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
040fd1a88e2d72fe tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
f3fb13bee247de07 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
34349e805dad5674 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
b236e3da35d2d45f tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
2238e1f6e1b040dd tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
76bf90655bcf3b29 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
ea29afed5d8f721b tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
2ae5a03f9e2b13cc tests/vignettes/canmat-decision-point-passed.yaml compare --format html
d3df237d4e70e956 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
e4f962362de48b58 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
7de7cda469343c08 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
1b2f349c93e5d707 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
c35c37959222ffe9 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
85af8a2fd4b3e11a tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
fe38544ca05a6ec0 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
7dc06e56918841f9 tests/vignettes/canmat-early-improvement.yaml compare --format html
ae2c2a0df8518bbe tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
40bae187cdf3e742 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
685a17792562f1dc tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
7864011b10773cc9 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
228a6cb03c25eada tests/vignettes/canmat-initial-mild.yaml evaluate --format text
192c362e4e0a5300 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
62cac16d560aebdd tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
99dc70d472819074 tests/vignettes/canmat-initial-mild.yaml compare --format html
e2a9c59b53075585 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
8c2cf3214ec4932e tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
3d8ee388d0bea410 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
e125ce8792135b1a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
c966afd4d2c9f041 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
f2cab23a718f6893 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
b302886998be55a8 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
23a5b2b5ce03ac1e tests/vignettes/canmat-initial-moderate.yaml compare --format html
69255576ccea09f6 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
963be0585858172e tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
37ff5a59527f50a2 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
e008a8a58b0178fc tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
6b4dbb13aa4df73b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
579c251c22826c59 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
37bcdf32ebac9549 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
449d5cc4cbe9e76f tests/vignettes/canmat-initial-psychotic.yaml compare --format html
8fb1d8a69e4fd0b4 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
b7dd076be90e3bb7 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e0066725b0058b82 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
0356d8abe6ae5493 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
23cecacf57701a4f tests/vignettes/canmat-initial-severe.yaml evaluate --format text
a8fd5ae16d142272 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
05a2c1a5e2f120bb tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
16571f93cc912903 tests/vignettes/canmat-initial-severe.yaml compare --format html
7f37fcba421b7b8b tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
e095b774479e4227 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
424a04385e7ca1b4 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
d6dfd3b38cc47200 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
df8ef102c2950ad6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
695c7d745ed99382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
91e85f246ebbe0d4 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
8b9d5ecb1034179b tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
e3da6fd3fe3c2f6d tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
d8d52a09f3d2487a tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
efb2d386839ec038 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
3efd2243b69b5f67 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
57406fb9725ab4a4 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
69c6c41da1a46b8f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
4e0827f7e0435b29 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
9a238d5bf1185e64 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
87980b729f698e80 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
64695bb81d7e9fdb tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
2df8dea8be454cc7 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
689de30380fdb90b tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
3b8465f862c4c14a tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
0643e9c5489d1c0c tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
1d6b6ddfe5ee7960 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
6b1863ae52208203 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
2bfa8af74fb888f8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
43ea868a501f6fca tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
931283f632687eaf tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
6f9f2093468a0f07 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
59c61d93bab017fe tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
67b120e571e02920 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
e89d5ea6dbfb0831 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
929cfb47cce3a1ef tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
55893658a06ce05f tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
b35b91ed35a70b64 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
d1fb216a68bf3d6c tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
24026c0b2b3dae05 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
2116095cf21d4d93 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
11aa8dfd2c0bb430 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
01a5bfe244080739 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
3c980ea374e9520b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
e3e4c1c60385d84d tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
b39c01415d692076 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
8c9a8baf89f75470 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
a3553b7a254af130 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
19e665fb3495e5ff tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
c969c905ad7fac42 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
70353a9734b64933 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
cf4d4cbdbf9a279e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
c7fbbec520a7620b tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
d6f0d55361f95a7b tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
562a7e60a6375f17 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
34ab634ac26d3840 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
931e952a344699a6 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
66cc74c2156179a1 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
fc835fa049378f40 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
6cd7e92fdf6f56ec tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
201759e7a4390ae9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
aef3448adf66d281 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
930578a81ce4b45b tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
84f26f171cbb1883 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
2edc51b8d929a4be tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
0863b34df978d93d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
821b4417b0c2eecf tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
73d99845a290bc4b tests/vignettes/canmat-partial-tolerated.yaml compare --format html
6dfdbe9f3606db9f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
0199930ad9e81af5 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
7ce5174d2bbb176f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
1e9c4d046a9292ba tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
01b4bd2e5fbed36c tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
034d818d2993e84d tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
361b44656429ad27 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
8fbf62b413e5a5f8 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
a0a4b74f3c41cf72 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
4b211f8d696c97f0 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
eb1ae5e8a27fcde2 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
1a07332bce68a2fb tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
a22017abf4558301 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
5870e601c280fb61 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
a5bfaf9b8b3c779d tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
95a1b3982bc48485 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
d9ace5047e4c7453 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
de81101ded9cfbb7 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
6ca1a5c7969b4a93 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
28419a0c4cd54b9e tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
92cb7e89d527aa05 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
382501d98f361db6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
ef31b85d8acb1e62 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
cbb6118ffea22f2c tests/vignettes/canmat-remission-maintenance.yaml compare --format html
3acb8863758d707f tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
6320e49867803570 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
2f91d4cf64dfb1d4 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
50e6e458814a2465 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
b01015c81373a0f5 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
f93bc24740a4ff1d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
8c34b33e39f9b3c4 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
882fa05d980207dd tests/vignettes/canmat-remission-recurrent.yaml compare --format html
1f5e20e35989aae8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
7b0666e75dddf819 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
c91c3c8d05f45cd8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
54f2b53739a83feb tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
e7060e4d0db84b31 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
28e108c2b3d2b95a tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
74050583686e0036 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
5347294a83cc33f9 tests/vignettes/canmat-response-without-remission.yaml compare --format html
73233c18e2faa72b tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
ffc02a136e609edb tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
cbce3231f5530b9f tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
4c2a7888e3a173da tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
7f2c439f049522fc tests/vignettes/canmat-second-trial.yaml evaluate --format text
ab5c6eeebcbd023e tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
dde5e8a47076453c tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
03927506a51d2d5b tests/vignettes/canmat-second-trial.yaml compare --format html
1d25440e72b7abc6 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
d08fc47ae22b3609 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
eeca28123db01230 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
44a9e3173ce33250 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
3451bb3c0abe5b22 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
b00a7233af7aac3b tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
aba38b3f94862e3f tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
97d634dd123d00f1 tests/vignettes/canmat-set-override-default.yaml compare --format html
56fdcaa255448e51 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
5608f88ed0db2b0b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
39cd5e68bbd8ce29 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
3d9188584d4beeae tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
05ddfb4d4fa7e18a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
edc8a520dfab9ace tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
6eb2032b489c4fcb tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
c2fb7bee78160bdd tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
dc22a70bde8808ba tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
4ddbdf816abe625e tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
3a23f64b56505bb4 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
71d57e3b52bf4280 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
a8925ca7061d2336 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
0b41d0458ad66eb9 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
9eaca17e48af7adf tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
99f45ca96b43d3ab tests/vignettes/canmat-set-override-week-3.yaml compare --format html
6665d9712b55a53f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
bcc65db09bc4ef92 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
0f651cd76020e2ae tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
ad2fb79cae6efe7c tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
d436467018a6ace5 tests/vignettes/canmat-set-override.yaml evaluate --format text
2540b08cda3e3fcf tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
6dd363407f01b864 tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
19a618379e8169d1 tests/vignettes/canmat-set-override.yaml compare --format html
8f0e9d6f9f6aa19f tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
e53b6a1dc230f22b tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
6cc9695bdf97695c tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
f7f32aa7347c60d7 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
c86f4d5a2fafb32c tests/vignettes/canmat-too-early.yaml evaluate --format text
f0e00ed15614e927 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
98eb39759c184185 tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
99d64b80e1499985 tests/vignettes/canmat-too-early.yaml compare --format html
1af9dda549bdddec tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
8714f1fc596778fe tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
9d3d2e4826b9ab2b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
c12307e5147e52dc tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
63ea82fd091fd94e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
ca6e142dc1107952 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
ac6996a9d94d5717 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
6e7975ae345ea1c6 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
d01823f53e6e8176 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
05d9ff59398d558a tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
77e3b8aa87c9a9e3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
20183e7e6a8b451f tests/vignettes/canmat-trd.yaml evaluate --format json --explain
4d41173e53d0664d tests/vignettes/canmat-trd.yaml evaluate --format text
fed2149e8a7f00f3 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
89d74584fd365d16 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
6a6d04ef7c4eaa3e tests/vignettes/canmat-trd.yaml compare --format html
e16bb303c596578e tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
6d1e07ac8fbfee39 tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08977111be073288 tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
0b6fe29b88daf76b tests/vignettes/contract-example.yaml evaluate --format json --explain
66cc9f4b106402e9 tests/vignettes/contract-example.yaml evaluate --format text
68a8dc7d5e78b5bb tests/vignettes/contract-example.yaml evaluate --format text --explain
d69599e840faa2de tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
b9293a2978c8cf42 tests/vignettes/contract-example.yaml compare --format html
6fb1f809140f2463 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
782fb9b776a5d50e tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
274bbd347cfbc81e tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
3b2d40ba97218b42 tests/vignettes/custom-definition.yaml evaluate --format json --explain
6cc992e506fc0855 tests/vignettes/custom-definition.yaml evaluate --format text
1dc513c5bb3ffa76 tests/vignettes/custom-definition.yaml evaluate --format text --explain
a552d2d7080924bb tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
8cbda70fa194d084 tests/vignettes/custom-definition.yaml compare --format html
5070d21a1573f8fc tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
ed39c3b14522c4cb tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
398ff560d5e5fe8b tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
a4ecf508b512214c tests/vignettes/custom-staging.yaml evaluate --format json --explain
abd3c3ef7936cdb5 tests/vignettes/custom-staging.yaml evaluate --format text
92c44520b69513a3 tests/vignettes/custom-staging.yaml evaluate --format text --explain
0b269751ab67eb92 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
1a57893df36bc6aa tests/vignettes/custom-staging.yaml compare --format html
608d9fe6d665f58b tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
d1b3fbe9e4cbfdf0 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
45d7beb60f384621 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
c1821cc3ebba0e5f tests/vignettes/different-class-failures.yaml evaluate --format json --explain
94a03f0b28070d3e tests/vignettes/different-class-failures.yaml evaluate --format text
e580c99cfc9fe54c tests/vignettes/different-class-failures.yaml evaluate --format text --explain
6cea104ab727561b tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
cc3403eeb8d19eae tests/vignettes/different-class-failures.yaml compare --format html
7fe249b552beaa53 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
1fa0ded53109bf87 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
2d6fc8fa65fe3736 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
06581edc4af09937 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
3f92b916c6bc2fd2 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
a86d61dd2735d30c tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
29672408372d2ba7 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
162d1eef500ac016 tests/vignettes/inefficacy-without-scores.yaml compare --format html
db016f4c4945c71d tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
37f86c51dc0a1b55 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
574c3fba81a84b12 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
9d2dd7c08fdd5087 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
d1bf2abf93264cf3 tests/vignettes/intolerance-week-2.yaml evaluate --format text
9b6eebf72c78583a tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
b0ffab5986251719 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
94deaa9b256d902c tests/vignettes/intolerance-week-2.yaml compare --format html
88d42139665805b1 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
c96783152fd0dd04 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
3fbd639369804f57 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
a1a0cc7e42311889 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
553cd923b4368eb2 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
72511bc96e5a6dac tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
56c4581ddcfd3bb6 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
c9f7c1f34fc39831 tests/vignettes/iso-vs-relative-days.yaml compare --format html
9a55347aaa529106 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
1dfe142897c5eee6 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a5c85ed2085c094e tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
58e2ff6d479ac4e8 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
10fab6e351bb04ee tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
c8bd99e66598e7b1 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
346a7956ee9cad5e tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
0f4824fa0edf54a9 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
ca54a9528299479d tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
f502175334e774d4 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
d31c63c221dddb3f tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
a31e2b94cc354374 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
519c70bfa5856eb5 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
7520339ae396b969 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
b6b26f4d5588abc2 tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
ab9617a7a6862dae tests/vignettes/ketamine-per-kg.yaml compare --format html
3aaf33355bcc3004 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
64d6557291e04684 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
9866878b84405908 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
48f7c9b847c73069 tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
9f970077260a3843 tests/vignettes/mgh-s-full.yaml evaluate --format text
16465dbeca11f7f1 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
f2a498613986f93e tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
b8976b46e090a2af tests/vignettes/mgh-s-full.yaml compare --format html
6ca6c73a3e259d01 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
f72e08119de20cb3 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
87b1c5f284442594 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
f60a114e351f5d4b tests/vignettes/missing-baseline.yaml evaluate --format json --explain
f31c0348d48ec6dc tests/vignettes/missing-baseline.yaml evaluate --format text
55df60f2dbe8e65d tests/vignettes/missing-baseline.yaml evaluate --format text --explain
a97cfa529f414d40 tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
ec2e233b2389d446 tests/vignettes/missing-baseline.yaml compare --format html
3c87b0cb2dcb6de3 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
c44345285279168d tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
e3837dc860c8862b tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
4d4968907537ae94 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
d7658863477630f2 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
8b5872f8ea4fa25e tests/vignettes/msm-duration-12-months.yaml compare --format html
3c87b0cb2dcb6de3 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
c44345285279168d tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
e3837dc860c8862b tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
4d4968907537ae94 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
d7658863477630f2 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
8b5872f8ea4fa25e tests/vignettes/msm-duration-13-months.yaml compare --format html
3c87b0cb2dcb6de3 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
c44345285279168d tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
e3837dc860c8862b tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
4d4968907537ae94 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
d7658863477630f2 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
8b5872f8ea4fa25e tests/vignettes/msm-duration-24-months.yaml compare --format html
42bd1b5dfc95e448 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
516d7ed2865a2182 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
40d56d47624996b1 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
a1c83fb86bb5f29d tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
d7658863477630f2 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
8b5872f8ea4fa25e tests/vignettes/msm-duration-25-months.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-10.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-10.yaml compare --format html
a578c129dafb9597 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
fd4da73217d599c3 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
7244a0d95a3c3195 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
048286775acb6d5e tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-11.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-11.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-2.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-2.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-3.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-3.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-4.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-4.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-5.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-5.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-6.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-6.yaml compare --format html
95a9034933133fe3 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
79aff6f89d1cec0d tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
3843ad17e4477d1d tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
0e395d15074b3ad3 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-7.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
a2db53dac3bd061b tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
47ec3e11a57ea731 tests/vignettes/msm-failures-7.yaml compare --format html
e46d235b6ccb6855 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
a7c5e57929698461 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
47176ad452292c72 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
146534aaaa35c4cb tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
b84335a5705b5c42 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
1062842317d8079b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
6d371c70dff3a75f tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
62340b00993426a6 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
62ea6f8a28ff8c06 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
f25f47215e1c4307 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
a4e5bb16c262d1e8 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
aae79e671bba59b1 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
e30cdee8ff67597e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ca4a65580d1e759b tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
4e496bb5454019f7 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
0b719a5515ed1b59 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
a51bab9ce233ee05 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
d4dac7c1511de3d1 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
beed4a0433e2ff2c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
bf7ed5bed3383abd tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
f326b59b6e09fa57 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
5e03d664cd8e3bc2 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
c07cf95a96e3c8b2 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
9f7cd042e4a1554d tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
23d02d6000544a66 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
af764c165c70da64 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
72298fa3d0239097 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
d5031855a9f0e9a6 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
4b851ad1a12e6133 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
47fa2ef7de580f1d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
d3a1a676d997b01a tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
655b722656f40d8f tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
09ff316237fc51cd tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
d8e01a5fc2f30851 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
3471e81f04b5bb0f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
2b6ae63b2c9d5597 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
fe9c0ef72256bcf1 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
a2f4ab1ba9814744 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
476a82d298bec171 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
a1e2dbb289b591b7 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
168bf60772263464 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
b396c27859add199 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
239e5de0f600c9ef tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
d91009b30fedfca6 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
fc7b95c1c03fe965 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
bb47921957bda9e7 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
04b672f6656ea64c tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
b2a96cc852661e09 tests/vignettes/nice-early-review-age-22.yaml compare --format html
a98c0f9d1ed968fd tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
c98c1e9de77b98e3 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
08f5825ce05235a2 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
dbf54a77254fd3f2 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
9e8f16c2e114c45c tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
6a4a642eb6161376 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
6b41b9ce0d88a8d7 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
50e072b64c7f1b9e tests/vignettes/nice-early-review-age-40.yaml compare --format html
29680a5f3321ccf4 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
b05c8d18d69d2566 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
1a2da7f5cefd9d0c tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
87d20a009c06b033 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
0f033964b51404cc tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
f317e09bdb86dc1f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
59c14b6b8f38dedf tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
416efd771ad25a4a tests/vignettes/nice-early-review-no-scores.yaml compare --format html
85ec6507fc200fc0 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
9410ef55f9e0b3d9 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
49a49f5365ba52d4 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
dbe8ac33acc2212a tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
cf93d634bad2c742 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
06dac10d3c5057aa tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
b26d0ff3ef0d8317 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
5a4caeb4c92660d9 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
2a7a7b54592e612d tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
13edf29b24d33061 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
eb280a69d14d4d0b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
6b4899994fb00601 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
d6a72d5934b21423 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
d6cfd6a64c28ad51 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
17943d9ebca3440a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
cce173fe47f38db2 tests/vignettes/nice-first-treatment-mild.yaml compare --format html
7c0f91fbda86aaff tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
38e3bffcda760886 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
7ac19b8960efb7b0 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
86398fb8d210d904 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
24bb736b17c5a79a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
164bff24d3fff010 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
039a9aaccbc2b7f5 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
c7a9afb9791ab3a7 tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
6c42bd195e8694c3 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
16101d90255325a9 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
260420dcf61807af tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
d75686adcf326a1c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
0f0d67a0cb004895 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
ecffd3b6e0accf88 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
e578ce73063246f6 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
528929fd236f73d4 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
1841e899b7d603f6 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
6bed551827acc4cf tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
497d351ac1249763 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
33810b93f179d0e3 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
a06d8f2b832ba85c tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
54e25e032a6d687f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
9ea27c0d0339adb7 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
3d96f807a88feb32 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
db0edef47edbc8f7 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
15a58e52c86da23e tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
2f2249345f14e773 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
ede13ea5b5b26ee2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
c150ebc6b221ef78 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
a54afc0fd8cbb340 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
d565fb099b5e93a2 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
48ca65bd13e9a3db tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
7e353ab4a8e3e8e1 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
6f80466fbb8010ca tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
fbf796a3bef3c58a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
a4a697f6f759d471 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
ca9b17837c7e13a3 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
8d2541747e7c8bba tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
429a7fb117573c4f tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
cc87992646300869 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
0aea4d32e332c283 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
9a4486532fb42b7e tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
64f8c81744ed987c tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
978c4d73dcfbd23f tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
ab6a3a2239cf39d2 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
d0a28a1c4f2d7184 tests/vignettes/nice-no-response-week-4.yaml compare --format html
72b678d8077775a2 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
6bf51aa3e3dab3b4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
928ce2ef1389076c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
a05465cb6c81545f tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
65690a583813650c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
54dd5daf5386f795 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
3731415d587f45eb tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
1b97bb8ae7a295de tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
06950796f436e1a5 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
855be208fe9172d5 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
ea07ffd2894f3ca8 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
d616dd95678f2792 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
98731b3d974855dd tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
e12d33e1c57b3c90 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
e39abd8373fd5889 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
422fc40c59e9fe8f tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
a7e9bfb446d51521 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
7947d76142c098d9 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
c7fc14d4b4e3a9de tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
7b28874ed3bdefe8 tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
ddcb9a7fb02bbd73 tests/vignettes/nice-partial-response.yaml evaluate --format text
ea50f1b7e52e6815 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
54c0b9c1573429c5 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
4630fcf40018afd4 tests/vignettes/nice-partial-response.yaml compare --format html
b61f7ba71c312b48 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
ac624813307d2501 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
3621012e1259a22b tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
7965b11fcfbd18ff tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
9ba4b52be4b78c35 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
5673a71b46ecd127 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
3c466cae45331f72 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
53df83a49ebc6fdc tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
60e2ba6d297673ec tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
ee0e3390efe0f59f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
e76434b425092437 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
dc3f1bccc73b8da5 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
7d6c7b838dc68a24 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
304d7054d238b02a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
26978deb96c6e9a3 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
f204a22b0cd21597 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
d371d98b4fbd0ce2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
6616d2306757b7c7 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
0e080e80994a65b2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
56ef3c3a8f5d03cb tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
0d7e5efa29826f8e tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
46f6df41e76a44a2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
072033fe145eef4c tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
49f8e1798a60bec7 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
88630a044a61745f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
65243b7a2c45d046 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
3153e6229cefdcd4 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
9fe2b84c628ec9b2 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
30a9f59cd988f1ca tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
092045c044271a84 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
6da0d7d8126c4e8f tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
e47e253561c7e093 tests/vignettes/nice-remission-first-episode.yaml compare --format html
c2758e78f75f6312 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
e95e5ab381adb058 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
5a9da80ada4f0aeb tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
f2ed23e96cd61d90 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
94d678c41206eadf tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
4490b8fcee0b3d73 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
0ca3a0674035c4b7 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
067e1c075cc2e73b tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
79c2a90d5afd909f tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
80db593f82ea0464 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
e9e64b3cb3047baf tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
b91c79aa88b49c34 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
cc417dc8cf0a65aa tests/vignettes/nice-response-not-remission.yaml evaluate --format text
af29bf2c1dd045f5 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
1f013af622ff5794 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
9ce6b7540e0d3aeb tests/vignettes/nice-response-not-remission.yaml compare --format html
3f74c104ebbc7bcb tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
6e9a329607cf3aa8 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
a3c6ceae3aa2ea57 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
de007bf5e3b66780 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
5ee06b194b9dd10f tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
e513bdc948efdb4a tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
1d50fe5dcade4668 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
371e48b17c739011 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
626921152223907a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
f90ddab007f74011 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
382e353bb9065d7d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
0216c6cb5cdeed40 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
1c11ef5b833d105c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
0d764bd408c1d0d7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
adc0620d3da9739d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
eb1686628eaee53b tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
056f070be5a25b50 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
0be938915e00d53e tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
6f76961cd2fa29f2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
3fa293caf0921982 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
d933244a61828b1f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
b97c52dc664d2afb tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
f335b136f7cc2fd3 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
71821db02d465a1d tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
e4585197c7c21b51 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
d941e2654c450068 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
5c7a5c034a7112e7 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
1b9584fe2e4cfaef tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
b78e6691f4cba00b tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
4d817470b4678390 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
4ec70497a5aa1fca tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
ee7079144c00b768 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
ddefb66a4fff3b33 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
b81751dabe40609d tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
da6b4a6c5f091b3e tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
da6df3a3d21b32ba tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
a47e9c112cfe5914 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
504fb8421c058a27 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
4f3e9f3533c906d7 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
62531602e4d24fd4 tests/vignettes/nice-two-failed-trials.yaml compare --format html
d0f973523b543a98 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
09e08af5b3d6e1ef tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
fdcfd0c0339bbd8e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
0e5e2b2456557044 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
c39c51cdcde538a0 tests/vignettes/nice-under-18.yaml evaluate --format text
8047976b572c85a7 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
afa37f450a38d599 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
b3309e25c76bda34 tests/vignettes/nice-under-18.yaml compare --format html
9245999d99cd5eb5 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
0638b817bc45b2d4 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
7a2913c7d233490c tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
8984b70a71aa9f49 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
7c1bee1b8a4c2e9f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
8f79c16de1b85302 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
65d6939117a0dcd0 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
e5a040c8249acda9 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
2ca25af49f811ab9 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
74e8cce1ac699dbd tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
f5ed261a11f632c8 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
3ca44193226fe4a3 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
db31e70c4598032d tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
f6aa8790a9ec95d6 tests/vignettes/ongoing-trial-week-3.yaml compare --format html
e2f988f12658fec0 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
50fe69121481b036 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
96bc20eca62be6df tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
bb517052384643f8 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
db31e70c4598032d tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
f6aa8790a9ec95d6 tests/vignettes/ongoing-trial-week-8.yaml compare --format html
97706f7ccf723ec7 tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
95487ee58890b57a tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
d63cba2c217b24bc tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
98c1608ff3e9a00e tests/vignettes/partial-responder.yaml evaluate --format json --explain
93ba1a0e2d820bc0 tests/vignettes/partial-responder.yaml evaluate --format text
199607f2a5aaee96 tests/vignettes/partial-responder.yaml evaluate --format text --explain
261897cf4e2a929a tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
eabc47e707268abd tests/vignettes/partial-responder.yaml compare --format html
678c148aac647d66 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
5ce64ed898cebe53 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
5cd069c69bf6fa46 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
cfd66757161aab77 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
f3fbdd41a4c20b0c tests/vignettes/previous-episode-trial.yaml evaluate --format text
5b48fd431461d02b tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
cb48efff25874075 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
1c2d6ad02b6e13e6 tests/vignettes/previous-episode-trial.yaml compare --format html
204c3262285fb88b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
641b42c7f801961e tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
cb721daff4ce542f tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
ced3a51e2dca1a39 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
fbf455917131204a tests/vignettes/remission-below-50-percent.yaml evaluate --format text
2db9c0088ac385c8 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
b5cd52e534281be2 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
b3e43bcb08f36491 tests/vignettes/remission-below-50-percent.yaml compare --format html
15afdfbf33cb04e0 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
03da6863cb0a631c tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
de9c0ea5f076504d tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
0120d392e6a48d80 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
b524cf727bc0a972 tests/vignettes/safety-age-unknown.yaml evaluate --format text
a0458a881623387d tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
542ad412c081296a tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
9b94d47eb0a1c9ea tests/vignettes/safety-age-unknown.yaml compare --format html
6e75019ad122bec0 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
2c47aefc1a6c3f59 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
4546401afb6832ab tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
6c41d973392d00fd tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
642f79df6d1537c4 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
3c9a5219b3f9e1ae tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
cb20c79af6900412 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
6ed0706b6a7e2c87 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
3b50aa9b8dcc473b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
a36c6329684a2f50 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
7b5715dc5fc9459c tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
6b22d2d527bec364 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
af8c1ec19bc2cc60 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
730997220986ce6d tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
f7c0f9bbb12dc843 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
a964f46feb22af3d tests/vignettes/safety-catatonia-ect.yaml compare --format html
bf1321622fcf8804 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
710e4061728bc50d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
ff0058e391d86974 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
f4e9a99bdc6edb80 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
f670eaf685446e05 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
8bc30844d0ee65d8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
6fee5ce29782f080 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
5b7d8e6d937dc7fe tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
a8e695e1239a68da tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ed9febbbfdbd1a0e tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
8a31fb2243a4ceb4 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
4b1408cdd0d38834 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
d5948b08e1c486ee tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
603b6da5d079e25a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
bd2b07f940be9fd7 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
5e348fe75473cd08 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
531360f373837c61 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
d14f025c592f585e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
855afa21357120f2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
a619e22a969d1bee tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
32be004a5f72df14 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
2b8a44a645ba40c3 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
d91500020ec3a073 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
c5aa486b627c0538 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
dcae1787d3eb2cc8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
ed051746ed919592 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
021f5c69eef8f5d5 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
29027d0a029cbedf tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
e10a56a98b7e628f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
3d1b17228d2e773c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
93567997a049f37f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
a869745e4eacf7c9 tests/vignettes/safety-citalopram-60mg.yaml compare --format html
52f42410a6b4a16c tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
7497276b1a36b5e6 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
ca8ec6baa49c0e67 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
24b7bc577429297e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
00ab1e73978b1968 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
440b024262251044 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
a47fb0311f96f779 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
cd704e001ad300a9 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
48cf80465ab0d330 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
cfcedd16cd1129db tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
796f63aa04f93342 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
02ab10615743a43c tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
65517ea225b275cd tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
48520d45bcea234f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
7b1ed6590a167277 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
c78dacae035679db tests/vignettes/safety-citalopram-age-65.yaml compare --format html
13880f12c2f0fa65 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
af0ae0213c48094d tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
9dfb83680927ba85 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
d9b34e3043dfd094 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
ebfa31cbd12bb252 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
3a149858defe6b54 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
3c714ee913efcae0 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
cc6a12ccf515f554 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
744168331084e583 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
9f959ce5f3820205 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
152c0e5e9ab371f0 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
f531f7a80d879d17 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
91a07de4843bf583 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
12296e5775bd382a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
5e1cc66be1a44866 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
0c3e1f6f7a6ae340 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
c96c91fb538aef8d tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
0ef0159dc0d93c63 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
023a407d6dcaac30 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
d60f14c9c691cda9 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
52f1f5805acd476b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
a57b419c83a9bf13 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
51d545ee0e97c33d tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
f668b63d1f2ee585 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
cea1035f5e9eb747 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
05f845e6c2806d75 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
dbaaccfd9bad0eec tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
a189be5f377dea0d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
2aa4cca9b4fe829f tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
c1641422fc503d66 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
66ac20fe272358a9 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
245be916a16f7f3f tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
c17eabf92eebd815 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
a728af5df65a5fdf tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
99328dc6ab5e1e0e tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
af6f52abf2f57b15 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
c074ea06fe468cc4 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
bb3bb21b06514b78 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
9b4f42a52755bd60 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
b9d37e6ecb66e932 tests/vignettes/safety-dose-above-max.yaml compare --format html
6a24f3b0fde71cc3 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
cc74ba097d33cb25 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
458f0cd4d65b92c9 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
e13edb1203ab8c55 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
0c5471a212f0ac1d tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
7b348a4d5f0b4869 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
3757534e060d7cd4 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
4042bfcfe535b79f tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
a2f9258c49e0952e tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
f5d2aafb3fa746c4 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
63175b90368579cb tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
9bf309b7d775c0d2 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
f2baf0a6600d5d61 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
b4b38de3267eb3c4 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
a00028a691f112a3 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
bcd541cf96a36e2d tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
b88ef51a705ab65a tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
8a93149e1f9b47b5 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
249179c50d92f4a8 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
429bfc219dd07505 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
4400c06b6de92cc3 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
4d9b9769d1f8327c tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
ba7e631726ab0a88 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
8e46ffecc6dd7e90 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
ef39215e897e1bec tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
f2408ef770e96853 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
b85728a45cc9268b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
c875fbbd61574c49 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
c9c9468121b0fccb tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
0929dc1d08aab284 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
c7b6656bed0702db tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
c792d955a514c176 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
f6dac83ad09e8968 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
4e18448b5ac42fc7 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
bc898b8648afbc27 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
0356a7cc81d28de7 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
64fd1aa51d6e903e tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
5dd891760bd0435e tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
c2329d78ed53fc8f tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
5fe6b5920636d03d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
39a7597d762d1ac6 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
0e42aeb64c925f0b tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
d04e97f4c3bd619d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
57b0c3e796c12d5a tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
5bf78316e79cf8ad tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
2b387d7306d4fdf3 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
385c196dff37154e tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
0647595d84c09b78 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
0b234c07cb4915cb tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
ae917f3e743f3976 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
22e664b1740c1960 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
a4282e85827da3cf tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
8f8728ba9b61e872 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
e66ecd27f1c4b880 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
a96e7f0d9906f8af tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
516d3b0fc2dd8523 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
db992058fd9ed4b4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
6d2f77082a151f29 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
eab91453e3b03b1e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
c8ec37ce8ba321d4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
c1ccb03ef74533c3 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
e4a923946f9e921b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
8ede58d118de912f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
3cf7b239d61ea442 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
262475e0394c2b0f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
b0cd3be7811c86f7 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
40bba7217e890d7c tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
385cd33c23c75e79 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
5ae8d60edf848f8a tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
9e09a6f5ed197bbf tests/vignettes/safety-nice-ect-gated.yaml compare --format html
9dc13cc48224ecfb tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
7f0dda4d2ad7d94b tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
fde296fcd8c325e0 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
a89639c5a334e35a tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
b8d66f9ffa22c345 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
f1577feb9b3d4619 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
06e4f4531ff3ebcc tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
3fd79fc75507f12b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
c3b79205d2f83cef tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
4540538be2efc11b tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
ab4005ec77a57716 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
a648d7ca6605993b tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
b4197564dc9ecbdb tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
3ef933a8e010aa0a tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
0a11a42557fd6fd1 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
8c231fc6839a88cf tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
cb61662ad84aef81 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
826596933abe27fd tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
b1c3b66c8dc8e74a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
dc92e9e62e20305a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
6803ebd705a429d8 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
910ac5445004317f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
0ed0a755074219ad tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
3227e3631dd8f6ef tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
6641e010efb4a8fb tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
477300cacaef4694 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
6bdfc21c9ebae277 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
311f5672a338ac49 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
9c0c051deb7a24c7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
8b3c10124cf46e2d tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
f238db0f76bacd71 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
c55c9e09790fb5fe tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
b5711709b91c945e tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
a9e3f21affd32c20 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
9a514f9246296fa4 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
8bb55f94e7410833 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
05c59bcc62f7ccef tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
72e2080d3f809347 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
b7415722f2705773 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
41bcd9f014fe3981 tests/vignettes/safety-second-antipsychotic.yaml compare --format html
3ab05fa97c634a41 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
99777d9d91560b5e tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
98ba8daeed4db7ff tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
7382f924b747ce93 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
74de5aae6cb73475 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
d627311a25c11417 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
ea6ebd119f0f6da8 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
6ec75942f997f7fb tests/vignettes/safety-serotonergic-combination.yaml compare --format html
925506da012916af tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
84336f44b318a346 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
93b6a9d98a380801 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
f3927dbbe4d1ccd3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
1cae0dd58ec3dfc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
802034ed47fa8fc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
d86dce1ca267dc05 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
31643d29672992dd tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
ec6ae6c6d1a49733 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
692a2368582d6390 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
433e1673315115f1 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
5fbef4efdb2edfae tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
2496f1038879e6e6 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
6f92dc73a63ed9ae tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
c5b24eafdbe9d05b tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
ffa3b3215806ea54 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
ba463f08848202d8 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
9225348d53ad8ee1 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
13168a9c221af2d0 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
3087da5a9841c857 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
97d46983d81b57a3 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
b14bae276abe6f46 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
122658f61d11bde9 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
f5012eb41ff5f573 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
539cf449f2c34379 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
3902d0b13685dbe2 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
fae70b002dddf831 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
034a3fbf5d027974 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
0d3e06119392f82e tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
b81a4b3bf38615d6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
aa64f030996371eb tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
ab04a457d8b9300b tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
56854aad4a284e95 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
a1f7d375bb7ce5b1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
ae440a9577e409eb tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
214ae3762468a027 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
3bd796db9fb72b1d tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
26c262cfb5cb5bd1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
e787ca3e0ec22503 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
26f094f889c1a808 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
6c757ba9ecb4320a tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
752aca8f099a739d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
dd77e4a3205ca3ab tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
f0c25c44fe9dac6a tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
27fb7e6b65cc5235 tests/vignettes/safety-washout-respected.yaml evaluate --format text
cbf42386ed8258de tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
3d2c113431fcb032 tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
49b5a64a12d3c999 tests/vignettes/safety-washout-respected.yaml compare --format html
6c50d1322fab6c07 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
ef7ecf2b3d2e4ef8 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
d608d908735864b9 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
e2f3d5111aa54747 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
cffec2807c0a78a6 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
7805aeb4a2d6edaa tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
8e6fb94fdb443ce0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
f39adce155d31be3 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
1091279e8ad600c7 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
6c8192d13cc3c7b3 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
3b41e94cb0081a37 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
4a9a1d7f69bc3c9c tests/vignettes/same-class-failures.yaml evaluate --format json --explain
d9d1a3cf257a8b11 tests/vignettes/same-class-failures.yaml evaluate --format text
bdf09ec5e71b57a3 tests/vignettes/same-class-failures.yaml evaluate --format text --explain
75c095b778bc3d2e tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
06f62c39618a1dbf tests/vignettes/same-class-failures.yaml compare --format html
20618379381d6093 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
653cdb168f7f569a tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
32d775f52761666c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
7e7e1e2a08f9f3ee tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
c11d364c0a3870e7 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
de0816d149df73bf tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
f3f70d7397be44ef tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
73ffeea2f8853072 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
8fcff2b8188c0c9e tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
99d349400a6974e9 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
648167a6bf475563 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
1577438d3ca884f8 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
ba4602c03bab2765 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
d2ca4613e190dc19 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
8931269e97065b0d tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
4592707a2aa8073e tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
77afe6a76f195bcb tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
9136838871a6096c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
ac8d85c3a17a3dfc tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
61009ccdb7ea1fe8 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
1f447e26829b9777 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
91d59e87dd84fd05 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
768ce7a4f83adec0 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
2abc91b00357a37f tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
ade8e6704d21d887 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
2a6460ee287083c9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
674233358dc201dd tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
aa75af14b156c033 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
119a81f43111464d tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
8b5dd7bd1c6b9f83 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
e0ed2a50bac2d978 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
f5b653b3588db5ff tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
ab6eb882e4da85b7 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
609b9acc87da0834 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
32f43e47f9b25d68 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
ede06a0d3a092560 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
f4e64505a0b4ea72 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
7323fc5acff9f1b6 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
4d171e2f8eb23856 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
1bf67bda6b5a18a2 tests/vignettes/stard-level-1-exit.yaml compare --format html
a3a91ef5ffefc9a0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
8fe0ee6282fe0a29 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
16b1664118405848 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
907d0efa015e527f tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
0a1576747db9b7f6 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
364953600a31ea23 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
375f8ae3732d2c57 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
f941ee460ea67e31 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
7781856e5a411dd1 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
fb7ae446cb9f83e7 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9a6754514c67c303 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
9870103158579144 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
d9a227c6c53cf989 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
3a08380ef9954163 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
ca48d04edc66a09c tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
24449d14821b59b9 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
9b2b59e2ff317928 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
ea8c856f03f02325 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
0d9baeb7f57caad7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
f16e4502c33247cd tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
5305d204da3fde18 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
738e28ce4da25b64 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
a3b9e8ffd1be6e37 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
c8797d1219c7ce43 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
61c18124541ad332 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
dea3856f14b0b979 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
fc72b689d91d0b74 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
5ddd67bd5d781458 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5fe8a608f4728a7c tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
5741e256686d44e3 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
324b8a2ccd8456d9 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
ce60291e5732098b tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
04cc310daf7f9313 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
c54678083b0a1294 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
aff74ff585e553ab tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
b5ec238dc3ebac47 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
ed141d8677936eaa tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
f0349558c8ff6637 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
1a68ba395dd6e42d tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
910fe004520358f4 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
4ae63039edc5ecbd tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
0c4ffe8ab31768bd tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
beceb169ab326786 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
1372dbdebd399afb tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
41a81adb48c1843e tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
da287c341ce4bb46 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
183fc41945f98627 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
f4fe782949c33093 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
d835e288dde1f704 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
a0ea99b250a31e97 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
9241bd4a80424cab tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
94734ef5618d9dcb tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
221b759726122ec2 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
f7ecaa374882af7d tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
87509535329aa161 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
45456ed9636e9989 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
df2354c247510dc0 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
4480dad5c878f43f tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
edd4db510426b906 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
238fca276d3f5bc2 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
4d848dd9a5ebdfe8 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
ae4f4aebdaa579df tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
bc5b3e5f914d2e82 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
b3af23738962d9a6 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
569bb54261c6a464 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
47c00dbf5bb26dc4 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
963040941c8d8714 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
13ea2b5bfbdc6175 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
6d9cbfa67c8c7076 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
7aeaec6ca51e85dd tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
e4a57e177ce4badd tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
9682f9b515af6679 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
784f0074d2d300e0 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
fdc78620dde48e9e tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
efa69e9f725736f5 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
a320bc9f1d30e27b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
6cea40952c607f69 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
e6a1b713b2259c0f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
3070c134578d8a71 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
9ff5a200ea43fe1c tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
db53e1ee7ca5b133 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
07486866e0ea0a76 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
97b1eb488f7e030a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
2cbf91bc184756d5 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
377b6c23a50c6f0d tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
6ef1069c738943e3 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
32e62bb3868fab77 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
8cc95ba1ce41a2e1 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
a6f63935072f6f2a tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
13c771155a764239 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
b86b1a087e5cdf11 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
d80915dc8d9d8e5c tests/vignettes/stard-level-2.yaml evaluate --format json --explain
d02affcbee02a582 tests/vignettes/stard-level-2.yaml evaluate --format text
5aa965225e3d205a tests/vignettes/stard-level-2.yaml evaluate --format text --explain
35508205c7a4f288 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
2d4a1a54852cbbc2 tests/vignettes/stard-level-2.yaml compare --format html
de3c234b6c07667b tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
05fb575a466cc459 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
6e8a7504490a1d52 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
b207f05c3e332339 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
4337f4337afc4c99 tests/vignettes/stard-level-2a.yaml evaluate --format text
a69058faafa46f86 tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
d6fe0b3555ffc013 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
67bb398e38ad009d tests/vignettes/stard-level-2a.yaml compare --format html
224e0dddb38f2198 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
8966844c04efd9de tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
40c0c533b2a3df23 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
f9b0ca7c2d39a775 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
7de8f0ed0ac0781c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
b03bc97f4c37cf3c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
be7a9e8a65c498d3 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
92362746516cc1d7 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
56d13dc0fd674c23 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
c4f06ce8895eb07a tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
394af2921279285f tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
00470174c82cc5f4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
c16ef1308fa5642e tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
a1dfbfcbd0ccaf45 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
a398ba4392043d17 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
3e10fbccabe640f0 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
65a9e6e660f1f90b tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
dfc2c139048b68e9 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
443318b11e1ed135 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
8a8545cc0a0e8052 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
9111113be0bd57ec tests/vignettes/stard-level-3.yaml evaluate --format text
5144db400d46173d tests/vignettes/stard-level-3.yaml evaluate --format text --explain
babd710ef725d44f tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
b8589329d585921c tests/vignettes/stard-level-3.yaml compare --format html
b44724ee0fb5fa68 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
037f002630733f3f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b7757dab5465c6dd tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
a07dcd4c21ac27be tests/vignettes/stard-level-4.yaml evaluate --format json --explain
25f917f6736e02e4 tests/vignettes/stard-level-4.yaml evaluate --format text
17a3794d63f0b08d tests/vignettes/stard-level-4.yaml evaluate --format text --explain
f389cb0ba61f8c90 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
81c11b2ca0e3c4cd tests/vignettes/stard-level-4.yaml compare --format html
230837df9a910a13 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
a4e791ee562f4915 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
6f765a8660b4c4cc tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
65aed69a97a59f8d tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
2bbd5724a2bc4868 tests/vignettes/stard-other-scale.yaml evaluate --format text
beab29ed4b28b4cc tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
c561187d31db62b8 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
adb6bc9006bcafab tests/vignettes/stard-other-scale.yaml compare --format html
4eb102c13b3290e8 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
0954921b080a1598 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
c32dba0cff8691ad tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
792a0e2ea9c1b426 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
35fc8694c230adc6 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
02c0c48c889904e5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
20cbb511c3192de1 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
07d93e7001fbf7f5 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
4c417e55e9aacd10 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
2a65608bdba84ce0 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
55946aa6bba9245f tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
5a90985cae7e8715 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
35026b5ef8d2cfb5 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
0ef7ae8f548b27ed tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
bcf2303dcb112a37 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
068d27833b074920 tests/vignettes/stard-over-75-in-scope.yaml compare --format html
fbc6de7df869c871 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
661be297a1dd4a11 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9e68fab64a0b55cd tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
1eed3973cf5648eb tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
32668de6a05a96b7 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
be696dc661699f7a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
71563de67b47bd15 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
020ad60fa8fb9daa tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
91b1b7fd5c36cdb3 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
8c9933e6787fd718 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
64ce84c816dbca7d tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
969f16235bf70b41 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
86bff9af1ef76745 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
ae607225cc55f980 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
95d4c2fad7d914c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
7412b5fc90390879 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
3d60d63d6becfa23 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ddc54ff1ccbfd420 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
ab01f62b13f27ccb tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
56e638475fab0748 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f69cb0e4cd9f2e8d tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
3872d0e7ce505bb0 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
be61f72bf5922d1c tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
81deadfb31110e63 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
29596caf432fc7fc tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
e153130acf55b340 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e04e2ea264374eaa tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
d98c2f54a772c138 tests/vignettes/stard-remission.yaml evaluate --format json --explain
c99e1b4db08cc892 tests/vignettes/stard-remission.yaml evaluate --format text
85ab55c753ce4503 tests/vignettes/stard-remission.yaml evaluate --format text --explain
7c6ec26f2a65a5cf tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
6dcb455a7a919351 tests/vignettes/stard-remission.yaml compare --format html
c5f56ecf29ee68ca tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
3408fefb58d9a8e0 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
e75d605278099b5d tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
3ab9cb2ff2fad136 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
dd98a65f35023565 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
dc604179fd0e167e tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
b2a7566d51d51dd9 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
d0dfc03c623ff5f0 tests/vignettes/subtherapeutic-dose.yaml compare --format html
d182c3a89d31a68f tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
e6b71d5bdbb9858e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
d993d404b5604fa8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
d44f3d66403ec819 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
92054b98fc170f8c tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
1f80e814eef18a2d tests/vignettes/thase-rush-stage-iii.yaml compare --format html
4f9e2733742d487a tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
535cf1f46218407c tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
c2504d0329f77c23 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
2382bf6b639264ba tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
92054b98fc170f8c tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
1f80e814eef18a2d tests/vignettes/thase-rush-stage-iv.yaml compare --format html
4f9e2733742d487a tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
535cf1f46218407c tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
c2504d0329f77c23 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
2382bf6b639264ba tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
92054b98fc170f8c tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
1f80e814eef18a2d tests/vignettes/thase-rush-stage-v.yaml compare --format html
0b6cefa14887f535 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
f5860b87f41da988 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
d87a5e45a3f22ab8 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
61b5131839b33c71 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
fca56096503dad75 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
717b0c10c1f653b9 tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
0b26812473d9242f tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
bf329dfb84ea2cc7 tests/vignettes/trial-addition-stopped.yaml compare --format html
9df60b0e9f123135 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
e91792161c670dc2 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
bb306a25e7e55606 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
0154afb9e1a46df1 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
d9c800295d47f6d6 tests/vignettes/trial-adherence-strict.yaml evaluate --format text
83e637386efd84d1 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
db223e78da866444 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
c11c2a65d9691e1b tests/vignettes/trial-adherence-strict.yaml compare --format html
84b46cff3ec24025 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
a4864ea4e6966ba2 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
ca3f0cbc0443154d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
830e1c777caaa4a8 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
ed07b7f278325786 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
06c300b3624d9df5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
d2e986c991a1ab18 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
cd34d673d0f63bbb tests/vignettes/trial-adjunct-own-window.yaml compare --format html
8cafc717b260d9fe tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
3447c7d2730f6221 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
23ae6b2076a4a9a5 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
2286cbae84f77799 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
dbefd5e836c1c0f0 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
e841d69b55bf2b4c tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
47f7ab2810d12cf6 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
1bf83a8fce705527 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
6c8b7c6a276d6f79 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
7959e655164377eb tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
0a20a3ac3a8f92c3 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
8e2b5d736ffb00cf tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
b1cf74b0c08666bb tests/vignettes/trial-duplicate-course.yaml evaluate --format text
5d629381f5784088 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
44619c3cd9f74c1b tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
44b30dccfb679c35 tests/vignettes/trial-duplicate-course.yaml compare --format html
247d20efadba58cd tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
b050cfe120b32939 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
69131ffa96527de9 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
ecaa05f30bbbf4aa tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
f422d8e055d5b950 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
cb2385a5455440b1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
84df49927ebc5e75 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
0aa86b021785d2fe tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
3206a2230bf7872a tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
2cfe07095b7b48df tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
a4cacc4b44d3cade tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
b48c80dc19b7a8ba tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
74cce1cfbd58f3d9 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
302dcd8248f5c8ef tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
949cc936f0879e67 tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
edc7d9f9a424e6c4 tests/vignettes/trial-ect-during-drug.yaml compare --format html
103434fd2bd6145d tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6f65e1b1b6eec1b7 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
53c25c0ed055371c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
e707ca669bdeb342 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
f633bc6c36dc4e2f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
9dac28d4204db122 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
43a349111044d3c9 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
596b47a401530e8b tests/vignettes/trial-intolerance-after-window.yaml compare --format html
44c9dc9de5baef94 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
e5866af6e6d09d54 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
69bd43ac5d900085 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
24c4c79b1ed9a331 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
ce2e19a92737eeaa tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
34ba5e7df0c314ae tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
fa8e577a58f514ca tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
6647079954bbb687 tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
22dc488e07de5d2f tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
be738ca185410ad1 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
8774cf1c13f77128 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
3e0a8ddd18e905d8 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
b527839d840e3aba tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
b3e81b66d7b9d478 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
672457d13cac42f7 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
7be9ff7ed59cb9e0 tests/vignettes/trial-relapse-after-remission.yaml compare --format html
3065a50f5f222ff5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
f2ac421ef4e519f4 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
65dea4572375e0b2 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
f60796bd5745ccc4 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
bb41f5b05a5d8477 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
ac45d84bacf70827 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
a5178fe45b5a4a97 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
533341bbc4521998 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
21282f110d98f00b tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
ee38644976c4fa82 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
058c3054a3b5091a tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
ae242ee71be6ef2c tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
4b9d2c16e67d0627 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
8f62536b5ba54622 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
da47a36246ecfa32 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
0ca7636b91c8e386 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
d2c840e39d82045b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
8f25a76d41529dda tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
6c12ff1d884ed44c tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
3702b3b1e74b70b3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
5b861fce70ae5cf3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
9fc70ecf86cff3e3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
296adb7476c64b82 tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
d7963e14359c5e1c tests/vignettes/trial-same-day-regimen.yaml compare --format html
09e82e43fe19b176 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
cfe5bbbd9bacfc0d tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
f86986bae108425a tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
fcf8e89ec26e2a56 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
7e1c0fb382e353b4 tests/vignettes/trial-stale-scores.yaml evaluate --format text
dff008085fb033a3 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
90a044adad4b9209 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
f308340f41d543f1 tests/vignettes/trial-stale-scores.yaml compare --format html
ed6007d35bdca6df tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
465fae24483ac404 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
50c6680374fcf8c3 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
5a1ae27acbc77989 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
2fd934b8ef94df1c tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
edaf3eba34b483f1 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
bd177f6cd636299a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
814c49025591c753 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
5360881ce4d8bfc2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
256e6269c3eda424 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
a8e192bc8743ac17 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
0af36a0927d4ecca tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
6da604236405332e tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
c62d7490ad0d618c tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
08f6220a4a8f7b04 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
fbc95d500de47e1f tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
524113615d5aade6 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
7e8182ff3a53c481 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
aa439d17b4959e72 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
de67bd8a1c4b4abf tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
fb0877a17b74a6bb tests/vignettes/trial-without-dose.yaml evaluate --format text
6a2ffb756ff2425b tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
4a4b5a38c0490b65 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
eb5df70bdbc67304 tests/vignettes/trial-without-dose.yaml compare --format html
