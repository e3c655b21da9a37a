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
# and for the page that fits a phone and paper (issue 19: exactly the
# HTML and compare HTML lines: tables and chart in scroll boxes, the
# SVG 100% wide, the print style sheet); and for the timeline's labelled
# decision points, its key as a list, the last score's value left of the
# as-of line and scores 12 weeks apart unjoined (issue 19: exactly the
# HTML and compare HTML lines).
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
86e4ef2fadcb2e7c docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
3f5764ff67f2dd1e docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
b688e74bb9616590 docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
4a1d3c7647dcb454 docs/examples/demo-0001.yaml evaluate --format json --explain
c209790cc3346bfe docs/examples/demo-0001.yaml evaluate --format text
05e0ad10174a4f01 docs/examples/demo-0001.yaml evaluate --format text --explain
83a3e2d7567fcb4f docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
29128b71c15706ca docs/examples/demo-0001.yaml compare --format html
761c04fbb8135153 docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
de1a043ad716c56b docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
492ae67595203d41 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
c5b4137c0da6bcc3 docs/examples/demo-0002.yaml evaluate --format json --explain
24b42fe9c55d3bba docs/examples/demo-0002.yaml evaluate --format text
cae6602ecae5e2e9 docs/examples/demo-0002.yaml evaluate --format text --explain
0a9477c6e192549a docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
fc230155936bfa7c docs/examples/demo-0002.yaml compare --format html
dd95828e633a402e tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
4bbc8056c3f44c0f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
2afda670aec957b3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
bcbee8895e359634 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
6d579f63ae1ad600 tests/vignettes/adds-to-chain.yaml evaluate --format text
dc680aa9b1b6e8da tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
4e3466dbb37e2b9f tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
c27de94c99e3ab0a tests/vignettes/adds-to-chain.yaml compare --format html
fcca9bc5faddabe7 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
c8e6cfa4cf1e66dc tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
cc126bb54774288a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
13a710746242a1e7 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
2bd071c9180528da tests/vignettes/adherence-poor.yaml evaluate --format text
fac752aa50bcea81 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
37f4efce5b820736 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
b8d62f7d3c4858cb tests/vignettes/adherence-poor.yaml compare --format html
da0f40756d7b3a03 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
7c2a9123ff26245f tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
930566957535c049 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
6be9efa6d9716b6a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
dd2d2abd452d7bb7 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
38691720d36c4b01 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
15ddc82c8e9ff25c tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
7fb97b2c8369c098 tests/vignettes/augmentation-role-bupropion.yaml compare --format html
ea8b9a24b41ecce4 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
c1b949ba0cd66533 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
58b1f44f7e470467 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
ae4df08c9d8761b9 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
2f752dc844465385 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
cfe63e06dc072659 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
ca235159b14dfe92 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
8e6794f075fc9551 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
c7284ec3c643eb19 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
9a504ee6bed32747 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
ac76932908b59a28 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
17d1d846d66d04da tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
66a6619df4164c8c tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
b55f43e467a4f4c0 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
e10f8b81760df733 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
d4d712ea29a34470 tests/vignettes/augmentation-role-lithium.yaml compare --format html
03a787290a127e49 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
7469fb2bf724e25c tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
75b60d35584466aa tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
76dff7fd49478c08 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
260e6dc0785367fc tests/vignettes/augmentation-role-stated.yaml evaluate --format text
cd08a2de3067d177 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
9c02b0eea671c3bc tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
e86dff3e1d28c148 tests/vignettes/augmentation-role-stated.yaml compare --format text
3f1719dd8b91550c tests/vignettes/augmentation-role-stated.yaml compare --format html
ab7dcbed8fdcc000 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
a1c8b274bdfd06f8 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
220b99b3480249f9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
82a40a010f8152b5 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
18ad47cce7c60dd3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
2a27804fe0bda592 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
1aa61de6e7d4692a tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
461944baae6429e4 tests/vignettes/baseline-window-edge.yaml compare --format html
d39fe67bec4ebe2c tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
bab585b65759f03e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
5f1ad5f36033417f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
0735fe406f728be0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
788decf28c1ef0d0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
eed1620848587af7 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
a288fbfddc2fbffc tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
385b0c0c5c1fd1c3 tests/vignettes/canmat-below-therapeutic.yaml compare --format html
045290498bdac5d4 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
0541e8bfad23e318 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
c12767e88f1a8be6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
54acac36f08d8f9a tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
3c39a7e60cd74d08 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
0f71b6bb69b5e6f5 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
20475787dda9f970 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
8f51fd57a7782ca6 tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
434d0097879232b7 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
34dcc929900c5ec5 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b218a2dc3343868d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
a3dd5c925e469ee0 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
2238e1f6e1b040dd tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
76bf90655bcf3b29 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
b47cb2395c80e351 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
4a82f4a6c5ba120d tests/vignettes/canmat-decision-point-passed.yaml compare --format html
a3a31e2e59871777 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
8c3d7df7526975af tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2d685fb09f8dd91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
cf678024394c4d83 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
c35c37959222ffe9 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
85af8a2fd4b3e11a tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
b1dc39dddc5a6548 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
53e0a571c1a39ffd tests/vignettes/canmat-early-improvement.yaml compare --format html
bfd9066d1896af14 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
d8eb5920fa6a34aa tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
fde8f17ec7efb42f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
c939e002bf955634 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
228a6cb03c25eada tests/vignettes/canmat-initial-mild.yaml evaluate --format text
192c362e4e0a5300 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
3b7d505ab26780f8 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
ebf247e9bb1075a7 tests/vignettes/canmat-initial-mild.yaml compare --format html
91fd6106945ea16f tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
205fd8f94d268546 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
62a63532d50ef18a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
09ddb974e49ff184 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
5afdaf9d9718ea9c tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
83979275c651ba15 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
509982e2f7548524 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
8218f88dbf7fc61c tests/vignettes/canmat-initial-moderate.yaml compare --format html
c5c7f4a4bd67da3b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
fa344fb2309f4756 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
26c45367c3db8583 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
33d7c031330fee65 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
6b4dbb13aa4df73b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
579c251c22826c59 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
0d7c5eff8986313d tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
4cf5f80d12936c5e tests/vignettes/canmat-initial-psychotic.yaml compare --format html
47c9a3778156beb5 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
1ca7d8cfe99798cd tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e8be2a97a4616ba1 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
6ce15cea2b6192e4 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
23cecacf57701a4f tests/vignettes/canmat-initial-severe.yaml evaluate --format text
a8fd5ae16d142272 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
104e1ce8b6f4c243 tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
0bc4d484ed1fc7e9 tests/vignettes/canmat-initial-severe.yaml compare --format html
7a7abc1a356af21f tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
f793d573a9b7d838 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
8c9c89f76298330d tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
f633f4f9b3c893ed tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
df8ef102c2950ad6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
695c7d745ed99382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
8e86fa882ecb71f4 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
955b01b46121c0ec tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
0a658994357f1774 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
c74654f8787df405 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
097a83c82daf6c77 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
b08c867a8b7dc7c6 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
57406fb9725ab4a4 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
69c6c41da1a46b8f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
bfcda4a8de798a0b tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
371ba1031a57cef5 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
f99f47c7a2d8ab3e tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
af59edf912584a09 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
17413687293416b8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
87d0a1b8407a9622 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
4e111a671b456678 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
45a02618b864ac91 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
86a2bba5c3fc57da tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
030364aac8c83c2d tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
7b7db0993fe16be8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
b35e279ad13bf0f1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
52546391e595b809 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
0ca866f98e8ea1f8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
59c61d93bab017fe tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
67b120e571e02920 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
26b86df760dc587a tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
474d0ed2864edea1 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
55e0d78c83763edf tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8adf9e11828a77aa tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
8628403dce94056e tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
40e0d92d24218215 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
2116095cf21d4d93 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
11aa8dfd2c0bb430 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
bb5f826580c6f65f tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
b2b28e87687eaa0b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
56db771b966df60b tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
677b9bd47b6bab59 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
d92838b0eafda120 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
7b447a4f59fd6e36 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
19e665fb3495e5ff tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
c969c905ad7fac42 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
946caa22339d5f91 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
7127fe3d5f364874 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
b0f80c692a308fd8 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
1ebf4e8f981f1933 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
9eb91eeb30764b13 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
d54292921acf095c tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
931e952a344699a6 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
66cc74c2156179a1 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
b209ba9d1a84150b tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
b08fde456a053569 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
a46070152539a5d3 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
f19663a04f3a2485 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e3dc520c37b7b6c9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
c5d7385f16ef3e1d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
2edc51b8d929a4be tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
0863b34df978d93d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
feaa43d2e7a8cfc5 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
18a7e77fc49d28a0 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
21b69c31360f043a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
aa3fddedce806a91 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
a06d29cac71a72e3 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
677564da1df340cd tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
01b4bd2e5fbed36c tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
034d818d2993e84d tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
6245a9b5daa749fe tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
0af20579b670fe21 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
d1917bb4512c43ca tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
184ee85f81a0e328 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
84c4dd5e71d4fe64 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
28c852b264a57597 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
a22017abf4558301 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
5870e601c280fb61 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
76c36dccff0446e7 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
f6407a40af8299e3 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
8bab57f6f2c62256 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
001a078f21c5d59d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
04ffc02de6860126 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
ce7a8373f750c407 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
92cb7e89d527aa05 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
382501d98f361db6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
e37e949a8a55b5d0 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
ca10851958df265d tests/vignettes/canmat-remission-maintenance.yaml compare --format html
51f1c736aabdb894 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
8f81d68fa4f0460b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5a05a73c84494fc8 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
c8d5c6a57fe5d95d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
b01015c81373a0f5 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
f93bc24740a4ff1d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
523a3bd0e23d05fd tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
aec1513322dfdf5c tests/vignettes/canmat-remission-recurrent.yaml compare --format html
ff5146caeb967019 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
564e3b9c235f4bd7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
897f21238e7804a2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
3c9cf2893bd54d82 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
e7060e4d0db84b31 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
28e108c2b3d2b95a tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
e7ff92cb6131e503 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
568913679ee471c9 tests/vignettes/canmat-response-without-remission.yaml compare --format html
eda605aaf8111604 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
2be897c73224ac9e tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
357f94a2944d6273 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
8174d84956930adf tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
b62eb7ab62e35823 tests/vignettes/canmat-second-trial.yaml evaluate --format text
3cca766f1de0b8f8 tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
7f3ccb82950361a7 tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
8ae8801aa8a0d2ac tests/vignettes/canmat-second-trial.yaml compare --format html
aaf7219d3c688bb1 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
905b55db1925085c tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
f553f138b701c615 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
c9c0c3709d6dd0c2 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
3451bb3c0abe5b22 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
b00a7233af7aac3b tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
535db5172f439278 tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
ebc4b07127fc31e6 tests/vignettes/canmat-set-override-default.yaml compare --format html
b1156e11b366e452 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a2e295476cbf7e8f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
6c97857ce2332eb4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
797275197d83428b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
05ddfb4d4fa7e18a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
edc8a520dfab9ace tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
8961bb7ac12d2e2b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
5cc49925661bc08b tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
8afc5486670220a6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2a6619f88f018616 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
938a406d2a359189 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
3a46c829bce4bd93 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
a8925ca7061d2336 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
0b41d0458ad66eb9 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
a6017e29b42251b9 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
029d7109c0297cf6 tests/vignettes/canmat-set-override-week-3.yaml compare --format html
57977981b682349b tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e9ae8a6550523216 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
d2a29cbef1d8507f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
7c43962feb44196f tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
d436467018a6ace5 tests/vignettes/canmat-set-override.yaml evaluate --format text
2540b08cda3e3fcf tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
6c8f09a8f23cb409 tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
732936ba7ff58bbe tests/vignettes/canmat-set-override.yaml compare --format html
b9965c1678c524c8 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
86f84817ebb7a493 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
299aa8271cfd4f6d tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
c09dbbf6dfc394d8 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
c86f4d5a2fafb32c tests/vignettes/canmat-too-early.yaml evaluate --format text
f0e00ed15614e927 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
a410c3cf04e2314d tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
001fe62b13acfb44 tests/vignettes/canmat-too-early.yaml compare --format html
ada875c0e796e86e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0b80ee889140f7bf tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
a438edcb7c86d63b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
c17375ecb7850dea tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
63ea82fd091fd94e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
ca6e142dc1107952 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
63e08539824cf96e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
31c5a55520280d97 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
88955f8415b0c96d tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
41c689574405d971 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
469611102c7d8bb3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
8eb353c847655b58 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
4d41173e53d0664d tests/vignettes/canmat-trd.yaml evaluate --format text
fed2149e8a7f00f3 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
83d46a993d177ff7 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
1c4c153817085848 tests/vignettes/canmat-trd.yaml compare --format html
c69981294d43b069 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
4a5ecca098cc73cd tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08202ddf4829ff1b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
0a7cef7bae192012 tests/vignettes/contract-example.yaml evaluate --format json --explain
c209790cc3346bfe tests/vignettes/contract-example.yaml evaluate --format text
05e0ad10174a4f01 tests/vignettes/contract-example.yaml evaluate --format text --explain
83a3e2d7567fcb4f tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
29128b71c15706ca tests/vignettes/contract-example.yaml compare --format html
b17d58cd234da620 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
9e94e9d27ba22b58 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
e6c47d12e608f06a tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
c8c5cecc937ecccf tests/vignettes/custom-definition.yaml evaluate --format json --explain
93d665652d3a3c65 tests/vignettes/custom-definition.yaml evaluate --format text
3b30bd9e3e73042c tests/vignettes/custom-definition.yaml evaluate --format text --explain
d1950f087a1ff032 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
a30029747adbfb66 tests/vignettes/custom-definition.yaml compare --format html
521cc9e0b2596fae tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
5254ff6d9fcf3f44 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
c4ffb9d105c41343 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
fe777a96ee4a72b3 tests/vignettes/custom-staging.yaml evaluate --format json --explain
feacc0442bcad5be tests/vignettes/custom-staging.yaml evaluate --format text
9b8d37dcda791ee8 tests/vignettes/custom-staging.yaml evaluate --format text --explain
faf6387de1e78dde tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
f5428d5b36a7eb7b tests/vignettes/custom-staging.yaml compare --format html
6c88544c9e665b73 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
b920c0012283467e tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
21a6d9e58fc1c97a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
e586d9ae4e220d06 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
e7e29b6d94dbf19c tests/vignettes/different-class-failures.yaml evaluate --format text
6d6c895637c48c83 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
57d2f52a493981f8 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
7e763aa8beaff6b0 tests/vignettes/different-class-failures.yaml compare --format html
530665b8f79d5cdc tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
7f93679ab028a579 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
cf62e8b1ff1d15b3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
30bc5c63a5e2dd62 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
3f92b916c6bc2fd2 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
a86d61dd2735d30c tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
e901ecd797a4b208 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
6dd9ecbf26d8fc10 tests/vignettes/inefficacy-without-scores.yaml compare --format html
074a85f53ba91e7b tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
9e726b3e3708ae96 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
9b281b39ad06c702 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
3366a8df119c7a76 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
d1bf2abf93264cf3 tests/vignettes/intolerance-week-2.yaml evaluate --format text
9b6eebf72c78583a tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
b386760512289834 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
6eb7193aa4ccbcbe tests/vignettes/intolerance-week-2.yaml compare --format html
504d6a16d6dfedd3 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
a79699796ad85d08 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
b05e5adbdb71b252 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
8dc79e68d1b6746d tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
f620ffa93b78a944 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
4e26f9998e8bf1c1 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
a6e88d8ed2fcc53b tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
575dd29459960523 tests/vignettes/iso-vs-relative-days.yaml compare --format html
f725b7e89fd61165 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
447fbc748369072f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a7601f07b855f825 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
64652c13a576706d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
c3c0217d465b285d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
24f43042214c39a7 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
2fc258c8a604c4d1 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
d9cb65080be6f750 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
da43bc4bb83d8961 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
c65d5fe5a065610c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
00bd80a00ae2adb7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
562a872489a898e9 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
42c52c2e393d9ec0 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
b2bbe1a4ce6fe097 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
4217b52050f3b2c2 tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
49383bd91f217042 tests/vignettes/ketamine-per-kg.yaml compare --format html
3031cc4ff8377f19 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
45c19015f25b5029 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
be1c5488ddb1006f tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
e9846a2830afafac tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
9f970077260a3843 tests/vignettes/mgh-s-full.yaml evaluate --format text
16465dbeca11f7f1 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
8700c6e97fbbe522 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
6b677c5b115bb6c0 tests/vignettes/mgh-s-full.yaml compare --format html
4c8dbc15b1140356 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
50a9e66afe3db2e8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
94b70a52ee9a37a8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
4797d7b448e8f69c tests/vignettes/missing-baseline.yaml evaluate --format json --explain
f31c0348d48ec6dc tests/vignettes/missing-baseline.yaml evaluate --format text
55df60f2dbe8e65d tests/vignettes/missing-baseline.yaml evaluate --format text --explain
174b57ac6ca43a6b tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
78dad6ef72eb24ec tests/vignettes/missing-baseline.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-12-months.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-13-months.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-24-months.yaml compare --format html
eed6b4d4d7da822f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
38d3854cf30e01a0 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
9db78c518f4bb377 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
f24e6a64db4a6db8 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
a59da93ed992fb77 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
a4803ee20561131b tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
02f8ab8937a6fd3e tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
afe9aabe0266de92 tests/vignettes/msm-duration-25-months.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-10.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-10.yaml compare --format html
8824f61023650f95 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
b58df9c110b4b28f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
78979314fb0462f5 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
04b5b293ccf02f32 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-11.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-11.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-2.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-2.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-3.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-3.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-4.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-4.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-5.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-5.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-6.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-6.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
7feb0b4140fb9291 tests/vignettes/msm-failures-7.yaml evaluate --format text
452c7dd7cac5426a tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
0f39570970ed2886 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
5778ca1f3eb844ba tests/vignettes/msm-failures-7.yaml compare --format html
bdd3043880790819 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
57a98f591d5dc800 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
5e1c81adc652acbe tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
41e44321fd8547e2 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
b84335a5705b5c42 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
1062842317d8079b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
e915128f3eed9a24 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
fdd0fcbc53185a8a tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
1031acfbd8b76287 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
97ce5117266a860a tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
3f61d322e6449933 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
81bf7d37dedc8dd9 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
e30cdee8ff67597e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ca4a65580d1e759b tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
26149e6bbcecb765 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
844bf494d7df54cb tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
7c98c67eb04983b7 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
f4d29d9cbc264b7f tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
59ee2b8043860392 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
13538a9a12d90b55 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
f326b59b6e09fa57 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
5e03d664cd8e3bc2 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
38292eb7646ea59d tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
e59b41f402977a18 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
0725f70270072fbc tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
4eed7affa6b4c48e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
a3c1d587d33c4a85 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
9d9c52a864aa9f40 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
4b851ad1a12e6133 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
47fa2ef7de580f1d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
30e573f4e4505fba tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
ff7e5aed2709347e tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
36ab914b771d9a3f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
797a14ec5df5008e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
7f1bb6d44c99c96c tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
2846a5e1893fbb7a tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
fe9c0ef72256bcf1 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
a2f4ab1ba9814744 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
b4b430586b2bee3f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
3900a0ec0d9b2cfd tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
23b16033cfc1d8b5 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
24caf071f5c00645 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
879b47bb7b09e377 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
b6ca2e596496a5cd tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
fc7b95c1c03fe965 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
bb47921957bda9e7 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
bc6a286f321ed7b9 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
5d1968caa55d0ca4 tests/vignettes/nice-early-review-age-22.yaml compare --format html
6593672962ed275a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
24df959da0d6f17a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
1330dd1f195c36b9 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
6a2bb12ef98667e0 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
9e8f16c2e114c45c tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
6a4a642eb6161376 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
3402221a51e63778 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
b552eb3b511ccbb5 tests/vignettes/nice-early-review-age-40.yaml compare --format html
c7f677c8db2dd35b tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
62ffa6212d448a90 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
5afb7b45f25b8634 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
1539109c5bdf9613 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
0f033964b51404cc tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
f317e09bdb86dc1f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
a8554941e6d114ec tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
6cf4f34858cb2d6e tests/vignettes/nice-early-review-no-scores.yaml compare --format html
9f91d39a5ad5650b tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
4c0f28254c24885e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
85a0f228f4867a95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
fbb765ff00008759 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
cf93d634bad2c742 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
06dac10d3c5057aa tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
4144b8f6dfa99fe2 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
c504876f1d2b5e60 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
b9c9df1c0c26c726 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
02e9cdd0dcade141 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
011c2c43032a5a4a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
8da091536a1a4dbe tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
d6a72d5934b21423 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
d6cfd6a64c28ad51 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
c76d904eb0175cb9 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
abad382df73843ba tests/vignettes/nice-first-treatment-mild.yaml compare --format html
612a4b16721ba7c2 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
5af6b933f889c4db tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
f3b8249a386f8a1a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
151ab1a691804a77 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
f9a01c6e5b5f998a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
d652a75ba4b1cd10 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
ea6fdecf8059b044 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
21bf59442c5aed7b tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
0cb5b65a7a29e29c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
3e9245a241de5573 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
2c7a097e57197a09 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
0a9508657bb4dd59 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
1add666bac3a11b4 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
f88e07695b40b570 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
b6d508c96d16d10e tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
501625be2964aab5 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
5b68d7cdf7e40810 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
ee598a9e63f73818 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
497d351ac1249763 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
33810b93f179d0e3 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
b095a2ee1bc8f889 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
1fa1d04e96d63887 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
dfa02030da053401 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
5442ff01e5794cd5 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
89bed25e179ac452 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
36fa6cbe138b65ee tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
2f2249345f14e773 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
ede13ea5b5b26ee2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
04986ff2bb3ad6f2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
1a7fcdf2d50f5691 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
db8fad3be46f724e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
eb8d9fbb1d42000a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
885745dabd2f8a52 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
86aa6142ec999f3e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
fbf796a3bef3c58a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
a4a697f6f759d471 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
41921785812e927b tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
d9877f41392bfdd0 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
7f70f1003068749f tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
6015f55022620718 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
840a6ef3352cc858 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
727b960dbeda1f87 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
64f8c81744ed987c tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
978c4d73dcfbd23f tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
0d9c2d45235c1e11 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
7bddf5676fd57b89 tests/vignettes/nice-no-response-week-4.yaml compare --format html
dc935314ed61e04e tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
c8884bff6b39e313 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
c9bef36f7d1006c4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
0ca0a466ec6d7332 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
65690a583813650c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
54dd5daf5386f795 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
0ad9eec4f0e2d184 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
40648b93e0ccac5c tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
99fbe02d74ddccd8 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
1225ddb1282eeaae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
23b57fcd8b04e550 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
20a98a6ebe9a3ba9 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
98731b3d974855dd tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
e12d33e1c57b3c90 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
46ed21fd2ac3b686 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
769dbcc82c4aebca tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
429eb7620480847d tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
4d5f9dbd0eb6f27e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
7d9bd889c60cfa2c tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
edde0d68cf86045e tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
ddcb9a7fb02bbd73 tests/vignettes/nice-partial-response.yaml evaluate --format text
ea50f1b7e52e6815 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
186c41302b7be63b tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
aa7e7542c3b65727 tests/vignettes/nice-partial-response.yaml compare --format html
4181e33cded29369 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0d8cc52bd04c2a23 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
ab309d42f2f82f0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
f6f0387aae76a144 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
9ba4b52be4b78c35 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
5673a71b46ecd127 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
4cff21e1cdc1f598 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
4c75969a13459d94 tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
8ff633ebffae230e tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
9504a5940726f0b4 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
a05fbdda907d9ff9 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
4d0c6287afb5906f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
7d6c7b838dc68a24 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
304d7054d238b02a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
ed8fe0cae896b4e0 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
8e9614809770dd16 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
eb34e673d70ae22d tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
c86f4849734c9c75 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
acc62c73ee061790 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
6c5ba396c3ecc91a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
0d7e5efa29826f8e tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
46f6df41e76a44a2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
0d3dd7c03c27e5c2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
d129389919b47609 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
784e7576cd7809c2 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
e794b4a08c92083f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d1c2b701458590af tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
f636a4072422b730 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
30a9f59cd988f1ca tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
092045c044271a84 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
5c54b5656c9156dc tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
4d5210888d9535e4 tests/vignettes/nice-remission-first-episode.yaml compare --format html
ae866b4881c7ee63 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
3b7a032851ce7e91 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3777149164d4d889 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
67631d7225480a50 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
94d678c41206eadf tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
4490b8fcee0b3d73 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
d2d58f56d00b2a88 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
d017eb412a959649 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
e5391a20ef294b49 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a7bee895335f5cc3 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
52940f8de9d49b3c tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
a48d0e6638a8ef87 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
cc417dc8cf0a65aa tests/vignettes/nice-response-not-remission.yaml evaluate --format text
af29bf2c1dd045f5 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
70f0bf2c2a901126 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
88a946d5f6284fb2 tests/vignettes/nice-response-not-remission.yaml compare --format html
5843539bdb438ced tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
dbfe921134a7dca7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
9171ba729e04e9a7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
6ff725b57469e9e7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
5ee06b194b9dd10f tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
e513bdc948efdb4a tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
b45618129fb5aa24 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
b16469fcb2cb7f75 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
b0152364bc60efe6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
c812094c3e74ad87 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
5205b40ec48e9b70 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
cec88ccba21640fe tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
1c11ef5b833d105c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
0d764bd408c1d0d7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
1ea9588b37459652 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
dd50314b907c47fc tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
a8dfbc7b5fad71e2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
14ad5bc8c372739a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
60036901d374b73c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
a0b440ad4aa10822 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
d933244a61828b1f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
b97c52dc664d2afb tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
77d956d28a0cb531 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
f086166c4b7ca92a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
9b4fdf8afdd82486 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
63c8389ba7e864af tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
88081a74fb712044 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
ee204858332315e0 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
b78e6691f4cba00b tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
4d817470b4678390 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
4d2d69166cfc469a tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
0a7d9c3ed6310d08 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
38d3dfb5d6121e8c tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
292bb5cda5f028f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
9997311af54c9e90 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
bdd98e25587d6c89 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
40a414902004fea3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
b4574134059717f0 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
af811ba76d8a12b1 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
14198f20c7298a38 tests/vignettes/nice-two-failed-trials.yaml compare --format html
3d4bd595d1f5c3d5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8a72f62e5ebbc09e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a433ae8c6d9e43a5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
698c0bb9c3fc4eba tests/vignettes/nice-under-18.yaml evaluate --format json --explain
c39c51cdcde538a0 tests/vignettes/nice-under-18.yaml evaluate --format text
8047976b572c85a7 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
f7726785dcc35703 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
6196c3bd1d82755f tests/vignettes/nice-under-18.yaml compare --format html
64c3729ab86279c1 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
dd31918aed56a888 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
109b5e3936c53a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
185742657ebb439f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
7c1bee1b8a4c2e9f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
8f79c16de1b85302 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
e353d064e4e4f2e1 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
136e68b9bd3d2e21 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
46e024cc0ae5e4e6 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
921bebb5c4562a57 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
2b794a10ff5095ce tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
a875fc3520442e2b tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
5c1c794ae78d0afa tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
27a7a9913f243d51 tests/vignettes/ongoing-trial-week-3.yaml compare --format html
66453abb01b9b7b9 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
b74ca8291ac30633 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f89a9e57cc0d5748 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
6f646c9f8ebae4eb tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
38cd2317db1d7655 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
a10d6bd4f0f2fd0f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
5c1c794ae78d0afa tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
27a7a9913f243d51 tests/vignettes/ongoing-trial-week-8.yaml compare --format html
48494f84159c34ad tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
6765038cd9ef8780 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
fdb7c06379907f04 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
caef8d0194d26799 tests/vignettes/partial-responder.yaml evaluate --format json --explain
4e6ec6c85bdf6887 tests/vignettes/partial-responder.yaml evaluate --format text
ae3bf8e87d814b09 tests/vignettes/partial-responder.yaml evaluate --format text --explain
23288e9387c26d8c tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
ac68a6e062a0e2e0 tests/vignettes/partial-responder.yaml compare --format html
e10c41a2401a3680 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
120d593e6268358e tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
056a2342034d5984 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
d728b8975120bcf4 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
f3fbdd41a4c20b0c tests/vignettes/previous-episode-trial.yaml evaluate --format text
5b48fd431461d02b tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
17c5462b341a7ef8 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
bce875b52c445b8e tests/vignettes/previous-episode-trial.yaml compare --format html
add5b41c855768a2 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
29e160196f500855 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
f574a8bd59c05c7b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
9d67dfb7825ed0fc tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
fbf455917131204a tests/vignettes/remission-below-50-percent.yaml evaluate --format text
2db9c0088ac385c8 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
e70d79591f21135f tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
ab2a4aa8fa02645f tests/vignettes/remission-below-50-percent.yaml compare --format html
daf858e0d0f7a93f tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
3683e90cc75048a5 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
68111eb97fa16812 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
792d859762707063 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
b524cf727bc0a972 tests/vignettes/safety-age-unknown.yaml evaluate --format text
a0458a881623387d tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
bc4a333e3a6c0478 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
1e8a7ecef39b0b5b tests/vignettes/safety-age-unknown.yaml compare --format html
5baf522c4ff36335 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
ccd6738d44cc3b77 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
9f0e57e61bb89374 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
32bb4e24289a27fe tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
642f79df6d1537c4 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
3c9a5219b3f9e1ae tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
65f1ee59a71c0898 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
21ddbf5a4a3710e1 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
1a14ac04baeb9346 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
f5e9cf110820561b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
b4bc457b5235eeb4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
9cacb52cc8e07168 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
af8c1ec19bc2cc60 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
730997220986ce6d tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
435d3e8a040338b8 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
bd511667d132c5da tests/vignettes/safety-catatonia-ect.yaml compare --format html
386a8ab578a83ea2 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
52c322a800bee2f0 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
a10af262f74db2a5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
8ab9b80030b181a3 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
f670eaf685446e05 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
8bc30844d0ee65d8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
f831246c3c57800e tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
20a3d3bd64f4452b tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
de67e46d1197cc1a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ddef3780df670f3d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
bba423f66bbc77ef tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
aea0258fbb87a2ae tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
d5948b08e1c486ee tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
603b6da5d079e25a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
d5a38d1c981a1799 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
a6bdc5e37ba3db31 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
56ffae69144b1a31 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
7a8660741fb309a2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
d95e24748d1c809a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
877190c9b495004a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
32be004a5f72df14 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
2b8a44a645ba40c3 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
b4d7470f166387ee tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
98447d908f39e769 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
c4ab2bcd5f97800b tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
a7684b71a85b744c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
934c0a51f1b1be57 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
3ee56c9201a4da09 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
e10a56a98b7e628f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
3d1b17228d2e773c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
1ba2985affcbdffa tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
7ea5a6da9cd1258f tests/vignettes/safety-citalopram-60mg.yaml compare --format html
087807eb05ce4e56 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
87724c53cad3ab0e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
cd53178ab9e85fd4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
b8adefc57295d43e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
00ab1e73978b1968 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
440b024262251044 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
725b5dbcbca00cc5 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
8c596b43aab56d25 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
3612df84bcaf6b5b tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
fe4ff580bb253e7f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
2959e913e641a563 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
d452c7ba7dd6e726 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
65517ea225b275cd tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
48520d45bcea234f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
7a7f306e40459922 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
30eb10a43224d94e tests/vignettes/safety-citalopram-age-65.yaml compare --format html
dc7a01d91c81fdaa tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
2640a77ad259d988 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
facef5e30a5ac612 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
b9d294236653698c tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
ebfa31cbd12bb252 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
3a149858defe6b54 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
9fd90125fa989d46 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
6c9fb6a32bee0472 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
09feda71d976d007 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
988d42a367e459d5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
cadb6f21bf077428 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
6964003ed42a2cc0 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
91a07de4843bf583 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
12296e5775bd382a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
1c42c312f9eff1f4 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
bf7a6255267a34ce tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
12dc4df233bf148e tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
369f88fe15368d48 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
d7eedf224798e3b2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
53d93a84a0f6f754 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
52f1f5805acd476b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
a57b419c83a9bf13 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
b3d211ace4fce2c9 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
4bd70445984eb37c tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
08a3da47a9919241 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d8940ea45674454d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
6d24eca22c7173d8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
bb4808bd367e5e19 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
227fc63b988e3973 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
e4f556641d52cb8f tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
b0a113abaeb6b2a6 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
aec1d3d710e9e212 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
550c7c405bcbfd05 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
56b7c2838fe65ac3 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
5b5452cdbdb1e68f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
bc1bac6cf44c40a6 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
c074ea06fe468cc4 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
bb3bb21b06514b78 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
d48bde11161a1ae5 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
346944f94ef8e460 tests/vignettes/safety-dose-above-max.yaml compare --format html
61674ac9c7f5e20b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0f8883304fb16e81 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
f8d231dfb141999c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
15f66d15a814c774 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
9454816afda2adc5 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
048535f20bcde96e tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
e2ca3749e037974c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
59b57d68944ed8d5 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
6ae886f63b8874d5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
88ce2f39a2892dc7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
61e443d0aa3153e5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
9b2d6ee66a11dfde tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
a1a365e4bb67b8e7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
a7bd43a5793de377 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
2b9d6b967dcb96df tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
437d029b4efad798 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
c97fb79bb5f37baa tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
5bff859472d5db5a tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
9569228d1c3bf1d4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
4026be7fdbc5bc32 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
07744e31b67f0024 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
4443e583cd91b839 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
7aeeef6c33422200 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
1a2a4b9f8964703d tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
dc8522ea68bcfc6c tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
10ad7ba4c6462487 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
6aae236a757872c4 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
1ef0063b5de89e41 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
547cd6e0299f8bfd tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
9667419290137a8a tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
f17b208446cfee2c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
a7fcda133b8fa793 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
0e5e5d1bdd9108d4 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
5c5b910142db314d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
3bf8d8eba8288102 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
909b482c0b404321 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
de686a934b263533 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
db4000e48ab4dfea tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
2308a891488913d4 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
1390a0be71b428bc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
1051ebc92ad69579 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
697c77bc943af904 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
fdce43a6a19c8c15 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
cbb78f6d02398d48 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
d72fdf8f6b393d6f tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
3102487ff8ccb9ec tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
1771b4d976c92ace tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
480ccd6d131c0cd7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
1e30d7dbada98866 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
4bda74c979871768 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
13b7a4e50f239f0a tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
97c33ee97eb0b57d tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
ac6afba4bc1c8ec7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
e9b60752f308d255 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
777f059fc7f847e8 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
367a6f2ce96eaa16 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
af33e95cd5380b04 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
1e0cb164c2d05b5d tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
eab91453e3b03b1e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
c8ec37ce8ba321d4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
7078cebc0a323776 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
30c99b120fa957a7 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
bcd5d59c6dbcf351 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
bbdee89bf8d41c95 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
6bf9ea2dc1baeee5 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
e771e601b2e9139f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
40bba7217e890d7c tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
385cd33c23c75e79 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
bbeb6f6126d50339 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
da05e5e59618ea32 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
736359bb09ac0433 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
5d6fdda34f3c3f27 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
e003d3062344c1dd tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
e2c48e7f80ebfeff tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
b8d66f9ffa22c345 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
f1577feb9b3d4619 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
c6e635d2337ad581 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
0327403136a12028 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
e18e1878ad90afb0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
c44b36702fe5aee0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
7b7213c8d8766195 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
9970e074bcd6d678 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
121783165a0e10d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
8ccc4da3f4b54f87 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
60ae0ebacd973679 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
6c2ff7cd65f1680b tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
fa563ebd4ebf59e3 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
3ecbecf0225ede32 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
6ece88e80c75bc9c tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
d1f79e1420f81257 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
6803ebd705a429d8 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
910ac5445004317f tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
2f08669c87cf11d0 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
031fbdd3a1e5b1da tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
75c70f0198f73ddc tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
99603373066d419f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
b8c62fa35e585771 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
da7909cbd804cb0f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
9c0c051deb7a24c7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
8b3c10124cf46e2d tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
96fe18556efe3a2a tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
73d6f09efb34ddbb tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
4a9ccd99834ff4f7 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e3049de179223cf9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
e0f91ef3306e4eb9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
9d65ad6b4411851b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
06c526b62eb31bd0 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
b2ea7585da45fbed tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
eb6315c2a2643ef5 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
bbdc24dfbeb84977 tests/vignettes/safety-second-antipsychotic.yaml compare --format html
597031822dddc8cb tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a70ee4e3e70410cd tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
49fd332530d19753 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
0853b66ee9e004ed tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
64d6b094e2a9d611 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
8ad35f89c864d141 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
c3342b403b00e8b7 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
2f0c947b9af3ed61 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
0304e6a4ac5675c3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
211df879a9424a7b tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
34f81319e89df4cb tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
5d37d3fb87087604 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
1cae0dd58ec3dfc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
802034ed47fa8fc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
b7d51fb3c32ec930 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
68fd3b593ca26824 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
ed681347ced69c97 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
40ad2cfb75a16530 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
24a67d46af73bf63 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
01506a818d08741a tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
2496f1038879e6e6 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
6f92dc73a63ed9ae tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
27bd5471d83f4afc tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
95277f7d4068f04c tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
d90f3a4f4f3bcbd1 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
528c434a2b7cee25 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
dccd6818e2f34c2f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
146d1f551a03a32f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
97d46983d81b57a3 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
b14bae276abe6f46 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
ee6f4ab5c853fbb4 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
04011d413ef9cdbc tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
dec789fd4c2bb3a9 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5f285727fa058c64 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a2986bee10781994 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
58fae3fd7f4f4cd8 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
0d3e06119392f82e tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
b81a4b3bf38615d6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
9b7fb14c86cc1fdb tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
dad751e025af2455 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
85d9ac36c9304719 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
08d002e96efe380e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
7805f0714dd89aee tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
45a39761ac9becfc tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
6c146b81438826b0 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
6f5bcc01f08b63e1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
a8fa881f7330e4b0 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
70249c234387bedf tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
14b4f67fabafe5b4 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
e3cd2cdc9e40c0f0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
bd9ae9a9ba91c33d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
3f60c2f4b5d625d6 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
4f4062019a5863da tests/vignettes/safety-washout-respected.yaml evaluate --format text
559238cbe37ce766 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
f2875088c2221c52 tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
7b1d561e7b41ed0d tests/vignettes/safety-washout-respected.yaml compare --format html
5c0dc5cf2526551b tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
97b156e12c28c4a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
c5f5c6b8d5d1103f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
330c72a76756b2bd tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
9ed706c2aec961f0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
c7c972e7e2cea48d tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
5a4e01acc495c1bb tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
44a3840698abfa29 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
56c0fc92a16c3baa tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
ad73a9b5c6ec5c4f tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
57153a25cb937ff1 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
0cef746479d46d88 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
0ecf372d8cfd1fa5 tests/vignettes/same-class-failures.yaml evaluate --format text
275c6548a3e4f20c tests/vignettes/same-class-failures.yaml evaluate --format text --explain
73e13a12ac17aa09 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
fb833e7784788c5f tests/vignettes/same-class-failures.yaml compare --format html
d179339226d60ffa tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
165b6b047b3e7449 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
bd50c3801febae3c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
e7ca5d97a1bd2026 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
c11d364c0a3870e7 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
de0816d149df73bf tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
ee9487b158380174 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
3a6ebe775affabd0 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
f06fad7f646ffd04 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
bf63cafa05ef1161 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
d88a69dee0ab0039 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
af2c35ea5f060a0a tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
ba4602c03bab2765 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
d2ca4613e190dc19 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
a8d8753312b418f3 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
b1115eb29cfaa540 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
08b1ae93db2b8ae6 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
50ad3ecda2388f55 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b3ca88a3c166f182 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
d1149e5d65126169 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
1f447e26829b9777 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
91d59e87dd84fd05 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
3bfc995bfe51e490 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
cb35cf2248083ced tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
7c3b2430e0e9f8fc tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
234f42561ced72b8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
1ebe56bea08c3dd9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
7336db729eac1acc tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
119a81f43111464d tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
8b5dd7bd1c6b9f83 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
464475448e397f01 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
be7bbe8248645314 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
de638e35968fe394 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
493f78839eca3e99 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
c8d6aa46b0106390 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
117ddfc786509131 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
f4e64505a0b4ea72 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
7323fc5acff9f1b6 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
13ac8d6961a41603 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
3c1292654bfb52ab tests/vignettes/stard-level-1-exit.yaml compare --format html
daab3447880642c0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
1b7753b4b0485e89 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
79234271e023f6eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
c66290ebf3a41fb0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
0a1576747db9b7f6 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
364953600a31ea23 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
7326fb60d1eb1cee tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
5e1199b1351899b6 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
8260513b06e62a3d tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e9c55ee6220c1b24 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9922b996f3c8f649 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
f1f239dd0aad8ff0 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
d9a227c6c53cf989 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
3a08380ef9954163 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
6d2f970f7e4d635b tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
5f01329308f64f47 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
bf230ec0ee5d5b49 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
f614550513734af7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
bdd29d8248634f87 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
5004c6b6738513db tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
5305d204da3fde18 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
738e28ce4da25b64 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
f667c5193d6e0543 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
e767f9fb336454b8 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
ab673288aed879c6 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
818b380ae8e7646a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
c8983d38ea322d03 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
69d3e37c55667216 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5fe8a608f4728a7c tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
5741e256686d44e3 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
44ba8e4d515a8464 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
4a8e1606e211c1f1 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
edc77b66aab4a925 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
756e1127bf1071b6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
dd4bde9bedbccd07 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
feef8dd6c822f644 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
ed141d8677936eaa tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
f0349558c8ff6637 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
35c9d6f64690f478 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
762fbe091ea390d3 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
a2e872c35fd70c55 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
ccb31b3bab25d765 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
21e1704333202bd2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
e240b8383e29a840 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
727c8630447994ee tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
34c3dfcde45cdb36 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
b5d6a2830a49ef0e tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
3d57337be1a531a4 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
71496e9b30873b30 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
f8ce7ca69d6797dd tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
902c4f4ff90a0252 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
d3660c8a2e749f00 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
221b759726122ec2 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
f7ecaa374882af7d tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
faf94084fa6bf394 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
f1aeb56586e147d4 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
f1b31bcf5df6d873 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ed8a62bd169a8938 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
1fb9b2cb9074a218 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
3897590545fe7f68 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
4d848dd9a5ebdfe8 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
ae4f4aebdaa579df tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
a6d10e65adf2ec9a tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
725c2f0f287272a5 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
b71f6c30263b814f tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
62b123880bea16b5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
52356e0aaafb4477 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
4b96ec868c737702 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
883e13f261b1a7ff tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
9cf75055787a1058 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
5d4e689377ce4f27 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
ae7129c65a99a2cb tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
de1a56347c13532f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
15d84d6879f9ffb6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
112330a3c57fa7a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
82f612a382a84225 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
6cea40952c607f69 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
e6a1b713b2259c0f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
8e70a59b5a874837 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
c2aacbbd7f162cd4 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
e94cd10cad07ec8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
e60f35c08773006e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
588648c05313239a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
140c775cad659b8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
377b6c23a50c6f0d tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
6ef1069c738943e3 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
396a809c1b887cd1 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
f4b07fd042b9cda4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
bf16ae743f6b8b69 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
a7bd6f2421ad38b4 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
22a4bf02e69861b6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
5da16fde63843f3a tests/vignettes/stard-level-2.yaml evaluate --format json --explain
27f77a389efd6f4d tests/vignettes/stard-level-2.yaml evaluate --format text
4811ce5a8dfe8092 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
ab1500a8c182cc34 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
bd3994faf0c47e19 tests/vignettes/stard-level-2.yaml compare --format html
39bfb8860899dd9d tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
13b79e77c720c112 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
bb5bc6d4ccfed72e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
01a209885a8b7402 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
e02dcdf487af790d tests/vignettes/stard-level-2a.yaml evaluate --format text
1725b2a41ccc3b1b tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
9c56e0cfcfa08d03 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
79b36ea11eb41453 tests/vignettes/stard-level-2a.yaml compare --format html
500eec7edb50709c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
2c39a97de64f6ccd tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
ad68cbf7109ade93 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
8f09dcba1712602b tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
a2d1a7a5b570f9e2 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
443c1bceebd7a7d3 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
debdc5c727b108a8 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
642a09dd7d2a9000 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
73cec0a9a735a653 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
81a4f87d7ae9b7b6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
3c5eece69e7c3af4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
850469c1904d042c tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
bb153396519cda56 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
f5eb19101e0704db tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
adfc72869054f375 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
6db31578622f65e4 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
3f3e8824c075fa55 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
3b3b83433d4a97d3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
db090978fc4ce719 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
22c4cd056eb3dc5e tests/vignettes/stard-level-3.yaml evaluate --format json --explain
252decfaccc4370c tests/vignettes/stard-level-3.yaml evaluate --format text
cf068c054e8e0fd9 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
0cd7263230dba229 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
e06db20a57df6b7a tests/vignettes/stard-level-3.yaml compare --format html
61f212fb0f552be2 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
bd0cbe790a7d420f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b92067506e868631 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
437955a4aa16f46e tests/vignettes/stard-level-4.yaml evaluate --format json --explain
d7b2b027fe073669 tests/vignettes/stard-level-4.yaml evaluate --format text
a930250bfcb43e58 tests/vignettes/stard-level-4.yaml evaluate --format text --explain
327d8fe8dd4a365d tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
9f2988c4942af70b tests/vignettes/stard-level-4.yaml compare --format html
273d4eda59bb8149 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
c2f5af36716ec15f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
267216b85ce95d50 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
b889757e3e6806d4 tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
2bbd5724a2bc4868 tests/vignettes/stard-other-scale.yaml evaluate --format text
beab29ed4b28b4cc tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
e3126dea618e63ff tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
2dc69384a19eb0af tests/vignettes/stard-other-scale.yaml compare --format html
5391484e3b2616ef tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a3216bbe9c166d35 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
dfd8b07c0ec9f65d tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
a486177db73bbc7b tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
35fc8694c230adc6 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
02c0c48c889904e5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
2d7e5e4fb1e49efe tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
984b5bc4462a5782 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
52d885c99f452d40 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
fa90de7656b91785 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
15f6975d2c5f5d0b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
4f0b9e767ce98739 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
35026b5ef8d2cfb5 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
0ef7ae8f548b27ed tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
3cf00f7efe93ad96 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
15af211dbd34681b tests/vignettes/stard-over-75-in-scope.yaml compare --format html
0cec72fec7fe598b tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
3e6bf5af9e5dd294 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9be9a9db0d10775c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
fefa8dc58e863b32 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
d90c3f4a542dde15 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
ba6e67164582793a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
55c2fa51bfed6f25 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
8d57a34cd4cf62e8 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
0a3666e5b7d0379f tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
78b8d5fb66bc64c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ea49fe1c4c20b6da tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
160b251999b8cfca tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
86bff9af1ef76745 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
ae607225cc55f980 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
a4238a012d4ecb68 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
c296306e379bb96f tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
dbcc857b7864cd4b tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
cd62f01079964b08 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a4a75fcea22dc92e tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
c25ec1aa450b62ea tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f69cb0e4cd9f2e8d tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
3872d0e7ce505bb0 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
2a6d7bd649a7e2d9 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
cbfab0711e752eda tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
759cccfb6eca1fba tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
de3f14d61a39f050 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e15ee12eb066224b tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
77739ad8dfdc57df tests/vignettes/stard-remission.yaml evaluate --format json --explain
c99e1b4db08cc892 tests/vignettes/stard-remission.yaml evaluate --format text
85ab55c753ce4503 tests/vignettes/stard-remission.yaml evaluate --format text --explain
411c48635eab35a1 tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
17bc259813a7fdc7 tests/vignettes/stard-remission.yaml compare --format html
ea0bd793c903406a tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
a3abd7c8cc000201 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
cf4dd2697074f38f tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
0c6422d6839beef9 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
dd98a65f35023565 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
dc604179fd0e167e tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
5488897ed83faa76 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
eb4fe6ca0d6fce9e tests/vignettes/subtherapeutic-dose.yaml compare --format html
39fe6b24242c8b85 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
a4a5a3568726cc4e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
c5b95d2fcb33dee8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
d5eee51c6911e4ef tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
e3ffe763345e6bf5 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
4d7a7a0240988e24 tests/vignettes/thase-rush-stage-iii.yaml compare --format html
eae960a6d44dc3c5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
b7a75fe40529cc9d tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
e3ffe763345e6bf5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
4d7a7a0240988e24 tests/vignettes/thase-rush-stage-iv.yaml compare --format html
eae960a6d44dc3c5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
b7a75fe40529cc9d tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
2b73b69a90fec7d4 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
cc9ddf5928da2a6b tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
e3ffe763345e6bf5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
4d7a7a0240988e24 tests/vignettes/thase-rush-stage-v.yaml compare --format html
52c9b62e3761e5b2 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
db82540b16614945 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
0b2cb712fb664b1c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
38115261355458bd tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
9656e3c7c9ac2b77 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
4e958057e3ec553f tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
282209c48b55a472 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
f32a4301cd71fa2e tests/vignettes/trial-addition-stopped.yaml compare --format html
a0fa433d82890315 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
9bc8d8a28348b223 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
92bda0fb87043789 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
8af6e0162f8da142 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
da2ae3269dc0cf2c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
98a37c6445cf4f7f tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
0d8e9c6cd6eca1c8 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
32512f8d2202417d tests/vignettes/trial-adherence-strict.yaml compare --format html
52dac7a3eb0b679c tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
ea83a0be234d95b5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
9758f08d1e908bbe tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
511796588a34e932 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
678a1fbb7652a0d8 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
04c317a1ed914828 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
a39b591c0393ccb9 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
b556c85b3611b129 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
449adccfa51c28b2 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
0d3facf2157e5f90 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
65b8f182af9f173d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
7936e384bd53954a tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
db41d92e2ec5efb3 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
50af425673c00974 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
0a789212398fae79 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
d2790f9e1b0c9607 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
c5a0ca7d8ac1df8d tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
d6043eec88ff20c1 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
fcbf0c3fc8e38fb4 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
252b32242899b896 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
b1cf74b0c08666bb tests/vignettes/trial-duplicate-course.yaml evaluate --format text
5d629381f5784088 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
fe2d835e1e044a8f tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
398591b731bef80d tests/vignettes/trial-duplicate-course.yaml compare --format html
c3b66f47a8bf98c8 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
05c31e297a479efe tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
18629623890f2f17 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
cf3c8c12728b2044 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
f422d8e055d5b950 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
cb2385a5455440b1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
6d654c64aa796d3f tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
3db917ab8a86f5bf tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
f9c4d15f6ee38874 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
224da48a8b45f33c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
092903bac471cd39 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
c06d0a46c89b1c0e tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
2a24bf69b46815e1 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
eea0eca059e0a5e2 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
47cf5668a1263cfd tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
1bad1e5b86a0313a tests/vignettes/trial-ect-during-drug.yaml compare --format html
d5e2f9f6c6578287 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6802dd1981842190 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
255861d43400093c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
1fea3eea8ce3f756 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
f633bc6c36dc4e2f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
9dac28d4204db122 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
c0487c76a01354eb tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
8640332d16080934 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
439f1444fc47f708 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ca36954195a36cf4 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
614352f6ee795fa1 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
dd2ffaa87a38d908 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
ce2e19a92737eeaa tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
34ba5e7df0c314ae tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
f8c376f6aa730d68 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
b8507c04f1a87ceb tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
a9f8e26946e02eb9 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
691b95e19cd54e76 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
40c04b50e40e298b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
819917b962be5e85 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
b527839d840e3aba tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
b3e81b66d7b9d478 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
d029603407db408c tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
f67085b929b3e9ff tests/vignettes/trial-relapse-after-remission.yaml compare --format html
ba2606171b67b383 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
81fb36fc323be009 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
07937a7a47f209e5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
cb7eb1c7a9fbdff1 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
bb41f5b05a5d8477 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
ac45d84bacf70827 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
5734051f49feeb2a tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
615537f08b18d3c4 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
9bd6c46d2ad7cbb7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
42a4de43b93467a5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
c1ddfc608d9fc4c5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
69491edaa2b3be22 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
4b9d2c16e67d0627 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
8f62536b5ba54622 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
26b2c59a6e4529e7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
1cc40ffc40164b39 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
4e13e9de73b941d4 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
ccef7b39a44ab346 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
f4158dd3b67dc94b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
553255de514f2899 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
5b861fce70ae5cf3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
9fc70ecf86cff3e3 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
e11ba83efc4bf03b tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
ccb767fe6862d374 tests/vignettes/trial-same-day-regimen.yaml compare --format html
03a9123520d9313e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
13a6c674fc973de4 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
d157890276ae7e0e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
c3dd1297586cdb05 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
7e1c0fb382e353b4 tests/vignettes/trial-stale-scores.yaml evaluate --format text
dff008085fb033a3 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
d94b25fa3999f128 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
190e80e77a3f1994 tests/vignettes/trial-stale-scores.yaml compare --format html
3dd353bd1caa5cfb tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
4f98af7e7b9c0567 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
00a638b60b5f347b tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
070498deaafc5fe2 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
2fd934b8ef94df1c tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
edaf3eba34b483f1 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
db4a1a9c1419161e tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
e4def29c061dd300 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
df67e3e9da1829aa tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
25d6bfa31be9c4f0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
93c4e8644d410c88 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
b02fd62762961ef2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
a20cb34aa79b8f5f tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
0c7fc0af3ccc26da tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
d2a31943c0ca96e0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
a9c75fc69a2bfdc4 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
136c0638e05b0cae tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
0be86258b92db0f8 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
cd4d1d96e5c634bc tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
3f841beb2b48544b tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
bba3871fb7ee2ac5 tests/vignettes/trial-without-dose.yaml evaluate --format text
8b97eeca39da53ab tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
8dd1251dad3084b7 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
270929172c1934da tests/vignettes/trial-without-dose.yaml compare --format html
