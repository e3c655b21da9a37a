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
f7702cf5cb8eeefc docs/examples/demo-0001.yaml evaluate --format text
d2c8e6598642e74c docs/examples/demo-0001.yaml evaluate --format text --explain
2aaf024989f97dd3 docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
aae8bd647f28edc8 docs/examples/demo-0001.yaml compare --format text
56559e7e6392aa88 docs/examples/demo-0001.yaml compare --format html
a4a8523c885ff17d docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
de1a043ad716c56b docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
492ae67595203d41 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
1ddf5c316a36c4bb docs/examples/demo-0002.yaml evaluate --format json --explain
b0d7fa0fe316e103 docs/examples/demo-0002.yaml evaluate --format text
6b6d96dec0de8ef0 docs/examples/demo-0002.yaml evaluate --format text --explain
81eca3e31b60a115 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
222b7e0642184072 docs/examples/demo-0002.yaml compare --format text
23b8dbf71c542a6a docs/examples/demo-0002.yaml compare --format html
bd8353cd7095596f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
4bbc8056c3f44c0f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
2afda670aec957b3 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
b211f63dc4a70646 tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
98735e3198cd9e1f tests/vignettes/adds-to-chain.yaml evaluate --format text
e52a149abd3d0654 tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
cf72ef0def3d155c tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
96a6d2fefdea329d tests/vignettes/adds-to-chain.yaml compare --format text
0c48e7f2c61170aa tests/vignettes/adds-to-chain.yaml compare --format html
8708a5d9c36c0309 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
c8e6cfa4cf1e66dc tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
cc126bb54774288a tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
cf7d345d7a07b2e1 tests/vignettes/adherence-poor.yaml evaluate --format json --explain
1c0cc5e624a201af tests/vignettes/adherence-poor.yaml evaluate --format text
37d21048e98871f9 tests/vignettes/adherence-poor.yaml evaluate --format text --explain
73e247f84aa05a81 tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
baa46e17719d4364 tests/vignettes/adherence-poor.yaml compare --format text
49cf4f09415c87ae tests/vignettes/adherence-poor.yaml compare --format html
f72f40121cb73057 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
7c2a9123ff26245f tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
930566957535c049 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
21df4e406e2c5ad4 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
b836a47a2d79c2e6 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
e47051ba8f2ba0c6 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
315dda920e7fdabb tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
8a7e131ae8a2d5b5 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
03ce5377b892677d tests/vignettes/augmentation-role-bupropion.yaml compare --format html
41bafe13129da80e tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
c1b949ba0cd66533 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
58b1f44f7e470467 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
354b4bd17a0dc89a tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
b99fb81931240478 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
d5005e040d817b9f tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
27e3aaa37f949b42 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
2130896023cfb350 tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
d996ec1dc96eacd2 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
714aa7eeea97a976 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
9a504ee6bed32747 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
ac76932908b59a28 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
c4c00639ab1c8485 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
b2e7a041f1f0d246 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
c080748b443c8e80 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
810f8b3d3acb98a3 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a00a827bbc8dac25 tests/vignettes/augmentation-role-lithium.yaml compare --format text
7a73060b24b747b2 tests/vignettes/augmentation-role-lithium.yaml compare --format html
a14bcc6a003cc91b tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
7469fb2bf724e25c tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
75b60d35584466aa tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
8e3415369c32684f tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
d33e19d221b1291a tests/vignettes/augmentation-role-stated.yaml evaluate --format text
fb8b8fa5bf8a8ea1 tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
aee7df509d2e078c tests/vignettes/augmentation-role-stated.yaml evaluate --format html
7ff1f848bff2438f tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
259e5268dee91433 tests/vignettes/augmentation-role-stated.yaml compare --format text
4579d83d4c97bc69 tests/vignettes/augmentation-role-stated.yaml compare --format html
1a1196f9c37278dc tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
a1c8b274bdfd06f8 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
220b99b3480249f9 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
b5f638ace85c2539 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
586dce14464c7ac1 tests/vignettes/baseline-window-edge.yaml evaluate --format text
ef835f55aa259ef7 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
0f9423118d231cc7 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
a6571d16c55dae1e tests/vignettes/baseline-window-edge.yaml compare --format text
c12475be7982e97a tests/vignettes/baseline-window-edge.yaml compare --format html
8db546cd72ca4134 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
bab585b65759f03e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
5f1ad5f36033417f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
6f7028b21e05fc25 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
a6e8ebe4c2cb0fe8 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
b506a2b5f9139a2e tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
64e4f88e40585565 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
fe0087419abe27e7 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
a06dd366e63553be tests/vignettes/canmat-below-therapeutic.yaml compare --format html
f75cb3111da61f46 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
0541e8bfad23e318 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
c12767e88f1a8be6 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
fac2c101ad8301e3 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
773ad1238c99fb82 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
a778a7b1b2e6fd74 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
802798b5bbcc05e2 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
ff0d9205b78f7164 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
a9d38dcd8d0f0152 tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
bcd57975615f7297 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
34dcc929900c5ec5 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
b218a2dc3343868d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
cf3c6fefa0bf90f3 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
a382cf43a7031278 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
e5a5a3c244d05a2e tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
de4a9e1ae40713cb tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
e28e9f105a238f87 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
ecdf6a74d3c38520 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
57c43700e1d5fb06 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
8c3d7df7526975af tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
2d685fb09f8dd91f tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
c3b491a0496919f2 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
1f25f5cb28e3e315 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
68d12e4347f44302 tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
206263c738f584ac tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
bc50e828eecac215 tests/vignettes/canmat-early-improvement.yaml compare --format text
c1df921f91efe2b8 tests/vignettes/canmat-early-improvement.yaml compare --format html
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
4b6a560204802fa6 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
f62618d46e005050 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
89b14b47f325cf22 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
5fe316cd7f61e935 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
33e98f3489eef7ed tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
1ebe345f387a2ab7 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
c74654f8787df405 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
097a83c82daf6c77 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
4028ca8f64bde7c0 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
3d72bca8d3fe4268 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
5cb8603d2fa2687b tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
b37274d172327ad6 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
d6d5d8e2678af301 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
ceb0683748d90170 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
0eb16850a66aa7a3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
af59edf912584a09 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
17413687293416b8 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
2f42499d807224a4 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
fd1f4abddd2a03a6 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
ac3758dafcb1f2d0 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
be060c9429558133 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
796ba721a03e15be tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
807681dd458f3efe tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
936c437146c740ce tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
b35e279ad13bf0f1 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
52546391e595b809 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
a1ab5b622be3dc27 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
76170134911e5c3f tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
15812b79da4785ae tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
3f889f5be14ad907 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
9697d1ee4d2bae3e tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
4e8279cd1e5764cf tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
d1119d12d913dccc tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
8adf9e11828a77aa tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
8628403dce94056e tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
c49fff6307d6e517 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
80943e1b29508dab tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
e59b0111cc879edb tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
fabc3916fb9b3d38 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
0b371717bb7d1bfc tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
9461a1ee44ad3288 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
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
9085761084288453 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
523f3254e90eae8a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
032ba288b0f17cd4 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
292b612c3e5c6d4b tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
ac4a16cf172d8d6e tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
6cdc85e308f78426 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
f19663a04f3a2485 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
e3dc520c37b7b6c9 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
fbab1edc0b98ff10 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
27d7bc5c7346b1a4 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
4563e94b601e7d79 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
7af3bc8ed0069b66 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
4440f0aeec321ba2 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
5ad1bf8571cfa55c tests/vignettes/canmat-partial-tolerated.yaml compare --format html
86c19265d06c6c54 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
001a078f21c5d59d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
04ffc02de6860126 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
5b5b1ddaaddaaa6c tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
00e0e00870d2bae9 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
b127c9bc008a368a tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
93bba393de415b14 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
76091082d63bf408 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
f66b48d5e85ef482 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
80cec3ef78577b81 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
8f81d68fa4f0460b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
5a05a73c84494fc8 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
4fd5bfa91f4b1f3b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
dbcae6de93aa6b59 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
f16e69f5c63eed0f tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
ead059950434b8e0 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
7ae5c8b2803e90ed tests/vignettes/canmat-remission-recurrent.yaml compare --format text
0b7b085a900dc96c tests/vignettes/canmat-remission-recurrent.yaml compare --format html
aa30e7cc2449eca8 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
564e3b9c235f4bd7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
897f21238e7804a2 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
493696c614c60e88 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
6b329e2b303e3ded tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
97f846e4204f141a tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
437c56a4e3fff5b1 tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
a4cd93ca295789cb tests/vignettes/canmat-response-without-remission.yaml compare --format text
8231b2095898a8b4 tests/vignettes/canmat-response-without-remission.yaml compare --format html
8b8dc693a79a2c10 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
2be897c73224ac9e tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
357f94a2944d6273 tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
5c7f720ca1e63004 tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
38d3dd7c023e0f8c tests/vignettes/canmat-second-trial.yaml evaluate --format text
4cb13ea34597857e tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
60939d8aab19723e tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
4b4fb9f9f017504f tests/vignettes/canmat-second-trial.yaml compare --format text
d85e0a671a277a97 tests/vignettes/canmat-second-trial.yaml compare --format html
c4f5d0e7fef2a5d2 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
905b55db1925085c tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
f553f138b701c615 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
5d348a350d27251b tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
c59d9cd292987d89 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
8a0b4bc865ffd8c6 tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
c048d5a21ee0873a tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
b3a42c2557543799 tests/vignettes/canmat-set-override-default.yaml compare --format text
0c857a94bbf9dddc tests/vignettes/canmat-set-override-default.yaml compare --format html
a2b284846d6cd90e tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
a2e295476cbf7e8f tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
6c97857ce2332eb4 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
c14a651823b28f28 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
ce09d8449d165856 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
dbc3fdd505ce868a tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
aeec26711a91988b tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
543dc9472b17e4a7 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
f63d2dd195d60148 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
ad84b1efbd6d5b34 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2a6619f88f018616 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
938a406d2a359189 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
d6bdd39c18c2bec3 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
d946d3d6cb7a0abd tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
e8e1d1259b09098c tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
9827eb161e284ee6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
bdf41c4950cb049c tests/vignettes/canmat-set-override-week-3.yaml compare --format text
734c9b251698a27c tests/vignettes/canmat-set-override-week-3.yaml compare --format html
1c04b81213d7c494 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
e9ae8a6550523216 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
d2a29cbef1d8507f tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
47c5e5d1abfac862 tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
f8a648ac0e8f54e3 tests/vignettes/canmat-set-override.yaml evaluate --format text
90d1d186d7208d71 tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
d8267195220872ef tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
98dacc492a96eafc tests/vignettes/canmat-set-override.yaml compare --format text
a13e7fd8ab6eb8c4 tests/vignettes/canmat-set-override.yaml compare --format html
ad9188d99468396c tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
86f84817ebb7a493 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
299aa8271cfd4f6d tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
b4573aedd775e547 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
7c4d453034ee9bb9 tests/vignettes/canmat-too-early.yaml evaluate --format text
067a2eac18538514 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
0fa3596f5a2be5bc tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
5e0a0999cb6ff20e tests/vignettes/canmat-too-early.yaml compare --format text
5152fc60ddcfcb56 tests/vignettes/canmat-too-early.yaml compare --format html
fdf43ede80cee58c tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
0b80ee889140f7bf tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
a438edcb7c86d63b tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
8296cc10e38fe792 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
306706fd3ffbf1ef tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
282e28181c67f692 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
cae5257b9878b992 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
7d20d3638d1e7030 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
28434639928dedcb tests/vignettes/canmat-trd-without-scores.yaml compare --format html
61fd22e873d18fb5 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
41c689574405d971 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
469611102c7d8bb3 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
0f5f748f0973bb04 tests/vignettes/canmat-trd.yaml evaluate --format json --explain
d90edf9bb1b188b9 tests/vignettes/canmat-trd.yaml evaluate --format text
de937fd8f653c0fe tests/vignettes/canmat-trd.yaml evaluate --format text --explain
eb8ce000a2b05052 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
a074ef79e2f12f94 tests/vignettes/canmat-trd.yaml compare --format text
af177d5d614da9cc tests/vignettes/canmat-trd.yaml compare --format html
cf36af5d60d9cd7c tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
4a5ecca098cc73cd tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
08202ddf4829ff1b tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
8c5c58d5437cad2a tests/vignettes/contract-example.yaml evaluate --format json --explain
f7702cf5cb8eeefc tests/vignettes/contract-example.yaml evaluate --format text
d2c8e6598642e74c tests/vignettes/contract-example.yaml evaluate --format text --explain
2aaf024989f97dd3 tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
aae8bd647f28edc8 tests/vignettes/contract-example.yaml compare --format text
56559e7e6392aa88 tests/vignettes/contract-example.yaml compare --format html
8fab1d16e50000d5 tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
9e94e9d27ba22b58 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
e6c47d12e608f06a tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
3d53f8376cd6e85d tests/vignettes/custom-definition.yaml evaluate --format json --explain
407bd3e7e58c045d tests/vignettes/custom-definition.yaml evaluate --format text
f13d669d834edeac tests/vignettes/custom-definition.yaml evaluate --format text --explain
5823259527aadf6e tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
e0f0f1c175dcc787 tests/vignettes/custom-definition.yaml compare --format text
54a0254c1a7022c0 tests/vignettes/custom-definition.yaml compare --format html
f2375fe9e82d05dc tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
5254ff6d9fcf3f44 tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
c4ffb9d105c41343 tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
df5b43783f86cb2a tests/vignettes/custom-staging.yaml evaluate --format json --explain
3414c236a5db708b tests/vignettes/custom-staging.yaml evaluate --format text
4b7bd17c565f0010 tests/vignettes/custom-staging.yaml evaluate --format text --explain
afc8ba2d2a057d73 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
02d60ab76d71b912 tests/vignettes/custom-staging.yaml compare --format text
683855d2b90a4273 tests/vignettes/custom-staging.yaml compare --format html
00683f5aa3081da6 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
b920c0012283467e tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
21a6d9e58fc1c97a tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
95fc0379dea84923 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
3409246c165b1533 tests/vignettes/different-class-failures.yaml evaluate --format text
ee9f93612f19e786 tests/vignettes/different-class-failures.yaml evaluate --format text --explain
5bb756f1af01df2f tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
4f65c972386f7cbb tests/vignettes/different-class-failures.yaml compare --format text
8e67a11b2deef157 tests/vignettes/different-class-failures.yaml compare --format html
f1dc27d3d3eb4247 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
7f93679ab028a579 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
cf62e8b1ff1d15b3 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
96cd18c269c1d057 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
e8adf5817b93b9f0 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
9309657a6eed4753 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
6e4928880448c53e tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
d596a04662e29a54 tests/vignettes/inefficacy-without-scores.yaml compare --format text
89a080ff5ed8d5a2 tests/vignettes/inefficacy-without-scores.yaml compare --format html
788cb58ec798d8bd tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
9e726b3e3708ae96 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
9b281b39ad06c702 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
2e90d962be0ea968 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
a3b02e94044b0c65 tests/vignettes/intolerance-week-2.yaml evaluate --format text
345f98b80f509ba8 tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
4e216a5cc5514ec9 tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
e7ec1350b9c973db tests/vignettes/intolerance-week-2.yaml compare --format text
e6c7e06d91a09d83 tests/vignettes/intolerance-week-2.yaml compare --format html
cded8af9e547ab50 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
a79699796ad85d08 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
b05e5adbdb71b252 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
9d6fd9a3ac3551d3 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
091e093c93c8b5dd tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
13ff8141bd9455e8 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
87cd5536c6ecd8b4 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
e82963d3e37aaa41 tests/vignettes/iso-vs-relative-days.yaml compare --format text
552afd18f4747fb5 tests/vignettes/iso-vs-relative-days.yaml compare --format html
002cce2c2b93f46a tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
447fbc748369072f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
a7601f07b855f825 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
372af0f9e0341e76 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
8337387431916cb7 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
b0ddefe81be0b4bc tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
dba90e19e1423238 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
48f014d88eab5edc tests/vignettes/iso-vs-relative-iso.yaml compare --format text
6edd4c695da33d44 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
c4f469c045a1daa7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
c65d5fe5a065610c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
00bd80a00ae2adb7 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
8be1569645202c38 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
84582c04c0be0d5d tests/vignettes/ketamine-per-kg.yaml evaluate --format text
c0915ce5a3b646e6 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
e621efa6ebc8cb4d tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
c2dae06a826db587 tests/vignettes/ketamine-per-kg.yaml compare --format text
beb78c8b45035bc7 tests/vignettes/ketamine-per-kg.yaml compare --format html
b4e872af5a376400 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
45c19015f25b5029 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
be1c5488ddb1006f tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
5a02f0feaf87b42f tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
efebc16255211120 tests/vignettes/mgh-s-full.yaml evaluate --format text
53eaf18d242f5107 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
744fa5fb70d30dd8 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
5cc1e468f1ee4517 tests/vignettes/mgh-s-full.yaml compare --format text
ccb550fbbc41120c tests/vignettes/mgh-s-full.yaml compare --format html
259b1032a92895e7 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
50a9e66afe3db2e8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
94b70a52ee9a37a8 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
1f80980b7e7179bd tests/vignettes/missing-baseline.yaml evaluate --format json --explain
a8dc4855f5d57f3c tests/vignettes/missing-baseline.yaml evaluate --format text
5ad6e4d1812f199f tests/vignettes/missing-baseline.yaml evaluate --format text --explain
d81ac6db9d2c85bb tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
9243f0b6ef979712 tests/vignettes/missing-baseline.yaml compare --format text
2adb9fad7ee003d8 tests/vignettes/missing-baseline.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
c7c064648e8f821b tests/vignettes/msm-duration-12-months.yaml evaluate --format text
47397035083eb519 tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
a65f2780638b9561 tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-12-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-12-months.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
c7c064648e8f821b tests/vignettes/msm-duration-13-months.yaml evaluate --format text
47397035083eb519 tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
a65f2780638b9561 tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-13-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-13-months.yaml compare --format html
ce642f65b27f6f98 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
152913657be5f198 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
618a5b80dd3c4c28 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
8fe64010adce6819 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
c7c064648e8f821b tests/vignettes/msm-duration-24-months.yaml evaluate --format text
47397035083eb519 tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
a65f2780638b9561 tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-24-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-24-months.yaml compare --format html
d26d7927c81c7f1d tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
38d3854cf30e01a0 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
9db78c518f4bb377 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
b746499e33a38d4f tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
c7c064648e8f821b tests/vignettes/msm-duration-25-months.yaml evaluate --format text
47397035083eb519 tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
a65f2780638b9561 tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
85059d4817f78ca1 tests/vignettes/msm-duration-25-months.yaml compare --format text
03408fa5973b4a4c tests/vignettes/msm-duration-25-months.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-10.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-10.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-10.yaml compare --format html
317a74c1722aec62 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
b58df9c110b4b28f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
78979314fb0462f5 tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
7ffc2d2eeb411767 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-11.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-11.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-11.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-2.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-2.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-2.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-3.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-3.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-3.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-4.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-4.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-4.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-5.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-5.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-5.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-6.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-6.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-6.yaml compare --format html
502c0d6a634796cd tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
cf1831dc32ac6650 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
b27b234ad2382b8c tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
40630149ed618c68 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
2eb0b34bf1f9203b tests/vignettes/msm-failures-7.yaml evaluate --format text
f063b2077c615646 tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
e812c2a516faa1ef tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
27ac5b607ea3afa4 tests/vignettes/msm-failures-7.yaml compare --format text
b02e3320c8dc8eb2 tests/vignettes/msm-failures-7.yaml compare --format html
b4b4e61dd569480b tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
57a98f591d5dc800 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
5e1c81adc652acbe tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
0ad72bb51d87d2c3 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
1d278c7180783741 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
d664851c1ab25201 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
b4712b9a2cd33619 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
4ec02ca0c02536cc tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
a5c57a1636a6b80e tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
eee32dc579c2c09e tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
97ce5117266a860a tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
3f61d322e6449933 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
1d8c9a8097fc0bdb tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
644eed9307e917ff tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
fc2f5743b10f5ef3 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
f5cc151f685add31 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
bacb4eeb4f9631af tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
6832ab6134c0c5b1 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
5abf7e39a9748a94 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
f4d29d9cbc264b7f tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
59ee2b8043860392 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
bd6319faeb868724 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
803dfec00577bdd9 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
141ef9e66b5f0866 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
ecf5e60bbe8db5dc tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
426b05ec9b07427f tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
bd18119383945266 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
45900e56eba10d09 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
4eed7affa6b4c48e tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
a3c1d587d33c4a85 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
a03baecfd7a9c01d tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
a1286b6075e5cdf3 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
37c05156973e7bb2 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
f492ca867939f0b5 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
ebece60880772a52 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
828471d49183a7c8 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
7b162a6541972c70 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
797a14ec5df5008e tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
7f1bb6d44c99c96c tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
99c6fb74717d35f9 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
d5983e91fd0e02d5 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
582411b8b561140b tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
47bd1d7e64333575 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
849ed62db1588fae tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
f4ae06d312d63d3b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
cb614ea7283cc825 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
24caf071f5c00645 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
879b47bb7b09e377 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
8b53bfd6d6202815 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
50ff63ed5e0ecf51 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
b37d3c6c843820f5 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
e11829af585b2bee tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
6993168b084f6622 tests/vignettes/nice-early-review-age-22.yaml compare --format text
50c50ce3ed8e1459 tests/vignettes/nice-early-review-age-22.yaml compare --format html
86129d53b7e9680e tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
24df959da0d6f17a tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
1330dd1f195c36b9 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
fe38d4be3d3eacfa tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
2666178891b61c4b tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
2bc2e53fa202b781 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
6c3d4e36ce498e7d tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
aa308697642af376 tests/vignettes/nice-early-review-age-40.yaml compare --format text
41aae2205c232bd6 tests/vignettes/nice-early-review-age-40.yaml compare --format html
5fa6d2b6cee7239f tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
62ffa6212d448a90 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
5afb7b45f25b8634 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
88ffe4e74e7735c1 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
9ff20d62ff7328ae tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
79c78ab742281011 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
68349c71ea9a0c95 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
90ceff919a3174db tests/vignettes/nice-early-review-no-scores.yaml compare --format text
6a8946a691fbc13b tests/vignettes/nice-early-review-no-scores.yaml compare --format html
84b7f10945aba488 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
4c0f28254c24885e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
85a0f228f4867a95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
cc9be528c03b39c6 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
bbef514abddd30d6 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
613bf054b707635e tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
7628444c6ce09c95 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
3d3dc95424352e49 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
96a5b7caedc073ee tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
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
8bd03bc084ff162a tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
69bf63f72ff7d5ac tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
eddb97c5647709af tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
973645bb1a1d8b0f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
47a0e2edb5843397 tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
7984643b70172289 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
5442ff01e5794cd5 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
89bed25e179ac452 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
257463d283f2943f tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
968b707d55b2aa37 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
1b3f4b37bd61cda9 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
926066e3fbdc8cd3 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
8f4c09cbea5b4cd8 tests/vignettes/nice-intolerance-stopped.yaml compare --format text
9b02d11b9ad321a4 tests/vignettes/nice-intolerance-stopped.yaml compare --format html
423825c814d80b6b tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
eb8d9fbb1d42000a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
885745dabd2f8a52 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
f7ec532b6ce883e4 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
75462a6f91dcdba6 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
c0ebf94520e207b9 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
a9681d94a2802a7a tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
dbc69ea1f16598fa tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
b384bf6448abbe91 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
4eabdd2ff00dc2f8 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
6015f55022620718 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
840a6ef3352cc858 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
0b023bc8fde8b41a tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
77503584c503d034 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
1c1657b3ee2f75ac tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
9f40c2f5d1fe9be0 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
7306996bde2de118 tests/vignettes/nice-no-response-week-4.yaml compare --format text
e380dd54a53c6b5d tests/vignettes/nice-no-response-week-4.yaml compare --format html
c1c5d7d795fababc tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
c8884bff6b39e313 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
c9bef36f7d1006c4 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
6685d94fba9d6917 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
60fcbae27bd74289 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
ac1edde518044b0c tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
0be3ba6cdf1fb784 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
fa8eed9a4f8a07ba tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
d08510684dea0f8f tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
d7141b301ce88086 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
1225ddb1282eeaae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
23b57fcd8b04e550 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
19be9192bfda2e6b tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
bdad14916945e130 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
c775e57d20236b9d tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
33b5a3b5230b3296 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
a95b34a3f0bfbaa2 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
55b85bb286d738fd tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
6ff1adcfdb437776 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
4d5f9dbd0eb6f27e tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
7d9bd889c60cfa2c tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
ab08e7ece58ed5ae tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
af4bfe1bc98c5f15 tests/vignettes/nice-partial-response.yaml evaluate --format text
de5e1ddce68f3f73 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
cba230300701da26 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
6cd16e0f3318be00 tests/vignettes/nice-partial-response.yaml compare --format text
c33bc77e2bed48c7 tests/vignettes/nice-partial-response.yaml compare --format html
fb4dd19876ec84ac tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
0d8cc52bd04c2a23 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
ab309d42f2f82f0c tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
c002300b82cabd87 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
c7e5d1578b294ecc tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
210c9f9b836de6f1 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
f29664196116a4e3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
6ad1b137a99fb069 tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
334f804314c4c4bc tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
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
230b89310d7f54a3 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
0cbdbf389df59e75 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
85446a9b5cf48cc2 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
8268857970e44dbb tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
1e52eb82bb8d2767 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
fa4c38371fd5f607 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
f8ad1234358cb020 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
e794b4a08c92083f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d1c2b701458590af tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
6cdb964f4ef21959 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
213a4b605b734c50 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
8fa7fd550efc846e tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
bd338ec03479adc8 tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
307af7ba05b2d9c7 tests/vignettes/nice-remission-first-episode.yaml compare --format text
f013e6d02deefe45 tests/vignettes/nice-remission-first-episode.yaml compare --format html
2db4674497e08c1f tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
3b7a032851ce7e91 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
3777149164d4d889 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
7bacc5ce73359c74 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
77ef9f3d0143dd7d tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
949a85cdd8b9e100 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
ff23794fc803f798 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
57a25fdea0bfbde1 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
2a22a303193b2ae7 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
71a4d3371a8b8653 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
a7bee895335f5cc3 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
52940f8de9d49b3c tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
6173509f824c2fe0 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
256b4d38d7ff0487 tests/vignettes/nice-response-not-remission.yaml evaluate --format text
d4f99523fc5e98a0 tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
d0c8da0a5a20f797 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
89c9956e0d7385a4 tests/vignettes/nice-response-not-remission.yaml compare --format text
b4f3414d91c6f1b7 tests/vignettes/nice-response-not-remission.yaml compare --format html
dcd9c477e53baace tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
dbfe921134a7dca7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
9171ba729e04e9a7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
3676a7a438a8f6d7 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
451a79a1b20a2616 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
70fc2533129ab1be tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
ab81b3352814ff53 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
784276ff6a5b9bc8 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
fcecbebc3f2cb590 tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
2511023d52376a92 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
c812094c3e74ad87 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
5205b40ec48e9b70 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
89b48c05e0a671e0 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
e312a2da03ce4fc2 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
52d1def51b68ed86 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
32cd29960c1c4fcd tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
3f0e2cf0edf2ab8a tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
79ff4fcfc51297d8 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
e1a33403b425f586 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
14ad5bc8c372739a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
60036901d374b73c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
e546657fa974c52a tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
0c60114828b4a7de tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
b3750fa78af25f1d tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
7a8f679d6d67d69d tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
f04d067af3b3d423 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
1bd5a9621c218cf0 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
49a676d7727ea1cd tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
63c8389ba7e864af tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
88081a74fb712044 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
6b01763627e791e5 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
247de3be99985b72 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
291361dafa7c82fd tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
10a25e2b1bdde00e tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
5c224d6a723b92a6 tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
a0d03eea93f4f78c tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
bea02834b2e44fbc tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
292bb5cda5f028f3 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
9997311af54c9e90 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
280f6c9f6719017d tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
9201d35ee0be799b tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
ca83f8e038acf050 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
e16a26958d3283ea tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
a6a159b69a540502 tests/vignettes/nice-two-failed-trials.yaml compare --format text
98d5e9241b09b7c8 tests/vignettes/nice-two-failed-trials.yaml compare --format html
a2529e628e973334 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8a72f62e5ebbc09e tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
a433ae8c6d9e43a5 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
eb4ac58f5c1d1210 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
4e7eca5483df9948 tests/vignettes/nice-under-18.yaml evaluate --format text
d669120b4a5dddcb tests/vignettes/nice-under-18.yaml evaluate --format text --explain
74a504a4c2310920 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
9ac6ee1674027eb0 tests/vignettes/nice-under-18.yaml compare --format text
8b60d634ddafd6c4 tests/vignettes/nice-under-18.yaml compare --format html
03c537b7072b8b2e tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
dd31918aed56a888 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
109b5e3936c53a70 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
2c7b8744b30f62f3 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
e64379222425c8da tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
58c94df638bd162f tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
3662315944d99819 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
91bea4f3e4179ead tests/vignettes/nice-vortioxetine-first.yaml compare --format text
d93261a00b4301a1 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
34a05bfeb5fa1319 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
921bebb5c4562a57 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
2b794a10ff5095ce tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
61ccde286f67b7bb tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
6720e618a370a756 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
98383786c929c306 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
f2c5f911424af7d1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
c274e4b5f9f5ec77 tests/vignettes/ongoing-trial-week-3.yaml compare --format html
aa9cc8d5ef25fa64 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
b74ca8291ac30633 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
f89a9e57cc0d5748 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
c19ba853fbda034f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
6720e618a370a756 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
98383786c929c306 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
f2c5f911424af7d1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
bcdb2fe7552599a3 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
c274e4b5f9f5ec77 tests/vignettes/ongoing-trial-week-8.yaml compare --format html
9c69d079c9814d7f tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
6765038cd9ef8780 tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
fdb7c06379907f04 tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
1b3bc6efaa8e7751 tests/vignettes/partial-responder.yaml evaluate --format json --explain
8cf5fb0ac6c444b2 tests/vignettes/partial-responder.yaml evaluate --format text
c9478a17556a76c9 tests/vignettes/partial-responder.yaml evaluate --format text --explain
6a89f00b4a16d2bb tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
8c07c35fa87ab725 tests/vignettes/partial-responder.yaml compare --format text
9d9576ecacae4362 tests/vignettes/partial-responder.yaml compare --format html
4c8ca4a9c0a061c7 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
120d593e6268358e tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
056a2342034d5984 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
62ee0e8be0dacb56 tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
481ebbf6ee7f18fa tests/vignettes/previous-episode-trial.yaml evaluate --format text
630c9fd1f4e14b7b tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
069f49a56df658d0 tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
cada354a2a027192 tests/vignettes/previous-episode-trial.yaml compare --format text
8a954d235d66ede0 tests/vignettes/previous-episode-trial.yaml compare --format html
984dde83e9bfe1de tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
29e160196f500855 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
f574a8bd59c05c7b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
eb8bd532302032fa tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
18d2cb13aa0baa62 tests/vignettes/remission-below-50-percent.yaml evaluate --format text
4edd8867b26742f1 tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
436e0d106d544d0b tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
d70a43c175860c20 tests/vignettes/remission-below-50-percent.yaml compare --format text
34a02e72c1d8c590 tests/vignettes/remission-below-50-percent.yaml compare --format html
8a2a3eb8e5d63aea tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
3683e90cc75048a5 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
68111eb97fa16812 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
257925032bfb5c00 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
dc44244c5232b3e8 tests/vignettes/safety-age-unknown.yaml evaluate --format text
071f254f543fc3c2 tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
7fae88e22b471ec9 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
03fdd6e60eeec79c tests/vignettes/safety-age-unknown.yaml compare --format text
21f44936eebf7e46 tests/vignettes/safety-age-unknown.yaml compare --format html
f2d19ebf90f4959c tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
ccd6738d44cc3b77 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
9f0e57e61bb89374 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
b1cfe2a091c8c790 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
0c45d331f6142982 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
48c17a1140ee2e97 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
9fff32b3492758d7 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
18b34d030dc6fe2a tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
5cd7265206e5531b tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
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
e27948cea3b14ba7 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
7d39f37532b8a46b tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
ed7c025e749255f1 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
3c1eaa71f5eada60 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
d0bca7eb3d3fca55 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
83b426de2f06e1a5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
ddef3780df670f3d tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
bba423f66bbc77ef tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
72a33344011b40c5 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
c846d61cad6be5a6 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
40cfc36b5cd2dc2a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
a2be6419a34afba0 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
9b4f1228bd719a23 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
ac6b7a0034185286 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
158c1913375c53d8 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
7a8660741fb309a2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
d95e24748d1c809a tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
54ba4bcc8eea113c tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
65575bc51d8f63d5 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
4292f95bf3af6165 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
168bc727d4259f43 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
858650bcbc897684 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
79c526f1e545027f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
2272fb8fc27c925f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
a7684b71a85b744c tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
934c0a51f1b1be57 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
90cdc9ea364d6a62 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
305db424323688fd tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
6b0aac32dfc97d97 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
58421486e84b7a51 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
0a5d7900524f0d75 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
53172377453b0e1f tests/vignettes/safety-citalopram-60mg.yaml compare --format html
2c25ee8281b5da23 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
87724c53cad3ab0e tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
cd53178ab9e85fd4 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
133ebfd900a3df2a tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
0dfcce7fcdbebdb5 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
436cb629bd38e330 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
76721c628a564775 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
39e8b5400eb7f566 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
119e0968c3af9ed0 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
aee04f70b2118d02 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
fe4ff580bb253e7f tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
2959e913e641a563 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
36da8ab0ba55bc04 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
c6aa0cf8ec16c2b3 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
909d4f71b9b7a9d8 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
8f55cbd12adfd1b1 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
e66a972a33599185 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
c06e5040bded8fb1 tests/vignettes/safety-citalopram-age-65.yaml compare --format html
067f31078f51becd tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
2640a77ad259d988 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
facef5e30a5ac612 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
3dad2962db0b3fae tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
b19e299cf63a4987 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
73935adaffa4b575 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
6ae542db45233c4b tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
cd5bd3ec6071c946 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
aa1b41a509898565 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
b1ff7b739128c162 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
988d42a367e459d5 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
cadb6f21bf077428 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
6dd92bade3f6608c tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
25f906476c4d796c tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
6acfdb3bb38df9f7 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
1feb65b00ad555f4 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
035bf75b81105e1f tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
cea9c49308d91d10 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
d10330fb296b6faf tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
369f88fe15368d48 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
d7eedf224798e3b2 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
63b03408996066ee tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
6463251d77251c4b tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
43d05334c6185e30 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
51d704792b15d548 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
6fabe4dd81227809 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
75d76439653323eb tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
ad2014c3f81102ac tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d8940ea45674454d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
6d24eca22c7173d8 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
0439c456232f1fb1 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
ffa6cf698ee8bb9b tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
0bd9a8ec4f76e221 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
12a465b62246ba9d tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
91e619c2a6491c63 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
2762b82642670573 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
8eeba3e4c95ac33d tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
56b7c2838fe65ac3 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
5b5452cdbdb1e68f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
71f2e5b127ae0c85 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
555fb4170619e1f3 tests/vignettes/safety-dose-above-max.yaml evaluate --format text
74940777174aea6b tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
c9e6960f35e8c269 tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
307867e070fa7535 tests/vignettes/safety-dose-above-max.yaml compare --format text
560f37c2159157c9 tests/vignettes/safety-dose-above-max.yaml compare --format html
b4c27679e317fa3b tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
0f8883304fb16e81 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
f8d231dfb141999c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
8b007fd1ba7c3df6 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
4e8e4718c5f4782c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
6b0e8e3de4121a64 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
d294e7157ac90b54 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
bac9a9a5a5d3b6e5 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
46836f929fc85d4b tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
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
72f95ff5cf029784 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
b303a5434a22a7e4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
1d84c8a997325bd3 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
6ba50b74ac1cf824 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
a655da751626ee58 tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
b9aab45906161285 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
1a2a4b9f8964703d tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
dc8522ea68bcfc6c tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
cdfecac8fb328b96 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
5fa2c3b390d3309e tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
733c5cb82583515b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
b05ff9f7bda63d64 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
8300dac4087de8c9 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
9ea33066a25db151 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
9c8cfcd1a532604a tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
a7fcda133b8fa793 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
0e5e5d1bdd9108d4 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
34701af52660e0da tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
02c302257e0d7b63 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
d599da90ab397446 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
e082e7d41c6c517f tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
bd4691b69c6e52d6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
d3596d13a0e638d2 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
f827e1f5b9fdbaba tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
1390a0be71b428bc tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
1051ebc92ad69579 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
b48db6c6aa2479af tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
76dc61d9d5cf77af tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
762255214aba803e tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
c427be42ffdaaef3 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
9771047407d035d7 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
26da77c36868e897 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
fdf51dd85be26944 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
480ccd6d131c0cd7 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
1e30d7dbada98866 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
6e3a5b89df01f0e4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
86c94f03968206f2 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
3bf094af6daf0798 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
98738f3bdf5f6835 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
c09f5a3d22ba0e39 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
3ef9a5156a25316c tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
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
ee8837c3437cf598 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
fc2cf2908f5e6869 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
c225ac5bd9d0445a tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
af12788de7c4eeb7 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
68339fe5a4bcb7d7 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
a49f0d2bb05e3b5a tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
5d6fdda34f3c3f27 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
e003d3062344c1dd tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
be0eec36a599520b tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
754ac52309697775 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
ac3672d28afcd06e tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
248d00ab9038de41 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
66b1f1d6cf69f644 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
d37061cd79e9046c tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
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
587c06b225433649 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
007eb6bd803d1bc0 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
978971f3331bbcf4 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
e11a85f02441492f tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
4e061358991b9f87 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
4e97e07b7865de5c tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
99603373066d419f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
b8c62fa35e585771 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
c08c6a12103b538b tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
1c745c6b9376c435 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
4749ba16e140bc7f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
fbf8bb065b8ee156 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
f02884f85415c3a0 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
b5ad4504864a4dc7 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
2df98cbe0522650b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
e3049de179223cf9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
e0f91ef3306e4eb9 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
0af05f6b879f06ec tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
bf62f6d2ec3c203f tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
d9b1609815fe7288 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
4a68f6a3cc8a9d2b tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
9e3ab81371b52491 tests/vignettes/safety-second-antipsychotic.yaml compare --format text
13488ccca02d9166 tests/vignettes/safety-second-antipsychotic.yaml compare --format html
4652b50a2c4b61ec tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
a70ee4e3e70410cd tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
49fd332530d19753 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
24a88328f0c9f9d8 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
231031ff9ae78cb2 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
79d929cd65f3eae2 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
aa3c79aa679778af tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
5275acfebe9ba497 tests/vignettes/safety-serotonergic-combination.yaml compare --format text
ca84c4e6f3738ebe tests/vignettes/safety-serotonergic-combination.yaml compare --format html
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
99d0322352a26e97 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
92bed95fa631d63d tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
abb613b2ccb56e09 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
6ee5bcbedf20d390 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
eb8fdc05aa5778fe tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
3219e1249d9ef5d2 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
528c434a2b7cee25 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
dccd6818e2f34c2f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
2d722b817ec56a86 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
c6a7a6415b9c0086 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
1eed6fdc98ab1c13 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
1714fb032d2503ae tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
468f3c7d65d14b0e tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
95a2606cb470a3ee tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
2f664f8898d78f75 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
5f285727fa058c64 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
a2986bee10781994 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
d67c402691f20fdd tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
767f4d74e9e6b30c tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
bdc98022bcb1fe0c tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
7991206c02f4c89a tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
e8b89c8c04fcc465 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
6f004e798f9bc18f tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
d76bee532f29aa76 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
08d002e96efe380e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
7805f0714dd89aee tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
de781500b4c875a9 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
4814bb925c1be8e2 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
1641220887a10881 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
811cf269da50171b tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
74fcbcd7d6293923 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
f2419f18869610e7 tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
647826861711ef61 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
e3cd2cdc9e40c0f0 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
bd9ae9a9ba91c33d tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
49529ecd0cd53b82 tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
2749ede0f905196f tests/vignettes/safety-washout-respected.yaml evaluate --format text
5ff0dd6ba00c13a4 tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
4a657fc2e44ff067 tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
9d06bcdd52f19866 tests/vignettes/safety-washout-respected.yaml compare --format text
e15bfa9b51668837 tests/vignettes/safety-washout-respected.yaml compare --format html
2ed01c49bf7672a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
97b156e12c28c4a0 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
c5f5c6b8d5d1103f tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
c02ba768dac23202 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
b14c99846c51dacf tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
870483f467b79ac7 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
d371afe0f3a467dc tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
5e0c4b9debe738df tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
fb2294d576c64e57 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
b50330edb06f8da5 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
ad73a9b5c6ec5c4f tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
57153a25cb937ff1 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
55306b8e22cbdac1 tests/vignettes/same-class-failures.yaml evaluate --format json --explain
0e8d1cb1b64ee547 tests/vignettes/same-class-failures.yaml evaluate --format text
85e778ca51a12f1a tests/vignettes/same-class-failures.yaml evaluate --format text --explain
d4fbf3c07ecfd99f tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
6123b580eee4c031 tests/vignettes/same-class-failures.yaml compare --format text
3a9f99380abb4e65 tests/vignettes/same-class-failures.yaml compare --format html
488ed46f557b2325 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
165b6b047b3e7449 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
bd50c3801febae3c tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
b8c52ca3e7dd5633 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
6cdb8629e027a835 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
adf2adfc5ee475d9 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
116b53a229c9fa80 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
5f2bf249e8b7b236 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
51a7b13b7f29ff84 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
c86f2d2322b9cbb7 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
bf63cafa05ef1161 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
d88a69dee0ab0039 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
c3622e8c2d5cafd8 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
bcade4726a90a962 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
1c22fb6191136691 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
bf140bf35d0f5474 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
f8b7ce1557871c57 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
ca0588f443dffbc2 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
8aea93e7f28cf144 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
50ad3ecda2388f55 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
b3ca88a3c166f182 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
4b3d4d4092856713 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
c9914d78e817ee0d tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
08ced03b1c21b44b tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
45e68642f3f12c29 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
5eb02468043c99a9 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
cab5d87b25bbb24e tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
d11b8fb462783a0c tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
234f42561ced72b8 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
1ebe56bea08c3dd9 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
045828435e7bb296 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
a0b46227da2b7b45 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
8bd767b77f1aabe0 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
d6a1a5130855d70d tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
e029d707217c002a tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
7b18889d67629311 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
1718e52a4852e4d6 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
493f78839eca3e99 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
c8d6aa46b0106390 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
8c76db0e05d5958b tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
54ea99569144bb56 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
553da44c975bc43e tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
6b9de2c71008d372 tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
762e8a8d49bf578f tests/vignettes/stard-level-1-exit.yaml compare --format text
f7adb744a9de0cf0 tests/vignettes/stard-level-1-exit.yaml compare --format html
93a6d6d2f4d4767b tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
1b7753b4b0485e89 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
79234271e023f6eb tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
771d349ab10d03a1 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
7e9e2599cc9ae1a4 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
4ab136eff479add3 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
2e1ba31934152ce7 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
c4b3d986f14c6296 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
d5cb63ae335da8c1 tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
311901159f01033b tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e9c55ee6220c1b24 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
9922b996f3c8f649 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
2a92b5706abeb69d tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
efb123569ee419ae tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
d473f03cb0c044b9 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
2d05415000dbb913 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
891fbd5e130a300c tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
de1114371c549d95 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
c0098a2c22619afb tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
f614550513734af7 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
bdd29d8248634f87 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
a5697a1045eba083 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
8da7398d9a7e675d tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
84414eda4dc97472 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
89e02e6e2557f8bd tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
5a8ece11a1181aef tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
270270cac74b7b99 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
116af4db123bc8f6 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
818b380ae8e7646a tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
c8983d38ea322d03 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
b5d352526e14c37b tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
a241201380d94c80 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
5da1f76dfefe8511 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
241995e7b8bb36aa tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
1bf3cf113d832bbb tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
a3e3fd6ed60b4fc3 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
eae0c1adceaaff22 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
756e1127bf1071b6 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
dd4bde9bedbccd07 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
18d1cccd6c454843 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
f3ae93e66660ef75 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
44f02b1cba9d5edb tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
d8d23eafcefb253b tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
618f2438916c1bae tests/vignettes/stard-level-1-troublesome.yaml compare --format text
eee962dfa640012b tests/vignettes/stard-level-1-troublesome.yaml compare --format html
a8297ebc619c7fea tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
ccb31b3bab25d765 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
21e1704333202bd2 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
5ed1c86505cba330 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
d0dbc846dc97ab25 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
cfe2aa3152a59882 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
47bb32dcce73f36b tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
7eb1e26e01790e16 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
47a4b5daaf03679f tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
0918921bfb587989 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
f8ce7ca69d6797dd tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
902c4f4ff90a0252 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
e8a56d126e167a39 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
f1f00a1b5e6a95e6 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
0640ee51a6d15d21 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
c52066f31bd7bd48 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
de94da13c21a74a0 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
a9ac27efefdb5bbb tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
2f722f01b361a21c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
ed8a62bd169a8938 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
1fb9b2cb9074a218 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
1c2f15decf7ee31c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
bcf3a98104ba298c tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
908c38fa8bab41fb tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
4a5d43ec21c99d47 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
8dd6c96d856ae2b4 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
ecbc960311563920 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
801a6007084188d6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
62b123880bea16b5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
52356e0aaafb4477 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
b64bf2b7763e964e tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
ceb7970d07f5a1c0 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
b410954d8f188c0c tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
9393a238940c2c2f tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
0caa970fd7f46bd6 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
cbfba9c23b847b8c tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
eb2c66a936bd5edc tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
15d84d6879f9ffb6 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
112330a3c57fa7a9 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
be26550b0bdbb929 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
45e3fdd299f13580 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
613af31e670b528c tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
d1dd157619749aca tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
ec871abe24dbb71c tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
436150346ff66c9f tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
ed86261cdd37f587 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
e60f35c08773006e tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
588648c05313239a tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
220c7c684b2d2cc2 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
e235b47de3c21704 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
c8940e9438df3f04 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
00122aea9eda2b2c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
165f4dcbeaf5afb7 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
61e01b5a8bdcebb4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
b5d190cfddaa260a tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
a7bd6f2421ad38b4 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
22a4bf02e69861b6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
15c096848394cfa5 tests/vignettes/stard-level-2.yaml evaluate --format json --explain
6c1102d32032cbc1 tests/vignettes/stard-level-2.yaml evaluate --format text
8a07574a80d5ff90 tests/vignettes/stard-level-2.yaml evaluate --format text --explain
12726ba89cd2747d tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
fd95128e6cb9dbba tests/vignettes/stard-level-2.yaml compare --format text
920f2d311bbe06e3 tests/vignettes/stard-level-2.yaml compare --format html
e834ab403e481f4d tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
13b79e77c720c112 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
bb5bc6d4ccfed72e tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
2b4958508caee2c0 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
40ef56c9c550e11d tests/vignettes/stard-level-2a.yaml evaluate --format text
7a908aca50e25e12 tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
a8e0a753ba97b88b tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
64d3fbd58acc2a2a tests/vignettes/stard-level-2a.yaml compare --format text
76cc66981acf9a69 tests/vignettes/stard-level-2a.yaml compare --format html
7177ce304b93f05c tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
2c39a97de64f6ccd tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
ad68cbf7109ade93 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
ddb1b58d09b5cb67 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
53cf09c2cd688d99 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
77c328fa3933df14 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
44d8b10d33db5ce8 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
fc4198bdfac3dc76 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
8ead78275b0d4374 tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
30b825be00c26352 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
81a4f87d7ae9b7b6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
3c5eece69e7c3af4 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
29e73f92f396e9f7 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
cc642a649c70dc96 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
309cef5e717b7d00 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
e70ce4f577abc52f tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
4339c24a8d57c577 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
062bc6fdd27f6bf3 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
1eef479cd203304e tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
3b3b83433d4a97d3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
db090978fc4ce719 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
f18e8ec944595780 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
42882a37ae150bf7 tests/vignettes/stard-level-3.yaml evaluate --format text
84ebdeeff87c8572 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
5955ea8f70583439 tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
dabed3fdc57b963c tests/vignettes/stard-level-3.yaml compare --format text
b56812445f029312 tests/vignettes/stard-level-3.yaml compare --format html
a64b2869a7f0f9c3 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
bd0cbe790a7d420f tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
b92067506e868631 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
b9338eea851eb406 tests/vignettes/stard-level-4.yaml evaluate --format json --explain
788209c434ba2137 tests/vignettes/stard-level-4.yaml evaluate --format text
212980ac5f19413a tests/vignettes/stard-level-4.yaml evaluate --format text --explain
38e7e268394d4def tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
1c27955aad8ffab7 tests/vignettes/stard-level-4.yaml compare --format text
929e4499f4f3bcb5 tests/vignettes/stard-level-4.yaml compare --format html
a1884f2632f541cc tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
c2f5af36716ec15f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
267216b85ce95d50 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
d573427ab9b0840f tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
e753720a9ab1bc2b tests/vignettes/stard-other-scale.yaml evaluate --format text
894af969ab139199 tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
1106791c9716153c tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
53af10aedf0f390e tests/vignettes/stard-other-scale.yaml compare --format text
5e3d624560a73ef1 tests/vignettes/stard-other-scale.yaml compare --format html
6d6c7563eae6ecaf tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
a3216bbe9c166d35 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
dfd8b07c0ec9f65d tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
0c33355886e0b834 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
8698f16da6a2ef33 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
a661d1dc7bccb3d5 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
d43d24596daa40b6 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
ab9ae3f5d4cd23e1 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
8c5ae7d3d541b69f tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
0d778a8723fe6cc2 tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
a793a35c09032bb1 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
fa90de7656b91785 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
15f6975d2c5f5d0b tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
bc5735ba98a99f9c tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
f9a5048789560e9a tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
9fe76cedd37d6ee7 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
aee5274bc21351aa tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
5b18d3d59ada6e51 tests/vignettes/stard-over-75-in-scope.yaml compare --format text
a7e29e1b23714402 tests/vignettes/stard-over-75-in-scope.yaml compare --format html
a5409f9f015e7574 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
3e6bf5af9e5dd294 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
9be9a9db0d10775c tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
eab09a9657610e72 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
4fd32fd5a7b8ba6d tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
2076b191a3c91b0a tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
3c3e84be22e86329 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
91a84b2f2c0d0abd tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
74f3e151170553f8 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
b1656658803d8563 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
78b8d5fb66bc64c1 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
ea49fe1c4c20b6da tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
fd74d42cd9745950 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
e68fbe1573e4c822 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
c57d87e495581e25 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
869fa7972c6c88b2 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
6068a6468ee26046 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
f93441d136367767 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
fddfaa893be7fa9c tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
cd62f01079964b08 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
a4a75fcea22dc92e tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
96799ba72a8b7630 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
744facf09101f2e7 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
ba4eadd830adb284 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
4b56b603e1875d20 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
89b43c37ad74ac80 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
043c1d530e798f1f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
2789174eee10caee tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
de3f14d61a39f050 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
e15ee12eb066224b tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
a093c4d2babbe50c tests/vignettes/stard-remission.yaml evaluate --format json --explain
41c6aad4ce9ba59e tests/vignettes/stard-remission.yaml evaluate --format text
a09dcc56a379460e tests/vignettes/stard-remission.yaml evaluate --format text --explain
2dae9a3a7dd3a32f tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
bd807f77c6c43ce8 tests/vignettes/stard-remission.yaml compare --format text
baedf616f4bf8865 tests/vignettes/stard-remission.yaml compare --format html
76f728a890ba4d03 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
a3abd7c8cc000201 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
cf4dd2697074f38f tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
15367529a6fd28ab tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
cb6819a1df1cdb52 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
3b46451448fcaf8c tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
2481d213873496b6 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
6e4e5b36f3ef3701 tests/vignettes/subtherapeutic-dose.yaml compare --format text
a35403464d620ce8 tests/vignettes/subtherapeutic-dose.yaml compare --format html
7fc1c88b173b7647 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
a4a5a3568726cc4e tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
c5b95d2fcb33dee8 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
0f01fba82721f10c tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
f42299643f059312 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
0e24932ad36e0bec tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
38d73a2e92884bfe tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iii.yaml compare --format text
f72f24c9b48515af tests/vignettes/thase-rush-stage-iii.yaml compare --format html
d3f91c2965bc67f5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
4cf9c4aa5df2c498 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
f42299643f059312 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
0e24932ad36e0bec tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
38d73a2e92884bfe tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-iv.yaml compare --format text
f72f24c9b48515af tests/vignettes/thase-rush-stage-iv.yaml compare --format html
d3f91c2965bc67f5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
ec20049972c9ce39 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
68a61dcf91ca81a8 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
4cf9c4aa5df2c498 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
f42299643f059312 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
0e24932ad36e0bec tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
38d73a2e92884bfe tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
7bcebf65537e77d8 tests/vignettes/thase-rush-stage-v.yaml compare --format text
f72f24c9b48515af tests/vignettes/thase-rush-stage-v.yaml compare --format html
2b7ad9db23156168 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
db82540b16614945 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
0b2cb712fb664b1c tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
4720fa3b23e466b2 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
82f670206dd805df tests/vignettes/trial-addition-stopped.yaml evaluate --format text
b82c7035e00563dc tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
beb39f4d77a52e01 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
eac7fbbdde8d3962 tests/vignettes/trial-addition-stopped.yaml compare --format text
66ae6e2fae079a83 tests/vignettes/trial-addition-stopped.yaml compare --format html
a348201b027eb06e tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
9bc8d8a28348b223 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
92bda0fb87043789 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
5d3cb16a705a4385 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
b17f3db527b2aa0c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
25b8013497b221c0 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
26d0b50b4cf4ab13 tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
c8b68458921ced7d tests/vignettes/trial-adherence-strict.yaml compare --format text
3eba5ab9f63cceca tests/vignettes/trial-adherence-strict.yaml compare --format html
03fb8e1919d2e7f3 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
ea83a0be234d95b5 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
9758f08d1e908bbe tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
72a63da3ff72da4d tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
38aaef541e0e0651 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
b578a5d18c025b34 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
8972228e8aba6f37 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
92faabf7f25b8e7d tests/vignettes/trial-adjunct-own-window.yaml compare --format text
aa7940bfe272b2b2 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
cbfeb86ff6f7ab00 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
0d3facf2157e5f90 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
65b8f182af9f173d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
ce0b50ef57b61717 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
6f721ca7f5238fb3 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
29194c0a03eba05a tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
d144ae5ed05bb2db tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
db4aa47e07917c88 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
0ba8e0d5cbd2cb60 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
c43bdcb239aba5ac tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
d6043eec88ff20c1 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
fcbf0c3fc8e38fb4 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
20ee63c9af1149cb tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
20ab4a444228f3e4 tests/vignettes/trial-duplicate-course.yaml evaluate --format text
93796ad49f043255 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
0f850bd092a74aab tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
9ddf156e8e33f931 tests/vignettes/trial-duplicate-course.yaml compare --format text
05c38af6106373a2 tests/vignettes/trial-duplicate-course.yaml compare --format html
95662470d8a364bd tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
05c31e297a479efe tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
18629623890f2f17 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
d6bfc01b021bcde5 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
f9da113b6d2bfbb3 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
a4bec3523d41df05 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
cba35303de047b2f tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
78cb47af78b2ca60 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
9454a77cda455039 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
d3be555fd1035bd7 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
224da48a8b45f33c tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
092903bac471cd39 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
7cf3851d815b3912 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
ec0ea27a47960605 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
9c55bc5e697021f8 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
1de6ea48ad92cfdc tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
c6bdc7ad77f38a50 tests/vignettes/trial-ect-during-drug.yaml compare --format text
eecb877ea4015ccb tests/vignettes/trial-ect-during-drug.yaml compare --format html
e40116d8ca6ccb9f tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6802dd1981842190 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
255861d43400093c tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
93ba2de9b3028a43 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
406c9bf73feb939d tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
cb17785f3e132d84 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
69cd88b352435427 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
3f1d3c2e77c54cf3 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
904765b8af65ed01 tests/vignettes/trial-intolerance-after-window.yaml compare --format html
b13e995d247ffa9c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
ca36954195a36cf4 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
614352f6ee795fa1 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
d8721345b2c26f4c tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
4b03c83e0924ee99 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
127a867b54180943 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
d973fe9a8a079473 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
43c8fab1ac6d1e60 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
0fb9cbe01da8fac4 tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
824913e39558aa12 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
691b95e19cd54e76 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
40c04b50e40e298b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
d34ac3fe4dde0a48 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
f277d6a183d74960 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
61556e0272e8154e tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
604c946dfeddcbe9 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
f8a09989047cf3a0 tests/vignettes/trial-relapse-after-remission.yaml compare --format text
429682fcfffec8dd tests/vignettes/trial-relapse-after-remission.yaml compare --format html
72a5660ecec2f448 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
81fb36fc323be009 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
07937a7a47f209e5 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
7424bb6373a5aa41 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
0cbb65e959dc014f tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
59763a3328775936 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
c9f8fe601a001b55 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
0135a98d8b426c54 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
7a526b52960cd838 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
7539ba4595b9e3a1 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
42a4de43b93467a5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
c1ddfc608d9fc4c5 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
a77010ac35fe1be1 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
54abe7789b32458f tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
d94218afe33a77ca tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
449d06d06efe7e10 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
a42b3a05cb876ed9 tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
abe2cac6925ba661 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
93750c192f352295 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
ccef7b39a44ab346 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
f4158dd3b67dc94b tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
40539ae630cb64fb tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
32aeeabccf7fc503 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
b0ff2eea12583d19 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
8f0653994cfd92ed tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
68c8844075f84106 tests/vignettes/trial-same-day-regimen.yaml compare --format text
57bd2786cc152f18 tests/vignettes/trial-same-day-regimen.yaml compare --format html
ff37b569f4d56bca tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
13a6c674fc973de4 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
d157890276ae7e0e tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
6ee3dc3e5fb4971d tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
f62aa20d592445cc tests/vignettes/trial-stale-scores.yaml evaluate --format text
544d98c1477cf4d3 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
5132c6de83aba97e tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
758fc844a9fc96aa tests/vignettes/trial-stale-scores.yaml compare --format text
d894a24fccf90ff4 tests/vignettes/trial-stale-scores.yaml compare --format html
6156c23b0514132a tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
4f98af7e7b9c0567 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
00a638b60b5f347b tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
1372de0a9d884761 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
b70d1d3e8919a195 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
eb519fa6cfa93cff tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
d266b9e426bd2214 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
fbfe753c69ed3152 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
0aa1ed304557ee63 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
00b26596e3409808 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
25d6bfa31be9c4f0 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
93c4e8644d410c88 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
cf0b0a3010a270a7 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
fa7bfa2ac88d5552 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
29ac2c4caa6f739a tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
e1c873a5c79ac4e9 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
3cf4ab621f695970 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
3277d911615559e4 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
28d93c85342f2350 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
0be86258b92db0f8 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
cd4d1d96e5c634bc tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
0bae798cde5b29b4 tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
ba74ced360ee6d93 tests/vignettes/trial-without-dose.yaml evaluate --format text
43b10bf427105586 tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
bde31fedacdc3848 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
089b8729fde662f8 tests/vignettes/trial-without-dose.yaml compare --format text
c4b3b3b0f2b0317e tests/vignettes/trial-without-dose.yaml compare --format html
