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
# rule).  A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
86e4ef2fadcb2e7c docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
3f5764ff67f2dd1e docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
b688e74bb9616590 docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
4a1d3c7647dcb454 docs/examples/demo-0001.yaml evaluate --format json --explain
0d1b09372cf3361f docs/examples/demo-0001.yaml evaluate --format text
6fd4c6bbecddb080 docs/examples/demo-0001.yaml evaluate --format text --explain
c1da11af2228b315 docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
aae8bd647f28edc8 docs/examples/demo-0001.yaml compare --format text
f6a1bda9aa72acd0 docs/examples/demo-0001.yaml compare --format html
761c04fbb8135153 docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
de1a043ad716c56b docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
492ae67595203d41 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
c5b4137c0da6bcc3 docs/examples/demo-0002.yaml evaluate --format json --explain
96921b068557f6b2 docs/examples/demo-0002.yaml evaluate --format text
3db2abbd16c802d4 docs/examples/demo-0002.yaml evaluate --format text --explain
97270ec6e15c2231 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
222b7e0642184072 docs/examples/demo-0002.yaml compare --format text
eb5de967a3e52b41 docs/examples/demo-0002.yaml compare --format html
dd95828e633a402e tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
4bbc8056c3f44c0f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
2afda670aec957b3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
bcbee8895e359634 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
c5a05a400b0c6205 tests/vignettes/adds-to-chain.yaml evaluate --format text
82f467a85f54de37 tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
1bbcc11a924299d7 tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
96a6d2fefdea329d tests/vignettes/adds-to-chain.yaml compare --format text
f3a17a1367c2c3a4 tests/vignettes/adds-to-chain.yaml compare --format html
fcca9bc5faddabe7 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
c8e6cfa4cf1e66dc tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
cc126bb54774288a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
13a710746242a1e7 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
8f121a4ff8958c16 tests/vignettes/adherence-poor.yaml evaluate --format text
3f8dc25533e79d0c tests/vignettes/adherence-poor.yaml evaluate --format text --explain
08af4e9c0ec8ff56 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
baa46e17719d4364 tests/vignettes/adherence-poor.yaml compare --format text
bd581d5b85003211 tests/vignettes/adherence-poor.yaml compare --format html
da0f40756d7b3a03 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
7c2a9123ff26245f tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
930566957535c049 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
6be9efa6d9716b6a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
12949c0345a4d198 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
ba3adca15828f7b6 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
7690897ceb22b3a2 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
8a7e131ae8a2d5b5 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
21fc89084af6e576 tests/vignettes/augmentation-role-bupropion.yaml compare --format html
ea8b9a24b41ecce4 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
c1b949ba0cd66533 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
58b1f44f7e470467 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
ae4df08c9d8761b9 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
9b1f5fe6977c4aae tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
6210cf4d4dd68106 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
3c2694a79d70a4e2 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
2130896023cfb350 tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
0602f8dbd4c5b9dc tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
c7284ec3c643eb19 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
9a504ee6bed32747 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
ac76932908b59a28 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
17d1d846d66d04da tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
50c0a88dbff0b264 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
1df8e527a779ff56 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
77798d166eb373ce tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a00a827bbc8dac25 tests/vignettes/augmentation-role-lithium.yaml compare --format text
80f5c7addbb9c5dc tests/vignettes/augmentation-role-lithium.yaml compare --format html
03a787290a127e49 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
7469fb2bf724e25c tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
75b60d35584466aa tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
76dff7fd49478c08 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
257038e4f97f6f84 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
747cc57bfc33b203 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
0c66988371375ef8 tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
259e5268dee91433 tests/vignettes/augmentation-role-stated.yaml compare --format text
1fd8bd6f5d2b75be tests/vignettes/augmentation-role-stated.yaml compare --format html
ab7dcbed8fdcc000 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
a1c8b274bdfd06f8 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
220b99b3480249f9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
82a40a010f8152b5 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
196e3cf8c99914c7 tests/vignettes/baseline-window-edge.yaml evaluate --format text
f5a96693c407d9f5 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
4fb84a9548a716a3 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
a6571d16c55dae1e tests/vignettes/baseline-window-edge.yaml compare --format text
4044a1dfcef92ba1 tests/vignettes/baseline-window-edge.yaml compare --format html
d39fe67bec4ebe2c tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
bab585b65759f03e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
5f1ad5f36033417f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
0735fe406f728be0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
8f02a968490d6a46 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
bda4cb5f51d04c62 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
f81be5c1419d4352 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
fe0087419abe27e7 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
1f975a6111d7cd7b tests/vignettes/canmat-below-therapeutic.yaml compare --format html
045290498bdac5d4 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
0541e8bfad23e318 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
c12767e88f1a8be6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
54acac36f08d8f9a tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
816dbac4d990982d tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
dc46a9d2b8c1c715 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
f04c3d66353666c9 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
ff0d9205b78f7164 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
a7a7afc0c42e14ad tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
434d0097879232b7 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
34dcc929900c5ec5 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b218a2dc3343868d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
a3dd5c925e469ee0 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
400a75cbf1e66fd9 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
bf46f3efc6adceb8 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
ba33316fc2fbff82 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
e28e9f105a238f87 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
9af73b1b23782975 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
a3a31e2e59871777 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
8c3d7df7526975af tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2d685fb09f8dd91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
cf678024394c4d83 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
74b4f1043dfd86f2 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
6dea74ac57c19dc7 tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
1ff164ca22e14f21 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
bc50e828eecac215 tests/vignettes/canmat-early-improvement.yaml compare --format text
1b9952c0497af49d tests/vignettes/canmat-early-improvement.yaml compare --format html
bfd9066d1896af14 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
d8eb5920fa6a34aa tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
fde8f17ec7efb42f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
c939e002bf955634 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
228a6cb03c25eada tests/vignettes/canmat-initial-mild.yaml evaluate --format text
192c362e4e0a5300 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
fbf42a62bc9e0c82 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
9718d02b79184c39 tests/vignettes/canmat-initial-mild.yaml compare --format html
91fd6106945ea16f tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
205fd8f94d268546 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
62a63532d50ef18a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
09ddb974e49ff184 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
5afdaf9d9718ea9c tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
83979275c651ba15 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
29fdc4d973f9a439 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
ae4a4b1f706b9e64 tests/vignettes/canmat-initial-moderate.yaml compare --format html
c5c7f4a4bd67da3b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
fa344fb2309f4756 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
26c45367c3db8583 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
33d7c031330fee65 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
6b4dbb13aa4df73b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
579c251c22826c59 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
d929d4cd9662c0a5 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
79581edcf115fbff tests/vignettes/canmat-initial-psychotic.yaml compare --format html
47c9a3778156beb5 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
1ca7d8cfe99798cd tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e8be2a97a4616ba1 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
6ce15cea2b6192e4 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
23cecacf57701a4f tests/vignettes/canmat-initial-severe.yaml evaluate --format text
a8fd5ae16d142272 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
f38aab77252e06eb tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
95a746cd23f8a540 tests/vignettes/canmat-initial-severe.yaml compare --format html
7a7abc1a356af21f tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
f793d573a9b7d838 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
8c9c89f76298330d tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
f633f4f9b3c893ed tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
760f142536955a2d tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
24b88795f16d9ed9 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
9fb43c1e40705f26 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
5fe316cd7f61e935 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
8584a791f177d531 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
0a658994357f1774 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
c74654f8787df405 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
097a83c82daf6c77 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
b08c867a8b7dc7c6 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
4194064462ce384f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
ebb3b7d1dc337595 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
ba90b6cacab715bd tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
d6d5d8e2678af301 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
c9df4336e31337d1 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
f99f47c7a2d8ab3e tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
af59edf912584a09 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
17413687293416b8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
87d0a1b8407a9622 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
2db5eb8db0a02980 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
e05a080e886d619d tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
7a6bdaf858ccdd19 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
796ba721a03e15be tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
0d13dd4fd1d2d226 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
7b7db0993fe16be8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
b35e279ad13bf0f1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
52546391e595b809 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
0ca866f98e8ea1f8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
522320a47d5b1a63 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
fca8616d8bf86cbb tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
741710bc718696f7 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
9697d1ee4d2bae3e tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
106d9e3d6e046f19 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
55e0d78c83763edf tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8adf9e11828a77aa tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
8628403dce94056e tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
40e0d92d24218215 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
4d30a2ddb7150056 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
839335ac6f3aacba tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
4253e574314cd75c tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
0b371717bb7d1bfc tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
a85e496e55da83d5 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
56db771b966df60b tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
677b9bd47b6bab59 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
d92838b0eafda120 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
7b447a4f59fd6e36 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
19e665fb3495e5ff tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
c969c905ad7fac42 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
3ec6e1306b503619 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
b6ddcd6a57cb180d tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
b0f80c692a308fd8 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
1ebf4e8f981f1933 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
9eb91eeb30764b13 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
d54292921acf095c tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
21fb17dc736d2fae tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
787cfdb376942173 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
1efc900538b71d17 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
292b612c3e5c6d4b tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
f0de2a2d399ff3f0 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
a46070152539a5d3 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
f19663a04f3a2485 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e3dc520c37b7b6c9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
c5d7385f16ef3e1d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
71fd14565d5baea4 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
5e881da0bb531984 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
70629cb1dd6503d1 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
4440f0aeec321ba2 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
72936fe5cfd09a87 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
21b69c31360f043a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
aa3fddedce806a91 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
a06d29cac71a72e3 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
677564da1df340cd tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
c14589806b5ea405 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
c01ac4b2143bbd90 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
8d54aa88249ea477 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3df8b7b1550179f5 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
7caf64e4fcb466f1 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
d1917bb4512c43ca tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
184ee85f81a0e328 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
84c4dd5e71d4fe64 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
28c852b264a57597 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
c13cc9216235cde9 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
e576f3bb9969d39c tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
34c1960e325b199a tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
36b446fd007e86d5 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
51d51b0d88338d25 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
8bab57f6f2c62256 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
001a078f21c5d59d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
04ffc02de6860126 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
ce7a8373f750c407 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
5356adbcc69cdb4b tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
fd329dfa4cd87508 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
c9ffbb8d37b98af9 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
76091082d63bf408 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
975935482acb8463 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
51f1c736aabdb894 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
8f81d68fa4f0460b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5a05a73c84494fc8 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
c8d5c6a57fe5d95d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
098aceffbef01ebd tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
965ec187145647ed tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
b8327928d1275845 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
7ae5c8b2803e90ed tests/vignettes/canmat-remission-recurrent.yaml compare --format text
0a595462be5edc4c tests/vignettes/canmat-remission-recurrent.yaml compare --format html
ff5146caeb967019 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
564e3b9c235f4bd7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
897f21238e7804a2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
3c9cf2893bd54d82 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
80ac2e93d682a3f6 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
9b1dce1124a8f6f9 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
462a834a7a5176d2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
a4cd93ca295789cb tests/vignettes/canmat-response-without-remission.yaml compare --format text
8334c102c0197311 tests/vignettes/canmat-response-without-remission.yaml compare --format html
eda605aaf8111604 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
2be897c73224ac9e tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
357f94a2944d6273 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
8174d84956930adf tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
f01dd0c29bf3ec70 tests/vignettes/canmat-second-trial.yaml evaluate --format text
c226db18e6b7cd7d tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
cca232b2b73073fc tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
4b4fb9f9f017504f tests/vignettes/canmat-second-trial.yaml compare --format text
236bd50a3f4e2d56 tests/vignettes/canmat-second-trial.yaml compare --format html
aaf7219d3c688bb1 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
905b55db1925085c tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
f553f138b701c615 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
c9c0c3709d6dd0c2 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
65a0e14605141233 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
db8b608fdbd4fbd4 tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
e9b87cd7919dd5c9 tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
b3a42c2557543799 tests/vignettes/canmat-set-override-default.yaml compare --format text
543381bda5a45df2 tests/vignettes/canmat-set-override-default.yaml compare --format html
b1156e11b366e452 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a2e295476cbf7e8f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
6c97857ce2332eb4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
797275197d83428b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
9c327cfc6b6b5457 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
29990ecc1c105f45 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
ceaf067602ca2d0a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
543dc9472b17e4a7 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
5636b788adfe5dda tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
8afc5486670220a6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2a6619f88f018616 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
938a406d2a359189 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
3a46c829bce4bd93 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
69a81fbea686d61f tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
20b4a71c0e92506d tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
32350b4ef5de17d0 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
bdf41c4950cb049c tests/vignettes/canmat-set-override-week-3.yaml compare --format text
f9ec0d89a97e4241 tests/vignettes/canmat-set-override-week-3.yaml compare --format html
57977981b682349b tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e9ae8a6550523216 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
d2a29cbef1d8507f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
7c43962feb44196f tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
beaf3a9c13a8f935 tests/vignettes/canmat-set-override.yaml evaluate --format text
e08d1db23367beb0 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
e814a67032ac2725 tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
98dacc492a96eafc tests/vignettes/canmat-set-override.yaml compare --format text
189106b7db52c75d tests/vignettes/canmat-set-override.yaml compare --format html
b9965c1678c524c8 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
86f84817ebb7a493 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
299aa8271cfd4f6d tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
c09dbbf6dfc394d8 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
10e4544f9ff59d3c tests/vignettes/canmat-too-early.yaml evaluate --format text
2fb3cc201f1066df tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
d62a5a4c602513fc tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
5e0a0999cb6ff20e tests/vignettes/canmat-too-early.yaml compare --format text
4ceff6c97affe930 tests/vignettes/canmat-too-early.yaml compare --format html
ada875c0e796e86e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0b80ee889140f7bf tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
a438edcb7c86d63b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
c17375ecb7850dea tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
1aa7a0cd06e804d2 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
2eac129a4b0c50f9 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
00726532f83d91d5 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
7d20d3638d1e7030 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
9deee26421e8dfad tests/vignettes/canmat-trd-without-scores.yaml compare --format html
88955f8415b0c96d tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
41c689574405d971 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
469611102c7d8bb3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
8eb353c847655b58 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
6f39631e90ff6111 tests/vignettes/canmat-trd.yaml evaluate --format text
9a135a89f1dabe68 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
8480c22d9798e0be tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
a074ef79e2f12f94 tests/vignettes/canmat-trd.yaml compare --format text
814a669de49b8c0e tests/vignettes/canmat-trd.yaml compare --format html
c69981294d43b069 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
4a5ecca098cc73cd tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08202ddf4829ff1b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
0a7cef7bae192012 tests/vignettes/contract-example.yaml evaluate --format json --explain
0d1b09372cf3361f tests/vignettes/contract-example.yaml evaluate --format text
6fd4c6bbecddb080 tests/vignettes/contract-example.yaml evaluate --format text --explain
c1da11af2228b315 tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
aae8bd647f28edc8 tests/vignettes/contract-example.yaml compare --format text
f6a1bda9aa72acd0 tests/vignettes/contract-example.yaml compare --format html
b17d58cd234da620 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
9e94e9d27ba22b58 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
e6c47d12e608f06a tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
c8c5cecc937ecccf tests/vignettes/custom-definition.yaml evaluate --format json --explain
7b2b77e56281ccf9 tests/vignettes/custom-definition.yaml evaluate --format text
9fdf5530e3b583e1 tests/vignettes/custom-definition.yaml evaluate --format text --explain
9b6f7d7bd662c185 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
e0f0f1c175dcc787 tests/vignettes/custom-definition.yaml compare --format text
8d8c9c7f979da54b tests/vignettes/custom-definition.yaml compare --format html
521cc9e0b2596fae tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
5254ff6d9fcf3f44 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
c4ffb9d105c41343 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
fe777a96ee4a72b3 tests/vignettes/custom-staging.yaml evaluate --format json --explain
2409d2deea4d8e05 tests/vignettes/custom-staging.yaml evaluate --format text
408a485d9ffb2b57 tests/vignettes/custom-staging.yaml evaluate --format text --explain
9f5bcfadf46f73fd tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
02d60ab76d71b912 tests/vignettes/custom-staging.yaml compare --format text
0e3ecceab772f12c tests/vignettes/custom-staging.yaml compare --format html
6c88544c9e665b73 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
b920c0012283467e tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
21a6d9e58fc1c97a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
e586d9ae4e220d06 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
d0aeeed7daeb30d5 tests/vignettes/different-class-failures.yaml evaluate --format text
b51985fcd3a3d03b tests/vignettes/different-class-failures.yaml evaluate --format text --explain
bdd63e6a35d58dd3 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
4f65c972386f7cbb tests/vignettes/different-class-failures.yaml compare --format text
ff4bf1f4e64f67d3 tests/vignettes/different-class-failures.yaml compare --format html
530665b8f79d5cdc tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
7f93679ab028a579 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
cf62e8b1ff1d15b3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
30bc5c63a5e2dd62 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
db4b2393d27cedb3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
5458680f9621444d tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
fdb69848ca1ba1e8 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
d596a04662e29a54 tests/vignettes/inefficacy-without-scores.yaml compare --format text
8068b254527f2461 tests/vignettes/inefficacy-without-scores.yaml compare --format html
074a85f53ba91e7b tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
9e726b3e3708ae96 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
9b281b39ad06c702 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
3366a8df119c7a76 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
6ab07f3ce0e23959 tests/vignettes/intolerance-week-2.yaml evaluate --format text
9ddd980d2ee5fbf1 tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
836442d9a1142063 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
e7ec1350b9c973db tests/vignettes/intolerance-week-2.yaml compare --format text
5fa8244a39f3924b tests/vignettes/intolerance-week-2.yaml compare --format html
504d6a16d6dfedd3 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
a79699796ad85d08 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
b05e5adbdb71b252 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
8dc79e68d1b6746d tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
27443cca86ea9e65 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
36c99be9263c420e tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
9bfc69eeaf2c6675 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
e82963d3e37aaa41 tests/vignettes/iso-vs-relative-days.yaml compare --format text
9f5c63a80406b27d tests/vignettes/iso-vs-relative-days.yaml compare --format html
f725b7e89fd61165 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
447fbc748369072f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a7601f07b855f825 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
64652c13a576706d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
6e8c9f2a2196b420 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
75a6a520ddae5b6a tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
ef8cae100c0b28fa tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
48f014d88eab5edc tests/vignettes/iso-vs-relative-iso.yaml compare --format text
4a85632fdcbf6696 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
da43bc4bb83d8961 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
c65d5fe5a065610c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
00bd80a00ae2adb7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
562a872489a898e9 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
4df70aac2e8eb34c tests/vignettes/ketamine-per-kg.yaml evaluate --format text
a4afd50b37a5ed15 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
4f3ae8094c6b3c3d tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
c2dae06a826db587 tests/vignettes/ketamine-per-kg.yaml compare --format text
7dc83f11b7777c5e tests/vignettes/ketamine-per-kg.yaml compare --format html
3031cc4ff8377f19 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
45c19015f25b5029 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
be1c5488ddb1006f tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
e9846a2830afafac tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
842bacd6ef35d1b0 tests/vignettes/mgh-s-full.yaml evaluate --format text
765bb6ec3be2182b tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
61ad82acfbb03d35 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
5cc1e468f1ee4517 tests/vignettes/mgh-s-full.yaml compare --format text
56447dd43e252c50 tests/vignettes/mgh-s-full.yaml compare --format html
4c8dbc15b1140356 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
50a9e66afe3db2e8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
94b70a52ee9a37a8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
4797d7b448e8f69c tests/vignettes/missing-baseline.yaml evaluate --format json --explain
f8746d69d0e1ea04 tests/vignettes/missing-baseline.yaml evaluate --format text
436c4d46adbf7470 tests/vignettes/missing-baseline.yaml evaluate --format text --explain
89c3fac0d81934ed tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
9243f0b6ef979712 tests/vignettes/missing-baseline.yaml compare --format text
4792fab89d1ba9ac tests/vignettes/missing-baseline.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
93b6063fe8aabcdc tests/vignettes/msm-duration-12-months.yaml evaluate --format text
6edb9eaf125dde14 tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
e862a62f976380e8 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-12-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-12-months.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
93b6063fe8aabcdc tests/vignettes/msm-duration-13-months.yaml evaluate --format text
6edb9eaf125dde14 tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
e862a62f976380e8 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-13-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-13-months.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
93b6063fe8aabcdc tests/vignettes/msm-duration-24-months.yaml evaluate --format text
6edb9eaf125dde14 tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
e862a62f976380e8 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-24-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-24-months.yaml compare --format html
eed6b4d4d7da822f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
38d3854cf30e01a0 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
9db78c518f4bb377 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
f24e6a64db4a6db8 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
93b6063fe8aabcdc tests/vignettes/msm-duration-25-months.yaml evaluate --format text
6edb9eaf125dde14 tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
e862a62f976380e8 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-25-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-25-months.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-10.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-10.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-10.yaml compare --format html
8824f61023650f95 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
b58df9c110b4b28f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
78979314fb0462f5 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
04b5b293ccf02f32 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-11.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-11.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-11.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-2.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-2.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-2.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-3.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-3.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-3.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-4.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-4.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-4.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-5.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-5.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-5.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-6.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-6.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-6.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
880588450a71ab7d tests/vignettes/msm-failures-7.yaml evaluate --format text
26e9dab8588086e1 tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
aeeda9660626fb25 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-7.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-7.yaml compare --format html
bdd3043880790819 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
57a98f591d5dc800 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
5e1c81adc652acbe tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
41e44321fd8547e2 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
5792af57b9ab80a9 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
97b3782197cf88a1 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
f1e1b79b97827d81 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
4ec02ca0c02536cc tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
e59ad6a4642c71ff tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
1031acfbd8b76287 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
97ce5117266a860a tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
3f61d322e6449933 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
81bf7d37dedc8dd9 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
0090781fc4f2be74 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
ff4a11cd9236f42d tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
5fb7ad53be53a610 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
bacb4eeb4f9631af tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
59d703043b069713 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
7c98c67eb04983b7 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
f4d29d9cbc264b7f tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
59ee2b8043860392 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
13538a9a12d90b55 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
1737d7a97f83aa0c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
f6e772f63e17a197 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
186256aeaad108be tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
426b05ec9b07427f tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
4476e217d59dcd8c tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
0725f70270072fbc tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
4eed7affa6b4c48e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
a3c1d587d33c4a85 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
9d9c52a864aa9f40 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
1397d63d90ee01e9 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
fdabed578a979d58 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
8bc894b9868b1435 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
ebece60880772a52 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
eb7a406e22be1d43 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
36ab914b771d9a3f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
797a14ec5df5008e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
7f1bb6d44c99c96c tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
2846a5e1893fbb7a tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
d583a5405a2f7be4 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
8bc0d4f6bd2a1523 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
32d92fe9c6c5ed95 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
849ed62db1588fae tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
39b128bd660a6dd0 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
23b16033cfc1d8b5 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
24caf071f5c00645 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
879b47bb7b09e377 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
b6ca2e596496a5cd tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
b4ac0350cc64674b tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
f185924e947035c4 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
4b07397b2abcbf60 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
6993168b084f6622 tests/vignettes/nice-early-review-age-22.yaml compare --format text
f9e36774f83689dd tests/vignettes/nice-early-review-age-22.yaml compare --format html
6593672962ed275a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
24df959da0d6f17a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
1330dd1f195c36b9 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
6a2bb12ef98667e0 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
a0fd0d71a96fd121 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
01b0f739fad41660 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
15d78518fed1e366 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
aa308697642af376 tests/vignettes/nice-early-review-age-40.yaml compare --format text
c17ea06e5b397640 tests/vignettes/nice-early-review-age-40.yaml compare --format html
c7f677c8db2dd35b tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
62ffa6212d448a90 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
5afb7b45f25b8634 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
1539109c5bdf9613 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
f9a2d15b80830e7b tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
4b31c98f20b82be8 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
a6e1cf35dbe96d2f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
90ceff919a3174db tests/vignettes/nice-early-review-no-scores.yaml compare --format text
431b3837d8c1b1a3 tests/vignettes/nice-early-review-no-scores.yaml compare --format html
9f91d39a5ad5650b tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
4c0f28254c24885e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
85a0f228f4867a95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
fbb765ff00008759 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
7aac7bc2c776e9a7 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
f8b5e195d2ac84fe tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
27047278c64a1b61 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
3d3dc95424352e49 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
3a617a731098a8bf tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
b9c9df1c0c26c726 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
02e9cdd0dcade141 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
011c2c43032a5a4a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
8da091536a1a4dbe tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
d6a72d5934b21423 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
d6cfd6a64c28ad51 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
99c615682704d42b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
7111b5956965f5ed tests/vignettes/nice-first-treatment-mild.yaml compare --format html
612a4b16721ba7c2 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
5af6b933f889c4db tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
f3b8249a386f8a1a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
151ab1a691804a77 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
f9a01c6e5b5f998a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
d652a75ba4b1cd10 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
30b01300ccc340e0 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
fcd6cabf240ee75b tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
0cb5b65a7a29e29c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
3e9245a241de5573 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
2c7a097e57197a09 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
0a9508657bb4dd59 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
30b90f892c57310c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
f3b19e16d4e4fee6 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
4d1c289d3b9cf482 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
b6d508c96d16d10e tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
501625be2964aab5 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
5b68d7cdf7e40810 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
ee598a9e63f73818 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
3e488540f6d454b2 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
4ebf66543c4f565a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
5dc257fb19cfc26a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
973645bb1a1d8b0f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
f142216dcc7b3726 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
dfa02030da053401 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
5442ff01e5794cd5 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
89bed25e179ac452 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
36fa6cbe138b65ee tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
6a2fcffb1978b3ad tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
0389a64217100800 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
12a9f8361cf235b2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
8f4c09cbea5b4cd8 tests/vignettes/nice-intolerance-stopped.yaml compare --format text
572ab519f7629c49 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
db8fad3be46f724e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
eb8d9fbb1d42000a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
885745dabd2f8a52 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
86aa6142ec999f3e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
0ae9e384064238f5 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
48ba4bed17f1ff42 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
cb1876cd41af078b tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
dbc69ea1f16598fa tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
81c6fd8f41dce5bf tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
7f70f1003068749f tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
6015f55022620718 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
840a6ef3352cc858 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
727b960dbeda1f87 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
0f3b0bb34eacb265 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
fad85cddbfc15064 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
6379bcb78dd4e88b tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
7306996bde2de118 tests/vignettes/nice-no-response-week-4.yaml compare --format text
6a5a06f7b92575ba tests/vignettes/nice-no-response-week-4.yaml compare --format html
dc935314ed61e04e tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
c8884bff6b39e313 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
c9bef36f7d1006c4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
0ca0a466ec6d7332 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
faadfb2470647f35 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
9439c258fb1e862c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
e2b68da40391ae95 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
fa8eed9a4f8a07ba tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
b498c4a624b6c4d9 tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
99fbe02d74ddccd8 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
1225ddb1282eeaae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
23b57fcd8b04e550 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
20a98a6ebe9a3ba9 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
dff05891dff628de tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
23cfecd8f32fc192 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
0b17993634a61356 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
a95b34a3f0bfbaa2 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
6db379161e762451 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
429eb7620480847d tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
4d5f9dbd0eb6f27e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
7d9bd889c60cfa2c tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
edde0d68cf86045e tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
5a8fc0cfdb7e2125 tests/vignettes/nice-partial-response.yaml evaluate --format text
94389c64b13006bf tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
f591ad157814db55 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
6cd16e0f3318be00 tests/vignettes/nice-partial-response.yaml compare --format text
b6ed6a49c8c690aa tests/vignettes/nice-partial-response.yaml compare --format html
4181e33cded29369 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0d8cc52bd04c2a23 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
ab309d42f2f82f0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
f6f0387aae76a144 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
ae74369deccf5ed0 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
697fb41bacdb2b18 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
b46ab4967af9ac0e tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
6ad1b137a99fb069 tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
3cbf45ed8dd6bd92 tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
8ff633ebffae230e tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
9504a5940726f0b4 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
a05fbdda907d9ff9 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
4d0c6287afb5906f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
7d6c7b838dc68a24 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
304d7054d238b02a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
67b944a9e777543e tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
e18e0d00fdd115a6 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
eb34e673d70ae22d tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
c86f4849734c9c75 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
acc62c73ee061790 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
6c5ba396c3ecc91a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
cf6a4bef9b305c47 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
ed5031b9d3e18b4f tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
9d437f522f87fc9f tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
2db49cf09e0f031b tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
3c82ccf992872902 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
784e7576cd7809c2 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
e794b4a08c92083f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d1c2b701458590af tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
f636a4072422b730 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
f78ee1db2f396d56 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
470972b239b8687d tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
bb190ba4e4125ea0 tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
307af7ba05b2d9c7 tests/vignettes/nice-remission-first-episode.yaml compare --format text
ec6411b4141209fa tests/vignettes/nice-remission-first-episode.yaml compare --format html
ae866b4881c7ee63 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
3b7a032851ce7e91 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3777149164d4d889 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
67631d7225480a50 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
5698df1095add3c6 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
f9e729bf8c8617e5 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
b90cc20a8ac9aa2e tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
57a25fdea0bfbde1 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
156f1dbfbfdd3b4a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
e5391a20ef294b49 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a7bee895335f5cc3 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
52940f8de9d49b3c tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
a48d0e6638a8ef87 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
0bea1b95c4e9db24 tests/vignettes/nice-response-not-remission.yaml evaluate --format text
4700fa4912171f26 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
52e6787e6072a2fb tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
89c9956e0d7385a4 tests/vignettes/nice-response-not-remission.yaml compare --format text
a519eed2bde80fd2 tests/vignettes/nice-response-not-remission.yaml compare --format html
5843539bdb438ced tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
dbfe921134a7dca7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
9171ba729e04e9a7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
6ff725b57469e9e7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
3af184635c078b13 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
28675cb4f25e45e7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
a1a44cafbe37da9d tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
784276ff6a5b9bc8 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
fb433da36041f826 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
b0152364bc60efe6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
c812094c3e74ad87 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
5205b40ec48e9b70 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
cec88ccba21640fe tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
c726f641157c1c60 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
01e93cc548f10979 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
e9f4bed8aa12d687 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
3f0e2cf0edf2ab8a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
5d8b0c2f212331d3 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
a8dfbc7b5fad71e2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
14ad5bc8c372739a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
60036901d374b73c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
a0b440ad4aa10822 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
8a6b93d894b1de92 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
1c1c51f9c983053b tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
532e8b635af82cbc tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
f04d067af3b3d423 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
53ba0ac202ad3f87 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
9b4fdf8afdd82486 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
63c8389ba7e864af tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
88081a74fb712044 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
ee204858332315e0 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
385c0519d4fb31ca tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
12df21305b4e2982 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
3f69cafb6385e964 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
5c224d6a723b92a6 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
1e6ef1ce715f1d67 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
38d3dfb5d6121e8c tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
292bb5cda5f028f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
9997311af54c9e90 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
bdd98e25587d6c89 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
64e87dfb8c594f69 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
a19c9c525acfe677 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
b33569a3ef3a0077 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
a6a159b69a540502 tests/vignettes/nice-two-failed-trials.yaml compare --format text
53d7c837844da84c tests/vignettes/nice-two-failed-trials.yaml compare --format html
3d4bd595d1f5c3d5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8a72f62e5ebbc09e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a433ae8c6d9e43a5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
698c0bb9c3fc4eba tests/vignettes/nice-under-18.yaml evaluate --format json --explain
35ffe0162b6412bd tests/vignettes/nice-under-18.yaml evaluate --format text
c7f62b1c11f93819 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
cc2cdd1c579b7258 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
9ac6ee1674027eb0 tests/vignettes/nice-under-18.yaml compare --format text
fbab26ea2ca0adc7 tests/vignettes/nice-under-18.yaml compare --format html
64c3729ab86279c1 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
dd31918aed56a888 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
109b5e3936c53a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
185742657ebb439f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
4826ed0ef1f0b980 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
4f9acac196ec977e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
70961cc39733e58e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
91bea4f3e4179ead tests/vignettes/nice-vortioxetine-first.yaml compare --format text
acee2e7d56025a6f tests/vignettes/nice-vortioxetine-first.yaml compare --format html
46e024cc0ae5e4e6 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
921bebb5c4562a57 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
2b794a10ff5095ce tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
a875fc3520442e2b tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
51974ac3090e9b61 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
1b64934324fc8a47 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
060917df2056872a tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
c8e14fb781308baf tests/vignettes/ongoing-trial-week-3.yaml compare --format html
66453abb01b9b7b9 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
b74ca8291ac30633 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f89a9e57cc0d5748 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
6f646c9f8ebae4eb tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
51974ac3090e9b61 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
1b64934324fc8a47 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
060917df2056872a tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
c8e14fb781308baf tests/vignettes/ongoing-trial-week-8.yaml compare --format html
48494f84159c34ad tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
6765038cd9ef8780 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
fdb7c06379907f04 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
caef8d0194d26799 tests/vignettes/partial-responder.yaml evaluate --format json --explain
0d9ce83541339f02 tests/vignettes/partial-responder.yaml evaluate --format text
690f071a5c232aab tests/vignettes/partial-responder.yaml evaluate --format text --explain
dbdabad8ade7efaf tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
8c07c35fa87ab725 tests/vignettes/partial-responder.yaml compare --format text
f334cd269d4c1e89 tests/vignettes/partial-responder.yaml compare --format html
e10c41a2401a3680 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
120d593e6268358e tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
056a2342034d5984 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
d728b8975120bcf4 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
c8c4cf33a2435115 tests/vignettes/previous-episode-trial.yaml evaluate --format text
08b6d8d1f36f1d9d tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
bc7a2f5d7e12ce77 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
cada354a2a027192 tests/vignettes/previous-episode-trial.yaml compare --format text
493843206da03548 tests/vignettes/previous-episode-trial.yaml compare --format html
add5b41c855768a2 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
29e160196f500855 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
f574a8bd59c05c7b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
9d67dfb7825ed0fc tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
35d2d34f875b07c2 tests/vignettes/remission-below-50-percent.yaml evaluate --format text
05dd72b6c743bcb2 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
23fd583faf336000 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
d70a43c175860c20 tests/vignettes/remission-below-50-percent.yaml compare --format text
f3a6ab437d9f3bed tests/vignettes/remission-below-50-percent.yaml compare --format html
daf858e0d0f7a93f tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
3683e90cc75048a5 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
68111eb97fa16812 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
792d859762707063 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
04a41860bbb5ecf6 tests/vignettes/safety-age-unknown.yaml evaluate --format text
1cd49695b0dedcad tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
29feb1b851611642 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
03fdd6e60eeec79c tests/vignettes/safety-age-unknown.yaml compare --format text
d828bab3fd22c7fd tests/vignettes/safety-age-unknown.yaml compare --format html
5baf522c4ff36335 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
ccd6738d44cc3b77 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
9f0e57e61bb89374 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
32bb4e24289a27fe tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
4b1533fc08f2c590 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
2d119a2d683a5184 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
a2d62ef60001f1f5 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
18b34d030dc6fe2a tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
f2cc64f477878c7d tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
1a14ac04baeb9346 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
f5e9cf110820561b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
b4bc457b5235eeb4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
9cacb52cc8e07168 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
af8c1ec19bc2cc60 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
730997220986ce6d tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
c2aee5a3294523bc tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
ab70448b6897fa66 tests/vignettes/safety-catatonia-ect.yaml compare --format html
386a8ab578a83ea2 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
52c322a800bee2f0 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
a10af262f74db2a5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
8ab9b80030b181a3 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
ec17f96aedb5f2a6 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
5864baba3025ecd8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
48ffed7a8f4affc6 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
3c1eaa71f5eada60 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
f3fa614402607bf8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
de67e46d1197cc1a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ddef3780df670f3d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
bba423f66bbc77ef tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
aea0258fbb87a2ae tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
ea4edcaaf65ee9ee tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
e1f0cedf95ec4f14 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
7b304d6af723bde5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
9b4f1228bd719a23 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
8483f34d0159641e tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
56ffae69144b1a31 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
7a8660741fb309a2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
d95e24748d1c809a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
877190c9b495004a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
3ec7772fd0ea9084 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
e0638a1fc509a6d5 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
4ad8cc96033cec86 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
858650bcbc897684 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
1b3770f65b27d86d tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
c4ab2bcd5f97800b tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
a7684b71a85b744c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
934c0a51f1b1be57 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
3ee56c9201a4da09 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
5a51e08965c63861 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
4de7bd5f3b13609b tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
88cef57807f79001 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
0a5d7900524f0d75 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
e51d6a9ece24bc3b tests/vignettes/safety-citalopram-60mg.yaml compare --format html
087807eb05ce4e56 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
87724c53cad3ab0e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
cd53178ab9e85fd4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
b8adefc57295d43e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
fc9836431f0b022a tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
c0aa17a927e022c1 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
ea8e33efbd700a41 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
39e8b5400eb7f566 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
d0853c9f79aa6aba tests/vignettes/safety-citalopram-age-50.yaml compare --format html
3612df84bcaf6b5b tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
fe4ff580bb253e7f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
2959e913e641a563 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
d452c7ba7dd6e726 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
6c5e87cace25cbe3 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
006db093cca02b92 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
05a7f63adc3834f9 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
e66a972a33599185 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
f8dc0534925a6ebe tests/vignettes/safety-citalopram-age-65.yaml compare --format html
dc7a01d91c81fdaa tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
2640a77ad259d988 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
facef5e30a5ac612 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
b9d294236653698c tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
a2507042a099ddb9 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
9cf18e8c1eafdc4e tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
6d346e8e0fef1532 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
cd5bd3ec6071c946 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
9af95909c9a31c7f tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
09feda71d976d007 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
988d42a367e459d5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
cadb6f21bf077428 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
6964003ed42a2cc0 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
1bf07cd64521ed3e tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
20dbb6bf92de450b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
bbf810b89f13aa10 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
035bf75b81105e1f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
aacdb31adf8407b9 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
12dc4df233bf148e tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
369f88fe15368d48 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
d7eedf224798e3b2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
53d93a84a0f6f754 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
4bd1f231bf888b90 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
0039978516e30ba3 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
4cb8419616535a2c tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
6fabe4dd81227809 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
1c7c57db58423276 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
08a3da47a9919241 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d8940ea45674454d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
6d24eca22c7173d8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
bb4808bd367e5e19 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
965827db04a038c8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
4e1b4fc90031859d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
26f0c68db4a5ddce tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
91e619c2a6491c63 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
834f5e12bb551d75 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
550c7c405bcbfd05 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
56b7c2838fe65ac3 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
5b5452cdbdb1e68f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
bc1bac6cf44c40a6 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
7c178469bc1690f1 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
35452cbfaaa5c76b tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
4881dd85f76c6ad2 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
307867e070fa7535 tests/vignettes/safety-dose-above-max.yaml compare --format text
072f9f366b17bb21 tests/vignettes/safety-dose-above-max.yaml compare --format html
61674ac9c7f5e20b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0f8883304fb16e81 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
f8d231dfb141999c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
15f66d15a814c774 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
dc4545b886feeb75 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
ba7481ed0caa49ac tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
0b90aee423e23d79 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
bac9a9a5a5d3b6e5 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
27e96ddda1abfe57 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
6ae886f63b8874d5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
88ce2f39a2892dc7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
61e443d0aa3153e5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
9b2d6ee66a11dfde tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
24213bb2c5bb6e60 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
013607a932908b75 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
2b9d6b967dcb96df tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
437d029b4efad798 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
c97fb79bb5f37baa tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
5bff859472d5db5a tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
e78ad1f7178a9eb0 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
633d27bb060caa35 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
1e7f908e47351d06 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
6ba50b74ac1cf824 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
eea9a14426255f7a tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
7aeeef6c33422200 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
1a2a4b9f8964703d tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
dc8522ea68bcfc6c tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
10ad7ba4c6462487 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
3ee9b683f737105b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
792686102f838517 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
8320ea1eebfca788 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
8300dac4087de8c9 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
f7995e7e925d04c8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
f17b208446cfee2c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
a7fcda133b8fa793 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
0e5e5d1bdd9108d4 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
5c5b910142db314d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
dfdef250a83c5231 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
6a2b0e037b030664 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
558561ed3433f420 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
bd4691b69c6e52d6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
d28342feb09e2419 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
2308a891488913d4 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
1390a0be71b428bc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
1051ebc92ad69579 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
697c77bc943af904 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
f38e79247e45392f tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
dedbb910bd399b1f tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
d5d10915f471a849 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
9771047407d035d7 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
770e7bac56d20475 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
1771b4d976c92ace tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
480ccd6d131c0cd7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
1e30d7dbada98866 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
4bda74c979871768 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
b57574a130771830 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
eabbcd18f7a58a9c tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
a8fe5df624957d13 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
c09f5a3d22ba0e39 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
40d6863e8ff574ae tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
777f059fc7f847e8 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
367a6f2ce96eaa16 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
af33e95cd5380b04 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
1e0cb164c2d05b5d tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
eab91453e3b03b1e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
c8ec37ce8ba321d4 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
17c5b8f5324d356e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
eac7a9a66a715f5c tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
bcd5d59c6dbcf351 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
bbdee89bf8d41c95 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
6bf9ea2dc1baeee5 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
e771e601b2e9139f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
930ec2d21a76abe3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
2f092d396771ac7a tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
0cd2499f338c2e7e tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
af12788de7c4eeb7 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
462fb93c9e59a453 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
736359bb09ac0433 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
5d6fdda34f3c3f27 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
e003d3062344c1dd tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
e2c48e7f80ebfeff tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
57634ca950a677ec tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
8b782d0ec9e34aa6 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
ba4c5bf339d8d971 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
66b1f1d6cf69f644 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
a0923c221e4d0ac0 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
e18e1878ad90afb0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
c44b36702fe5aee0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
7b7213c8d8766195 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
9970e074bcd6d678 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
121783165a0e10d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
8ccc4da3f4b54f87 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
e920186c6bfb2722 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
d7ab5df6bb382338 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
fa563ebd4ebf59e3 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
3ecbecf0225ede32 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
6ece88e80c75bc9c tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
d1f79e1420f81257 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
c9962e9bb13b4038 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
de5536e5382909d5 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
14403cfaaf0d7469 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
e11a85f02441492f tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
1ebbf3392fa1e56e tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
75c70f0198f73ddc tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
99603373066d419f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
b8c62fa35e585771 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
da7909cbd804cb0f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
bcf4861439be20d8 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
1e85d91994198331 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
bdd8af55313789bb tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
f02884f85415c3a0 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
d2baf83845ef33ad tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
4a9ccd99834ff4f7 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e3049de179223cf9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
e0f91ef3306e4eb9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
9d65ad6b4411851b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
ea04b0e2e8b128b6 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
2aed389a7ad77cd9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
d092d84a79c201f8 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
9e3ab81371b52491 tests/vignettes/safety-second-antipsychotic.yaml compare --format text
db0a5bf99d225eed tests/vignettes/safety-second-antipsychotic.yaml compare --format html
597031822dddc8cb tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a70ee4e3e70410cd tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
49fd332530d19753 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
0853b66ee9e004ed tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
45a47bdc3aea5913 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
f1d51c6fddeb9d96 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
9283bd5a7d2ec341 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
5275acfebe9ba497 tests/vignettes/safety-serotonergic-combination.yaml compare --format text
67f6064ea56d5759 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
0304e6a4ac5675c3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
211df879a9424a7b tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
34f81319e89df4cb tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
5d37d3fb87087604 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
1cae0dd58ec3dfc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
802034ed47fa8fc5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
34812f44ad00e116 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
bdf21e0d56076d43 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
ed681347ced69c97 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
40ad2cfb75a16530 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
24a67d46af73bf63 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
01506a818d08741a tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
b2ddb415c13aca4c tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
4125079686c0e7a2 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
8596c58ad716fc67 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
6ee5bcbedf20d390 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
d1ab673a54daa24f tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
d90f3a4f4f3bcbd1 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
528c434a2b7cee25 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
dccd6818e2f34c2f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
146d1f551a03a32f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
04cfd3706fe14be0 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
a3e265ab60e2a6bf tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
b63dd846980dd275 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
468f3c7d65d14b0e tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
87e641e8addc5af6 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
dec789fd4c2bb3a9 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5f285727fa058c64 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a2986bee10781994 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
58fae3fd7f4f4cd8 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
853cc0754c9f0904 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
03fed06d033fd40e tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
f72c883ac26bce3a tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
e8b89c8c04fcc465 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
9326d325e78fd3ff tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
85d9ac36c9304719 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
08d002e96efe380e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
7805f0714dd89aee tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
45a39761ac9becfc tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
ab23908fd3a2f3cf tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
32eda94f3b7e93d2 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
00efd7e09e3272a3 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
74fcbcd7d6293923 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
62d542124a5efdbd tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
14b4f67fabafe5b4 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
e3cd2cdc9e40c0f0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
bd9ae9a9ba91c33d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
3f60c2f4b5d625d6 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
451ae6b816a2b997 tests/vignettes/safety-washout-respected.yaml evaluate --format text
14355f5cc4e2ff1a tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
c21ae815c0ed7f05 tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
9d06bcdd52f19866 tests/vignettes/safety-washout-respected.yaml compare --format text
36fbaf717c437fa7 tests/vignettes/safety-washout-respected.yaml compare --format html
5c0dc5cf2526551b tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
97b156e12c28c4a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
c5f5c6b8d5d1103f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
330c72a76756b2bd tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
d46aa1c2ea5a4c80 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
42d2d4554209dfa1 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
03c2931fa89f8173 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
5e0c4b9debe738df tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
576c3d289395b79d tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
56c0fc92a16c3baa tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
ad73a9b5c6ec5c4f tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
57153a25cb937ff1 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
0cef746479d46d88 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
9792f47502d12df3 tests/vignettes/same-class-failures.yaml evaluate --format text
8dc9b42a8693bf11 tests/vignettes/same-class-failures.yaml evaluate --format text --explain
e0b4c1076a1398bb tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
6123b580eee4c031 tests/vignettes/same-class-failures.yaml compare --format text
36bb45a875d81130 tests/vignettes/same-class-failures.yaml compare --format html
d179339226d60ffa tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
165b6b047b3e7449 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
bd50c3801febae3c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
e7ca5d97a1bd2026 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
d595c4f178efea29 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
2fcd2e2dc69f32bc tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
cdd39aebb4661102 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
5f2bf249e8b7b236 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
f9ca92a061925d19 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
f06fad7f646ffd04 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
bf63cafa05ef1161 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
d88a69dee0ab0039 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
af2c35ea5f060a0a tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
08f8713c0096cda1 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
415a4b24eeca60db tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
e69ae7fd39a9e4e2 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
f8b7ce1557871c57 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
e62f465ab089500c tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
08b1ae93db2b8ae6 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
50ad3ecda2388f55 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b3ca88a3c166f182 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
d1149e5d65126169 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
bf5622e5931a37c9 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
d98aec5ccad2dac3 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
076d10012003256e tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
5eb02468043c99a9 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
eb2e2f528fc692d4 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
7c3b2430e0e9f8fc tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
234f42561ced72b8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
1ebe56bea08c3dd9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
7336db729eac1acc tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
ac7c4d50e3f6dc5b tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
409bb7e8c75d5f64 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
9774cd74a1d542a9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
e029d707217c002a tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
0c327ed583b5f70c tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
de638e35968fe394 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
493f78839eca3e99 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
c8d6aa46b0106390 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
117ddfc786509131 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
707f71b842ac5746 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
aa2d45f8c51c6409 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
613757a5515b349d tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
762e8a8d49bf578f tests/vignettes/stard-level-1-exit.yaml compare --format text
4f63f5e888bc63cb tests/vignettes/stard-level-1-exit.yaml compare --format html
daab3447880642c0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
1b7753b4b0485e89 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
79234271e023f6eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
c66290ebf3a41fb0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
030f6a2e37c8ea82 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
c3e784b87b498af6 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
7cd89175dca28b67 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
c4b3d986f14c6296 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
5193ad67e7d7e906 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
8260513b06e62a3d tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e9c55ee6220c1b24 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9922b996f3c8f649 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
f1f239dd0aad8ff0 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
e1fa93418ebfc3d9 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
fb0f164669723493 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
511012be575d5a57 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
891fbd5e130a300c tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
d863735ebd2a5d31 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
bf230ec0ee5d5b49 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
f614550513734af7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
bdd29d8248634f87 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
5004c6b6738513db tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
655485fc5d139eb9 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
7ef79ddfe7938ccf tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
dae8fe908da434b3 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
5a8ece11a1181aef tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
46deba97afbf005d tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
ab673288aed879c6 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
818b380ae8e7646a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
c8983d38ea322d03 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
69d3e37c55667216 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
a4de0a9ebf894419 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
641d256c302ba5f0 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
39f6e9bb010b0e7f tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
1bf3cf113d832bbb tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
e3f62d5b618ab055 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
edc77b66aab4a925 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
756e1127bf1071b6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
dd4bde9bedbccd07 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
feef8dd6c822f644 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
5543af8f01a06dc5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
36c50aa49e5b1103 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
b436cf15a6e4d1f6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
618f2438916c1bae tests/vignettes/stard-level-1-troublesome.yaml compare --format text
35e070a99f385fd1 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
a2e872c35fd70c55 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
ccb31b3bab25d765 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
21e1704333202bd2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
e240b8383e29a840 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
a42218352d40530b tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
f7c38db7383b8521 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
40ad09753db8e074 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
7eb1e26e01790e16 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
f05092770a05efbc tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
71496e9b30873b30 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
f8ce7ca69d6797dd tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
902c4f4ff90a0252 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
d3660c8a2e749f00 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
c85143e10d113375 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
5b76101bf4c0d7c2 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
2a5fde7698469665 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
de94da13c21a74a0 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
7f3a779e43ad55ff tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
f1b31bcf5df6d873 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ed8a62bd169a8938 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
1fb9b2cb9074a218 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
3897590545fe7f68 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
a6412e4392ae12fc tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
d9148c5441591606 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
6bff3e833d3e2a88 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
8dd6c96d856ae2b4 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
e6e4eec2ddbcde39 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
b71f6c30263b814f tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
62b123880bea16b5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
52356e0aaafb4477 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
4b96ec868c737702 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
33913222439d26ea tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
256d230d5d5eb402 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
d28fd276da4ef78f tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
0caa970fd7f46bd6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
41a27c25212da513 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
de1a56347c13532f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
15d84d6879f9ffb6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
112330a3c57fa7a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
82f612a382a84225 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
244f9dbbcfb091cf tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
740f937b8e97cf74 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
c6e83f0ac4820175 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
ec871abe24dbb71c tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
e1c8580ef84ebd20 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
e94cd10cad07ec8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
e60f35c08773006e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
588648c05313239a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
140c775cad659b8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
754d844552af49e0 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
bcae3aeb05613b42 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
4ec1f9dfe6d745cd tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
165f4dcbeaf5afb7 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
8994097060bd914d tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
bf16ae743f6b8b69 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
a7bd6f2421ad38b4 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
22a4bf02e69861b6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
5da16fde63843f3a tests/vignettes/stard-level-2.yaml evaluate --format json --explain
60a2d6259c1ea570 tests/vignettes/stard-level-2.yaml evaluate --format text
50b3e4bb95174318 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
2382bd5d99efb02c tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
fd95128e6cb9dbba tests/vignettes/stard-level-2.yaml compare --format text
377ccbbea0de770c tests/vignettes/stard-level-2.yaml compare --format html
39bfb8860899dd9d tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
13b79e77c720c112 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
bb5bc6d4ccfed72e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
01a209885a8b7402 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
12b6465ad70bc713 tests/vignettes/stard-level-2a.yaml evaluate --format text
e49ca3569ed1f0e4 tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
bbd4182d5597614f tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
64d3fbd58acc2a2a tests/vignettes/stard-level-2a.yaml compare --format text
139ada6b9d2eb422 tests/vignettes/stard-level-2a.yaml compare --format html
500eec7edb50709c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
2c39a97de64f6ccd tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
ad68cbf7109ade93 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
8f09dcba1712602b tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
4181f79733c8265e tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
19f821effc8c2d15 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
05bc4ce306ec3227 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
fc4198bdfac3dc76 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
e8ade9709114bd1d tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
73cec0a9a735a653 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
81a4f87d7ae9b7b6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
3c5eece69e7c3af4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
850469c1904d042c tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
0e6f4c517921e5c1 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
24372612ca929afe tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
3ba3272bc59c09ff tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
4339c24a8d57c577 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
70ec7b46c4610dfd tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
3f3e8824c075fa55 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
3b3b83433d4a97d3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
db090978fc4ce719 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
22c4cd056eb3dc5e tests/vignettes/stard-level-3.yaml evaluate --format json --explain
17cf28c7958e5546 tests/vignettes/stard-level-3.yaml evaluate --format text
5b51e898636eb241 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
97458f742e382825 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
dabed3fdc57b963c tests/vignettes/stard-level-3.yaml compare --format text
7bbbec22b909bee5 tests/vignettes/stard-level-3.yaml compare --format html
61f212fb0f552be2 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
bd0cbe790a7d420f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b92067506e868631 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
437955a4aa16f46e tests/vignettes/stard-level-4.yaml evaluate --format json --explain
89f13bb289dc761c tests/vignettes/stard-level-4.yaml evaluate --format text
0f1062cd4fc074ea tests/vignettes/stard-level-4.yaml evaluate --format text --explain
c3d9a6e86f56e261 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
1c27955aad8ffab7 tests/vignettes/stard-level-4.yaml compare --format text
ea13869e0f804c4e tests/vignettes/stard-level-4.yaml compare --format html
273d4eda59bb8149 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
c2f5af36716ec15f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
267216b85ce95d50 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
b889757e3e6806d4 tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
03efa88c1c89bd26 tests/vignettes/stard-other-scale.yaml evaluate --format text
a4a4e205bfba31ed tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
a429302188db2576 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
53af10aedf0f390e tests/vignettes/stard-other-scale.yaml compare --format text
fcd0a079c3444210 tests/vignettes/stard-other-scale.yaml compare --format html
5391484e3b2616ef tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a3216bbe9c166d35 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
dfd8b07c0ec9f65d tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
a486177db73bbc7b tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
47b4446b4b62b034 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
d4c304dbf08d0b3b tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
cca001929bf057d3 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
ffa2926f8b70ed14 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
2e31951b483f2f26 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
52d885c99f452d40 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
fa90de7656b91785 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
15f6975d2c5f5d0b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
4f0b9e767ce98739 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
ec80375272074457 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
5a860b745501eca4 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
a0c130befb202ef7 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
5b18d3d59ada6e51 tests/vignettes/stard-over-75-in-scope.yaml compare --format text
1ede4cabdb903930 tests/vignettes/stard-over-75-in-scope.yaml compare --format html
0cec72fec7fe598b tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
3e6bf5af9e5dd294 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9be9a9db0d10775c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
fefa8dc58e863b32 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
a740ba502c669d07 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
618cc67df44b3113 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
f22b5f4146c5641c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
91a84b2f2c0d0abd tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
26260d13bc964487 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
0a3666e5b7d0379f tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
78b8d5fb66bc64c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ea49fe1c4c20b6da tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
160b251999b8cfca tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
0ba024ef0e161c75 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
52734c0666543d81 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
ffba64366313b131 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
6068a6468ee26046 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
06c1b9766737c3c5 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
dbcc857b7864cd4b tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
cd62f01079964b08 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a4a75fcea22dc92e tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
c25ec1aa450b62ea tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
3779f98459f06071 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
de5ab65bde895941 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
bf929103b0b4868f tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
89b43c37ad74ac80 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
0acf5184afb088d8 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
759cccfb6eca1fba tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
de3f14d61a39f050 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e15ee12eb066224b tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
77739ad8dfdc57df tests/vignettes/stard-remission.yaml evaluate --format json --explain
6f348727023acd8c tests/vignettes/stard-remission.yaml evaluate --format text
e43a310de8502364 tests/vignettes/stard-remission.yaml evaluate --format text --explain
12fe9287fa6d4229 tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
bd807f77c6c43ce8 tests/vignettes/stard-remission.yaml compare --format text
e5a92815c03e4ce0 tests/vignettes/stard-remission.yaml compare --format html
ea0bd793c903406a tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
a3abd7c8cc000201 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
cf4dd2697074f38f tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
0c6422d6839beef9 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
1a92bff3d3c4011a tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
6ba3e9f4fef0155f tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
ab107fcf602c5f12 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
6e4e5b36f3ef3701 tests/vignettes/subtherapeutic-dose.yaml compare --format text
a3d498ed55090cf1 tests/vignettes/subtherapeutic-dose.yaml compare --format html
39fe6b24242c8b85 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
a4a5a3568726cc4e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
c5b95d2fcb33dee8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
d5eee51c6911e4ef tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
0b953c69a272d86d tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
423c26e992910435 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
ec24c541166edb31 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iii.yaml compare --format text
6008e2cfbbf9d2cd tests/vignettes/thase-rush-stage-iii.yaml compare --format html
eae960a6d44dc3c5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
b7a75fe40529cc9d tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
0b953c69a272d86d tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
423c26e992910435 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
ec24c541166edb31 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iv.yaml compare --format text
6008e2cfbbf9d2cd tests/vignettes/thase-rush-stage-iv.yaml compare --format html
eae960a6d44dc3c5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
b7a75fe40529cc9d tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
0b953c69a272d86d tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
423c26e992910435 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
ec24c541166edb31 tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-v.yaml compare --format text
6008e2cfbbf9d2cd tests/vignettes/thase-rush-stage-v.yaml compare --format html
52c9b62e3761e5b2 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
db82540b16614945 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
0b2cb712fb664b1c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
38115261355458bd tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
850053e4a81ce57c tests/vignettes/trial-addition-stopped.yaml evaluate --format text
9049489bf66128d7 tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
a8a82b6503dcefa7 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
eac7fbbdde8d3962 tests/vignettes/trial-addition-stopped.yaml compare --format text
c3abd0b4420f9ef3 tests/vignettes/trial-addition-stopped.yaml compare --format html
a0fa433d82890315 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
9bc8d8a28348b223 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
92bda0fb87043789 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
8af6e0162f8da142 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
e98c41b86b9d6089 tests/vignettes/trial-adherence-strict.yaml evaluate --format text
63a1f7768642eeac tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
0be00777c71ef0f3 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
c8b68458921ced7d tests/vignettes/trial-adherence-strict.yaml compare --format text
f6769c9c7a8e3473 tests/vignettes/trial-adherence-strict.yaml compare --format html
52dac7a3eb0b679c tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
ea83a0be234d95b5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
9758f08d1e908bbe tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
511796588a34e932 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
3378eec25d83db21 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
bbdaabe74081cec5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
c72ee0960d359519 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
92faabf7f25b8e7d tests/vignettes/trial-adjunct-own-window.yaml compare --format text
5cddb200200f1ebb tests/vignettes/trial-adjunct-own-window.yaml compare --format html
449adccfa51c28b2 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
0d3facf2157e5f90 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
65b8f182af9f173d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
7936e384bd53954a tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
da48487ae64e33e2 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
07e921c967bd06c1 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
0b8e83ec1fcebfeb tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
db4aa47e07917c88 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
c5fad55956a81e5d tests/vignettes/trial-atrq-worked-example.yaml compare --format html
c5a0ca7d8ac1df8d tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
d6043eec88ff20c1 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
fcbf0c3fc8e38fb4 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
252b32242899b896 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
ac2b7ee94806c0ad tests/vignettes/trial-duplicate-course.yaml evaluate --format text
3d45835d3f10cb42 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
da32a3fd8003b348 tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
9ddf156e8e33f931 tests/vignettes/trial-duplicate-course.yaml compare --format text
b3c034f19531eed6 tests/vignettes/trial-duplicate-course.yaml compare --format html
c3b66f47a8bf98c8 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
05c31e297a479efe tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
18629623890f2f17 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
cf3c8c12728b2044 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
00735372defc1256 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
d5dcab28970059e1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
4c4f10826521b238 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
78cb47af78b2ca60 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
21712d1ebe82ecb7 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
f9c4d15f6ee38874 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
224da48a8b45f33c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
092903bac471cd39 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
c06d0a46c89b1c0e tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
4c5c7c62d8f4bf2f tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
52aa9acf57a8bd35 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
e803ba8f68bba5cf tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
c6bdc7ad77f38a50 tests/vignettes/trial-ect-during-drug.yaml compare --format text
58c193fe5f3dc11f tests/vignettes/trial-ect-during-drug.yaml compare --format html
d5e2f9f6c6578287 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6802dd1981842190 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
255861d43400093c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
1fea3eea8ce3f756 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
40e2c1a3a04e46ea tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
7fb4b724e5586430 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
02c51487e7e0b7dd tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
3f1d3c2e77c54cf3 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
fecb802e73f22976 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
439f1444fc47f708 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ca36954195a36cf4 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
614352f6ee795fa1 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
dd2ffaa87a38d908 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
3a199c12cfa5fd16 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
46b3312311fa7ab3 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
27e81d263e31b7d5 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
43c8fab1ac6d1e60 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
c81fdd8626719d31 tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
a9f8e26946e02eb9 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
691b95e19cd54e76 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
40c04b50e40e298b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
819917b962be5e85 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
c2c3281ab582cfec tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
11d09caea44f6181 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
664219b2953e3c3d tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
f8a09989047cf3a0 tests/vignettes/trial-relapse-after-remission.yaml compare --format text
d96dc1f33f98e7ec tests/vignettes/trial-relapse-after-remission.yaml compare --format html
ba2606171b67b383 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
81fb36fc323be009 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
07937a7a47f209e5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
cb7eb1c7a9fbdff1 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
3a7294e3366d31bb tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
fc0416a2c7a6095a tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
a9de529ece72131e tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
0135a98d8b426c54 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
33a354b5db4b192e tests/vignettes/trial-relapse-ongoing.yaml compare --format html
9bd6c46d2ad7cbb7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
42a4de43b93467a5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
c1ddfc608d9fc4c5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
69491edaa2b3be22 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
95906dd99b56c9c6 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
1ece0cfadee0cac7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
636e91ac7c100abb tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
a42b3a05cb876ed9 tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
d566c573089dfdb1 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
4e13e9de73b941d4 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
ccef7b39a44ab346 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
f4158dd3b67dc94b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
553255de514f2899 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
c3688a7b34a51170 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
e68712f824b8b9f5 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
ba6ba0c3713daf9b tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
68c8844075f84106 tests/vignettes/trial-same-day-regimen.yaml compare --format text
90f9812250de4573 tests/vignettes/trial-same-day-regimen.yaml compare --format html
03a9123520d9313e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
13a6c674fc973de4 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
d157890276ae7e0e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
c3dd1297586cdb05 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
c9271caaf193fc64 tests/vignettes/trial-stale-scores.yaml evaluate --format text
e57cce7d2ceb332f tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
56bfe95035d4ee56 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
758fc844a9fc96aa tests/vignettes/trial-stale-scores.yaml compare --format text
08db9414de69ad8a tests/vignettes/trial-stale-scores.yaml compare --format html
3dd353bd1caa5cfb tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
4f98af7e7b9c0567 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
00a638b60b5f347b tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
070498deaafc5fe2 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
8f9f6e27e94b88ee tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
45db0f8682f53c1d tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
c72d61a668125c00 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
fbfe753c69ed3152 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
a1f7c89cd6dd787e tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
df67e3e9da1829aa tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
25d6bfa31be9c4f0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
93c4e8644d410c88 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
b02fd62762961ef2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
1da7c8fcc8b06375 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
dee1d838db208492 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
348568616b259f45 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
3cf4ab621f695970 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
515a828a284793ef tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
136c0638e05b0cae tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
0be86258b92db0f8 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
cd4d1d96e5c634bc tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
3f841beb2b48544b tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
2607123790273ae6 tests/vignettes/trial-without-dose.yaml evaluate --format text
7f27c39a1c916b32 tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
235b9f97359460c6 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
089b8729fde662f8 tests/vignettes/trial-without-dose.yaml compare --format text
b2622a2adcd39ada tests/vignettes/trial-without-dose.yaml compare --format html
