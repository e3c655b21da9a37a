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
877074361837ea5c docs/examples/demo-0001.yaml evaluate --format text
5ba3ba90bcc12b5f docs/examples/demo-0001.yaml evaluate --format text --explain
07b1c3efd7269198 docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
aae8bd647f28edc8 docs/examples/demo-0001.yaml compare --format text
f6a1bda9aa72acd0 docs/examples/demo-0001.yaml compare --format html
a4a8523c885ff17d docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
de1a043ad716c56b docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
492ae67595203d41 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
1ddf5c316a36c4bb docs/examples/demo-0002.yaml evaluate --format json --explain
bdf6818b9b111d99 docs/examples/demo-0002.yaml evaluate --format text
bcf841a2c8b7a642 docs/examples/demo-0002.yaml evaluate --format text --explain
ec65b393d9b3d107 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
222b7e0642184072 docs/examples/demo-0002.yaml compare --format text
eb5de967a3e52b41 docs/examples/demo-0002.yaml compare --format html
bd8353cd7095596f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
4bbc8056c3f44c0f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
2afda670aec957b3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
b211f63dc4a70646 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
d82a412a27c90886 tests/vignettes/adds-to-chain.yaml evaluate --format text
252277b019792cd3 tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
7ba2a76f1e93541d tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
96a6d2fefdea329d tests/vignettes/adds-to-chain.yaml compare --format text
f3a17a1367c2c3a4 tests/vignettes/adds-to-chain.yaml compare --format html
8708a5d9c36c0309 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
c8e6cfa4cf1e66dc tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
cc126bb54774288a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
cf7d345d7a07b2e1 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
86eb410918378a32 tests/vignettes/adherence-poor.yaml evaluate --format text
10854005ad8467e3 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
eff7a6ebded78f37 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
baa46e17719d4364 tests/vignettes/adherence-poor.yaml compare --format text
bd581d5b85003211 tests/vignettes/adherence-poor.yaml compare --format html
f72f40121cb73057 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
7c2a9123ff26245f tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
930566957535c049 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
21df4e406e2c5ad4 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
44c12838ac43eae2 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
9f0ec122e4ad52d0 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
54ce87b8bd81add4 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
8a7e131ae8a2d5b5 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
21fc89084af6e576 tests/vignettes/augmentation-role-bupropion.yaml compare --format html
41bafe13129da80e tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
c1b949ba0cd66533 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
58b1f44f7e470467 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
354b4bd17a0dc89a tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
29dfb607da2e7c76 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
a39d28d40d80a476 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
03a50bc4625c0afe tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
2130896023cfb350 tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
0602f8dbd4c5b9dc tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
714aa7eeea97a976 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
9a504ee6bed32747 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
ac76932908b59a28 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
c4c00639ab1c8485 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
50c0a88dbff0b264 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
fa07087f75518b35 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
77798d166eb373ce tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a00a827bbc8dac25 tests/vignettes/augmentation-role-lithium.yaml compare --format text
80f5c7addbb9c5dc tests/vignettes/augmentation-role-lithium.yaml compare --format html
a14bcc6a003cc91b tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
7469fb2bf724e25c tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
75b60d35584466aa tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
8e3415369c32684f tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
2984a99798100491 tests/vignettes/augmentation-role-stated.yaml evaluate --format text
3e6d88bfeb653682 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
34703b319db3d9b0 tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
259e5268dee91433 tests/vignettes/augmentation-role-stated.yaml compare --format text
1fd8bd6f5d2b75be tests/vignettes/augmentation-role-stated.yaml compare --format html
1a1196f9c37278dc tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
a1c8b274bdfd06f8 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
220b99b3480249f9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
b5f638ace85c2539 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
7f4eb28f6489c7f8 tests/vignettes/baseline-window-edge.yaml evaluate --format text
0b2f434ad07cb114 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
350f20880aecc9a4 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
a6571d16c55dae1e tests/vignettes/baseline-window-edge.yaml compare --format text
4044a1dfcef92ba1 tests/vignettes/baseline-window-edge.yaml compare --format html
8db546cd72ca4134 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
bab585b65759f03e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
5f1ad5f36033417f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
6f7028b21e05fc25 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
09c843d607170c4e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
b65e022f0ad10158 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
6d8c898834eb7af7 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
fe0087419abe27e7 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
1f975a6111d7cd7b tests/vignettes/canmat-below-therapeutic.yaml compare --format html
f75cb3111da61f46 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
0541e8bfad23e318 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
c12767e88f1a8be6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
fac2c101ad8301e3 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
66e3e8cb3f463e97 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
4fd89a36986e68f6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
8d4f20f0fc9104fd tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
ff0d9205b78f7164 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
a7a7afc0c42e14ad tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
bcd57975615f7297 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
34dcc929900c5ec5 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b218a2dc3343868d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
cf3c6fefa0bf90f3 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
0c885516a1ff1d90 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
12873dac3459a280 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
09400c38e8a77fe3 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
e28e9f105a238f87 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
9af73b1b23782975 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
57c43700e1d5fb06 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
8c3d7df7526975af tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2d685fb09f8dd91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
c3b491a0496919f2 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
f39ae8341fbbeb83 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
310ef3fd12d1c63d tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
3107d466a18eec28 tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
bc50e828eecac215 tests/vignettes/canmat-early-improvement.yaml compare --format text
1b9952c0497af49d tests/vignettes/canmat-early-improvement.yaml compare --format html
01b54f8cca5ec410 tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
d8eb5920fa6a34aa tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
fde8f17ec7efb42f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
1819a90e8ec7375f tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
228a6cb03c25eada tests/vignettes/canmat-initial-mild.yaml evaluate --format text
84deb3a8771f463a tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
fbf42a62bc9e0c82 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
9718d02b79184c39 tests/vignettes/canmat-initial-mild.yaml compare --format html
8770734ad121461d tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
205fd8f94d268546 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
62a63532d50ef18a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
485477344e26c89a tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
5afdaf9d9718ea9c tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
0ddb03f5ddace931 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
29fdc4d973f9a439 tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
ae4a4b1f706b9e64 tests/vignettes/canmat-initial-moderate.yaml compare --format html
0f06f3c840aa38a3 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
fa344fb2309f4756 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
26c45367c3db8583 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
a9eb969567f71cf2 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
050a20bf83305a72 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
ad5b7c71e0227605 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
eacab26675adbdf6 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
79581edcf115fbff tests/vignettes/canmat-initial-psychotic.yaml compare --format html
e26d24bf2ae5753e tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
1ca7d8cfe99798cd tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
e8be2a97a4616ba1 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
a39d8a4e91e1c497 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
23cecacf57701a4f tests/vignettes/canmat-initial-severe.yaml evaluate --format text
e6c78ef94e20e877 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
f38aab77252e06eb tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
95a746cd23f8a540 tests/vignettes/canmat-initial-severe.yaml compare --format html
17d3339a0632559e tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
f793d573a9b7d838 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
8c9c89f76298330d tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
58a9db816722852c tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
103d32252f605c66 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
3c2b0b53f6e2d162 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
1e2f6638ba128955 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
5fe316cd7f61e935 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
8584a791f177d531 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
1ebe345f387a2ab7 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
c74654f8787df405 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
097a83c82daf6c77 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
4028ca8f64bde7c0 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
2b190c7388a733df tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
2bf2e3f1d218e9f8 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
6dd5ae7aaca853a2 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
d6d5d8e2678af301 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
c9df4336e31337d1 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
0eb16850a66aa7a3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
af59edf912584a09 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
17413687293416b8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
2f42499d807224a4 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
76f534be1bc69c2b tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
06723d922cffb44f tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
9aab053a91660a26 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
796ba721a03e15be tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
0d13dd4fd1d2d226 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
936c437146c740ce tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
b35e279ad13bf0f1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
52546391e595b809 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
a1ab5b622be3dc27 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
cfe327c77d75c072 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
0105bc2e495910d9 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
e9856fdfe8937861 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
9697d1ee4d2bae3e tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
106d9e3d6e046f19 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
d1119d12d913dccc tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8adf9e11828a77aa tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
8628403dce94056e tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
c49fff6307d6e517 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
4d30a2ddb7150056 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
839335ac6f3aacba tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
4253e574314cd75c tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
0b371717bb7d1bfc tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
a85e496e55da83d5 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
4322f9d9981b19a0 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
677b9bd47b6bab59 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
d92838b0eafda120 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
703b56f4bcae7a85 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
19e665fb3495e5ff tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
c969c905ad7fac42 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
3ec6e1306b503619 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
b6ddcd6a57cb180d tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
f213471eff0d14cf tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
1ebf4e8f981f1933 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
9eb91eeb30764b13 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
b355659111890395 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
21fb17dc736d2fae tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
787cfdb376942173 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
1efc900538b71d17 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
292b612c3e5c6d4b tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
f0de2a2d399ff3f0 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
6cdc85e308f78426 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
f19663a04f3a2485 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e3dc520c37b7b6c9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
fbab1edc0b98ff10 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
76726734150f33ca tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
248d096d4e89725b tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
d2495a8c458f8cec tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
4440f0aeec321ba2 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
72936fe5cfd09a87 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
86c19265d06c6c54 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
001a078f21c5d59d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
04ffc02de6860126 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
5b5b1ddaaddaaa6c tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
36ac31bcc1b6a074 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
55bedddd9301b88b tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
faa2b3c6d843615f tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
76091082d63bf408 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
975935482acb8463 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
80cec3ef78577b81 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
8f81d68fa4f0460b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5a05a73c84494fc8 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
4fd5bfa91f4b1f3b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
bac0ff23dd9c6cd6 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
96b907f17dd3e802 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
aa049c87089a2619 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
7ae5c8b2803e90ed tests/vignettes/canmat-remission-recurrent.yaml compare --format text
0a595462be5edc4c tests/vignettes/canmat-remission-recurrent.yaml compare --format html
aa30e7cc2449eca8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
564e3b9c235f4bd7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
897f21238e7804a2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
493696c614c60e88 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
d7782f4cc5213ded tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
8a520daf97257d02 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
51619ede1b943110 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
a4cd93ca295789cb tests/vignettes/canmat-response-without-remission.yaml compare --format text
8334c102c0197311 tests/vignettes/canmat-response-without-remission.yaml compare --format html
8b8dc693a79a2c10 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
2be897c73224ac9e tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
357f94a2944d6273 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
5c7f720ca1e63004 tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
dad5d9ab65c61ccf tests/vignettes/canmat-second-trial.yaml evaluate --format text
17807029969ce962 tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
e16b434fe005a72e tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
4b4fb9f9f017504f tests/vignettes/canmat-second-trial.yaml compare --format text
236bd50a3f4e2d56 tests/vignettes/canmat-second-trial.yaml compare --format html
c4f5d0e7fef2a5d2 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
905b55db1925085c tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
f553f138b701c615 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
5d348a350d27251b tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
3d5b0e6365817be6 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
4d8a831acb48988c tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
65a0582a4147eec2 tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
b3a42c2557543799 tests/vignettes/canmat-set-override-default.yaml compare --format text
543381bda5a45df2 tests/vignettes/canmat-set-override-default.yaml compare --format html
a2b284846d6cd90e tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a2e295476cbf7e8f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
6c97857ce2332eb4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
c14a651823b28f28 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
2a689464bbacc3ca tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
c73b7a52d8a9035e tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
9d30434a561c55ed tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
543dc9472b17e4a7 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
5636b788adfe5dda tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
ad84b1efbd6d5b34 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2a6619f88f018616 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
938a406d2a359189 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
d6bdd39c18c2bec3 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
5c74b97237b57b8b tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
1716d8e83e6273e8 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
a8eb0efe5918b03d tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
bdf41c4950cb049c tests/vignettes/canmat-set-override-week-3.yaml compare --format text
f9ec0d89a97e4241 tests/vignettes/canmat-set-override-week-3.yaml compare --format html
1c04b81213d7c494 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e9ae8a6550523216 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
d2a29cbef1d8507f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
47c5e5d1abfac862 tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
53dd0923270d7e4b tests/vignettes/canmat-set-override.yaml evaluate --format text
c737c04cc017e692 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
861584d318a6b4ee tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
98dacc492a96eafc tests/vignettes/canmat-set-override.yaml compare --format text
189106b7db52c75d tests/vignettes/canmat-set-override.yaml compare --format html
ad9188d99468396c tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
86f84817ebb7a493 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
299aa8271cfd4f6d tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
b4573aedd775e547 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
93c28407f97638fa tests/vignettes/canmat-too-early.yaml evaluate --format text
2dfc0b7e0c350d56 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
3bbde6fa1d198e9f tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
5e0a0999cb6ff20e tests/vignettes/canmat-too-early.yaml compare --format text
4ceff6c97affe930 tests/vignettes/canmat-too-early.yaml compare --format html
fdf43ede80cee58c tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0b80ee889140f7bf tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
a438edcb7c86d63b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
8296cc10e38fe792 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
37cb347586afb151 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
971de1dea8b1e217 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
9c83d0be588106fc tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
7d20d3638d1e7030 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
9deee26421e8dfad tests/vignettes/canmat-trd-without-scores.yaml compare --format html
61fd22e873d18fb5 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
41c689574405d971 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
469611102c7d8bb3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
0f5f748f0973bb04 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
a6fe1d3fe2119daf tests/vignettes/canmat-trd.yaml evaluate --format text
69d9af0156ede049 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
07b7b17efc35c3cd tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
a074ef79e2f12f94 tests/vignettes/canmat-trd.yaml compare --format text
814a669de49b8c0e tests/vignettes/canmat-trd.yaml compare --format html
cf36af5d60d9cd7c tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
4a5ecca098cc73cd tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08202ddf4829ff1b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
8c5c58d5437cad2a tests/vignettes/contract-example.yaml evaluate --format json --explain
877074361837ea5c tests/vignettes/contract-example.yaml evaluate --format text
5ba3ba90bcc12b5f tests/vignettes/contract-example.yaml evaluate --format text --explain
07b1c3efd7269198 tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
aae8bd647f28edc8 tests/vignettes/contract-example.yaml compare --format text
f6a1bda9aa72acd0 tests/vignettes/contract-example.yaml compare --format html
8fab1d16e50000d5 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
9e94e9d27ba22b58 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
e6c47d12e608f06a tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
3d53f8376cd6e85d tests/vignettes/custom-definition.yaml evaluate --format json --explain
229aa88ea7174456 tests/vignettes/custom-definition.yaml evaluate --format text
f548407f16b0ff43 tests/vignettes/custom-definition.yaml evaluate --format text --explain
8510260dcc0a19c0 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
e0f0f1c175dcc787 tests/vignettes/custom-definition.yaml compare --format text
8d8c9c7f979da54b tests/vignettes/custom-definition.yaml compare --format html
f2375fe9e82d05dc tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
5254ff6d9fcf3f44 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
c4ffb9d105c41343 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
df5b43783f86cb2a tests/vignettes/custom-staging.yaml evaluate --format json --explain
dcc8af505155fa1a tests/vignettes/custom-staging.yaml evaluate --format text
17d5c36d3248292c tests/vignettes/custom-staging.yaml evaluate --format text --explain
522f420a697b5677 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
02d60ab76d71b912 tests/vignettes/custom-staging.yaml compare --format text
0e3ecceab772f12c tests/vignettes/custom-staging.yaml compare --format html
00683f5aa3081da6 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
b920c0012283467e tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
21a6d9e58fc1c97a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
95fc0379dea84923 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
5b71d2cbc3a9f86d tests/vignettes/different-class-failures.yaml evaluate --format text
89719ce3ce3de1ca tests/vignettes/different-class-failures.yaml evaluate --format text --explain
5121e51c1923657c tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
4f65c972386f7cbb tests/vignettes/different-class-failures.yaml compare --format text
ff4bf1f4e64f67d3 tests/vignettes/different-class-failures.yaml compare --format html
f1dc27d3d3eb4247 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
7f93679ab028a579 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
cf62e8b1ff1d15b3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
96cd18c269c1d057 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
a3600f93410833eb tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
2cd8e207fc4e204d tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
60612a7131f447d4 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
d596a04662e29a54 tests/vignettes/inefficacy-without-scores.yaml compare --format text
8068b254527f2461 tests/vignettes/inefficacy-without-scores.yaml compare --format html
788cb58ec798d8bd tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
9e726b3e3708ae96 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
9b281b39ad06c702 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
2e90d962be0ea968 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
7d0c7c60b4b12541 tests/vignettes/intolerance-week-2.yaml evaluate --format text
9cc715b14b1331dd tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
6bc1d22076478e68 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
e7ec1350b9c973db tests/vignettes/intolerance-week-2.yaml compare --format text
5fa8244a39f3924b tests/vignettes/intolerance-week-2.yaml compare --format html
cded8af9e547ab50 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
a79699796ad85d08 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
b05e5adbdb71b252 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
9d6fd9a3ac3551d3 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
7f42c46b0d2d6af2 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
adbb91089b25dcec tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
02b0a3654e9865a5 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
e82963d3e37aaa41 tests/vignettes/iso-vs-relative-days.yaml compare --format text
9f5c63a80406b27d tests/vignettes/iso-vs-relative-days.yaml compare --format html
002cce2c2b93f46a tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
447fbc748369072f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a7601f07b855f825 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
372af0f9e0341e76 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
c080968ab64b2a6d tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
628dc657ec46e404 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
52c1ee5f6a4783ab tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
48f014d88eab5edc tests/vignettes/iso-vs-relative-iso.yaml compare --format text
4a85632fdcbf6696 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
c4f469c045a1daa7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
c65d5fe5a065610c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
00bd80a00ae2adb7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
8be1569645202c38 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
9e576d12031335c9 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
a54707c0c3bff83a tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
9977d0ddee8d3937 tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
c2dae06a826db587 tests/vignettes/ketamine-per-kg.yaml compare --format text
7dc83f11b7777c5e tests/vignettes/ketamine-per-kg.yaml compare --format html
b4e872af5a376400 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
45c19015f25b5029 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
be1c5488ddb1006f tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
5a02f0feaf87b42f tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
56512bf94f753438 tests/vignettes/mgh-s-full.yaml evaluate --format text
8dc5e319c12faf52 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
fbda34cf018b2e66 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
5cc1e468f1ee4517 tests/vignettes/mgh-s-full.yaml compare --format text
56447dd43e252c50 tests/vignettes/mgh-s-full.yaml compare --format html
259b1032a92895e7 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
50a9e66afe3db2e8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
94b70a52ee9a37a8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
1f80980b7e7179bd tests/vignettes/missing-baseline.yaml evaluate --format json --explain
f8746d69d0e1ea04 tests/vignettes/missing-baseline.yaml evaluate --format text
3d2fc8c442c89bcb tests/vignettes/missing-baseline.yaml evaluate --format text --explain
89c3fac0d81934ed tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
9243f0b6ef979712 tests/vignettes/missing-baseline.yaml compare --format text
4792fab89d1ba9ac tests/vignettes/missing-baseline.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
707fbd96250cd8ab tests/vignettes/msm-duration-12-months.yaml evaluate --format text
b725cfe9dd97941e tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
e698326a9e34cc41 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-12-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-12-months.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
707fbd96250cd8ab tests/vignettes/msm-duration-13-months.yaml evaluate --format text
b725cfe9dd97941e tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
e698326a9e34cc41 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-13-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-13-months.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
707fbd96250cd8ab tests/vignettes/msm-duration-24-months.yaml evaluate --format text
b725cfe9dd97941e tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
e698326a9e34cc41 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-24-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-24-months.yaml compare --format html
d26d7927c81c7f1d tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
38d3854cf30e01a0 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
9db78c518f4bb377 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
b746499e33a38d4f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
707fbd96250cd8ab tests/vignettes/msm-duration-25-months.yaml evaluate --format text
b725cfe9dd97941e tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
e698326a9e34cc41 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-25-months.yaml compare --format text
685968cff10462f2 tests/vignettes/msm-duration-25-months.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-10.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-10.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-10.yaml compare --format html
317a74c1722aec62 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
b58df9c110b4b28f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
78979314fb0462f5 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
7ffc2d2eeb411767 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-11.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-11.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-11.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-2.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-2.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-2.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-3.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-3.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-3.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-4.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-4.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-4.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-5.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-5.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-5.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-6.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-6.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-6.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
2da0d51572e9ccd3 tests/vignettes/msm-failures-7.yaml evaluate --format text
9b154892d10f3ec8 tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
398696d10dc118e9 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-7.yaml compare --format text
d9e1725f88940ede tests/vignettes/msm-failures-7.yaml compare --format html
b4b4e61dd569480b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
57a98f591d5dc800 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
5e1c81adc652acbe tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
0ad72bb51d87d2c3 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
14d5886a821e9b55 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
655c9d7ae4b3292e tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
b9ca4b32c24a5658 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
4ec02ca0c02536cc tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
e59ad6a4642c71ff tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
eee32dc579c2c09e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
97ce5117266a860a tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
3f61d322e6449933 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
1d8c9a8097fc0bdb tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
4a43db7bab8fd32e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
739ad491022d6455 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
beee8afe38c2d19c tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
bacb4eeb4f9631af tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
59d703043b069713 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
5abf7e39a9748a94 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
f4d29d9cbc264b7f tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
59ee2b8043860392 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
bd6319faeb868724 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
a8dc74c2ddeda750 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
1d4464cb97ebca4d tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
5e8bef17a45fe610 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
426b05ec9b07427f tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
4476e217d59dcd8c tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
45900e56eba10d09 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
4eed7affa6b4c48e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
a3c1d587d33c4a85 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
a03baecfd7a9c01d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
bfe30ece8c7944ac tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
9695c7acc2d5436e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
e323844c23f9fe75 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
ebece60880772a52 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
eb7a406e22be1d43 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
7b162a6541972c70 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
797a14ec5df5008e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
7f1bb6d44c99c96c tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
99c6fb74717d35f9 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
995a0e57b22e096f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
3680468b8be7d448 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
5393588af74c60ce tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
849ed62db1588fae tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
39b128bd660a6dd0 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
cb614ea7283cc825 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
24caf071f5c00645 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
879b47bb7b09e377 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
8b53bfd6d6202815 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
67f8fbe2360ae0fd tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
972b3a6ba28cd04e tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
3a935ebff93382c0 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
6993168b084f6622 tests/vignettes/nice-early-review-age-22.yaml compare --format text
f9e36774f83689dd tests/vignettes/nice-early-review-age-22.yaml compare --format html
86129d53b7e9680e tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
24df959da0d6f17a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
1330dd1f195c36b9 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
fe38d4be3d3eacfa tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
4bf3e8903a20e609 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
c1285c6baecd8cc2 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
0c68f47ad035c6b4 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
aa308697642af376 tests/vignettes/nice-early-review-age-40.yaml compare --format text
c17ea06e5b397640 tests/vignettes/nice-early-review-age-40.yaml compare --format html
5fa6d2b6cee7239f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
62ffa6212d448a90 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
5afb7b45f25b8634 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
88ffe4e74e7735c1 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
bff21bad80856ae4 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
4846debc5be1f322 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
ab72ec358dd1e75a tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
90ceff919a3174db tests/vignettes/nice-early-review-no-scores.yaml compare --format text
431b3837d8c1b1a3 tests/vignettes/nice-early-review-no-scores.yaml compare --format html
84b7f10945aba488 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
4c0f28254c24885e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
85a0f228f4867a95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
cc9be528c03b39c6 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
35fd9f2dd6bba907 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
1d871ce52b75f763 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
e9b1030e0d9f5529 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
3d3dc95424352e49 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
3a617a731098a8bf tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
83f7381647331aa3 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
02e9cdd0dcade141 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
011c2c43032a5a4a tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
b0b8788bc7d36e29 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
d6a72d5934b21423 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
f3cd200a76a12dd4 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
99c615682704d42b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
7111b5956965f5ed tests/vignettes/nice-first-treatment-mild.yaml compare --format html
f461c1fa110b200b tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
5af6b933f889c4db tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
f3b8249a386f8a1a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
b59cd6f915296b13 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
f9a01c6e5b5f998a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
dc2d73ae25e10db9 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
30b01300ccc340e0 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
fcd6cabf240ee75b tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
7fa115d07685fe24 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
3e9245a241de5573 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
2c7a097e57197a09 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
e6a1dbeda8f44066 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
cd9730fec4bdfab1 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
f3b19e16d4e4fee6 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
4d1c289d3b9cf482 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
b9279df4885a4801 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
501625be2964aab5 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
5b68d7cdf7e40810 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
f49943217d67f9a2 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
3e488540f6d454b2 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
c1cce7d6ee01ea24 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
5dc257fb19cfc26a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
973645bb1a1d8b0f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
f142216dcc7b3726 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
7984643b70172289 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
5442ff01e5794cd5 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
89bed25e179ac452 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
257463d283f2943f tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
80150017f74a8310 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
81b2cc331fa5e605 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
a4d467e03e3a8f55 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
8f4c09cbea5b4cd8 tests/vignettes/nice-intolerance-stopped.yaml compare --format text
572ab519f7629c49 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
423825c814d80b6b tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
eb8d9fbb1d42000a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
885745dabd2f8a52 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
f7ec532b6ce883e4 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
f95a1a18beafc0d7 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
eb47348d6364d58d tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
33276603765720e5 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
dbc69ea1f16598fa tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
81c6fd8f41dce5bf tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
4eabdd2ff00dc2f8 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
6015f55022620718 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
840a6ef3352cc858 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
0b023bc8fde8b41a tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
2dce476edc119c37 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
81df4dcef7d75b3c tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
bda2e0adf4228de0 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
7306996bde2de118 tests/vignettes/nice-no-response-week-4.yaml compare --format text
6a5a06f7b92575ba tests/vignettes/nice-no-response-week-4.yaml compare --format html
c1c5d7d795fababc tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
c8884bff6b39e313 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
c9bef36f7d1006c4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
6685d94fba9d6917 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
faadfb2470647f35 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
9439c258fb1e862c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
e2b68da40391ae95 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
fa8eed9a4f8a07ba tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
b498c4a624b6c4d9 tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
d7141b301ce88086 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
1225ddb1282eeaae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
23b57fcd8b04e550 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
19be9192bfda2e6b tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
96e584d0ce753367 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
ab6be405817bc3de tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
ce2ea9c561f7abe0 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
a95b34a3f0bfbaa2 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
6db379161e762451 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
6ff1adcfdb437776 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
4d5f9dbd0eb6f27e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
7d9bd889c60cfa2c tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
ab08e7ece58ed5ae tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
e0b635f34466dc84 tests/vignettes/nice-partial-response.yaml evaluate --format text
48aaa957e8ef8c9a tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
312d311923e9b66e tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
6cd16e0f3318be00 tests/vignettes/nice-partial-response.yaml compare --format text
b6ed6a49c8c690aa tests/vignettes/nice-partial-response.yaml compare --format html
fb4dd19876ec84ac tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0d8cc52bd04c2a23 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
ab309d42f2f82f0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
c002300b82cabd87 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
ae74369deccf5ed0 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
6704f00fc2ca9529 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
b46ab4967af9ac0e tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
6ad1b137a99fb069 tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
3cbf45ed8dd6bd92 tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
b0c96c5a4507b307 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
9504a5940726f0b4 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
a05fbdda907d9ff9 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
293df8684923bd4b tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
47ffa0d01e3cdc2a tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
f28634fe5e28cc8c tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
54cfbd20dd428547 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
e18e0d00fdd115a6 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
db85685a9092e9c8 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
c86f4849734c9c75 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
acc62c73ee061790 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
2755719ee61cdcb4 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
f92bcca909062226 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
ba494ac33c7a6b68 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
041e2f399ce88c56 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
8268857970e44dbb tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
1e52eb82bb8d2767 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
772c86290571963b tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
f8ad1234358cb020 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
e794b4a08c92083f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d1c2b701458590af tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
6cdb964f4ef21959 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
fa501bf08c03524f tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
723c02ea0868aded tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
0cb957bae60428e5 tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
307af7ba05b2d9c7 tests/vignettes/nice-remission-first-episode.yaml compare --format text
ec6411b4141209fa tests/vignettes/nice-remission-first-episode.yaml compare --format html
2db4674497e08c1f tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
3b7a032851ce7e91 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3777149164d4d889 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
7bacc5ce73359c74 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
8cc834bd76c23bec tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
0885286e9f26855f tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
6bdae2d101523925 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
57a25fdea0bfbde1 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
156f1dbfbfdd3b4a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
71a4d3371a8b8653 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a7bee895335f5cc3 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
52940f8de9d49b3c tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
6173509f824c2fe0 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
59877cf5d486ddc1 tests/vignettes/nice-response-not-remission.yaml evaluate --format text
34a4ed502658b662 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
3a83aff0c4f0214c tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
89c9956e0d7385a4 tests/vignettes/nice-response-not-remission.yaml compare --format text
a519eed2bde80fd2 tests/vignettes/nice-response-not-remission.yaml compare --format html
dcd9c477e53baace tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
dbfe921134a7dca7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
9171ba729e04e9a7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
3676a7a438a8f6d7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
a376d1be4fc2e938 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
a87850fc392296f3 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
ba7db77cf073a413 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
784276ff6a5b9bc8 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
fb433da36041f826 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
2511023d52376a92 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
c812094c3e74ad87 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
5205b40ec48e9b70 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
89b48c05e0a671e0 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
c7425738782b334a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
f3e1c5c9c1cb9043 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
45c71f0aadb7acc5 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
3f0e2cf0edf2ab8a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
5d8b0c2f212331d3 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
e1a33403b425f586 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
14ad5bc8c372739a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
60036901d374b73c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
e546657fa974c52a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
ad07ca286a0ddcaa tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
a8aa8baa8c5e2003 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
7cacef3213168bd8 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
f04d067af3b3d423 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
53ba0ac202ad3f87 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
49a676d7727ea1cd tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
63c8389ba7e864af tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
88081a74fb712044 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
6b01763627e791e5 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
69445f6fb12dc5e1 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
737ac40a2e0f6a36 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
88e8be5d014ec50c tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
5c224d6a723b92a6 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
1e6ef1ce715f1d67 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
bea02834b2e44fbc tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
292bb5cda5f028f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
9997311af54c9e90 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
280f6c9f6719017d tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
65fbe1d945ae544b tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
57301f2cf630a014 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
f4e1243ac0ea8c16 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
a6a159b69a540502 tests/vignettes/nice-two-failed-trials.yaml compare --format text
53d7c837844da84c tests/vignettes/nice-two-failed-trials.yaml compare --format html
a2529e628e973334 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8a72f62e5ebbc09e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a433ae8c6d9e43a5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
eb4ac58f5c1d1210 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
35ffe0162b6412bd tests/vignettes/nice-under-18.yaml evaluate --format text
c7f62b1c11f93819 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
cc2cdd1c579b7258 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
9ac6ee1674027eb0 tests/vignettes/nice-under-18.yaml compare --format text
fbab26ea2ca0adc7 tests/vignettes/nice-under-18.yaml compare --format html
03c537b7072b8b2e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
dd31918aed56a888 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
109b5e3936c53a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
2c7b8744b30f62f3 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
20c0b7cf7d5e527d tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
3baaa6070cbcc51e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
7c4e1e82c2d40a3e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
91bea4f3e4179ead tests/vignettes/nice-vortioxetine-first.yaml compare --format text
acee2e7d56025a6f tests/vignettes/nice-vortioxetine-first.yaml compare --format html
34a05bfeb5fa1319 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
921bebb5c4562a57 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
2b794a10ff5095ce tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
61ccde286f67b7bb tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
073078c330311801 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
d80b23004fbaa83d tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
459f1752ba898e4e tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
c8e14fb781308baf tests/vignettes/ongoing-trial-week-3.yaml compare --format html
aa9cc8d5ef25fa64 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
b74ca8291ac30633 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f89a9e57cc0d5748 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
c19ba853fbda034f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
073078c330311801 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
d80b23004fbaa83d tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
459f1752ba898e4e tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
c8e14fb781308baf tests/vignettes/ongoing-trial-week-8.yaml compare --format html
9c69d079c9814d7f tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
6765038cd9ef8780 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
fdb7c06379907f04 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
1b3bc6efaa8e7751 tests/vignettes/partial-responder.yaml evaluate --format json --explain
18b67ebf418880d3 tests/vignettes/partial-responder.yaml evaluate --format text
66d98144a758c96a tests/vignettes/partial-responder.yaml evaluate --format text --explain
8b0848343575802a tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
8c07c35fa87ab725 tests/vignettes/partial-responder.yaml compare --format text
f334cd269d4c1e89 tests/vignettes/partial-responder.yaml compare --format html
4c8ca4a9c0a061c7 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
120d593e6268358e tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
056a2342034d5984 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
62ee0e8be0dacb56 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
e8d6838aefe02aad tests/vignettes/previous-episode-trial.yaml evaluate --format text
d40337b977e6a92a tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
eccd180dad12a78d tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
cada354a2a027192 tests/vignettes/previous-episode-trial.yaml compare --format text
493843206da03548 tests/vignettes/previous-episode-trial.yaml compare --format html
984dde83e9bfe1de tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
29e160196f500855 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
f574a8bd59c05c7b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
eb8bd532302032fa tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
4f5ec80d2effb14a tests/vignettes/remission-below-50-percent.yaml evaluate --format text
99eab947844ada18 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
ce99b8929ee4ea94 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
d70a43c175860c20 tests/vignettes/remission-below-50-percent.yaml compare --format text
f3a6ab437d9f3bed tests/vignettes/remission-below-50-percent.yaml compare --format html
8a2a3eb8e5d63aea tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
3683e90cc75048a5 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
68111eb97fa16812 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
257925032bfb5c00 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
ef63d452f5a5c96e tests/vignettes/safety-age-unknown.yaml evaluate --format text
4b7a34de3809447f tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
a99a6373d3f6ac79 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
03fdd6e60eeec79c tests/vignettes/safety-age-unknown.yaml compare --format text
d828bab3fd22c7fd tests/vignettes/safety-age-unknown.yaml compare --format html
f2d19ebf90f4959c tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
ccd6738d44cc3b77 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
9f0e57e61bb89374 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
b1cfe2a091c8c790 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
4b1533fc08f2c590 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
2d119a2d683a5184 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
a2d62ef60001f1f5 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
18b34d030dc6fe2a tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
f2cc64f477878c7d tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
f50661f0f5e6db27 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
f5e9cf110820561b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
b4bc457b5235eeb4 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
26e52c32ad05a439 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
0c2a9f0265063043 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
bba94dc0186528a5 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
afdc0e4b2e584995 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
ab70448b6897fa66 tests/vignettes/safety-catatonia-ect.yaml compare --format html
f3d02e5ab050eb4a tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
52c322a800bee2f0 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
a10af262f74db2a5 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
6572a137f58a256d tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
a918d16dbcb130a4 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
7f8a7900385c378f tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
1e1354e75e90036c tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
3c1eaa71f5eada60 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
f3fa614402607bf8 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
83b426de2f06e1a5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ddef3780df670f3d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
bba423f66bbc77ef tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
72a33344011b40c5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
08f77ecd5e5b4dff tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
62041dce86b0c806 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
23e9cee98da8e72d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
9b4f1228bd719a23 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
8483f34d0159641e tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
158c1913375c53d8 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
7a8660741fb309a2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
d95e24748d1c809a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
54ba4bcc8eea113c tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
88b0a42e90483f73 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
b3e861d0f5cc3141 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
3ca3b6db4e82e27b tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
858650bcbc897684 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
1b3770f65b27d86d tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
2272fb8fc27c925f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
a7684b71a85b744c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
934c0a51f1b1be57 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
90cdc9ea364d6a62 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
59b6b500187531f1 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
2c8002c34c93de97 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
b265b6330f83ded2 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
0a5d7900524f0d75 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
e51d6a9ece24bc3b tests/vignettes/safety-citalopram-60mg.yaml compare --format html
2c25ee8281b5da23 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
87724c53cad3ab0e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
cd53178ab9e85fd4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
133ebfd900a3df2a tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
7739bc5735f5237e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
92e8d11853350bb5 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
8aaaf69d8b67ebdf tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
39e8b5400eb7f566 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
d0853c9f79aa6aba tests/vignettes/safety-citalopram-age-50.yaml compare --format html
aee04f70b2118d02 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
fe4ff580bb253e7f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
2959e913e641a563 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
36da8ab0ba55bc04 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
7fef1b6227dc8596 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
6374f093cfcdac1c tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
c76f732a3ef9181c tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
e66a972a33599185 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
f8dc0534925a6ebe tests/vignettes/safety-citalopram-age-65.yaml compare --format html
067f31078f51becd tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
2640a77ad259d988 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
facef5e30a5ac612 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
3dad2962db0b3fae tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
4de5e87d490f5b91 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
0e562706923334f9 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
5a5f0bef4909fef4 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
cd5bd3ec6071c946 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
9af95909c9a31c7f tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
b1ff7b739128c162 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
988d42a367e459d5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
cadb6f21bf077428 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
6dd92bade3f6608c tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
3a608f593f372197 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
099a90f43a272df1 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
b77e1f155caae651 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
035bf75b81105e1f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
aacdb31adf8407b9 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
d10330fb296b6faf tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
369f88fe15368d48 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
d7eedf224798e3b2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
63b03408996066ee tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
ce21cd295afa67a0 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
3b492d26ee25b1d7 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
94727edc328fb4f5 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
6fabe4dd81227809 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
1c7c57db58423276 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
ad2014c3f81102ac tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d8940ea45674454d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
6d24eca22c7173d8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
0439c456232f1fb1 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
e73c508e54ea509e tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
d78747a4509e98a6 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
419aa25688ad828c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
91e619c2a6491c63 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
834f5e12bb551d75 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
8eeba3e4c95ac33d tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
56b7c2838fe65ac3 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
5b5452cdbdb1e68f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
71f2e5b127ae0c85 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
752eba83dfdff564 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
2357d60c3e7bf4ba tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
dd82feacff24ee67 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
307867e070fa7535 tests/vignettes/safety-dose-above-max.yaml compare --format text
072f9f366b17bb21 tests/vignettes/safety-dose-above-max.yaml compare --format html
b4c27679e317fa3b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0f8883304fb16e81 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
f8d231dfb141999c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
8b007fd1ba7c3df6 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
2f71b670765d772c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
f2cd5fda9fb27e5c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
51b0acc5b1aecfc9 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
bac9a9a5a5d3b6e5 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
27e96ddda1abfe57 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
4a98f2ced2e95b59 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
88ce2f39a2892dc7 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
61e443d0aa3153e5 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
04eb5f789b3b0b80 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
5734f07b626e713b tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
24213bb2c5bb6e60 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
013607a932908b75 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
107aa445a3523fb9 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
437d029b4efad798 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
c97fb79bb5f37baa tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
457497a133a02804 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
6d81a33f94d261a1 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
5f8056baaa208997 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
c06177f1cd34fcba tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
6ba50b74ac1cf824 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
eea9a14426255f7a tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
b9aab45906161285 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
1a2a4b9f8964703d tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
dc8522ea68bcfc6c tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
cdfecac8fb328b96 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
1a9a64f1a6283da3 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
3ebe3b4bb596f7bd tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
3ee03e2af6702296 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
8300dac4087de8c9 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
f7995e7e925d04c8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
9c8cfcd1a532604a tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
a7fcda133b8fa793 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
0e5e5d1bdd9108d4 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
34701af52660e0da tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
55f9b9e3cdb90769 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
43ab1ab0871eb17c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
1be83a478d8e154d tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
bd4691b69c6e52d6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
d28342feb09e2419 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
f827e1f5b9fdbaba tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
1390a0be71b428bc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
1051ebc92ad69579 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
b48db6c6aa2479af tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
dbd216d713417667 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
2f26386dea55f67d tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
98ee2a967385be3b tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
9771047407d035d7 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
770e7bac56d20475 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
fdf51dd85be26944 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
480ccd6d131c0cd7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
1e30d7dbada98866 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
6e3a5b89df01f0e4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
1832d46d4bb0d385 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
0a4808e36cf018af tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
f306107e0d0175a0 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
c09f5a3d22ba0e39 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
40d6863e8ff574ae tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
894ad67f90e5b440 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
367a6f2ce96eaa16 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
af33e95cd5380b04 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
a22308a424df9f45 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
eab91453e3b03b1e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
79325eb4852b492b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
17c5b8f5324d356e tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
eac7a9a66a715f5c tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
e260b4cd63e1a4c7 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
bbdee89bf8d41c95 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
6bf9ea2dc1baeee5 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
d4b99c599286af23 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
2290f3ff0b7bf78a tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
372609ea51a1b33b tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
1e59c80df59d6c2f tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
af12788de7c4eeb7 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
462fb93c9e59a453 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
a49f0d2bb05e3b5a tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
5d6fdda34f3c3f27 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
e003d3062344c1dd tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
be0eec36a599520b tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
e7e06b7177f1fc61 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
d6278a2f04510d2d tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
4a86fd6a875db05a tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
66b1f1d6cf69f644 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
a0923c221e4d0ac0 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
ab9b4ca4bbc3e567 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
c44b36702fe5aee0 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
7b7213c8d8766195 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
e8167905ff51c170 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
121783165a0e10d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
8f9c734665f92d20 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
e920186c6bfb2722 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
d7ab5df6bb382338 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
4121676193bc00a4 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
3ecbecf0225ede32 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
6ece88e80c75bc9c tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
15a1fa24157addcb tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
0b6d866035557ba5 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
c56f4f32093ce7b1 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
6362ea22e12965c2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
e11a85f02441492f tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
1ebbf3392fa1e56e tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
4e97e07b7865de5c tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
99603373066d419f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
b8c62fa35e585771 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
c08c6a12103b538b tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
0867b05811f07026 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
7b0f962f0dc6b214 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
490176fb67d9f9f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
f02884f85415c3a0 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
d2baf83845ef33ad tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
2df98cbe0522650b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e3049de179223cf9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
e0f91ef3306e4eb9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
0af05f6b879f06ec tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
2bdee1b65722f867 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
c3d3f4f50a5add1a tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
e4ff6729c0ca3009 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
9e3ab81371b52491 tests/vignettes/safety-second-antipsychotic.yaml compare --format text
db0a5bf99d225eed tests/vignettes/safety-second-antipsychotic.yaml compare --format html
4652b50a2c4b61ec tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a70ee4e3e70410cd tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
49fd332530d19753 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
24a88328f0c9f9d8 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
51a771c073946f22 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
c9b8434e5014ff23 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
5f4ab0d685adf6db tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
5275acfebe9ba497 tests/vignettes/safety-serotonergic-combination.yaml compare --format text
67f6064ea56d5759 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
94a7aab7331552b1 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
211df879a9424a7b tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
34f81319e89df4cb tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
3b7f4e11fa54af10 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
5050fc1262f8aa8c tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
4b55841681a94892 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
0a28ff0800f718f4 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
bdf21e0d56076d43 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
71b2b1ef32c552da tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
40ad2cfb75a16530 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
24a67d46af73bf63 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
49578b7c16fc3bac tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
b2ddb415c13aca4c tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
60fd1ec1cbed4812 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
8596c58ad716fc67 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
6ee5bcbedf20d390 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
d1ab673a54daa24f tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
3219e1249d9ef5d2 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
528c434a2b7cee25 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
dccd6818e2f34c2f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
2d722b817ec56a86 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
90c139af6fe92e6b tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
189314326a4b0797 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
c23a9853342236e0 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
468f3c7d65d14b0e tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
87e641e8addc5af6 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
2f664f8898d78f75 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5f285727fa058c64 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a2986bee10781994 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
d67c402691f20fdd tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
b19d0cdbe62dda59 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
5e0e5024cc0dc65e tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
263a465964b688d8 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
e8b89c8c04fcc465 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
9326d325e78fd3ff tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
d76bee532f29aa76 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
08d002e96efe380e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
7805f0714dd89aee tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
de781500b4c875a9 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
e48d3e608473b665 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
64bfd5fd319c16bc tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
4984454ee45201db tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
74fcbcd7d6293923 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
62d542124a5efdbd tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
647826861711ef61 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
e3cd2cdc9e40c0f0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
bd9ae9a9ba91c33d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
49529ecd0cd53b82 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
02c94c46740642ce tests/vignettes/safety-washout-respected.yaml evaluate --format text
700a4c048703018d tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
bdb9aa957082422a tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
9d06bcdd52f19866 tests/vignettes/safety-washout-respected.yaml compare --format text
36fbaf717c437fa7 tests/vignettes/safety-washout-respected.yaml compare --format html
2ed01c49bf7672a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
97b156e12c28c4a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
c5f5c6b8d5d1103f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
c02ba768dac23202 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
bafd171e03068bd9 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
a36aa268ec88630c tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
239d4ae286eb6968 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
5e0c4b9debe738df tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
576c3d289395b79d tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
b50330edb06f8da5 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
ad73a9b5c6ec5c4f tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
57153a25cb937ff1 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
55306b8e22cbdac1 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
7abe24624d125b10 tests/vignettes/same-class-failures.yaml evaluate --format text
a68bc984c03f91a2 tests/vignettes/same-class-failures.yaml evaluate --format text --explain
50193e0ca2b876ff tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
6123b580eee4c031 tests/vignettes/same-class-failures.yaml compare --format text
36bb45a875d81130 tests/vignettes/same-class-failures.yaml compare --format html
488ed46f557b2325 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
165b6b047b3e7449 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
bd50c3801febae3c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
b8c52ca3e7dd5633 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
4192f5a603514b18 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
5583057af162b1cc tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
29745f09dbea5def tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
5f2bf249e8b7b236 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
f9ca92a061925d19 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
c86f2d2322b9cbb7 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
bf63cafa05ef1161 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
d88a69dee0ab0039 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
c3622e8c2d5cafd8 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
7aa575a5879106f6 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
d233dfd551e46ad6 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
de5d475de987c3ce tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
f8b7ce1557871c57 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
e62f465ab089500c tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
8aea93e7f28cf144 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
50ad3ecda2388f55 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b3ca88a3c166f182 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
4b3d4d4092856713 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
100c3c98c45c15cd tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
8d7476a074c22dd1 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
962be914a9b8172a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
5eb02468043c99a9 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
eb2e2f528fc692d4 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
d11b8fb462783a0c tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
234f42561ced72b8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
1ebe56bea08c3dd9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
045828435e7bb296 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
e3d8e2e9377501e1 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
40f18a28e6448fcd tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
51be2cd52c1de47d tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
e029d707217c002a tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
0c327ed583b5f70c tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
1718e52a4852e4d6 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
493f78839eca3e99 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
c8d6aa46b0106390 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
8c76db0e05d5958b tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
e18a4acfba12fe03 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
ae27be70ea58f210 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
1633f4a9bdd74141 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
762e8a8d49bf578f tests/vignettes/stard-level-1-exit.yaml compare --format text
4f63f5e888bc63cb tests/vignettes/stard-level-1-exit.yaml compare --format html
93a6d6d2f4d4767b tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
1b7753b4b0485e89 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
79234271e023f6eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
771d349ab10d03a1 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
030f6a2e37c8ea82 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
efcb8dee84aebe1f tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
7cd89175dca28b67 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
c4b3d986f14c6296 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
5193ad67e7d7e906 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
311901159f01033b tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e9c55ee6220c1b24 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9922b996f3c8f649 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
2a92b5706abeb69d tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
742f479133917b26 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
5da8d8eb9fd54d5e tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
aea5f10de7273d09 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
891fbd5e130a300c tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
d863735ebd2a5d31 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
c0098a2c22619afb tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
f614550513734af7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
bdd29d8248634f87 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
a5697a1045eba083 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
231e90c105430e27 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
634801aa39a5fed5 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
38c7c24cff1369ab tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
5a8ece11a1181aef tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
46deba97afbf005d tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
116af4db123bc8f6 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
818b380ae8e7646a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
c8983d38ea322d03 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
b5d352526e14c37b tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
99d28ca66bd6ab9a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
96af9173f4d64c39 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
25fd1cfdc3f8e855 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
1bf3cf113d832bbb tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
e3f62d5b618ab055 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
eae0c1adceaaff22 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
756e1127bf1071b6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
dd4bde9bedbccd07 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
18d1cccd6c454843 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
6586a46b5972da2d tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
24b456b145c321a6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
b9a417319177e6d2 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
618f2438916c1bae tests/vignettes/stard-level-1-troublesome.yaml compare --format text
35e070a99f385fd1 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
a8297ebc619c7fea tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
ccb31b3bab25d765 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
21e1704333202bd2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
5ed1c86505cba330 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
1d2473d97f2dcacf tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
cb202fd80f44a852 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
f0e0c542eb5e9273 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
7eb1e26e01790e16 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
f05092770a05efbc tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
0918921bfb587989 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
f8ce7ca69d6797dd tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
902c4f4ff90a0252 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
e8a56d126e167a39 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
c85143e10d113375 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
ddb5817d8573d7a9 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
2a5fde7698469665 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
de94da13c21a74a0 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
7f3a779e43ad55ff tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
2f722f01b361a21c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ed8a62bd169a8938 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
1fb9b2cb9074a218 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
1c2f15decf7ee31c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
a6412e4392ae12fc tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
ea70f7a261b17d8d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
6bff3e833d3e2a88 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
8dd6c96d856ae2b4 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
e6e4eec2ddbcde39 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
801a6007084188d6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
62b123880bea16b5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
52356e0aaafb4477 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
b64bf2b7763e964e tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
b7155d9d4a5e906a tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
519f2365a166d212 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
630e6859bef541f1 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
0caa970fd7f46bd6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
41a27c25212da513 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
eb2c66a936bd5edc tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
15d84d6879f9ffb6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
112330a3c57fa7a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
be26550b0bdbb929 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
226fee0f3c7973a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
0db0155f12f1e299 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
9b2af637ff1e0549 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
ec871abe24dbb71c tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
e1c8580ef84ebd20 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
ed86261cdd37f587 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
e60f35c08773006e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
588648c05313239a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
220c7c684b2d2cc2 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
d26ac540a786e39c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
00ec1ff6995bd489 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
25f2cb12e2a9e1f3 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
165f4dcbeaf5afb7 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
8994097060bd914d tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
b5d190cfddaa260a tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
a7bd6f2421ad38b4 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
22a4bf02e69861b6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
15c096848394cfa5 tests/vignettes/stard-level-2.yaml evaluate --format json --explain
d0f9d47135b0f27a tests/vignettes/stard-level-2.yaml evaluate --format text
89b6b52598f9d324 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
628fb27f0ac71fd0 tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
fd95128e6cb9dbba tests/vignettes/stard-level-2.yaml compare --format text
377ccbbea0de770c tests/vignettes/stard-level-2.yaml compare --format html
e834ab403e481f4d tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
13b79e77c720c112 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
bb5bc6d4ccfed72e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
2b4958508caee2c0 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
5e2acaa725473df4 tests/vignettes/stard-level-2a.yaml evaluate --format text
c4cd12b7c2dbc73d tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
8a52d754a606d9d2 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
64d3fbd58acc2a2a tests/vignettes/stard-level-2a.yaml compare --format text
139ada6b9d2eb422 tests/vignettes/stard-level-2a.yaml compare --format html
7177ce304b93f05c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
2c39a97de64f6ccd tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
ad68cbf7109ade93 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
ddb1b58d09b5cb67 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
37ab13562b028652 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
48406906668f9135 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
230789015f948a2a tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
fc4198bdfac3dc76 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
e8ade9709114bd1d tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
30b825be00c26352 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
81a4f87d7ae9b7b6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
3c5eece69e7c3af4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
29e73f92f396e9f7 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
856a096c39694369 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
271fdd513f57b531 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
e4b70cc6f0937b25 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
4339c24a8d57c577 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
70ec7b46c4610dfd tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
1eef479cd203304e tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
3b3b83433d4a97d3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
db090978fc4ce719 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
f18e8ec944595780 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
eb02e56448165806 tests/vignettes/stard-level-3.yaml evaluate --format text
c8db0f68c52e7565 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
198a30cd2496bfed tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
dabed3fdc57b963c tests/vignettes/stard-level-3.yaml compare --format text
7bbbec22b909bee5 tests/vignettes/stard-level-3.yaml compare --format html
a64b2869a7f0f9c3 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
bd0cbe790a7d420f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b92067506e868631 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
b9338eea851eb406 tests/vignettes/stard-level-4.yaml evaluate --format json --explain
63b6c29373d8a6d9 tests/vignettes/stard-level-4.yaml evaluate --format text
3447e8261587009b tests/vignettes/stard-level-4.yaml evaluate --format text --explain
04db92769defdc70 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
1c27955aad8ffab7 tests/vignettes/stard-level-4.yaml compare --format text
ea13869e0f804c4e tests/vignettes/stard-level-4.yaml compare --format html
a1884f2632f541cc tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
c2f5af36716ec15f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
267216b85ce95d50 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
d573427ab9b0840f tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
8888591875676f8a tests/vignettes/stard-other-scale.yaml evaluate --format text
829b65f8b51a5a85 tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
10d2d95c2a6fbb3f tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
53af10aedf0f390e tests/vignettes/stard-other-scale.yaml compare --format text
fcd0a079c3444210 tests/vignettes/stard-other-scale.yaml compare --format html
6d6c7563eae6ecaf tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a3216bbe9c166d35 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
dfd8b07c0ec9f65d tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
0c33355886e0b834 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
877b7c54d70d8894 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
3f85a3bd27d71040 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
5462127760c71df2 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
ab9ae3f5d4cd23e1 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
8c5ae7d3d541b69f tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
d6a829d5f543ca59 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
a793a35c09032bb1 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
fa90de7656b91785 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
15f6975d2c5f5d0b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
bc5735ba98a99f9c tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
ec80375272074457 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
9b8d1a8e43577076 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
a0c130befb202ef7 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
5b18d3d59ada6e51 tests/vignettes/stard-over-75-in-scope.yaml compare --format text
1ede4cabdb903930 tests/vignettes/stard-over-75-in-scope.yaml compare --format html
a5409f9f015e7574 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
3e6bf5af9e5dd294 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9be9a9db0d10775c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
eab09a9657610e72 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
ab06cd8c77dae213 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
de3b7708e50eae9a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
5da06d57fe23265a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
91a84b2f2c0d0abd tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
26260d13bc964487 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
b1656658803d8563 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
78b8d5fb66bc64c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ea49fe1c4c20b6da tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
fd74d42cd9745950 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
0b9226b2cee65015 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
7ebb7d97112c31a3 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
cbc5b69f80f2de6d tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
6068a6468ee26046 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
06c1b9766737c3c5 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
fddfaa893be7fa9c tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
cd62f01079964b08 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a4a75fcea22dc92e tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
96799ba72a8b7630 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
e9e4a16862f68424 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
0d23dc98fa7deaae tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
5d0280e428a22434 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
89b43c37ad74ac80 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
0acf5184afb088d8 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
2789174eee10caee tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
de3f14d61a39f050 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e15ee12eb066224b tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
a093c4d2babbe50c tests/vignettes/stard-remission.yaml evaluate --format json --explain
b1e36a7d1e447b97 tests/vignettes/stard-remission.yaml evaluate --format text
7d32b97ccd0fb3cf tests/vignettes/stard-remission.yaml evaluate --format text --explain
109248672a2a3092 tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
bd807f77c6c43ce8 tests/vignettes/stard-remission.yaml compare --format text
e5a92815c03e4ce0 tests/vignettes/stard-remission.yaml compare --format html
76f728a890ba4d03 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
a3abd7c8cc000201 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
cf4dd2697074f38f tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
15367529a6fd28ab tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
3e395e6e474a6f33 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
42057d636047c368 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
b248193ca0dd4229 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
6e4e5b36f3ef3701 tests/vignettes/subtherapeutic-dose.yaml compare --format text
a3d498ed55090cf1 tests/vignettes/subtherapeutic-dose.yaml compare --format html
7fc1c88b173b7647 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
a4a5a3568726cc4e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
c5b95d2fcb33dee8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
0f01fba82721f10c tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
67a418ec6e5929b5 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
65547c02f007fa0c tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
8d070ddc52e40f59 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iii.yaml compare --format text
6008e2cfbbf9d2cd tests/vignettes/thase-rush-stage-iii.yaml compare --format html
d3f91c2965bc67f5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
4cf9c4aa5df2c498 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
67a418ec6e5929b5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
65547c02f007fa0c tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
8d070ddc52e40f59 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iv.yaml compare --format text
6008e2cfbbf9d2cd tests/vignettes/thase-rush-stage-iv.yaml compare --format html
d3f91c2965bc67f5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
4cf9c4aa5df2c498 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
67a418ec6e5929b5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
65547c02f007fa0c tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
8d070ddc52e40f59 tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-v.yaml compare --format text
6008e2cfbbf9d2cd tests/vignettes/thase-rush-stage-v.yaml compare --format html
2b7ad9db23156168 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
db82540b16614945 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
0b2cb712fb664b1c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
4720fa3b23e466b2 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
74c87f4f0bc69192 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
94a7d314aae561ca tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
caa2fa8346749bd1 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
eac7fbbdde8d3962 tests/vignettes/trial-addition-stopped.yaml compare --format text
c3abd0b4420f9ef3 tests/vignettes/trial-addition-stopped.yaml compare --format html
a348201b027eb06e tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
9bc8d8a28348b223 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
92bda0fb87043789 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
5d3cb16a705a4385 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
0d64e091ca5007b2 tests/vignettes/trial-adherence-strict.yaml evaluate --format text
57df8199845c29eb tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
800301f481d9cf43 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
c8b68458921ced7d tests/vignettes/trial-adherence-strict.yaml compare --format text
f6769c9c7a8e3473 tests/vignettes/trial-adherence-strict.yaml compare --format html
03fb8e1919d2e7f3 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
ea83a0be234d95b5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
9758f08d1e908bbe tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
72a63da3ff72da4d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
2f76e3707042cb0a tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
b41672deaa62c5e6 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
73e8cd3cc990a966 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
92faabf7f25b8e7d tests/vignettes/trial-adjunct-own-window.yaml compare --format text
5cddb200200f1ebb tests/vignettes/trial-adjunct-own-window.yaml compare --format html
cbfeb86ff6f7ab00 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
0d3facf2157e5f90 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
65b8f182af9f173d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
ce0b50ef57b61717 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
3d63e85ea6caed87 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
71fbebd8a401d36b tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
e8573b8584cb8047 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
db4aa47e07917c88 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
c5fad55956a81e5d tests/vignettes/trial-atrq-worked-example.yaml compare --format html
c43bdcb239aba5ac tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
d6043eec88ff20c1 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
fcbf0c3fc8e38fb4 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
20ee63c9af1149cb tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
36146317ee3121bf tests/vignettes/trial-duplicate-course.yaml evaluate --format text
e1afbdf305b3493c tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
f1cf248a030673c5 tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
9ddf156e8e33f931 tests/vignettes/trial-duplicate-course.yaml compare --format text
b3c034f19531eed6 tests/vignettes/trial-duplicate-course.yaml compare --format html
95662470d8a364bd tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
05c31e297a479efe tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
18629623890f2f17 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
d6bfc01b021bcde5 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
fa7462c5adcdf7ce tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
02e5ca082f3acb68 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
ac03b03793de4c88 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
78cb47af78b2ca60 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
21712d1ebe82ecb7 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
d3be555fd1035bd7 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
224da48a8b45f33c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
092903bac471cd39 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
7cf3851d815b3912 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
7cc084312e06a1bf tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
8f4086a3abe07d37 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
5c528378f010bec5 tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
c6bdc7ad77f38a50 tests/vignettes/trial-ect-during-drug.yaml compare --format text
58c193fe5f3dc11f tests/vignettes/trial-ect-during-drug.yaml compare --format html
e40116d8ca6ccb9f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6802dd1981842190 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
255861d43400093c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
93ba2de9b3028a43 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
1bc848c5e852f1ff tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
78c88dba3dffc5e9 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
fdbbc7f78ee29bac tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
3f1d3c2e77c54cf3 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
fecb802e73f22976 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
b13e995d247ffa9c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ca36954195a36cf4 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
614352f6ee795fa1 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
d8721345b2c26f4c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
a9cb8d9eb0b21c16 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
ffd5763d0cc5bc3b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
19be009248858671 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
43c8fab1ac6d1e60 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
c81fdd8626719d31 tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
824913e39558aa12 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
691b95e19cd54e76 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
40c04b50e40e298b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
d34ac3fe4dde0a48 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
8a0d0365df3f2777 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
7299a977995c8210 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
b0443f632ff8e729 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
f8a09989047cf3a0 tests/vignettes/trial-relapse-after-remission.yaml compare --format text
d96dc1f33f98e7ec tests/vignettes/trial-relapse-after-remission.yaml compare --format html
72a5660ecec2f448 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
81fb36fc323be009 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
07937a7a47f209e5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
7424bb6373a5aa41 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
4654439e03cf715d tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
063da38ce078ac9a tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
fe52b0ed8f6f019d tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
0135a98d8b426c54 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
33a354b5db4b192e tests/vignettes/trial-relapse-ongoing.yaml compare --format html
7539ba4595b9e3a1 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
42a4de43b93467a5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
c1ddfc608d9fc4c5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
a77010ac35fe1be1 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
59ca7d963dc71e8d tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
5a1ee6695558f948 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
be641d31d6b2b816 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
a42b3a05cb876ed9 tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
d566c573089dfdb1 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
93750c192f352295 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
ccef7b39a44ab346 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
f4158dd3b67dc94b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
40539ae630cb64fb tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
36abe52f491f9c54 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
963945f64d2a682c tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
3b3ae7aed8c1676d tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
68c8844075f84106 tests/vignettes/trial-same-day-regimen.yaml compare --format text
90f9812250de4573 tests/vignettes/trial-same-day-regimen.yaml compare --format html
ff37b569f4d56bca tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
13a6c674fc973de4 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
d157890276ae7e0e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
6ee3dc3e5fb4971d tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
a2c30239821e6e42 tests/vignettes/trial-stale-scores.yaml evaluate --format text
b81c59fd8c8df06c tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
8811109229ead24c tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
758fc844a9fc96aa tests/vignettes/trial-stale-scores.yaml compare --format text
08db9414de69ad8a tests/vignettes/trial-stale-scores.yaml compare --format html
6156c23b0514132a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
4f98af7e7b9c0567 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
00a638b60b5f347b tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
1372de0a9d884761 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
14c2a09470e860ec tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
48f2606735a3a603 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
d78e7f69cbb39f29 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
fbfe753c69ed3152 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
a1f7c89cd6dd787e tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
00b26596e3409808 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
25d6bfa31be9c4f0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
93c4e8644d410c88 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
cf0b0a3010a270a7 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
466f50f34b287e07 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
c0abe73a780b3f09 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
8c698302dee94c43 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
3cf4ab621f695970 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
515a828a284793ef tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
28d93c85342f2350 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
0be86258b92db0f8 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
cd4d1d96e5c634bc tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
0bae798cde5b29b4 tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
098629fe8fdedc24 tests/vignettes/trial-without-dose.yaml evaluate --format text
872cd33adeb76256 tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
e5dbb8317aca6fa1 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
089b8729fde662f8 tests/vignettes/trial-without-dose.yaml compare --format text
b2622a2adcd39ada tests/vignettes/trial-without-dose.yaml compare --format html
