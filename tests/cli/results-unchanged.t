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
# rule's trace entries set aside).  A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
86e4ef2fadcb2e7c docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
3f5764ff67f2dd1e docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
b688e74bb9616590 docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
4a1d3c7647dcb454 docs/examples/demo-0001.yaml evaluate --format json --explain
3bf5d54fae0645c0 docs/examples/demo-0001.yaml evaluate --format text
6c979cfeddfa220f docs/examples/demo-0001.yaml evaluate --format text --explain
bb6d07f67d9fe3e8 docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
aae8bd647f28edc8 docs/examples/demo-0001.yaml compare --format text
56559e7e6392aa88 docs/examples/demo-0001.yaml compare --format html
761c04fbb8135153 docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
de1a043ad716c56b docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
492ae67595203d41 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
c5b4137c0da6bcc3 docs/examples/demo-0002.yaml evaluate --format json --explain
c1c42fae86f160c9 docs/examples/demo-0002.yaml evaluate --format text
2d03a21deaab49b2 docs/examples/demo-0002.yaml evaluate --format text --explain
04a00bb73846ec6c docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
222b7e0642184072 docs/examples/demo-0002.yaml compare --format text
23b8dbf71c542a6a docs/examples/demo-0002.yaml compare --format html
dd95828e633a402e tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
4bbc8056c3f44c0f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
2afda670aec957b3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
bcbee8895e359634 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
ae5288fe16af7864 tests/vignettes/adds-to-chain.yaml evaluate --format text
223c1bc91edf2612 tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
a7afa7c79d9c3bfd tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
96a6d2fefdea329d tests/vignettes/adds-to-chain.yaml compare --format text
0c48e7f2c61170aa tests/vignettes/adds-to-chain.yaml compare --format html
fcca9bc5faddabe7 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
c8e6cfa4cf1e66dc tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
cc126bb54774288a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
13a710746242a1e7 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
c0114691dc79aaa2 tests/vignettes/adherence-poor.yaml evaluate --format text
e5a9970a4bb0761d tests/vignettes/adherence-poor.yaml evaluate --format text --explain
629422d1040aab81 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
baa46e17719d4364 tests/vignettes/adherence-poor.yaml compare --format text
49cf4f09415c87ae tests/vignettes/adherence-poor.yaml compare --format html
da0f40756d7b3a03 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
7c2a9123ff26245f tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
930566957535c049 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
6be9efa6d9716b6a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
fed9dd1653664cdd tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
beda42e02e7aecd8 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
375d73bfe39b88f3 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
8a7e131ae8a2d5b5 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
03ce5377b892677d tests/vignettes/augmentation-role-bupropion.yaml compare --format html
ea8b9a24b41ecce4 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
c1b949ba0cd66533 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
58b1f44f7e470467 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
ae4df08c9d8761b9 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
6cfa26ec3f72d3fa tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
d2629390d32edf62 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
e79b4b076b28976f tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
2130896023cfb350 tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
d996ec1dc96eacd2 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
c7284ec3c643eb19 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
9a504ee6bed32747 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
ac76932908b59a28 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
17d1d846d66d04da tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
b2e7a041f1f0d246 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
4d2c4ab92b1686ac tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
810f8b3d3acb98a3 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a00a827bbc8dac25 tests/vignettes/augmentation-role-lithium.yaml compare --format text
7a73060b24b747b2 tests/vignettes/augmentation-role-lithium.yaml compare --format html
03a787290a127e49 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
7469fb2bf724e25c tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
75b60d35584466aa tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
76dff7fd49478c08 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
12e93e02de792189 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
feff9a6ed5891901 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
0dd0e2fc6aec888d tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
259e5268dee91433 tests/vignettes/augmentation-role-stated.yaml compare --format text
4579d83d4c97bc69 tests/vignettes/augmentation-role-stated.yaml compare --format html
ab7dcbed8fdcc000 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
a1c8b274bdfd06f8 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
220b99b3480249f9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
82a40a010f8152b5 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
911773cb8f0c0dc4 tests/vignettes/baseline-window-edge.yaml evaluate --format text
ba972601cb56095d tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
31b35ec6db78701c tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
a6571d16c55dae1e tests/vignettes/baseline-window-edge.yaml compare --format text
c12475be7982e97a tests/vignettes/baseline-window-edge.yaml compare --format html
d39fe67bec4ebe2c tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
bab585b65759f03e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
5f1ad5f36033417f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
0735fe406f728be0 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
5804e35eece2ac24 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
9ba35c1159ba3e63 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
f407e60e15614d38 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
fe0087419abe27e7 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
a06dd366e63553be tests/vignettes/canmat-below-therapeutic.yaml compare --format html
045290498bdac5d4 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
0541e8bfad23e318 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
c12767e88f1a8be6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
54acac36f08d8f9a tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
5be6b1285a56dc37 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
76538d36b9e4e697 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
927e5b30ab2d8689 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
ff0d9205b78f7164 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
a9d38dcd8d0f0152 tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
434d0097879232b7 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
34dcc929900c5ec5 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b218a2dc3343868d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
a3dd5c925e469ee0 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
721461016afe2883 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
da0c0fc57e2b5b5b tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
49b1eec5353164ea tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
e28e9f105a238f87 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
ecdf6a74d3c38520 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
a3a31e2e59871777 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
8c3d7df7526975af tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2d685fb09f8dd91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
cf678024394c4d83 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
8a4044517096b95b tests/vignettes/canmat-early-improvement.yaml evaluate --format text
db23d3abcb056b76 tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
38794d7f30e79a02 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
bc50e828eecac215 tests/vignettes/canmat-early-improvement.yaml compare --format text
c1df921f91efe2b8 tests/vignettes/canmat-early-improvement.yaml compare --format html
bfd9066d1896af14 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
d8eb5920fa6a34aa tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
fde8f17ec7efb42f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
c939e002bf955634 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
0be1a261064deb43 tests/vignettes/canmat-initial-mild.yaml evaluate --format text
bc33ef75b37ea192 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
9fde824dc0e3b128 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
02c26ceed1ceca9a tests/vignettes/canmat-initial-mild.yaml compare --format html
91fd6106945ea16f tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
205fd8f94d268546 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
62a63532d50ef18a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
09ddb974e49ff184 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
ce1e8ccbf49b9dbe tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
c8bdbb5c3cecf0a0 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
ec8f39b54d1f0529 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
bc7adf1e2837ecbe tests/vignettes/canmat-initial-moderate.yaml compare --format html
c5c7f4a4bd67da3b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
fa344fb2309f4756 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
26c45367c3db8583 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
33d7c031330fee65 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
a2dc0ee10b984b87 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
7e0ba0f4e9215307 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
d8987f602d9a4edd tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
72e3d927cca6e6d5 tests/vignettes/canmat-initial-psychotic.yaml compare --format html
47c9a3778156beb5 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
1ca7d8cfe99798cd tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e8be2a97a4616ba1 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
6ce15cea2b6192e4 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
cf89b777832e5429 tests/vignettes/canmat-initial-severe.yaml evaluate --format text
4dba71d1f4997436 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
a97d44834a46c0fd tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
1d8b2a08d873fabc tests/vignettes/canmat-initial-severe.yaml compare --format html
7a7abc1a356af21f tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
f793d573a9b7d838 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
8c9c89f76298330d tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
f633f4f9b3c893ed tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
0230af2172236877 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
3ae157e42edb78bc tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
5055fb205b94e862 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
5fe316cd7f61e935 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
33e98f3489eef7ed tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
0a658994357f1774 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
c74654f8787df405 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
097a83c82daf6c77 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
b08c867a8b7dc7c6 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
22d930c8308ceddb tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
175e5eaf1fbd8686 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
d47153d5bf2d9567 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
d6d5d8e2678af301 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
ceb0683748d90170 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
f99f47c7a2d8ab3e tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
af59edf912584a09 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
17413687293416b8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
87d0a1b8407a9622 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
143b65db6a46aecf tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
e5a167e762c3f0fd tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
74f6aaafbe627813 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
796ba721a03e15be tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
807681dd458f3efe tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
7b7db0993fe16be8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
b35e279ad13bf0f1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
52546391e595b809 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
0ca866f98e8ea1f8 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
7a9dea7e45277f3b tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
fc7b185f1b50c1dc tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
550f556200f1d919 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
9697d1ee4d2bae3e tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
4e8279cd1e5764cf tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
55e0d78c83763edf tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8adf9e11828a77aa tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
8628403dce94056e tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
40e0d92d24218215 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
80943e1b29508dab tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
e59b0111cc879edb tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
fabc3916fb9b3d38 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
0b371717bb7d1bfc tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
9461a1ee44ad3288 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
56db771b966df60b tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
677b9bd47b6bab59 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
d92838b0eafda120 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
7b447a4f59fd6e36 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
a5a509a9fc38dfe4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
48094d82d824e3c1 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
f008ab8c70a69e14 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
ca30001cc8ffd7bc tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
b0f80c692a308fd8 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
1ebf4e8f981f1933 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
9eb91eeb30764b13 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
d54292921acf095c tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
9085761084288453 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
523f3254e90eae8a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
032ba288b0f17cd4 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
292b612c3e5c6d4b tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
ac4a16cf172d8d6e tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
a46070152539a5d3 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
f19663a04f3a2485 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e3dc520c37b7b6c9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
c5d7385f16ef3e1d tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
ccc3dd5c8ef95919 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
48cd284c353522e0 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
c3aff106cb6d4e6c tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
4440f0aeec321ba2 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
5ad1bf8571cfa55c tests/vignettes/canmat-partial-tolerated.yaml compare --format html
21b69c31360f043a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
aa3fddedce806a91 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
a06d29cac71a72e3 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
677564da1df340cd tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
31e14bd53358d6a1 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
54925d911c9d395a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
8a2992cca355edfe tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3df8b7b1550179f5 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
c4bc7e66925dd765 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
d1917bb4512c43ca tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
184ee85f81a0e328 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
84c4dd5e71d4fe64 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
28c852b264a57597 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
3d239e3a2d1f3b9c tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
cb5dd01fff14a6e3 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
8caea7ea2d2e332a tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
36b446fd007e86d5 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
30d15f9e74821ec2 tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
8bab57f6f2c62256 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
001a078f21c5d59d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
04ffc02de6860126 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
ce7a8373f750c407 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
bcee1955f3c58ff0 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
03e1a7c4f5608b2c tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
e81e114232a5085c tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
76091082d63bf408 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
f66b48d5e85ef482 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
51f1c736aabdb894 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
8f81d68fa4f0460b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5a05a73c84494fc8 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
c8d5c6a57fe5d95d tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
29f1fc055732e5b9 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
42e25450c3202fd0 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
67c0224e2ed25c8f tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
7ae5c8b2803e90ed tests/vignettes/canmat-remission-recurrent.yaml compare --format text
0b7b085a900dc96c tests/vignettes/canmat-remission-recurrent.yaml compare --format html
ff5146caeb967019 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
564e3b9c235f4bd7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
897f21238e7804a2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
3c9cf2893bd54d82 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
2401973b28b2f728 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
bc5a6f44c572b8d4 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
08df7dacb6c1e01d tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
a4cd93ca295789cb tests/vignettes/canmat-response-without-remission.yaml compare --format text
8231b2095898a8b4 tests/vignettes/canmat-response-without-remission.yaml compare --format html
eda605aaf8111604 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
2be897c73224ac9e tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
357f94a2944d6273 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
8174d84956930adf tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
6dd1f1f8b2809c52 tests/vignettes/canmat-second-trial.yaml evaluate --format text
2958ded8a7c4663b tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
abcd4cfcc83257bf tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
4b4fb9f9f017504f tests/vignettes/canmat-second-trial.yaml compare --format text
d85e0a671a277a97 tests/vignettes/canmat-second-trial.yaml compare --format html
aaf7219d3c688bb1 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
905b55db1925085c tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
f553f138b701c615 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
c9c0c3709d6dd0c2 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
b2cc5b9b6432783e tests/vignettes/canmat-set-override-default.yaml evaluate --format text
ceb44690dc1397d0 tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
bd1b0661caca85f6 tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
b3a42c2557543799 tests/vignettes/canmat-set-override-default.yaml compare --format text
0c857a94bbf9dddc tests/vignettes/canmat-set-override-default.yaml compare --format html
b1156e11b366e452 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a2e295476cbf7e8f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
6c97857ce2332eb4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
797275197d83428b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
5c392fb065d5fe4d tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
978c7a52eef22576 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
a2044df079d5274b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
543dc9472b17e4a7 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
f63d2dd195d60148 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
8afc5486670220a6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2a6619f88f018616 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
938a406d2a359189 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
3a46c829bce4bd93 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
14075b23ff1a1602 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
548bb4b06fc3ba55 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
f41a0707d1518d08 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
bdf41c4950cb049c tests/vignettes/canmat-set-override-week-3.yaml compare --format text
734c9b251698a27c tests/vignettes/canmat-set-override-week-3.yaml compare --format html
57977981b682349b tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e9ae8a6550523216 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
d2a29cbef1d8507f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
7c43962feb44196f tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
40fed9657a65ca33 tests/vignettes/canmat-set-override.yaml evaluate --format text
aa062bdb65f6ef38 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
b64c2a0925db8412 tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
98dacc492a96eafc tests/vignettes/canmat-set-override.yaml compare --format text
a13e7fd8ab6eb8c4 tests/vignettes/canmat-set-override.yaml compare --format html
b9965c1678c524c8 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
86f84817ebb7a493 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
299aa8271cfd4f6d tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
c09dbbf6dfc394d8 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
4ba3f90b46f63dee tests/vignettes/canmat-too-early.yaml evaluate --format text
797ca7e05cd79c71 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
3f9f1c0b543d0063 tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
5e0a0999cb6ff20e tests/vignettes/canmat-too-early.yaml compare --format text
5152fc60ddcfcb56 tests/vignettes/canmat-too-early.yaml compare --format html
ada875c0e796e86e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0b80ee889140f7bf tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
a438edcb7c86d63b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
c17375ecb7850dea tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
1237e430857a5b37 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
e756b8385290f63e tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
3d152a646ccd2573 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
7d20d3638d1e7030 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
28434639928dedcb tests/vignettes/canmat-trd-without-scores.yaml compare --format html
88955f8415b0c96d tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
41c689574405d971 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
469611102c7d8bb3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
8eb353c847655b58 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
183eceedd363a47d tests/vignettes/canmat-trd.yaml evaluate --format text
3a8ae011d78445f5 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
11ceaa97bd34b989 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
a074ef79e2f12f94 tests/vignettes/canmat-trd.yaml compare --format text
af177d5d614da9cc tests/vignettes/canmat-trd.yaml compare --format html
c69981294d43b069 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
4a5ecca098cc73cd tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08202ddf4829ff1b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
0a7cef7bae192012 tests/vignettes/contract-example.yaml evaluate --format json --explain
3bf5d54fae0645c0 tests/vignettes/contract-example.yaml evaluate --format text
6c979cfeddfa220f tests/vignettes/contract-example.yaml evaluate --format text --explain
bb6d07f67d9fe3e8 tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
aae8bd647f28edc8 tests/vignettes/contract-example.yaml compare --format text
56559e7e6392aa88 tests/vignettes/contract-example.yaml compare --format html
b17d58cd234da620 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
9e94e9d27ba22b58 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
e6c47d12e608f06a tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
c8c5cecc937ecccf tests/vignettes/custom-definition.yaml evaluate --format json --explain
b0619de971e2f143 tests/vignettes/custom-definition.yaml evaluate --format text
8f0868baa567c3b3 tests/vignettes/custom-definition.yaml evaluate --format text --explain
b7aa7106d36eb286 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
e0f0f1c175dcc787 tests/vignettes/custom-definition.yaml compare --format text
54a0254c1a7022c0 tests/vignettes/custom-definition.yaml compare --format html
521cc9e0b2596fae tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
5254ff6d9fcf3f44 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
c4ffb9d105c41343 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
fe777a96ee4a72b3 tests/vignettes/custom-staging.yaml evaluate --format json --explain
0971aa534c066e90 tests/vignettes/custom-staging.yaml evaluate --format text
d09599cc6b6bc236 tests/vignettes/custom-staging.yaml evaluate --format text --explain
427a04fe9e572de8 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
02d60ab76d71b912 tests/vignettes/custom-staging.yaml compare --format text
683855d2b90a4273 tests/vignettes/custom-staging.yaml compare --format html
6c88544c9e665b73 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
b920c0012283467e tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
21a6d9e58fc1c97a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
e586d9ae4e220d06 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
903e7ace71132744 tests/vignettes/different-class-failures.yaml evaluate --format text
e97e3edd34139a44 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
53bd0d7048e68cf4 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
4f65c972386f7cbb tests/vignettes/different-class-failures.yaml compare --format text
8e67a11b2deef157 tests/vignettes/different-class-failures.yaml compare --format html
530665b8f79d5cdc tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
7f93679ab028a579 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
cf62e8b1ff1d15b3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
30bc5c63a5e2dd62 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
ea353e6ab5db5ebc tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
e30a9c5bbe48be30 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
ecd8a1672ac083d4 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
d596a04662e29a54 tests/vignettes/inefficacy-without-scores.yaml compare --format text
89a080ff5ed8d5a2 tests/vignettes/inefficacy-without-scores.yaml compare --format html
074a85f53ba91e7b tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
9e726b3e3708ae96 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
9b281b39ad06c702 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
3366a8df119c7a76 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
b2cd9536bd8974ed tests/vignettes/intolerance-week-2.yaml evaluate --format text
852c4b3dd32c2eca tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
d6f6b4d115e1eaec tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
e7ec1350b9c973db tests/vignettes/intolerance-week-2.yaml compare --format text
e6c7e06d91a09d83 tests/vignettes/intolerance-week-2.yaml compare --format html
504d6a16d6dfedd3 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
a79699796ad85d08 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
b05e5adbdb71b252 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
8dc79e68d1b6746d tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
8dfd4deb53fb212b tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
20d79e73d2ac85a1 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
c34c6c70ee137996 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
e82963d3e37aaa41 tests/vignettes/iso-vs-relative-days.yaml compare --format text
552afd18f4747fb5 tests/vignettes/iso-vs-relative-days.yaml compare --format html
f725b7e89fd61165 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
447fbc748369072f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a7601f07b855f825 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
64652c13a576706d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
61f129f5786c750c tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
113f3e77a7f12903 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
4d908aac3fd8e19c tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
48f014d88eab5edc tests/vignettes/iso-vs-relative-iso.yaml compare --format text
6edd4c695da33d44 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
da43bc4bb83d8961 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
c65d5fe5a065610c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
00bd80a00ae2adb7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
562a872489a898e9 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
a36a01d62ebec3d4 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
ea264e2278970587 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
3991f9fc430b161f tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
c2dae06a826db587 tests/vignettes/ketamine-per-kg.yaml compare --format text
beb78c8b45035bc7 tests/vignettes/ketamine-per-kg.yaml compare --format html
3031cc4ff8377f19 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
45c19015f25b5029 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
be1c5488ddb1006f tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
e9846a2830afafac tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
de407c56a01f577d tests/vignettes/mgh-s-full.yaml evaluate --format text
7fecf83a104613cd tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
2e839846a40f3931 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
5cc1e468f1ee4517 tests/vignettes/mgh-s-full.yaml compare --format text
ccb550fbbc41120c tests/vignettes/mgh-s-full.yaml compare --format html
4c8dbc15b1140356 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
50a9e66afe3db2e8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
94b70a52ee9a37a8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
4797d7b448e8f69c tests/vignettes/missing-baseline.yaml evaluate --format json --explain
a8dc4855f5d57f3c tests/vignettes/missing-baseline.yaml evaluate --format text
40ceda8d4c98fc34 tests/vignettes/missing-baseline.yaml evaluate --format text --explain
d81ac6db9d2c85bb tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
9243f0b6ef979712 tests/vignettes/missing-baseline.yaml compare --format text
2adb9fad7ee003d8 tests/vignettes/missing-baseline.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
eb16b32a4c6ef5ee tests/vignettes/msm-duration-12-months.yaml evaluate --format text
4eae99151278d37e tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
521fa0471a831482 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-12-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-12-months.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
eb16b32a4c6ef5ee tests/vignettes/msm-duration-13-months.yaml evaluate --format text
4eae99151278d37e tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
521fa0471a831482 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-13-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-13-months.yaml compare --format html
87188a1b83ed97c9 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
6922b35616f465c3 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
eb16b32a4c6ef5ee tests/vignettes/msm-duration-24-months.yaml evaluate --format text
4eae99151278d37e tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
521fa0471a831482 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-24-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-24-months.yaml compare --format html
eed6b4d4d7da822f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
38d3854cf30e01a0 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
9db78c518f4bb377 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
f24e6a64db4a6db8 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
eb16b32a4c6ef5ee tests/vignettes/msm-duration-25-months.yaml evaluate --format text
4eae99151278d37e tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
521fa0471a831482 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-25-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-25-months.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-10.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-10.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-10.yaml compare --format html
8824f61023650f95 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
b58df9c110b4b28f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
78979314fb0462f5 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
04b5b293ccf02f32 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-11.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-11.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-11.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-2.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-2.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-2.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-3.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-3.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-3.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-4.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-4.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-4.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-5.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-5.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-5.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-6.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-6.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-6.yaml compare --format html
5ce69306a887a811 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
8a2b2f5c66037511 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
3d825802e551f16d tests/vignettes/msm-failures-7.yaml evaluate --format text
37738e3e3346753f tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
15f9981a3d5f4afa tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-7.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-7.yaml compare --format html
bdd3043880790819 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
57a98f591d5dc800 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
5e1c81adc652acbe tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
41e44321fd8547e2 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
db5aab0e41e94fb9 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
452304c440108132 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
080c2fb9103c2eeb tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
4ec02ca0c02536cc tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
a5c57a1636a6b80e tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
1031acfbd8b76287 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
97ce5117266a860a tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
3f61d322e6449933 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
81bf7d37dedc8dd9 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
3deaf693a5def8b7 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
43c827aa1c425762 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
fb0e0ecf16094b97 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
bacb4eeb4f9631af tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
6832ab6134c0c5b1 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
7c98c67eb04983b7 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
f4d29d9cbc264b7f tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
59ee2b8043860392 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
13538a9a12d90b55 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
552166434a8bbc9b tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
ad03ded07cbf29a3 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
808b7278502d072c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
426b05ec9b07427f tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
bd18119383945266 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
0725f70270072fbc tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
4eed7affa6b4c48e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
a3c1d587d33c4a85 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
9d9c52a864aa9f40 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
96f044a10e147007 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
79a735397fab0e96 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
ce6047f471a19234 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
ebece60880772a52 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
828471d49183a7c8 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
36ab914b771d9a3f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
797a14ec5df5008e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
7f1bb6d44c99c96c tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
2846a5e1893fbb7a tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
779b23b0feda755a tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
fbb53dd94739a404 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
f989ef8044ec7c5f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
849ed62db1588fae tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
f4ae06d312d63d3b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
23b16033cfc1d8b5 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
24caf071f5c00645 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
879b47bb7b09e377 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
b6ca2e596496a5cd tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
bb420f92694bf901 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
a97864125820de77 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
d6ac8910abb10fc9 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
6993168b084f6622 tests/vignettes/nice-early-review-age-22.yaml compare --format text
50c50ce3ed8e1459 tests/vignettes/nice-early-review-age-22.yaml compare --format html
6593672962ed275a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
24df959da0d6f17a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
1330dd1f195c36b9 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
6a2bb12ef98667e0 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
cb87c6a39ab035af tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
80b097738a1fe230 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
e30be286642f8530 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
aa308697642af376 tests/vignettes/nice-early-review-age-40.yaml compare --format text
41aae2205c232bd6 tests/vignettes/nice-early-review-age-40.yaml compare --format html
c7f677c8db2dd35b tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
62ffa6212d448a90 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
5afb7b45f25b8634 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
1539109c5bdf9613 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
985305356abe8df5 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
a6e2b254212305d2 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
1b31ea33fbcf020f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
90ceff919a3174db tests/vignettes/nice-early-review-no-scores.yaml compare --format text
6a8946a691fbc13b tests/vignettes/nice-early-review-no-scores.yaml compare --format html
9f91d39a5ad5650b tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
4c0f28254c24885e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
85a0f228f4867a95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
fbb765ff00008759 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
c5bf42b783b216c9 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
659e40f28fc3b8b2 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
00deff012b9be5ab tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
3d3dc95424352e49 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
96a5b7caedc073ee tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
b9c9df1c0c26c726 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
02e9cdd0dcade141 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
011c2c43032a5a4a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
8da091536a1a4dbe tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
ab64bc37c5e1901a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
0d15a0418b1c413c tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
125688c8cc2a7165 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
c76f6906c98a06a1 tests/vignettes/nice-first-treatment-mild.yaml compare --format html
612a4b16721ba7c2 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
5af6b933f889c4db tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
f3b8249a386f8a1a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
151ab1a691804a77 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
3b5c395394e50b5a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
ce99159d366ab68d tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
f977b332c35bf3e8 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
9c48f7f7f7a53f6b tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
0cb5b65a7a29e29c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
3e9245a241de5573 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
2c7a097e57197a09 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
0a9508657bb4dd59 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
ced60d52ea72072b tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
3cd5729d7500d21e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
7ec57c8d379590c3 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
01edbd73d9c86604 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
b6d508c96d16d10e tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
501625be2964aab5 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
5b68d7cdf7e40810 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
ee598a9e63f73818 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
8bd03bc084ff162a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
1613f9aff42820fd tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
eddb97c5647709af tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
973645bb1a1d8b0f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
47a0e2edb5843397 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
dfa02030da053401 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
5442ff01e5794cd5 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
89bed25e179ac452 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
36fa6cbe138b65ee tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
8ebd099d58b833d3 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
46014a201490619d tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
649ecb6353d1c75f tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
8f4c09cbea5b4cd8 tests/vignettes/nice-intolerance-stopped.yaml compare --format text
9b02d11b9ad321a4 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
db8fad3be46f724e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
eb8d9fbb1d42000a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
885745dabd2f8a52 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
86aa6142ec999f3e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
020386aae0634a8d tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
6c8ca820b55e5142 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
2d369dc2a436b062 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
dbc69ea1f16598fa tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
b384bf6448abbe91 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
7f70f1003068749f tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
6015f55022620718 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
840a6ef3352cc858 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
727b960dbeda1f87 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
bb445e2a47b2db65 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
6ef0c7ad0f4f4a44 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
a13d230bad8868b6 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
7306996bde2de118 tests/vignettes/nice-no-response-week-4.yaml compare --format text
e380dd54a53c6b5d tests/vignettes/nice-no-response-week-4.yaml compare --format html
dc935314ed61e04e tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
c8884bff6b39e313 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
c9bef36f7d1006c4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
0ca0a466ec6d7332 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
60fcbae27bd74289 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
ac1edde518044b0c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
0be3ba6cdf1fb784 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
fa8eed9a4f8a07ba tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
d08510684dea0f8f tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
99fbe02d74ddccd8 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
1225ddb1282eeaae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
23b57fcd8b04e550 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
20a98a6ebe9a3ba9 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
1e97efdb2ace7e9c tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
cc859768b3b74a1c tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
a9e3d59679e2aa68 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
a95b34a3f0bfbaa2 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
55b85bb286d738fd tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
429eb7620480847d tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
4d5f9dbd0eb6f27e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
7d9bd889c60cfa2c tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
edde0d68cf86045e tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
8a436bcfacddffc7 tests/vignettes/nice-partial-response.yaml evaluate --format text
29d84d2b6427757d tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
5556bb56a72f12ca tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
6cd16e0f3318be00 tests/vignettes/nice-partial-response.yaml compare --format text
c33bc77e2bed48c7 tests/vignettes/nice-partial-response.yaml compare --format html
4181e33cded29369 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0d8cc52bd04c2a23 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
ab309d42f2f82f0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
f6f0387aae76a144 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
c7e5d1578b294ecc tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
58d2149910afa783 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
f29664196116a4e3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
6ad1b137a99fb069 tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
334f804314c4c4bc tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
8ff633ebffae230e tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
9504a5940726f0b4 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
a05fbdda907d9ff9 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
4d0c6287afb5906f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
3c8ed103bdb9a499 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
10b43dc27e95179f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
d2be64b9453d6101 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
ab3222d4138a76b0 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
eb34e673d70ae22d tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
c86f4849734c9c75 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
acc62c73ee061790 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
6c5ba396c3ecc91a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
265d5f9acd350afd tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
b3146a938670d19e tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
828183b3e5f28aeb tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
2db49cf09e0f031b tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
bf82be85f9320f4a tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
784e7576cd7809c2 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
e794b4a08c92083f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d1c2b701458590af tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
f636a4072422b730 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
45fc062e43b5ed16 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
2a5fc6db531d5b34 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
985c60dd884678bf tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
307af7ba05b2d9c7 tests/vignettes/nice-remission-first-episode.yaml compare --format text
f013e6d02deefe45 tests/vignettes/nice-remission-first-episode.yaml compare --format html
ae866b4881c7ee63 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
3b7a032851ce7e91 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3777149164d4d889 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
67631d7225480a50 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
9ba6026eef42423f tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
5d1e1b5819a2f2d9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
da86b8be0bc590a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
57a25fdea0bfbde1 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
2a22a303193b2ae7 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
e5391a20ef294b49 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a7bee895335f5cc3 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
52940f8de9d49b3c tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
a48d0e6638a8ef87 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
d5244206ab431589 tests/vignettes/nice-response-not-remission.yaml evaluate --format text
99f64e98caf799a3 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
1100a6e58abe26cc tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
89c9956e0d7385a4 tests/vignettes/nice-response-not-remission.yaml compare --format text
b4f3414d91c6f1b7 tests/vignettes/nice-response-not-remission.yaml compare --format html
5843539bdb438ced tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
dbfe921134a7dca7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
9171ba729e04e9a7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
6ff725b57469e9e7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
7843b1e99c173675 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
ccfbe2284312aa20 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
9de4f795621f79f3 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
784276ff6a5b9bc8 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
fcecbebc3f2cb590 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
b0152364bc60efe6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
c812094c3e74ad87 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
5205b40ec48e9b70 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
cec88ccba21640fe tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
ce9783f60886f1a7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
4f8973a461d96526 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
b7a4ac6f43dfe93a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
3f0e2cf0edf2ab8a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
79ff4fcfc51297d8 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
a8dfbc7b5fad71e2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
14ad5bc8c372739a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
60036901d374b73c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
a0b440ad4aa10822 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
b5ea1fb8df37b9ba tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
742665cadbe024a7 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
d25d3f81e2c5cf5d tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
f04d067af3b3d423 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
1bd5a9621c218cf0 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
9b4fdf8afdd82486 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
63c8389ba7e864af tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
88081a74fb712044 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
ee204858332315e0 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
95762aa5fd678f21 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
64fee85645444529 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
5de28225db1f1b5e tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
5c224d6a723b92a6 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
a0d03eea93f4f78c tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
38d3dfb5d6121e8c tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
292bb5cda5f028f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
9997311af54c9e90 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
bdd98e25587d6c89 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
c11f3413d076e560 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
a1d41c19508ac602 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
6fc6d9b350640400 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
a6a159b69a540502 tests/vignettes/nice-two-failed-trials.yaml compare --format text
98d5e9241b09b7c8 tests/vignettes/nice-two-failed-trials.yaml compare --format html
3d4bd595d1f5c3d5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8a72f62e5ebbc09e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a433ae8c6d9e43a5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
698c0bb9c3fc4eba tests/vignettes/nice-under-18.yaml evaluate --format json --explain
4e7eca5483df9948 tests/vignettes/nice-under-18.yaml evaluate --format text
d669120b4a5dddcb tests/vignettes/nice-under-18.yaml evaluate --format text --explain
74a504a4c2310920 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
9ac6ee1674027eb0 tests/vignettes/nice-under-18.yaml compare --format text
8b60d634ddafd6c4 tests/vignettes/nice-under-18.yaml compare --format html
64c3729ab86279c1 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
dd31918aed56a888 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
109b5e3936c53a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
185742657ebb439f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
b483446edfb2bfe5 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
205811b8002ab6f6 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
c3af50f148b04ad5 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
91bea4f3e4179ead tests/vignettes/nice-vortioxetine-first.yaml compare --format text
d93261a00b4301a1 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
46e024cc0ae5e4e6 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
921bebb5c4562a57 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
2b794a10ff5095ce tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
a875fc3520442e2b tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
0ecf69b7b759c413 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
58d153cf36256099 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
70fadbf959065d4d tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
c274e4b5f9f5ec77 tests/vignettes/ongoing-trial-week-3.yaml compare --format html
66453abb01b9b7b9 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
b74ca8291ac30633 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f89a9e57cc0d5748 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
6f646c9f8ebae4eb tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
0ecf69b7b759c413 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
58d153cf36256099 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
70fadbf959065d4d tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
c274e4b5f9f5ec77 tests/vignettes/ongoing-trial-week-8.yaml compare --format html
48494f84159c34ad tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
6765038cd9ef8780 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
fdb7c06379907f04 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
caef8d0194d26799 tests/vignettes/partial-responder.yaml evaluate --format json --explain
60fd159b121df61d tests/vignettes/partial-responder.yaml evaluate --format text
25565f26ea4b551b tests/vignettes/partial-responder.yaml evaluate --format text --explain
ce5a4392f097bc2f tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
8c07c35fa87ab725 tests/vignettes/partial-responder.yaml compare --format text
9d9576ecacae4362 tests/vignettes/partial-responder.yaml compare --format html
e10c41a2401a3680 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
120d593e6268358e tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
056a2342034d5984 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
d728b8975120bcf4 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
b7dbdc0556849bdf tests/vignettes/previous-episode-trial.yaml evaluate --format text
053ee93eeb3c55fb tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
0dfb613f38f928ef tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
cada354a2a027192 tests/vignettes/previous-episode-trial.yaml compare --format text
8a954d235d66ede0 tests/vignettes/previous-episode-trial.yaml compare --format html
add5b41c855768a2 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
29e160196f500855 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
f574a8bd59c05c7b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
9d67dfb7825ed0fc tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
f805e6d6881de506 tests/vignettes/remission-below-50-percent.yaml evaluate --format text
7c35cc2047006dbc tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
91349681a9731e91 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
d70a43c175860c20 tests/vignettes/remission-below-50-percent.yaml compare --format text
34a02e72c1d8c590 tests/vignettes/remission-below-50-percent.yaml compare --format html
daf858e0d0f7a93f tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
3683e90cc75048a5 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
68111eb97fa16812 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
792d859762707063 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
f0ea9597e6cdd8ef tests/vignettes/safety-age-unknown.yaml evaluate --format text
ce23101da531376f tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
41c9b3799ee079d8 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
03fdd6e60eeec79c tests/vignettes/safety-age-unknown.yaml compare --format text
21f44936eebf7e46 tests/vignettes/safety-age-unknown.yaml compare --format html
5baf522c4ff36335 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
ccd6738d44cc3b77 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
9f0e57e61bb89374 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
32bb4e24289a27fe tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
0c45d331f6142982 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
48c17a1140ee2e97 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
9fff32b3492758d7 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
18b34d030dc6fe2a tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
5cd7265206e5531b tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
1a14ac04baeb9346 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
f5e9cf110820561b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
b4bc457b5235eeb4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
9cacb52cc8e07168 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
eb5d5e4491e12721 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
d112ed474c750ec5 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
6276eed0841ff37c tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
c6125c9a242f5233 tests/vignettes/safety-catatonia-ect.yaml compare --format html
386a8ab578a83ea2 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
52c322a800bee2f0 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
a10af262f74db2a5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
8ab9b80030b181a3 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
09f9728ceb582f1c tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
c73b05a2fed2d53e tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
f3c80e0780c6c762 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
3c1eaa71f5eada60 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
d0bca7eb3d3fca55 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
de67e46d1197cc1a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ddef3780df670f3d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
bba423f66bbc77ef tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
aea0258fbb87a2ae tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
c56fcd0a98a90a97 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
183eaf8823672324 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
5771224bb1a78702 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
9b4f1228bd719a23 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
ac6b7a0034185286 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
56ffae69144b1a31 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
7a8660741fb309a2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
d95e24748d1c809a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
877190c9b495004a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
dc2872f755b64d9b tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
b7179637791c551d tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
8fefa046fafd119c tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
858650bcbc897684 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
79c526f1e545027f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
c4ab2bcd5f97800b tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
a7684b71a85b744c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
934c0a51f1b1be57 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
3ee56c9201a4da09 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
d12055939546e535 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
9ea5a7f04d6b1362 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
b8a726419c8f0338 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
0a5d7900524f0d75 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
53172377453b0e1f tests/vignettes/safety-citalopram-60mg.yaml compare --format html
087807eb05ce4e56 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
87724c53cad3ab0e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
cd53178ab9e85fd4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
b8adefc57295d43e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
feb0fa40e7809cf8 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
0d5ba40594142a70 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
c50845544c10e244 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
39e8b5400eb7f566 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
119e0968c3af9ed0 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
3612df84bcaf6b5b tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
fe4ff580bb253e7f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
2959e913e641a563 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
d452c7ba7dd6e726 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
fc6fef3cd65b9832 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
9612012920ae73fa tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
90f136137562d9b3 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
e66a972a33599185 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
c06e5040bded8fb1 tests/vignettes/safety-citalopram-age-65.yaml compare --format html
dc7a01d91c81fdaa tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
2640a77ad259d988 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
facef5e30a5ac612 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
b9d294236653698c tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
e65f7242674f2bb9 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
07b34d428fe1b359 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
922ebf006ad36c39 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
cd5bd3ec6071c946 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
aa1b41a509898565 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
09feda71d976d007 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
988d42a367e459d5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
cadb6f21bf077428 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
6964003ed42a2cc0 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
3b9fc5db1b843cd5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
64ab4ee0657abd32 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
bf9abf272286c580 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
035bf75b81105e1f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
cea9c49308d91d10 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
12dc4df233bf148e tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
369f88fe15368d48 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
d7eedf224798e3b2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
53d93a84a0f6f754 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
160dd36e1db3490b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
75373ae41441d39b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
c6719dffdf250286 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
6fabe4dd81227809 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
75d76439653323eb tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
08a3da47a9919241 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d8940ea45674454d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
6d24eca22c7173d8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
bb4808bd367e5e19 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
17832172be0224ce tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
54b130c9801695f9 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
a87684ef92d96178 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
91e619c2a6491c63 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
2762b82642670573 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
550c7c405bcbfd05 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
56b7c2838fe65ac3 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
5b5452cdbdb1e68f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
bc1bac6cf44c40a6 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
67a7fcf6c1e5327e tests/vignettes/safety-dose-above-max.yaml evaluate --format text
a0125f10cc253fb5 tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
a5346a0a4e8a7694 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
307867e070fa7535 tests/vignettes/safety-dose-above-max.yaml compare --format text
560f37c2159157c9 tests/vignettes/safety-dose-above-max.yaml compare --format html
61674ac9c7f5e20b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0f8883304fb16e81 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
f8d231dfb141999c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
15f66d15a814c774 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
3853a94e59c38183 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
63bf4fe27d784737 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
926b4f667ebc4d4e tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
bac9a9a5a5d3b6e5 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
46836f929fc85d4b tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
6ae886f63b8874d5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
88ce2f39a2892dc7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
61e443d0aa3153e5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
9b2d6ee66a11dfde tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
13efa663b82c4440 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
a38f22c172416d77 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
25efd3e633f79ff4 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
e6d00fcf007ced67 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
2b9d6b967dcb96df tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
437d029b4efad798 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
c97fb79bb5f37baa tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
5bff859472d5db5a tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
607f6842981e2a09 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
4c9f8f806f37ecfe tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
2c86ec1db1e35ac2 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
6ba50b74ac1cf824 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
a655da751626ee58 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
7aeeef6c33422200 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
1a2a4b9f8964703d tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
dc8522ea68bcfc6c tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
10ad7ba4c6462487 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
fb25962884221de8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
6eb49d91d349b21f tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
294ce393e448d6d8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
8300dac4087de8c9 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
9ea33066a25db151 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
f17b208446cfee2c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
a7fcda133b8fa793 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
0e5e5d1bdd9108d4 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
5c5b910142db314d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
8797fcd912e89814 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
5099e4f67eae0922 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
194c6bb4a52c772f tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
bd4691b69c6e52d6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
d3596d13a0e638d2 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
2308a891488913d4 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
1390a0be71b428bc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
1051ebc92ad69579 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
697c77bc943af904 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
af0e206f095ad8db tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
d38b6d1a306f91bb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
ecce9a2fcec062a3 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
9771047407d035d7 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
26da77c36868e897 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
1771b4d976c92ace tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
480ccd6d131c0cd7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
1e30d7dbada98866 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
4bda74c979871768 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
cf8d6dc47a44c0df tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
8b7e6766965d65a9 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
5ffa0df31e7eb0a4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
c09f5a3d22ba0e39 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
3ef9a5156a25316c tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
777f059fc7f847e8 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
367a6f2ce96eaa16 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
af33e95cd5380b04 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
1e0cb164c2d05b5d tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
c51b7644a3d66874 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
473502e7fd29dd6b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
f4bd2f4140160c1c tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
17a8e27d37ef58c2 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
bcd5d59c6dbcf351 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
bbdee89bf8d41c95 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
6bf9ea2dc1baeee5 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
e771e601b2e9139f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
f92a624d73f19667 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
72e293fa02d1e15f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
775bd81af858d45e tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
af12788de7c4eeb7 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
68339fe5a4bcb7d7 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
736359bb09ac0433 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
5d6fdda34f3c3f27 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
e003d3062344c1dd tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
e2c48e7f80ebfeff tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
52168e18573205f2 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
a9fad7c3d2508452 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
0998967367630265 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
66b1f1d6cf69f644 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
d37061cd79e9046c tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
e18e1878ad90afb0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
c44b36702fe5aee0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
7b7213c8d8766195 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
9970e074bcd6d678 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
cc352f1cdcd09b0d tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
9c5d1e60471215cf tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
4621b170f13effb8 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
88625b96a82edca4 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
fa563ebd4ebf59e3 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
3ecbecf0225ede32 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
6ece88e80c75bc9c tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
d1f79e1420f81257 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
55bffbb8980a84ca tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
f1536bdffb698f01 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
dcd769e99d85772e tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
e11a85f02441492f tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
4e061358991b9f87 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
75c70f0198f73ddc tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
99603373066d419f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
b8c62fa35e585771 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
da7909cbd804cb0f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
62caf7dc65343fa7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
2371a7cbc1087c2d tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
3fe6f7734c5a10ef tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
f02884f85415c3a0 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
b5ad4504864a4dc7 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
4a9ccd99834ff4f7 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e3049de179223cf9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
e0f91ef3306e4eb9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
9d65ad6b4411851b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
2cfee560e035876e tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
b27e7e1508a7f7fe tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
5688832d096eb068 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
9e3ab81371b52491 tests/vignettes/safety-second-antipsychotic.yaml compare --format text
13488ccca02d9166 tests/vignettes/safety-second-antipsychotic.yaml compare --format html
597031822dddc8cb tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a70ee4e3e70410cd tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
49fd332530d19753 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
0853b66ee9e004ed tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
a873656a6b370771 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
889bbbe0d1db34fa tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
bc27a7aa34ebf10e tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
5275acfebe9ba497 tests/vignettes/safety-serotonergic-combination.yaml compare --format text
ca84c4e6f3738ebe tests/vignettes/safety-serotonergic-combination.yaml compare --format html
0304e6a4ac5675c3 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
211df879a9424a7b tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
34f81319e89df4cb tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
5d37d3fb87087604 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
0ce9041d773a85f9 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
87c6b604efce1b11 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
b3eab403c2d5fad4 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
dba5bdebae2c501e tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
ed681347ced69c97 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
40ad2cfb75a16530 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
24a67d46af73bf63 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
01506a818d08741a tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
99d0322352a26e97 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
d699678f6e6b0906 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
abb613b2ccb56e09 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
6ee5bcbedf20d390 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
eb8fdc05aa5778fe tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
d90f3a4f4f3bcbd1 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
528c434a2b7cee25 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
dccd6818e2f34c2f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
146d1f551a03a32f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
573868675f0e1a7d tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
2ddb1d5bc19e3761 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
47ea6c1f5314d8f9 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
468f3c7d65d14b0e tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
95a2606cb470a3ee tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
dec789fd4c2bb3a9 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5f285727fa058c64 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a2986bee10781994 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
58fae3fd7f4f4cd8 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
5fe55203f9013290 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
4c1b2709958b2e88 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
60c7ad06c5920abc tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
e8b89c8c04fcc465 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
6f004e798f9bc18f tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
85d9ac36c9304719 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
08d002e96efe380e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
7805f0714dd89aee tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
45a39761ac9becfc tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
c59f88b1f5d83463 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
5b631850798f34d5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
c02436cd63b18df7 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
74fcbcd7d6293923 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
f2419f18869610e7 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
14b4f67fabafe5b4 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
e3cd2cdc9e40c0f0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
bd9ae9a9ba91c33d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
3f60c2f4b5d625d6 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
da7a98ebe9da4aa0 tests/vignettes/safety-washout-respected.yaml evaluate --format text
825136896ad0ff4f tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
20c27727142fe7cc tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
9d06bcdd52f19866 tests/vignettes/safety-washout-respected.yaml compare --format text
e15bfa9b51668837 tests/vignettes/safety-washout-respected.yaml compare --format html
5c0dc5cf2526551b tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
97b156e12c28c4a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
c5f5c6b8d5d1103f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
330c72a76756b2bd tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
99ece9799b5562fe tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
3e0c3e7ba23ef16e tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
27f53403f7568e9f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
5e0c4b9debe738df tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
fb2294d576c64e57 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
56c0fc92a16c3baa tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
ad73a9b5c6ec5c4f tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
57153a25cb937ff1 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
0cef746479d46d88 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
0d1187f5c448ef74 tests/vignettes/same-class-failures.yaml evaluate --format text
0fe6a440d4ceaece tests/vignettes/same-class-failures.yaml evaluate --format text --explain
5953e8337fd126f5 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
6123b580eee4c031 tests/vignettes/same-class-failures.yaml compare --format text
3a9f99380abb4e65 tests/vignettes/same-class-failures.yaml compare --format html
d179339226d60ffa tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
165b6b047b3e7449 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
bd50c3801febae3c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
e7ca5d97a1bd2026 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
4c5328fc4aff7c6a tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
7c6baf455c911d7d tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
367314b7f95bca5c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
5f2bf249e8b7b236 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
51a7b13b7f29ff84 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
f06fad7f646ffd04 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
bf63cafa05ef1161 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
d88a69dee0ab0039 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
af2c35ea5f060a0a tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
12829d97c97e4710 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
20e5c76af7f88480 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
179aad3c7e575c10 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
f8b7ce1557871c57 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
ca0588f443dffbc2 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
08b1ae93db2b8ae6 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
50ad3ecda2388f55 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b3ca88a3c166f182 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
d1149e5d65126169 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
59246433e8b7c58c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
5d3086e8307c1354 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
614071088fa6fa3e tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
5eb02468043c99a9 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
cab5d87b25bbb24e tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
7c3b2430e0e9f8fc tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
234f42561ced72b8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
1ebe56bea08c3dd9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
7336db729eac1acc tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
b6a000594dccd018 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
3dd3ce31dc92aa5b tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
f4ac5f5539ae4efb tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
e029d707217c002a tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
7b18889d67629311 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
de638e35968fe394 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
493f78839eca3e99 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
c8d6aa46b0106390 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
117ddfc786509131 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
f9cefd9009385a21 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
3b15bf4f9b457bb5 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
93abd68dd666bcdd tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
762e8a8d49bf578f tests/vignettes/stard-level-1-exit.yaml compare --format text
f7adb744a9de0cf0 tests/vignettes/stard-level-1-exit.yaml compare --format html
daab3447880642c0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
1b7753b4b0485e89 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
79234271e023f6eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
c66290ebf3a41fb0 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
7e9e2599cc9ae1a4 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
761a0034f201e03f tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
2e1ba31934152ce7 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
c4b3d986f14c6296 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
d5cb63ae335da8c1 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
8260513b06e62a3d tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e9c55ee6220c1b24 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9922b996f3c8f649 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
f1f239dd0aad8ff0 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
7ccd53048bdff685 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
bafb1d0087565167 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
51422d797691bef4 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
891fbd5e130a300c tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
de1114371c549d95 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
bf230ec0ee5d5b49 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
f614550513734af7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
bdd29d8248634f87 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
5004c6b6738513db tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
35da1e0f3c2769ff tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
5cc853cb630ff33d tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
eecc32946e81ccfd tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
5a8ece11a1181aef tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
270270cac74b7b99 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
ab673288aed879c6 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
818b380ae8e7646a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
c8983d38ea322d03 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
69d3e37c55667216 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
e6490a65101e7b4d tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
19b71e472db55a86 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
90fa1de74a4e3e30 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
1bf3cf113d832bbb tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
a3e3fd6ed60b4fc3 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
edc77b66aab4a925 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
756e1127bf1071b6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
dd4bde9bedbccd07 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
feef8dd6c822f644 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
58c62aaa8468a8f6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
8c0a57e01a46ae4f tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
9ff009fad0c29b83 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
618f2438916c1bae tests/vignettes/stard-level-1-troublesome.yaml compare --format text
eee962dfa640012b tests/vignettes/stard-level-1-troublesome.yaml compare --format html
a2e872c35fd70c55 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
ccb31b3bab25d765 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
21e1704333202bd2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
e240b8383e29a840 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
4f94daf8f39ff988 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
d283a473bd3fa065 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
53e2425def599ca2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
7eb1e26e01790e16 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
47a4b5daaf03679f tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
71496e9b30873b30 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
f8ce7ca69d6797dd tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
902c4f4ff90a0252 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
d3660c8a2e749f00 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
f1f00a1b5e6a95e6 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
bea83f9e7156b312 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
c52066f31bd7bd48 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
de94da13c21a74a0 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
a9ac27efefdb5bbb tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
f1b31bcf5df6d873 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ed8a62bd169a8938 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
1fb9b2cb9074a218 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
3897590545fe7f68 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
bcf3a98104ba298c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
fc3c044ee948d443 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
4a5d43ec21c99d47 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
8dd6c96d856ae2b4 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
ecbc960311563920 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
b71f6c30263b814f tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
62b123880bea16b5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
52356e0aaafb4477 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
4b96ec868c737702 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
730d99b12cfb48e0 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
9a5f33c9ea6f6b16 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
fd4effc39617b0aa tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
0caa970fd7f46bd6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
cbfba9c23b847b8c tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
de1a56347c13532f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
15d84d6879f9ffb6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
112330a3c57fa7a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
82f612a382a84225 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
3e89b332fb9d88d9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
9a4425591fc9649a tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
4e96cea798d3cd5f tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
ec871abe24dbb71c tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
436150346ff66c9f tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
e94cd10cad07ec8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
e60f35c08773006e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
588648c05313239a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
140c775cad659b8c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
a4d2d8ef3bb04a57 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
a843c805e310bcde tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
cbd61e1df12ff12d tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
165f4dcbeaf5afb7 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
61e01b5a8bdcebb4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
bf16ae743f6b8b69 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
a7bd6f2421ad38b4 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
22a4bf02e69861b6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
5da16fde63843f3a tests/vignettes/stard-level-2.yaml evaluate --format json --explain
9b9a3666faab4384 tests/vignettes/stard-level-2.yaml evaluate --format text
0a9fba6822a1c6cb tests/vignettes/stard-level-2.yaml evaluate --format text --explain
83e8c6c739b77d36 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
fd95128e6cb9dbba tests/vignettes/stard-level-2.yaml compare --format text
920f2d311bbe06e3 tests/vignettes/stard-level-2.yaml compare --format html
39bfb8860899dd9d tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
13b79e77c720c112 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
bb5bc6d4ccfed72e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
01a209885a8b7402 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
b987f779da75536d tests/vignettes/stard-level-2a.yaml evaluate --format text
6432e7e83f112118 tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
679de795fcf4931f tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
64d3fbd58acc2a2a tests/vignettes/stard-level-2a.yaml compare --format text
76cc66981acf9a69 tests/vignettes/stard-level-2a.yaml compare --format html
500eec7edb50709c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
2c39a97de64f6ccd tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
ad68cbf7109ade93 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
8f09dcba1712602b tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
d3a32dad04ec2fc1 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
560243eb14a52c8a tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
ce20273729c305ee tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
fc4198bdfac3dc76 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
8ead78275b0d4374 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
73cec0a9a735a653 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
81a4f87d7ae9b7b6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
3c5eece69e7c3af4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
850469c1904d042c tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
e44cfc874cd7273e tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
594eda026936754a tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
2d633d8afa3b83eb tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
4339c24a8d57c577 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
062bc6fdd27f6bf3 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
3f3e8824c075fa55 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
3b3b83433d4a97d3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
db090978fc4ce719 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
22c4cd056eb3dc5e tests/vignettes/stard-level-3.yaml evaluate --format json --explain
6895c649ebca1890 tests/vignettes/stard-level-3.yaml evaluate --format text
d04152b37dc5108f tests/vignettes/stard-level-3.yaml evaluate --format text --explain
13ee779859ac0f54 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
dabed3fdc57b963c tests/vignettes/stard-level-3.yaml compare --format text
b56812445f029312 tests/vignettes/stard-level-3.yaml compare --format html
61f212fb0f552be2 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
bd0cbe790a7d420f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b92067506e868631 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
437955a4aa16f46e tests/vignettes/stard-level-4.yaml evaluate --format json --explain
8cb287c7edc876df tests/vignettes/stard-level-4.yaml evaluate --format text
e3567942accc913e tests/vignettes/stard-level-4.yaml evaluate --format text --explain
c5a2a1b9afe7d604 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
1c27955aad8ffab7 tests/vignettes/stard-level-4.yaml compare --format text
929e4499f4f3bcb5 tests/vignettes/stard-level-4.yaml compare --format html
273d4eda59bb8149 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
c2f5af36716ec15f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
267216b85ce95d50 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
b889757e3e6806d4 tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
aec96902a03b85c1 tests/vignettes/stard-other-scale.yaml evaluate --format text
eced6fdd80076dd1 tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
3641bc8bdb149af3 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
53af10aedf0f390e tests/vignettes/stard-other-scale.yaml compare --format text
5e3d624560a73ef1 tests/vignettes/stard-other-scale.yaml compare --format html
5391484e3b2616ef tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a3216bbe9c166d35 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
dfd8b07c0ec9f65d tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
a486177db73bbc7b tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
e621d359e7138954 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
c60e104dac750894 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
6fb9c7f75da004c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
ffa2926f8b70ed14 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
f9fe62b7b66e7a6f tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
52d885c99f452d40 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
fa90de7656b91785 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
15f6975d2c5f5d0b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
4f0b9e767ce98739 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
f9a5048789560e9a tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
fd46b93477ea4566 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
aee5274bc21351aa tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
5b18d3d59ada6e51 tests/vignettes/stard-over-75-in-scope.yaml compare --format text
a7e29e1b23714402 tests/vignettes/stard-over-75-in-scope.yaml compare --format html
0cec72fec7fe598b tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
3e6bf5af9e5dd294 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9be9a9db0d10775c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
fefa8dc58e863b32 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
1fde59d21c6101a5 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
8364ef0994fba943 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
977ba6ce4726fb4c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
91a84b2f2c0d0abd tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
74f3e151170553f8 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
0a3666e5b7d0379f tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
78b8d5fb66bc64c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ea49fe1c4c20b6da tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
160b251999b8cfca tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
df6a53a9e7ee5edb tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
b5a1af8065b540fa tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
7d3abf2a5a41bff4 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
6068a6468ee26046 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
f93441d136367767 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
dbcc857b7864cd4b tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
cd62f01079964b08 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a4a75fcea22dc92e tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
c25ec1aa450b62ea tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
90c0859b21fda99c tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
99a2e3f664abd7f2 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
846ca4b0062b8dc8 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
89b43c37ad74ac80 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
043c1d530e798f1f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
759cccfb6eca1fba tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
de3f14d61a39f050 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e15ee12eb066224b tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
77739ad8dfdc57df tests/vignettes/stard-remission.yaml evaluate --format json --explain
d572de38cbf8c185 tests/vignettes/stard-remission.yaml evaluate --format text
347fb92b93f2270b tests/vignettes/stard-remission.yaml evaluate --format text --explain
2836fe18039a7aec tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
bd807f77c6c43ce8 tests/vignettes/stard-remission.yaml compare --format text
baedf616f4bf8865 tests/vignettes/stard-remission.yaml compare --format html
ea0bd793c903406a tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
a3abd7c8cc000201 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
cf4dd2697074f38f tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
0c6422d6839beef9 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
ce651139695ad2ae tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
c9aa30062eef4f4c tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
437074f3ccf9f6ec tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
6e4e5b36f3ef3701 tests/vignettes/subtherapeutic-dose.yaml compare --format text
a35403464d620ce8 tests/vignettes/subtherapeutic-dose.yaml compare --format html
39fe6b24242c8b85 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
a4a5a3568726cc4e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
c5b95d2fcb33dee8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
d5eee51c6911e4ef tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
d52a32d2103cf25e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
6c1e22c69ca681c2 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
8fedc8cbb5117b56 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iii.yaml compare --format text
f72f24c9b48515af tests/vignettes/thase-rush-stage-iii.yaml compare --format html
eae960a6d44dc3c5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
b7a75fe40529cc9d tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
d52a32d2103cf25e tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
6c1e22c69ca681c2 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
8fedc8cbb5117b56 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iv.yaml compare --format text
f72f24c9b48515af tests/vignettes/thase-rush-stage-iv.yaml compare --format html
eae960a6d44dc3c5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
b7a75fe40529cc9d tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
d52a32d2103cf25e tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
6c1e22c69ca681c2 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
8fedc8cbb5117b56 tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-v.yaml compare --format text
f72f24c9b48515af tests/vignettes/thase-rush-stage-v.yaml compare --format html
52c9b62e3761e5b2 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
db82540b16614945 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
0b2cb712fb664b1c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
38115261355458bd tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
29ce1e97d541185f tests/vignettes/trial-addition-stopped.yaml evaluate --format text
677951969b6aff86 tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
748b04309ffa71d4 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
eac7fbbdde8d3962 tests/vignettes/trial-addition-stopped.yaml compare --format text
66ae6e2fae079a83 tests/vignettes/trial-addition-stopped.yaml compare --format html
a0fa433d82890315 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
9bc8d8a28348b223 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
92bda0fb87043789 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
8af6e0162f8da142 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
fc7d0d1c23db7c37 tests/vignettes/trial-adherence-strict.yaml evaluate --format text
678f910f4e3cf880 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
4a27fd888d033dba tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
c8b68458921ced7d tests/vignettes/trial-adherence-strict.yaml compare --format text
3eba5ab9f63cceca tests/vignettes/trial-adherence-strict.yaml compare --format html
52dac7a3eb0b679c tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
ea83a0be234d95b5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
9758f08d1e908bbe tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
511796588a34e932 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
b76f13faff7ecf54 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
78e410c48794bcfc tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
7b36107b12a9807e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
92faabf7f25b8e7d tests/vignettes/trial-adjunct-own-window.yaml compare --format text
aa7940bfe272b2b2 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
449adccfa51c28b2 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
0d3facf2157e5f90 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
65b8f182af9f173d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
7936e384bd53954a tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
5392057d24c1a064 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
1b4e7e455ec790af tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
8480a01c06591cfc tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
db4aa47e07917c88 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
0ba8e0d5cbd2cb60 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
c5a0ca7d8ac1df8d tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
d6043eec88ff20c1 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
fcbf0c3fc8e38fb4 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
252b32242899b896 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
a6c201e0169385a9 tests/vignettes/trial-duplicate-course.yaml evaluate --format text
a6a39796395ab323 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
88ea1a20e14fa8d1 tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
9ddf156e8e33f931 tests/vignettes/trial-duplicate-course.yaml compare --format text
05c38af6106373a2 tests/vignettes/trial-duplicate-course.yaml compare --format html
c3b66f47a8bf98c8 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
05c31e297a479efe tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
18629623890f2f17 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
cf3c8c12728b2044 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
01a7eaca8708296d tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
401397c2e01f96fd tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
7567ab03a6a29e23 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
78cb47af78b2ca60 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
9454a77cda455039 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
f9c4d15f6ee38874 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
224da48a8b45f33c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
092903bac471cd39 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
c06d0a46c89b1c0e tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
0f31ee7c9b30616e tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
821d03ccbadff475 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
a4e2011e917a231b tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
c6bdc7ad77f38a50 tests/vignettes/trial-ect-during-drug.yaml compare --format text
eecb877ea4015ccb tests/vignettes/trial-ect-during-drug.yaml compare --format html
d5e2f9f6c6578287 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6802dd1981842190 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
255861d43400093c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
1fea3eea8ce3f756 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
9ad76df176cb2b14 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
23c40cc4e093abb3 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
fb0b3a02ee22a4c5 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
3f1d3c2e77c54cf3 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
904765b8af65ed01 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
439f1444fc47f708 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ca36954195a36cf4 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
614352f6ee795fa1 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
dd2ffaa87a38d908 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
72f282ed5ef4546b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
deb7b0591f73dc3d tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
f0b24871c5f6173e tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
43c8fab1ac6d1e60 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
0fb9cbe01da8fac4 tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
a9f8e26946e02eb9 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
691b95e19cd54e76 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
40c04b50e40e298b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
819917b962be5e85 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
1fa2c3c322890101 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
17f16876f2032a5e tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
a795660de198960d tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
f8a09989047cf3a0 tests/vignettes/trial-relapse-after-remission.yaml compare --format text
429682fcfffec8dd tests/vignettes/trial-relapse-after-remission.yaml compare --format html
ba2606171b67b383 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
81fb36fc323be009 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
07937a7a47f209e5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
cb7eb1c7a9fbdff1 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
665dbff44524c579 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
0e77e155b6480508 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
5de141b4a4ff207d tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
0135a98d8b426c54 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
7a526b52960cd838 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
9bd6c46d2ad7cbb7 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
42a4de43b93467a5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
c1ddfc608d9fc4c5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
69491edaa2b3be22 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
31f088a1f08b18f6 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
54e6d838c65797e6 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
9783c269586009e4 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
a42b3a05cb876ed9 tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
abe2cac6925ba661 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
4e13e9de73b941d4 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
ccef7b39a44ab346 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
f4158dd3b67dc94b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
553255de514f2899 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
3b822ec805ba7725 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
b89c87bd4f8715e0 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
816edcdcef6c2f0f tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
68c8844075f84106 tests/vignettes/trial-same-day-regimen.yaml compare --format text
57bd2786cc152f18 tests/vignettes/trial-same-day-regimen.yaml compare --format html
03a9123520d9313e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
13a6c674fc973de4 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
d157890276ae7e0e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
c3dd1297586cdb05 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
d4bf41ea6f31f63c tests/vignettes/trial-stale-scores.yaml evaluate --format text
a1ac3c2251d3cdc3 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
f84c2a7aa6f36f51 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
758fc844a9fc96aa tests/vignettes/trial-stale-scores.yaml compare --format text
d894a24fccf90ff4 tests/vignettes/trial-stale-scores.yaml compare --format html
3dd353bd1caa5cfb tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
4f98af7e7b9c0567 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
00a638b60b5f347b tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
070498deaafc5fe2 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
f68fb50db1549dd2 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
7e29195b3227af9e tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
75072f116c046066 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
fbfe753c69ed3152 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
0aa1ed304557ee63 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
df67e3e9da1829aa tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
25d6bfa31be9c4f0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
93c4e8644d410c88 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
b02fd62762961ef2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
ccb0dcea11bbf1c8 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
f3d4426d3f7f32de tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
0ae3357afca07ef6 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
3cf4ab621f695970 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
3277d911615559e4 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
136c0638e05b0cae tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
0be86258b92db0f8 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
cd4d1d96e5c634bc tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
3f841beb2b48544b tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
35cfa35340df314a tests/vignettes/trial-without-dose.yaml evaluate --format text
0c4164f4ba0824b0 tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
63d60c8efbeb41d4 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
089b8729fde662f8 tests/vignettes/trial-without-dose.yaml compare --format text
c4b3b3b0f2b0317e tests/vignettes/trial-without-dose.yaml compare --format html
