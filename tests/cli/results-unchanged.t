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
# version masked, every line was 0.6.1's); and for safety 2026.12.03's
# suicidality-after-change rule reading the latest start or stop
# (start_stop.*), not the latest change of any kind (every JSON and text
# --explain view, for the safety file's version and the knowledge hash;
# the text and HTML views of the 44 files with that warning, for its
# message "latest start or stop (...)"; the CSV and compare views of the
# two that gain it, augmentation-role-stated and the new
# safety-suicidality-dose-raised-after-start; checked by comparing result/1
# over every file and guideline: recommendations, trials, TRD, staging and
# position unchanged).
# A refactor must leave every line unchanged, and a
# deliberate change of an answer must change exactly the lines of the
# files it concerns (and be in CHANGELOG.md).  To see what changed in a
# file's view, run the same command at an earlier commit and now, and diff.
$ sh tests/golden/results.sh
--- stdout
32316de499e1005e docs/examples/demo-0001.yaml evaluate --format json --guideline canmat-2023
9cc9a75689ce8b09 docs/examples/demo-0001.yaml evaluate --format json --guideline nice-ng222
0261052083133b4f docs/examples/demo-0001.yaml evaluate --format json --guideline star-d
13663489b8fc7198 docs/examples/demo-0001.yaml evaluate --format json --explain
6c782665014c3164 docs/examples/demo-0001.yaml evaluate --format text
26763bb6dbde3039 docs/examples/demo-0001.yaml evaluate --format text --explain
fadf25f2ee55bfab docs/examples/demo-0001.yaml evaluate --format html
9408f5774fc170a1 docs/examples/demo-0001.yaml evaluate --batch --format csv
18a052febf384d7e docs/examples/demo-0001.yaml compare --format text
03ffdbd12dc9aa6c docs/examples/demo-0001.yaml compare --format html
48bca421a109e3af docs/examples/demo-0002.yaml evaluate --format json --guideline canmat-2023
85480d07397fceaf docs/examples/demo-0002.yaml evaluate --format json --guideline nice-ng222
f3f7cb4d8b145057 docs/examples/demo-0002.yaml evaluate --format json --guideline star-d
39d5a6af5bcc8661 docs/examples/demo-0002.yaml evaluate --format json --explain
1440037c233b2bb4 docs/examples/demo-0002.yaml evaluate --format text
770cca570aad3744 docs/examples/demo-0002.yaml evaluate --format text --explain
01fb46a5c4f2bc24 docs/examples/demo-0002.yaml evaluate --format html
ad6c912527a4c48d docs/examples/demo-0002.yaml evaluate --batch --format csv
b0fdc8519081ba2e docs/examples/demo-0002.yaml compare --format text
f38209ec013e3da5 docs/examples/demo-0002.yaml compare --format html
97eefbc863ebaf96 tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline canmat-2023
b5a52fc65adb565f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline nice-ng222
d59ffd22a6704b4f tests/vignettes/adds-to-chain.yaml evaluate --format json --guideline star-d
bb4d3d642166090d tests/vignettes/adds-to-chain.yaml evaluate --format json --explain
d6934b36df59d564 tests/vignettes/adds-to-chain.yaml evaluate --format text
e6e76ea599a021ff tests/vignettes/adds-to-chain.yaml evaluate --format text --explain
3df0a538b73b38f8 tests/vignettes/adds-to-chain.yaml evaluate --format html
fe43e17d18374821 tests/vignettes/adds-to-chain.yaml evaluate --batch --format csv
427a1b2dc9581029 tests/vignettes/adds-to-chain.yaml compare --format text
bf52966d70914b45 tests/vignettes/adds-to-chain.yaml compare --format html
c00bc940882fabd5 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline canmat-2023
230c855bb08404d3 tests/vignettes/adherence-poor.yaml evaluate --format json --guideline nice-ng222
eaf7d08d986b5d8d tests/vignettes/adherence-poor.yaml evaluate --format json --guideline star-d
85983ac1ee0fefcc tests/vignettes/adherence-poor.yaml evaluate --format json --explain
f2e123156e4d4c0a tests/vignettes/adherence-poor.yaml evaluate --format text
f04f0bf74cb0107d tests/vignettes/adherence-poor.yaml evaluate --format text --explain
a34600ff762a527c tests/vignettes/adherence-poor.yaml evaluate --format html
01fa3e9f2db4784f tests/vignettes/adherence-poor.yaml evaluate --batch --format csv
d7ded9fb6b76fd66 tests/vignettes/adherence-poor.yaml compare --format text
df089acc1ee79d5f tests/vignettes/adherence-poor.yaml compare --format html
05dbfe007c014c24 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline canmat-2023
3e561fb151b3902b tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline nice-ng222
6f012ad29712933a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --guideline star-d
ae1d817db1dfb65e tests/vignettes/augmentation-role-bupropion.yaml evaluate --format json --explain
77ad6407a1651669 tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text
eeac388aa886b80a tests/vignettes/augmentation-role-bupropion.yaml evaluate --format text --explain
27f739e87b8acebb tests/vignettes/augmentation-role-bupropion.yaml evaluate --format html
d642c38142ac8003 tests/vignettes/augmentation-role-bupropion.yaml evaluate --batch --format csv
a31c8d23d01248c9 tests/vignettes/augmentation-role-bupropion.yaml compare --format text
650f806ece1dfa9c tests/vignettes/augmentation-role-bupropion.yaml compare --format html
fe82af78edd4533a tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline canmat-2023
57cbf4f9fa02e242 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline nice-ng222
f599a5fd8e2b70dd tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --guideline star-d
2ef1aa84789c85e3 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format json --explain
5360a809c2dc9dbf tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text
827fadd29864f9af tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format text --explain
131a3ec19cb29b45 tests/vignettes/augmentation-role-cross-taper.yaml evaluate --format html
526ce2689ea4e02b tests/vignettes/augmentation-role-cross-taper.yaml evaluate --batch --format csv
13126f9f667bf56a tests/vignettes/augmentation-role-cross-taper.yaml compare --format text
44612ab29e39ded1 tests/vignettes/augmentation-role-cross-taper.yaml compare --format html
6bdd0c54bf748b7b tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline canmat-2023
fc7689d99a563bd0 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline nice-ng222
d25df7c846bac0a5 tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --guideline star-d
d14c6f051972df2c tests/vignettes/augmentation-role-lithium.yaml evaluate --format json --explain
746bf376e7e83afa tests/vignettes/augmentation-role-lithium.yaml evaluate --format text
9aec18a907cae890 tests/vignettes/augmentation-role-lithium.yaml evaluate --format text --explain
205f4ab24d8d8023 tests/vignettes/augmentation-role-lithium.yaml evaluate --format html
ef374d9037c8e021 tests/vignettes/augmentation-role-lithium.yaml evaluate --batch --format csv
a794796354d12f33 tests/vignettes/augmentation-role-lithium.yaml compare --format text
5d87014ce9bf7743 tests/vignettes/augmentation-role-lithium.yaml compare --format html
eb77d8bc54ba5ff1 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline canmat-2023
58a0ba52c77f95a0 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline nice-ng222
1bfd6543267ce9a3 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --guideline star-d
aff7089a978233f3 tests/vignettes/augmentation-role-stated.yaml evaluate --format json --explain
3e9ffc399d0ad66d tests/vignettes/augmentation-role-stated.yaml evaluate --format text
79bf10308d8ddb0f tests/vignettes/augmentation-role-stated.yaml evaluate --format text --explain
9976f9d9b04ef14a tests/vignettes/augmentation-role-stated.yaml evaluate --format html
2bd8d218a9609e6a tests/vignettes/augmentation-role-stated.yaml evaluate --batch --format csv
992fff3a0f5b6f7c tests/vignettes/augmentation-role-stated.yaml compare --format text
8f05190f6b36c82f tests/vignettes/augmentation-role-stated.yaml compare --format html
4b872497847bf796 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline canmat-2023
608c63eb8b032905 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline nice-ng222
028cf2e3a78446b0 tests/vignettes/baseline-window-edge.yaml evaluate --format json --guideline star-d
9000f0afc7d62635 tests/vignettes/baseline-window-edge.yaml evaluate --format json --explain
d7a06e7b7a26aab3 tests/vignettes/baseline-window-edge.yaml evaluate --format text
3e27618b331a2b71 tests/vignettes/baseline-window-edge.yaml evaluate --format text --explain
7126f72c3b8d6717 tests/vignettes/baseline-window-edge.yaml evaluate --format html
5dabf5a2fd5b3148 tests/vignettes/baseline-window-edge.yaml evaluate --batch --format csv
778a354f13bd0bb5 tests/vignettes/baseline-window-edge.yaml compare --format text
dda80e71cb7b1283 tests/vignettes/baseline-window-edge.yaml compare --format html
4ff3994c9709c5d1 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline canmat-2023
938df13ebe84db38 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline nice-ng222
af59b16f95c68e7a tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --guideline star-d
06bc6218a5dae40f tests/vignettes/canmat-below-therapeutic.yaml evaluate --format json --explain
eaa669a2e3e0b352 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text
560f223e434e34bf tests/vignettes/canmat-below-therapeutic.yaml evaluate --format text --explain
1caecdb05947f918 tests/vignettes/canmat-below-therapeutic.yaml evaluate --format html
e010978fc61685a6 tests/vignettes/canmat-below-therapeutic.yaml evaluate --batch --format csv
1f055b91d949ee39 tests/vignettes/canmat-below-therapeutic.yaml compare --format text
e0bfc27ff94e9eae tests/vignettes/canmat-below-therapeutic.yaml compare --format html
9cde949fee3083ce tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline canmat-2023
68fa6210764a2a61 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline nice-ng222
a79b9ce3028b1c66 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --guideline star-d
9e91000daabc90ae tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format json --explain
27bb9559d1458660 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text
964e52b56180690d tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format text --explain
9026b93ec3d923f2 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --format html
bfa9c4a803fa0251 tests/vignettes/canmat-decision-point-ahead.yaml evaluate --batch --format csv
666081bf6a274808 tests/vignettes/canmat-decision-point-ahead.yaml compare --format text
dab33335aff8acfa tests/vignettes/canmat-decision-point-ahead.yaml compare --format html
882684669250ca0b tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline canmat-2023
53ad72619107d17d tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline nice-ng222
ec4c857329e4b3fd tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --guideline star-d
904e222663bb0088 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format json --explain
1be13ddc9683d232 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text
cc2cf91bd5a83fe8 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format text --explain
5213250acb8e96a1 tests/vignettes/canmat-decision-point-passed.yaml evaluate --format html
1b619e9452dfa820 tests/vignettes/canmat-decision-point-passed.yaml evaluate --batch --format csv
07b99d60b08c1155 tests/vignettes/canmat-decision-point-passed.yaml compare --format text
eefad1346e1ae026 tests/vignettes/canmat-decision-point-passed.yaml compare --format html
6929ef54a2c9c2b6 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline canmat-2023
738a2418cfe9cb84 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline nice-ng222
4d18e9d453e0f490 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --guideline star-d
357fe5d02b7b9d10 tests/vignettes/canmat-early-improvement.yaml evaluate --format json --explain
939cd5e2091861a1 tests/vignettes/canmat-early-improvement.yaml evaluate --format text
11bcd2c75eccaaff tests/vignettes/canmat-early-improvement.yaml evaluate --format text --explain
eac8f90402c3937e tests/vignettes/canmat-early-improvement.yaml evaluate --format html
b21b6f2400080ad3 tests/vignettes/canmat-early-improvement.yaml evaluate --batch --format csv
63b7a9bdb650736f tests/vignettes/canmat-early-improvement.yaml compare --format text
1f48cafb650b9eca tests/vignettes/canmat-early-improvement.yaml compare --format html
59d5baa39c756d4d tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline canmat-2023
cc8228482086ab9e tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline nice-ng222
a6c4206aa0493b1d tests/vignettes/canmat-initial-mild.yaml evaluate --format json --guideline star-d
933ec81aac4a80bf tests/vignettes/canmat-initial-mild.yaml evaluate --format json --explain
7e9edbccdc81bda6 tests/vignettes/canmat-initial-mild.yaml evaluate --format text
f2caed0d53db7fc3 tests/vignettes/canmat-initial-mild.yaml evaluate --format text --explain
925f0002f96058a6 tests/vignettes/canmat-initial-mild.yaml evaluate --format html
523b24ab83514035 tests/vignettes/canmat-initial-mild.yaml evaluate --batch --format csv
2b31154102d0314b tests/vignettes/canmat-initial-mild.yaml compare --format text
0de4f1934f9245cd tests/vignettes/canmat-initial-mild.yaml compare --format html
d47c55f3ed97b711 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline canmat-2023
30fdd848c67d37b4 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline nice-ng222
1d51a60cc66071a2 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --guideline star-d
d062bd4f713d1b26 tests/vignettes/canmat-initial-moderate.yaml evaluate --format json --explain
b89cca846517d813 tests/vignettes/canmat-initial-moderate.yaml evaluate --format text
b4d86688ac35bb3b tests/vignettes/canmat-initial-moderate.yaml evaluate --format text --explain
fa09084fa40075bd tests/vignettes/canmat-initial-moderate.yaml evaluate --format html
c41c0e761a92cfbb tests/vignettes/canmat-initial-moderate.yaml evaluate --batch --format csv
0ac1131f2d52dfaa tests/vignettes/canmat-initial-moderate.yaml compare --format text
dfadead0328b6b86 tests/vignettes/canmat-initial-moderate.yaml compare --format html
5acde15aa5fe4ca1 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline canmat-2023
bbe1b9bcf89bb702 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline nice-ng222
48ba0e26cc8a4440 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --guideline star-d
b28539aa8e1e7996 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format json --explain
1674aa1d3f47f50b tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text
cfa632731472133d tests/vignettes/canmat-initial-psychotic.yaml evaluate --format text --explain
beadd070a78f3cf3 tests/vignettes/canmat-initial-psychotic.yaml evaluate --format html
a6dfea628900dadb tests/vignettes/canmat-initial-psychotic.yaml evaluate --batch --format csv
5704ee2b250d3d23 tests/vignettes/canmat-initial-psychotic.yaml compare --format text
a13a19c8fd9870b0 tests/vignettes/canmat-initial-psychotic.yaml compare --format html
d09cec7ba232172a tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline canmat-2023
4e14fd8aec4d85e5 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline nice-ng222
33808fec328634e5 tests/vignettes/canmat-initial-severe.yaml evaluate --format json --guideline star-d
16a527be7987a2cc tests/vignettes/canmat-initial-severe.yaml evaluate --format json --explain
bf829cc2da964c59 tests/vignettes/canmat-initial-severe.yaml evaluate --format text
7c23097e5588e4a7 tests/vignettes/canmat-initial-severe.yaml evaluate --format text --explain
a163af5f61d1d34c tests/vignettes/canmat-initial-severe.yaml evaluate --format html
b8e9faac627ed3ba tests/vignettes/canmat-initial-severe.yaml evaluate --batch --format csv
662f307a8c07f236 tests/vignettes/canmat-initial-severe.yaml compare --format text
3c8fa3339897d0b1 tests/vignettes/canmat-initial-severe.yaml compare --format html
3543417ebf2768bc tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline canmat-2023
d76734d87d39c087 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline nice-ng222
bad11f42c8f29316 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --guideline star-d
8879dbf00e1c6ad7 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format json --explain
20eb83a101beb382 tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text
8267dfb79e45073c tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format text --explain
bfdab2ad89cdb3bc tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --format html
7a53427babcb963a tests/vignettes/canmat-no-early-improvement-troublesome.yaml evaluate --batch --format csv
f6fc19310c411387 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format text
5807fb1d0b4a54b3 tests/vignettes/canmat-no-early-improvement-troublesome.yaml compare --format html
65c74de48cca9806 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline canmat-2023
4bfb5b6b897305e1 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline nice-ng222
6e44d234c605bbbd tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --guideline star-d
d0e4ebc5c84fd4a5 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format json --explain
0f75376d0e44105b tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text
89d124dd3961d9d0 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format text --explain
18dc913f8d5a440f tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --format html
dbce8d6a799b7044 tests/vignettes/canmat-no-early-improvement-week-4.yaml evaluate --batch --format csv
002473929b4a4f70 tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format text
4274af799f3f383a tests/vignettes/canmat-no-early-improvement-week-4.yaml compare --format html
ac8a0abd8bf7a0d3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline canmat-2023
3610cb9e7891b008 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline nice-ng222
6cb6c3f38825c0e4 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --guideline star-d
6bbbee094e57bd07 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format json --explain
384e1d9e1bf88f74 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text
04d2e29fc010a30b tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format text --explain
0dc8decbc00117e3 tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --format html
c783b2f4559e18aa tests/vignettes/canmat-nonresponse-adequate.yaml evaluate --batch --format csv
30b147ab846bbee7 tests/vignettes/canmat-nonresponse-adequate.yaml compare --format text
b093f42c159bf65a tests/vignettes/canmat-nonresponse-adequate.yaml compare --format html
430365981cf3135b tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline canmat-2023
d815ada7a2a08580 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline nice-ng222
b36e76a728f27bd7 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --guideline star-d
9e24066413920c8d tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format json --explain
54e14a902a326c77 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text
634c6b961b56cd9e tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format text --explain
cb82f498e699e1b3 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --format html
0dc461edb5556927 tests/vignettes/canmat-nonresponse-week-12.yaml evaluate --batch --format csv
d73e0df51e5f8bf3 tests/vignettes/canmat-nonresponse-week-12.yaml compare --format text
98613d887f4a758f tests/vignettes/canmat-nonresponse-week-12.yaml compare --format html
d3d9acc16a5e3b6d tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
e99669dc662879f5 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
ea4f5c3d4899bd54 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
e5ebf963dca66ec4 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format json --explain
16e828f293f06e31 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text
3a58d9031c198d5a tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format text --explain
0b31765241f0d197 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --format html
164832ceda5102a3 tests/vignettes/canmat-out-of-scope-bipolar.yaml evaluate --batch --format csv
24986915f5e2f99b tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format text
b5813133624e9861 tests/vignettes/canmat-out-of-scope-bipolar.yaml compare --format html
7e84542db9d1b36f tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline canmat-2023
266b2d35ad3516fe tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline nice-ng222
a758b6d3c8f3047a tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --guideline star-d
450247b1c41d7ac4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format json --explain
192f6fa8e17ba6e2 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text
611829330dbfdba4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format text --explain
8c6e84de323a0ae1 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --format html
73c21b5207f2696e tests/vignettes/canmat-out-of-scope-subsyndromal.yaml evaluate --batch --format csv
e76a55c80f8b50a4 tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format text
2dd465b3f173c9ad tests/vignettes/canmat-out-of-scope-subsyndromal.yaml compare --format html
2fb4447f8230c557 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline canmat-2023
702ddf793b8dd85d tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline nice-ng222
1658e469506be65e tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --guideline star-d
9803b8ae03da48de tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format json --explain
0415ed8f1d041a71 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text
0576bd9d8ae264cc tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format text --explain
30980d2d5523f272 tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --format html
e4ea80d647d03e6a tests/vignettes/canmat-out-of-scope-under-18.yaml evaluate --batch --format csv
fd72759209797401 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format text
a217c35243da8d04 tests/vignettes/canmat-out-of-scope-under-18.yaml compare --format html
cca53ed498d7295f tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline canmat-2023
92334ff7339ca601 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline nice-ng222
77ff6ac318029bbc tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --guideline star-d
459c3407d08dd1cb tests/vignettes/canmat-partial-tolerated.yaml evaluate --format json --explain
13c08774927e3df6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text
ea7004454c2e654a tests/vignettes/canmat-partial-tolerated.yaml evaluate --format text --explain
03f625d37c998a58 tests/vignettes/canmat-partial-tolerated.yaml evaluate --format html
1cedd003c23383d6 tests/vignettes/canmat-partial-tolerated.yaml evaluate --batch --format csv
807ac82bf6e161f4 tests/vignettes/canmat-partial-tolerated.yaml compare --format text
17ff68df228c7111 tests/vignettes/canmat-partial-tolerated.yaml compare --format html
2e46aafa238a589a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline canmat-2023
6b77852e5924770a tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline nice-ng222
849d023f27ef8c1b tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --guideline star-d
02ec979340b94c08 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format json --explain
f16429f1ae9deab0 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text
969f7e70eacf3086 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format text --explain
ac41ad467d252e87 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --format html
80d069977690e003 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml evaluate --batch --format csv
3f2fc216d08b33a7 tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format text
ebbb6b48d754b96f tests/vignettes/canmat-psychotic-antipsychotic-added.yaml compare --format html
645019c537b12421 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
384e63422656a9a5 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
d1c0694bc8e1113b tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
bcb23ba831edb979 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format json --explain
3219bbaad2beb180 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text
954df3d2a4fe0a96 tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format text --explain
98d2f30d049f277e tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --format html
109d25338b1bf4cd tests/vignettes/canmat-psychotic-on-antidepressant.yaml evaluate --batch --format csv
d0f210ddaff94dbc tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format text
ea69e75742d9923a tests/vignettes/canmat-psychotic-on-antidepressant.yaml compare --format html
034025e7f86e2755 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline canmat-2023
0ee089878ec387ca tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline nice-ng222
9aa3ab54a508416d tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --guideline star-d
4111560c24730a2f tests/vignettes/canmat-remission-maintenance.yaml evaluate --format json --explain
1bee3a722d627b22 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text
c031cf17ed8df35a tests/vignettes/canmat-remission-maintenance.yaml evaluate --format text --explain
9b9129c4f265e4d6 tests/vignettes/canmat-remission-maintenance.yaml evaluate --format html
83431301c2ae765d tests/vignettes/canmat-remission-maintenance.yaml evaluate --batch --format csv
e47e30bb29fc8ba4 tests/vignettes/canmat-remission-maintenance.yaml compare --format text
f729ed404f174c14 tests/vignettes/canmat-remission-maintenance.yaml compare --format html
c2f38446e9e1dd9c tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline canmat-2023
07e62a207cb3964f tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline nice-ng222
1111a00d6f478be4 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --guideline star-d
1b9bea61a7c04948 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format json --explain
655805cb7efde03b tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text
653bbf9114946876 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format text --explain
907dcc01c7f3b085 tests/vignettes/canmat-remission-recurrent.yaml evaluate --format html
ed9e44d4982b438c tests/vignettes/canmat-remission-recurrent.yaml evaluate --batch --format csv
1090734251baebf7 tests/vignettes/canmat-remission-recurrent.yaml compare --format text
7b4ec014f79d0374 tests/vignettes/canmat-remission-recurrent.yaml compare --format html
13eca88fd0b36b0c tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline canmat-2023
ffcab86d7de09f6b tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline nice-ng222
c10ac277a0c56d8e tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --guideline star-d
620f600c33a272a7 tests/vignettes/canmat-response-without-remission.yaml evaluate --format json --explain
ff5042354cad4383 tests/vignettes/canmat-response-without-remission.yaml evaluate --format text
a884014c9d7042ea tests/vignettes/canmat-response-without-remission.yaml evaluate --format text --explain
5ef4ff071a4db85f tests/vignettes/canmat-response-without-remission.yaml evaluate --format html
9db066fbb966560e tests/vignettes/canmat-response-without-remission.yaml evaluate --batch --format csv
39fe043c1a521479 tests/vignettes/canmat-response-without-remission.yaml compare --format text
70448c882600873b tests/vignettes/canmat-response-without-remission.yaml compare --format html
b2c432897b5f60ac tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline canmat-2023
df94efa96a919a4b tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline nice-ng222
20a0f056153370de tests/vignettes/canmat-second-trial.yaml evaluate --format json --guideline star-d
3cde76e00786ff2c tests/vignettes/canmat-second-trial.yaml evaluate --format json --explain
227ee4399a6bff9d tests/vignettes/canmat-second-trial.yaml evaluate --format text
0681be18c465a0ea tests/vignettes/canmat-second-trial.yaml evaluate --format text --explain
85426a5dfcfa2840 tests/vignettes/canmat-second-trial.yaml evaluate --format html
8f0b9cce8ddc9c31 tests/vignettes/canmat-second-trial.yaml evaluate --batch --format csv
749825fc27e723a8 tests/vignettes/canmat-second-trial.yaml compare --format text
2705bd35d658323b tests/vignettes/canmat-second-trial.yaml compare --format html
0d0952ac9c008380 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline canmat-2023
f329ac7617834cf7 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline nice-ng222
d2dbe0e4bf9866e3 tests/vignettes/canmat-set-override-default.yaml evaluate --format json --guideline star-d
eb282e785128793e tests/vignettes/canmat-set-override-default.yaml evaluate --format json --explain
d930a869dc985184 tests/vignettes/canmat-set-override-default.yaml evaluate --format text
d2e2ef4370346f5b tests/vignettes/canmat-set-override-default.yaml evaluate --format text --explain
985ed66911bd3e2c tests/vignettes/canmat-set-override-default.yaml evaluate --format html
ebe9ba778c9dddd7 tests/vignettes/canmat-set-override-default.yaml evaluate --batch --format csv
3bb46146d91b8ba6 tests/vignettes/canmat-set-override-default.yaml compare --format text
de2361ec5c28cff2 tests/vignettes/canmat-set-override-default.yaml compare --format html
839505dec4a2044d tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline canmat-2023
b961e9afbe3bf712 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline nice-ng222
2a403f6826b43726 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --guideline star-d
33a0115b41689996 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format json --explain
4a3273cbb5f6eb69 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text
e1a1cce937f127f9 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format text --explain
115fd6d09a2eb7a7 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --format html
a3c449338b120582 tests/vignettes/canmat-set-override-week-3-default.yaml evaluate --batch --format csv
ba5bee6a21575325 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format text
f142d1e1a0c4c4f9 tests/vignettes/canmat-set-override-week-3-default.yaml compare --format html
11c4a2bfe355e944 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline canmat-2023
2151a339c6f3139c tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline nice-ng222
7ff9a87ec75a6fde tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --guideline star-d
8342edab46769407 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format json --explain
d4955a705ed12f6c tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text
2b245b453f7af8a6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format text --explain
b54c9c203bd97af7 tests/vignettes/canmat-set-override-week-3.yaml evaluate --format html
ae9982982972a1c6 tests/vignettes/canmat-set-override-week-3.yaml evaluate --batch --format csv
ca4a8a7fa6948305 tests/vignettes/canmat-set-override-week-3.yaml compare --format text
709843900d5569de tests/vignettes/canmat-set-override-week-3.yaml compare --format html
33bd71e0fcf1d27a tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline canmat-2023
053986d168689d84 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline nice-ng222
71ea413f4a3807f3 tests/vignettes/canmat-set-override.yaml evaluate --format json --guideline star-d
68fdcfc335b05421 tests/vignettes/canmat-set-override.yaml evaluate --format json --explain
ffd0fd0cc8168393 tests/vignettes/canmat-set-override.yaml evaluate --format text
c079c251ddce31bd tests/vignettes/canmat-set-override.yaml evaluate --format text --explain
9a02ee2a4df3bc0e tests/vignettes/canmat-set-override.yaml evaluate --format html
b748026af60e528e tests/vignettes/canmat-set-override.yaml evaluate --batch --format csv
1ae24cca4a44800c tests/vignettes/canmat-set-override.yaml compare --format text
22f3969242c4c83c tests/vignettes/canmat-set-override.yaml compare --format html
0c731b34d3dce76f tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline canmat-2023
4674db84a1b65587 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline nice-ng222
3dc2dc17f01e5398 tests/vignettes/canmat-too-early.yaml evaluate --format json --guideline star-d
ab00ee0eb7f72a72 tests/vignettes/canmat-too-early.yaml evaluate --format json --explain
c86a4270d703b67f tests/vignettes/canmat-too-early.yaml evaluate --format text
dc3f6a6bd9a13572 tests/vignettes/canmat-too-early.yaml evaluate --format text --explain
213688e2ca4dfc33 tests/vignettes/canmat-too-early.yaml evaluate --format html
b7fdf99bc4107163 tests/vignettes/canmat-too-early.yaml evaluate --batch --format csv
40e19c5b69455838 tests/vignettes/canmat-too-early.yaml compare --format text
254b170720e9b69b tests/vignettes/canmat-too-early.yaml compare --format html
e54ec9d14b31e515 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline canmat-2023
a1f9d7ff26db4456 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline nice-ng222
1079d0a21b60781c tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --guideline star-d
2e40bac46c3092ce tests/vignettes/canmat-trd-without-scores.yaml evaluate --format json --explain
70a031039d34fafb tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text
f27b4fd0e93cbdc0 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format text --explain
09c973b357ea43e2 tests/vignettes/canmat-trd-without-scores.yaml evaluate --format html
a5cc6b98c47b42de tests/vignettes/canmat-trd-without-scores.yaml evaluate --batch --format csv
31d817461d9b0531 tests/vignettes/canmat-trd-without-scores.yaml compare --format text
5e877f2109746394 tests/vignettes/canmat-trd-without-scores.yaml compare --format html
45d7f28789e5fef9 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline canmat-2023
45050fc641c3bd25 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline nice-ng222
06adec528cea7ef7 tests/vignettes/canmat-trd.yaml evaluate --format json --guideline star-d
ee01f96e233481ad tests/vignettes/canmat-trd.yaml evaluate --format json --explain
093802b29d48eaa7 tests/vignettes/canmat-trd.yaml evaluate --format text
94ce602751c39ca6 tests/vignettes/canmat-trd.yaml evaluate --format text --explain
675c4ca123b6a003 tests/vignettes/canmat-trd.yaml evaluate --format html
1146c055810aaffe tests/vignettes/canmat-trd.yaml evaluate --batch --format csv
88cf3fbdd70e37f0 tests/vignettes/canmat-trd.yaml compare --format text
908144869ae80efb tests/vignettes/canmat-trd.yaml compare --format html
5ccb983d5f6b30a3 tests/vignettes/contract-example.yaml evaluate --format json --guideline canmat-2023
9016379e00fe04ee tests/vignettes/contract-example.yaml evaluate --format json --guideline nice-ng222
99729d1da530c76f tests/vignettes/contract-example.yaml evaluate --format json --guideline star-d
97afe24a108ac09e tests/vignettes/contract-example.yaml evaluate --format json --explain
6c782665014c3164 tests/vignettes/contract-example.yaml evaluate --format text
26763bb6dbde3039 tests/vignettes/contract-example.yaml evaluate --format text --explain
fadf25f2ee55bfab tests/vignettes/contract-example.yaml evaluate --format html
9408f5774fc170a1 tests/vignettes/contract-example.yaml evaluate --batch --format csv
18a052febf384d7e tests/vignettes/contract-example.yaml compare --format text
03ffdbd12dc9aa6c tests/vignettes/contract-example.yaml compare --format html
cc681cb6232ecf6e tests/vignettes/custom-definition.yaml evaluate --format json --guideline canmat-2023
fc299d7d514a52a3 tests/vignettes/custom-definition.yaml evaluate --format json --guideline nice-ng222
83513497e56d0513 tests/vignettes/custom-definition.yaml evaluate --format json --guideline star-d
a5326852e10e3189 tests/vignettes/custom-definition.yaml evaluate --format json --explain
144dc7cf8e5effdc tests/vignettes/custom-definition.yaml evaluate --format text
49610d899f8efcf6 tests/vignettes/custom-definition.yaml evaluate --format text --explain
f0bec677dc63f716 tests/vignettes/custom-definition.yaml evaluate --format html
cfe9ab3a0cd4cc55 tests/vignettes/custom-definition.yaml evaluate --batch --format csv
03d087c843585d89 tests/vignettes/custom-definition.yaml compare --format text
558b5bad4017714d tests/vignettes/custom-definition.yaml compare --format html
061f3facf0608ab2 tests/vignettes/custom-staging.yaml evaluate --format json --guideline canmat-2023
e039abcab8c92cdc tests/vignettes/custom-staging.yaml evaluate --format json --guideline nice-ng222
5c32cfb2c25cd17b tests/vignettes/custom-staging.yaml evaluate --format json --guideline star-d
2be397ab293285ac tests/vignettes/custom-staging.yaml evaluate --format json --explain
8e1e6fa5a1d11b4c tests/vignettes/custom-staging.yaml evaluate --format text
9a4abf8426bccb85 tests/vignettes/custom-staging.yaml evaluate --format text --explain
50531cfdc389a4c2 tests/vignettes/custom-staging.yaml evaluate --format html
de6dcb6e434bc7bf tests/vignettes/custom-staging.yaml evaluate --batch --format csv
6a22bed861d2df56 tests/vignettes/custom-staging.yaml compare --format text
2266988a81973c31 tests/vignettes/custom-staging.yaml compare --format html
086ccfc15a3f6e01 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline canmat-2023
09488c2ae4b960d1 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline nice-ng222
32087fbd3e787452 tests/vignettes/different-class-failures.yaml evaluate --format json --guideline star-d
34bd7172bc7b2605 tests/vignettes/different-class-failures.yaml evaluate --format json --explain
2a4f8fbc20c377ab tests/vignettes/different-class-failures.yaml evaluate --format text
6b7ac46ff39ff2bc tests/vignettes/different-class-failures.yaml evaluate --format text --explain
c8f4c6f1dc48be99 tests/vignettes/different-class-failures.yaml evaluate --format html
87536f919771eb84 tests/vignettes/different-class-failures.yaml evaluate --batch --format csv
3af190d42715e902 tests/vignettes/different-class-failures.yaml compare --format text
ebd9ebbd46d7221f tests/vignettes/different-class-failures.yaml compare --format html
4ae23249eb194569 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
ab8c911df16582a0 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
e6b5f0685e854587 tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --guideline star-d
935653167a971b6e tests/vignettes/inefficacy-without-scores.yaml evaluate --format json --explain
69ce081c0944c360 tests/vignettes/inefficacy-without-scores.yaml evaluate --format text
7bcfc1908b6c903e tests/vignettes/inefficacy-without-scores.yaml evaluate --format text --explain
7622a73b6402ce61 tests/vignettes/inefficacy-without-scores.yaml evaluate --format html
7e09cee87a46e299 tests/vignettes/inefficacy-without-scores.yaml evaluate --batch --format csv
64d7009ee2a5a072 tests/vignettes/inefficacy-without-scores.yaml compare --format text
85088d9223dd255f tests/vignettes/inefficacy-without-scores.yaml compare --format html
c17583c76ca92e68 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline canmat-2023
920378d04ae45ad3 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline nice-ng222
654b29ee59d7c4a0 tests/vignettes/intolerance-week-2.yaml evaluate --format json --guideline star-d
81d2d4527b9ab692 tests/vignettes/intolerance-week-2.yaml evaluate --format json --explain
2e02635c9ed6e604 tests/vignettes/intolerance-week-2.yaml evaluate --format text
297976782e30c61c tests/vignettes/intolerance-week-2.yaml evaluate --format text --explain
9ae8666242a9ef2e tests/vignettes/intolerance-week-2.yaml evaluate --format html
5a3debeb2323b8ef tests/vignettes/intolerance-week-2.yaml evaluate --batch --format csv
112130a1f4bada23 tests/vignettes/intolerance-week-2.yaml compare --format text
0c6f6916df7cf582 tests/vignettes/intolerance-week-2.yaml compare --format html
e2ccbb8430f0a523 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline canmat-2023
15d75c975f6fbd86 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline nice-ng222
d086a8c24b534627 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --guideline star-d
dd31f8c1f9a1bec7 tests/vignettes/iso-vs-relative-days.yaml evaluate --format json --explain
52df857372145488 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text
f38cefafa7d1afe7 tests/vignettes/iso-vs-relative-days.yaml evaluate --format text --explain
153f7aecd76a3081 tests/vignettes/iso-vs-relative-days.yaml evaluate --format html
189e8e5f76357bb3 tests/vignettes/iso-vs-relative-days.yaml evaluate --batch --format csv
92be742c03bdae3a tests/vignettes/iso-vs-relative-days.yaml compare --format text
abe18ab617b045a1 tests/vignettes/iso-vs-relative-days.yaml compare --format html
696ab3846f9180eb tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline canmat-2023
d21f18afb1d60550 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline nice-ng222
cc44616607022f26 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --guideline star-d
68f1b9e6948bbf46 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format json --explain
b48d57a57b2729c3 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text
826524c1f022833f tests/vignettes/iso-vs-relative-iso.yaml evaluate --format text --explain
5523343485d9f3e2 tests/vignettes/iso-vs-relative-iso.yaml evaluate --format html
0d730180df81a280 tests/vignettes/iso-vs-relative-iso.yaml evaluate --batch --format csv
603a9bea9c92e473 tests/vignettes/iso-vs-relative-iso.yaml compare --format text
7418f941dfabec45 tests/vignettes/iso-vs-relative-iso.yaml compare --format html
525bd78fb4074d35 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline canmat-2023
4b06e29c55c71530 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline nice-ng222
d6eae8ebf7683820 tests/vignettes/ketamine-per-kg.yaml evaluate --format json --guideline star-d
c3b8b93da944fb8c tests/vignettes/ketamine-per-kg.yaml evaluate --format json --explain
2c67cc1c595c0822 tests/vignettes/ketamine-per-kg.yaml evaluate --format text
dd16270d3936a1d6 tests/vignettes/ketamine-per-kg.yaml evaluate --format text --explain
465079832fcfd7ef tests/vignettes/ketamine-per-kg.yaml evaluate --format html
d26b708c6e5361a7 tests/vignettes/ketamine-per-kg.yaml evaluate --batch --format csv
d8efba50663301c1 tests/vignettes/ketamine-per-kg.yaml compare --format text
2ed50a73863f49fb tests/vignettes/ketamine-per-kg.yaml compare --format html
538a058b5e48cf38 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline canmat-2023
252e7dc0dda4d485 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline nice-ng222
8196ab0445b845f8 tests/vignettes/mgh-s-full.yaml evaluate --format json --guideline star-d
85fe5c2e6bd48abd tests/vignettes/mgh-s-full.yaml evaluate --format json --explain
0d10a396154b6a36 tests/vignettes/mgh-s-full.yaml evaluate --format text
8bb43e07c9a3ef73 tests/vignettes/mgh-s-full.yaml evaluate --format text --explain
4d76bad9cd5b2051 tests/vignettes/mgh-s-full.yaml evaluate --format html
36a62dfee0d9c620 tests/vignettes/mgh-s-full.yaml evaluate --batch --format csv
cb55ebedb5573852 tests/vignettes/mgh-s-full.yaml compare --format text
5ad7ada95b1e24ee tests/vignettes/mgh-s-full.yaml compare --format html
22e63f3dc31a2db0 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline canmat-2023
fd249a30652bdd1e tests/vignettes/missing-baseline.yaml evaluate --format json --guideline nice-ng222
7a40513b4b9dd2e3 tests/vignettes/missing-baseline.yaml evaluate --format json --guideline star-d
0a77bd450dcfafed tests/vignettes/missing-baseline.yaml evaluate --format json --explain
acde0bb52206c533 tests/vignettes/missing-baseline.yaml evaluate --format text
bc3138767cac477e tests/vignettes/missing-baseline.yaml evaluate --format text --explain
66ddddd9f0e94cb9 tests/vignettes/missing-baseline.yaml evaluate --format html
9a223e446bca80f4 tests/vignettes/missing-baseline.yaml evaluate --batch --format csv
4a78d7fb459a5563 tests/vignettes/missing-baseline.yaml compare --format text
534f8f1503fe2704 tests/vignettes/missing-baseline.yaml compare --format html
f552d2073b4ba496 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline canmat-2023
803fe5b25105d22c tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline nice-ng222
391c198f9b21d461 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --guideline star-d
decc0f53a888d523 tests/vignettes/msm-duration-12-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-12-months.yaml evaluate --format text
0a88c492d3ff0f86 tests/vignettes/msm-duration-12-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-12-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-12-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-12-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-12-months.yaml compare --format html
f552d2073b4ba496 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline canmat-2023
803fe5b25105d22c tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline nice-ng222
391c198f9b21d461 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --guideline star-d
decc0f53a888d523 tests/vignettes/msm-duration-13-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-13-months.yaml evaluate --format text
0a88c492d3ff0f86 tests/vignettes/msm-duration-13-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-13-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-13-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-13-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-13-months.yaml compare --format html
f552d2073b4ba496 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline canmat-2023
803fe5b25105d22c tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline nice-ng222
391c198f9b21d461 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --guideline star-d
decc0f53a888d523 tests/vignettes/msm-duration-24-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-24-months.yaml evaluate --format text
0a88c492d3ff0f86 tests/vignettes/msm-duration-24-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-24-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-24-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-24-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-24-months.yaml compare --format html
f67fb0930a07019a tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline canmat-2023
bcba62592e2d445c tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline nice-ng222
d08c0abe0d342aa6 tests/vignettes/msm-duration-25-months.yaml evaluate --format json --guideline star-d
39f850a85300889b tests/vignettes/msm-duration-25-months.yaml evaluate --format json --explain
5a428db8d7707c92 tests/vignettes/msm-duration-25-months.yaml evaluate --format text
0a88c492d3ff0f86 tests/vignettes/msm-duration-25-months.yaml evaluate --format text --explain
c5cbd5f8c69065ec tests/vignettes/msm-duration-25-months.yaml evaluate --format html
dd38689c7efffddf tests/vignettes/msm-duration-25-months.yaml evaluate --batch --format csv
1e866d30aa36defa tests/vignettes/msm-duration-25-months.yaml compare --format text
427c40850d0ed49b tests/vignettes/msm-duration-25-months.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-10.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-10.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-10.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-10.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-10.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-10.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-10.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-10.yaml compare --format html
38ddd1f91a0bcc8f tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline canmat-2023
63c126957f493bfb tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline nice-ng222
bd2bb21e5a01dd4e tests/vignettes/msm-failures-11.yaml evaluate --format json --guideline star-d
71d5bdde78b6b9b8 tests/vignettes/msm-failures-11.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-11.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-11.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-11.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-11.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-11.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-11.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-2.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-2.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-2.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-2.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-2.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-2.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-2.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-2.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-3.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-3.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-3.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-3.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-3.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-3.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-3.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-3.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-4.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-4.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-4.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-4.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-4.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-4.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-4.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-4.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-5.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-5.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-5.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-5.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-5.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-5.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-5.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-5.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-6.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-6.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-6.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-6.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-6.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-6.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-6.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-6.yaml compare --format html
44df950f126a4663 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline canmat-2023
f24b2388c8517de7 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline nice-ng222
3b72774f423138d1 tests/vignettes/msm-failures-7.yaml evaluate --format json --guideline star-d
253c7a189d2c8b27 tests/vignettes/msm-failures-7.yaml evaluate --format json --explain
27d335681efa83d5 tests/vignettes/msm-failures-7.yaml evaluate --format text
ba99f9f71c417828 tests/vignettes/msm-failures-7.yaml evaluate --format text --explain
3d6a35e0913b0166 tests/vignettes/msm-failures-7.yaml evaluate --format html
2055f58ab9b255d9 tests/vignettes/msm-failures-7.yaml evaluate --batch --format csv
e7783ce9885c19e8 tests/vignettes/msm-failures-7.yaml compare --format text
cb83584e7925a9b1 tests/vignettes/msm-failures-7.yaml compare --format html
9d3dcb2bdb196c88 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline canmat-2023
1fb08f6641c1d319 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline nice-ng222
a330ea12a3446043 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --guideline star-d
85d0472d68d4f039 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format json --explain
ef4e7c4424b76627 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text
b714ca465ac51c9a tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format text --explain
0b2eef5e6b7637a1 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --format html
fe36bafec551ae83 tests/vignettes/msm-not-applicable-no-failure.yaml evaluate --batch --format csv
60197800328ca258 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format text
6554aa7d240619d8 tests/vignettes/msm-not-applicable-no-failure.yaml compare --format html
a89dbb2acbeaf651 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline canmat-2023
3f8a6848a4c6fae3 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline nice-ng222
9f9d46f9bcbc2a49 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --guideline star-d
14ec789553398e17 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format json --explain
d3b6f1100a16c504 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text
5dc76412ba627ab9 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format text --explain
7f380f4644685043 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --format html
27ac765dcf04be73 tests/vignettes/msm-not-applicable-no-severity.yaml evaluate --batch --format csv
fcf833781d90d4a4 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format text
c9812f995125b0d7 tests/vignettes/msm-not-applicable-no-severity.yaml compare --format html
17379ee168751b59 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline canmat-2023
e638154a071d2c14 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline nice-ng222
3c1d67c83c1e2e31 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --guideline star-d
2e81e14623856db9 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format json --explain
4ea3d97a571422f5 tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text
45484d9f28463dfe tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format text --explain
8955b2e0a8e9d2be tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --format html
9d0e1c37db90990c tests/vignettes/nice-antidepressant-first-mild.yaml evaluate --batch --format csv
ef676665412eb3cf tests/vignettes/nice-antidepressant-first-mild.yaml compare --format text
3e23a3742a783f69 tests/vignettes/nice-antidepressant-first-mild.yaml compare --format html
7b5154e074469ad9 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline canmat-2023
43a4569eef3c79d2 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline nice-ng222
b983821efec388e9 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --guideline star-d
b863d805750125a0 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format json --explain
e8d126cc904e81de tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text
eb1d901820c26b5a tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format text --explain
3fb01c89281b1d5c tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --format html
2c8efffcc6505064 tests/vignettes/nice-antidepressant-first-phq9-15.yaml evaluate --batch --format csv
d3a7149b6bb353fa tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format text
b540adfdf7fe1d95 tests/vignettes/nice-antidepressant-first-phq9-15.yaml compare --format html
b597e3a5391037ae tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline canmat-2023
c1bba4e6db80f14f tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline nice-ng222
676c3076a1767824 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --guideline star-d
01e1106648166450 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format json --explain
7a0fc0b5582ca5e8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text
8643de3705db89be tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format text --explain
81a7052983f305b0 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --format html
8eb5c7db4d5026d8 tests/vignettes/nice-antidepressant-first-phq9-16.yaml evaluate --batch --format csv
69a04949a4e6015b tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format text
66a9bfef0cdb2939 tests/vignettes/nice-antidepressant-first-phq9-16.yaml compare --format html
8d53f74855ba7b02 tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline canmat-2023
2f0fec856fbc847d tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline nice-ng222
c6475034cb2910ec tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --guideline star-d
44e77f5dc8b99ccc tests/vignettes/nice-early-review-age-22.yaml evaluate --format json --explain
00047894a546d902 tests/vignettes/nice-early-review-age-22.yaml evaluate --format text
cc5893b0a0ea4bbb tests/vignettes/nice-early-review-age-22.yaml evaluate --format text --explain
628f94824c4115a9 tests/vignettes/nice-early-review-age-22.yaml evaluate --format html
9094e9810fd0adea tests/vignettes/nice-early-review-age-22.yaml evaluate --batch --format csv
ee8e0279b1921af7 tests/vignettes/nice-early-review-age-22.yaml compare --format text
e29fdae26f231686 tests/vignettes/nice-early-review-age-22.yaml compare --format html
d44834da4371e221 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline canmat-2023
de08f123b262bfd0 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline nice-ng222
56eb74e2e17736ea tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --guideline star-d
ce6cbd80a4adfea6 tests/vignettes/nice-early-review-age-40.yaml evaluate --format json --explain
abd28c07b8169302 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text
e830d55905cd0264 tests/vignettes/nice-early-review-age-40.yaml evaluate --format text --explain
fc75d8368efdc214 tests/vignettes/nice-early-review-age-40.yaml evaluate --format html
51a5bd47a24aa2d9 tests/vignettes/nice-early-review-age-40.yaml evaluate --batch --format csv
af782850a82548bc tests/vignettes/nice-early-review-age-40.yaml compare --format text
ba68d9e271221a6d tests/vignettes/nice-early-review-age-40.yaml compare --format html
8884407bdf0dbb80 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline canmat-2023
26556f8cdd3f7278 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline nice-ng222
b7946f5a9534ad5c tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --guideline star-d
f852cb30a8b47d7e tests/vignettes/nice-early-review-no-scores.yaml evaluate --format json --explain
8edac8609774c106 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text
14c42add8b423744 tests/vignettes/nice-early-review-no-scores.yaml evaluate --format text --explain
3d67ba94f60488ba tests/vignettes/nice-early-review-no-scores.yaml evaluate --format html
4285938a0cd51c4f tests/vignettes/nice-early-review-no-scores.yaml evaluate --batch --format csv
c38b507bd23cd72a tests/vignettes/nice-early-review-no-scores.yaml compare --format text
745fc1e5b5eb5645 tests/vignettes/nice-early-review-no-scores.yaml compare --format html
7367b789d476f602 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline canmat-2023
fb3a4c653e616c9d tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline nice-ng222
c7cbf148c3dfcd3d tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --guideline star-d
8c5d616342a13dfd tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format json --explain
019b078c8aa872e1 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text
681815d52c3b38b2 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format text --explain
df4df699be1ee651 tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --format html
3f9e5de337ab49de tests/vignettes/nice-early-review-suicide-risk.yaml evaluate --batch --format csv
cce5c451a782ef86 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format text
7ed30ac7b493ed66 tests/vignettes/nice-early-review-suicide-risk.yaml compare --format html
4643ec4a75856fee tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline canmat-2023
4bac8cf1d309766b tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline nice-ng222
a7b94b66f9f74ff8 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --guideline star-d
020dd36e130e275e tests/vignettes/nice-first-treatment-mild.yaml evaluate --format json --explain
996544c8255732ac tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text
42d8d9d090bc574e tests/vignettes/nice-first-treatment-mild.yaml evaluate --format text --explain
a3bed22006f644c3 tests/vignettes/nice-first-treatment-mild.yaml evaluate --format html
9e15b63de9c41b05 tests/vignettes/nice-first-treatment-mild.yaml evaluate --batch --format csv
087b63dbee2818bb tests/vignettes/nice-first-treatment-mild.yaml compare --format text
7396277c39e5270e tests/vignettes/nice-first-treatment-mild.yaml compare --format html
98fc72b6d53c9008 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline canmat-2023
1613fa2a32c9900d tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline nice-ng222
95166adcd25261a1 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --guideline star-d
20ab60404215757a tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format json --explain
b3affcda9f94246b tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text
653bcfd5299f40a1 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format text --explain
93eaae5e75e15c39 tests/vignettes/nice-first-treatment-moderate.yaml evaluate --format html
9c6b2a228c67c7ac tests/vignettes/nice-first-treatment-moderate.yaml evaluate --batch --format csv
b63a6a106bf9095a tests/vignettes/nice-first-treatment-moderate.yaml compare --format text
6c2a1400b2158a20 tests/vignettes/nice-first-treatment-moderate.yaml compare --format html
67d97566c2148c76 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline canmat-2023
a36c0a634f47f630 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline nice-ng222
1f0e84c87fb3a12e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --guideline star-d
382077707e7ce8cc tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format json --explain
88abe655311edd6e tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text
97383fd92fa6419c tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format text --explain
2ac2138fe0e32ac5 tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --format html
24a306042f5fa52a tests/vignettes/nice-first-treatment-no-severity.yaml evaluate --batch --format csv
9eccd2dec2cf7061 tests/vignettes/nice-first-treatment-no-severity.yaml compare --format text
958989163eb12e8e tests/vignettes/nice-first-treatment-no-severity.yaml compare --format html
fd4ac2b671b27a7c tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline canmat-2023
052c4772656f6cfb tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline nice-ng222
ea812b82ba4d8245 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --guideline star-d
b04262de4c7e338b tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format json --explain
e4cff9fb78c1784f tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text
cf6db213825e6ef8 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format text --explain
d6816e327a0046ea tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --format html
c9ab6c2f9a602bf0 tests/vignettes/nice-inefficacy-without-scores.yaml evaluate --batch --format csv
46003359055a668e tests/vignettes/nice-inefficacy-without-scores.yaml compare --format text
4ee95382fbeaf57f tests/vignettes/nice-inefficacy-without-scores.yaml compare --format html
ec909e05fde7a0d2 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline canmat-2023
76068bc169d4fd3f tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline nice-ng222
b78406ea0d235367 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --guideline star-d
46ae491cdbd0511b tests/vignettes/nice-intolerance-stopped.yaml evaluate --format json --explain
792e1cc44b954c26 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text
7d909b59285a25d1 tests/vignettes/nice-intolerance-stopped.yaml evaluate --format text --explain
bb29a3bbf735361b tests/vignettes/nice-intolerance-stopped.yaml evaluate --format html
63895b3f19ce0c4d tests/vignettes/nice-intolerance-stopped.yaml evaluate --batch --format csv
aecd9eaf785efbea tests/vignettes/nice-intolerance-stopped.yaml compare --format text
de2764177276bbee tests/vignettes/nice-intolerance-stopped.yaml compare --format html
b0e581c819deb85c tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline canmat-2023
f929da726feb6ded tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline nice-ng222
912d95d98ecf69ce tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --guideline star-d
0bd4816af4a82e7e tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format json --explain
4f9cf418b3e60156 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text
63b765d88b9bcfeb tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format text --explain
4d7da8e8cf51be67 tests/vignettes/nice-intolerance-troublesome.yaml evaluate --format html
39d5a77a96287fdc tests/vignettes/nice-intolerance-troublesome.yaml evaluate --batch --format csv
af708f9cdbf3e198 tests/vignettes/nice-intolerance-troublesome.yaml compare --format text
49059078eb646df9 tests/vignettes/nice-intolerance-troublesome.yaml compare --format html
076bbb141d047df5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline canmat-2023
f78e5d4f35505d2d tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline nice-ng222
87e3a31364017dc5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --guideline star-d
da9e8aa1f5309b23 tests/vignettes/nice-no-response-week-4.yaml evaluate --format json --explain
a569f3dda10dc0a5 tests/vignettes/nice-no-response-week-4.yaml evaluate --format text
d6713451cb0546ef tests/vignettes/nice-no-response-week-4.yaml evaluate --format text --explain
57031c29e3830df8 tests/vignettes/nice-no-response-week-4.yaml evaluate --format html
e354a0083c24949d tests/vignettes/nice-no-response-week-4.yaml evaluate --batch --format csv
06f09d45bb69948c tests/vignettes/nice-no-response-week-4.yaml compare --format text
6013f41740c49fbd tests/vignettes/nice-no-response-week-4.yaml compare --format html
f30183c4baa5c691 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline canmat-2023
7b4979479edc9f55 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline nice-ng222
3e7b8405f41d18d8 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --guideline star-d
06e76cfbd9581292 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format json --explain
03526275b1fc0964 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text
047cd970b3088815 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format text --explain
8661728ea37b189d tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --format html
bbd0818b1b40a155 tests/vignettes/nice-out-of-scope-bipolar.yaml evaluate --batch --format csv
0967801f0a6539eb tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format text
e4b99665fa416e93 tests/vignettes/nice-out-of-scope-bipolar.yaml compare --format html
897c68ccab4d830e tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline canmat-2023
f9e8df81243823ae tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline nice-ng222
33e669024bd0d18c tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --guideline star-d
42c56c18d71d6a74 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format json --explain
1b10a70892054c53 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text
d0e5d86908a0fad9 tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format text --explain
ad8f19c9cf8d634c tests/vignettes/nice-partial-response-max-dose.yaml evaluate --format html
921e74f261241afc tests/vignettes/nice-partial-response-max-dose.yaml evaluate --batch --format csv
3bc58f9211bafb30 tests/vignettes/nice-partial-response-max-dose.yaml compare --format text
4cef3841bcd64762 tests/vignettes/nice-partial-response-max-dose.yaml compare --format html
6e5f7d03ee6a2366 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline canmat-2023
003ac6944f0321b1 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline nice-ng222
d553dd12859d28b0 tests/vignettes/nice-partial-response.yaml evaluate --format json --guideline star-d
86b3bfa6e0e7ec2b tests/vignettes/nice-partial-response.yaml evaluate --format json --explain
1bbe35224186ea58 tests/vignettes/nice-partial-response.yaml evaluate --format text
6eab802d556397e7 tests/vignettes/nice-partial-response.yaml evaluate --format text --explain
2794ecaf85bd5444 tests/vignettes/nice-partial-response.yaml evaluate --format html
6f15047b40904e0d tests/vignettes/nice-partial-response.yaml evaluate --batch --format csv
2721544a2b6f58fe tests/vignettes/nice-partial-response.yaml compare --format text
c652d2255d7b4f4f tests/vignettes/nice-partial-response.yaml compare --format html
d81e69a147d3cba6 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline canmat-2023
1b3c0cba4ee7380f tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline nice-ng222
dc100f1b2895baae tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --guideline star-d
6d9cb882047e8e86 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format json --explain
890a425bce5239f3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text
357daca1375a4b1e tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format text --explain
64a1cf3278704fe3 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --format html
f6123b8bb8cacac2 tests/vignettes/nice-psychological-therapy-only.yaml evaluate --batch --format csv
dfbcfd1a87f94f5c tests/vignettes/nice-psychological-therapy-only.yaml compare --format text
7f39ab66570d16be tests/vignettes/nice-psychological-therapy-only.yaml compare --format html
0e0d0917ca009084 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline canmat-2023
cc3370980f4418ed tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline nice-ng222
e35a13160af7a32f tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --guideline star-d
a8f847c755996b54 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format json --explain
55147d6a26909252 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text
72a8e88b67a4d87d tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format text --explain
161632c018bf8c67 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --format html
dc46bd7708853a26 tests/vignettes/nice-psychotic-first-treatment.yaml evaluate --batch --format csv
c68e0b3da39db9a8 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format text
0abaea2e36af9253 tests/vignettes/nice-psychotic-first-treatment.yaml compare --format html
cde184dd85e46a1a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline canmat-2023
84bfca850aafa671 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline nice-ng222
7458ee6b509fa07d tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --guideline star-d
b944640dc2df6488 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format json --explain
9deea92ffba0c844 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text
b46a58bb4bfb6c24 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format text --explain
9366c4782b770e03 tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --format html
ab52a6c30d47727a tests/vignettes/nice-psychotic-on-antidepressant.yaml evaluate --batch --format csv
31c8f85ee3d71c68 tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format text
d1516a64ea9aa82c tests/vignettes/nice-psychotic-on-antidepressant.yaml compare --format html
9e4437e5b5d946ca tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline canmat-2023
54dfeb27eccc0b78 tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline nice-ng222
d00b3fbc7896217a tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --guideline star-d
2734db05ff6f563f tests/vignettes/nice-remission-first-episode.yaml evaluate --format json --explain
dfc6ffe576e6da71 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text
4d4ac66e3f99fea5 tests/vignettes/nice-remission-first-episode.yaml evaluate --format text --explain
dafcd7a6f5d54a24 tests/vignettes/nice-remission-first-episode.yaml evaluate --format html
ed00e7047b7db436 tests/vignettes/nice-remission-first-episode.yaml evaluate --batch --format csv
4671d94886f20bb1 tests/vignettes/nice-remission-first-episode.yaml compare --format text
77afe9aec1938e26 tests/vignettes/nice-remission-first-episode.yaml compare --format html
263c82449f7b70f5 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline canmat-2023
bf3779a3934ea5a3 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline nice-ng222
e84ad7614b578549 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --guideline star-d
2ce260984c90377b tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format json --explain
092b690db8d308b0 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text
27751ad81776657f tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format text --explain
98c171b4ed3975b3 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --format html
96088c4403eab7a9 tests/vignettes/nice-remission-higher-relapse-risk.yaml evaluate --batch --format csv
2536c4162069c31a tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format text
fb66b10c7fbb4ae4 tests/vignettes/nice-remission-higher-relapse-risk.yaml compare --format html
3cde04ae71fdf9b0 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline canmat-2023
1cdb67fcc9fbb9fc tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline nice-ng222
726cf2c72f718c33 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --guideline star-d
b97cdc492c847281 tests/vignettes/nice-response-not-remission.yaml evaluate --format json --explain
9c044a30999c4d7c tests/vignettes/nice-response-not-remission.yaml evaluate --format text
b335b8b6adc60def tests/vignettes/nice-response-not-remission.yaml evaluate --format text --explain
3432912ca05e4d11 tests/vignettes/nice-response-not-remission.yaml evaluate --format html
3f9e55a9bc6f7a7c tests/vignettes/nice-response-not-remission.yaml evaluate --batch --format csv
6849ca92a389a679 tests/vignettes/nice-response-not-remission.yaml compare --format text
4c635b3f0b3e9169 tests/vignettes/nice-response-not-remission.yaml compare --format html
51c9ba837cc24bd9 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline canmat-2023
133a1bed12de6d2a tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline nice-ng222
dc6b7b87783c4a9f tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --guideline star-d
e5ea87537372cf21 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format json --explain
6f0a17efd191c070 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text
89d7c0eebf131a5d tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format text --explain
ba7bd3bd49ff9a06 tests/vignettes/nice-review-after-dose-increase.yaml evaluate --format html
656e6e2648319eed tests/vignettes/nice-review-after-dose-increase.yaml evaluate --batch --format csv
e55be44b529a76d6 tests/vignettes/nice-review-after-dose-increase.yaml compare --format text
a3f47c33251df06e tests/vignettes/nice-review-after-dose-increase.yaml compare --format html
36b2677b245023f1 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline canmat-2023
03601a66f3cceafc tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline nice-ng222
d835216ade827879 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --guideline star-d
f7c5b81556076aa5 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format json --explain
dcd4ba77325c8cdd tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text
c63e2bcbc4b8f9e6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format text --explain
c6bdfd9a8b0aa1d6 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --format html
f0cf40c55ecb7bf7 tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml evaluate --batch --format csv
273a36f482058a5d tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format text
36bd1acac9aae95c tests/vignettes/nice-secondary-care-switch-suicide-risk.yaml compare --format html
9f67a776b5ac1626 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline canmat-2023
5961891ccd1b2d90 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline nice-ng222
f6dbc80c26025299 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --guideline star-d
d68fe54932f5fdd7 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format json --explain
853ee4bd2316efca tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text
5e5f767702d21f8c tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format text --explain
c47601adc9b8bc90 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --format html
697ee0b93d27801f tests/vignettes/nice-set-combined-therapy-6-weeks.yaml evaluate --batch --format csv
3758d5fcf4c62d28 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format text
2c52fdeb7d3e90c2 tests/vignettes/nice-set-combined-therapy-6-weeks.yaml compare --format html
752970369488f117 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
89d33b1522be672e tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
330bcd38653479aa tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
fae26ea8bf92ece2 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format json --explain
e8766d35a1efe59a tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text
7ab4b4e74be6038b tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format text --explain
0c9474e2644369ba tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --format html
6352c8019c9d0f68 tests/vignettes/nice-severe-suicide-risk-ect.yaml evaluate --batch --format csv
6909dddf2223446a tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format text
f790a62b88169e0f tests/vignettes/nice-severe-suicide-risk-ect.yaml compare --format html
4eeb8c1c086efa5a tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline canmat-2023
e67722e8ed33856c tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline nice-ng222
b14eb424facb12db tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --guideline star-d
101aa8c9ad7d47d6 tests/vignettes/nice-two-failed-trials.yaml evaluate --format json --explain
b09afa0316b08769 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text
ee14653c283193c4 tests/vignettes/nice-two-failed-trials.yaml evaluate --format text --explain
cc4823ebc424f4f5 tests/vignettes/nice-two-failed-trials.yaml evaluate --format html
c13c8fe14b712ae3 tests/vignettes/nice-two-failed-trials.yaml evaluate --batch --format csv
aca547a92a45a441 tests/vignettes/nice-two-failed-trials.yaml compare --format text
f6d155e7133eba90 tests/vignettes/nice-two-failed-trials.yaml compare --format html
76c93f94fe37b2ed tests/vignettes/nice-under-18.yaml evaluate --format json --guideline canmat-2023
8950984b012e9d57 tests/vignettes/nice-under-18.yaml evaluate --format json --guideline nice-ng222
214ceb3ae9658a8d tests/vignettes/nice-under-18.yaml evaluate --format json --guideline star-d
03c3e07cf29f4ff9 tests/vignettes/nice-under-18.yaml evaluate --format json --explain
ea2a70c1b7852587 tests/vignettes/nice-under-18.yaml evaluate --format text
1ef6b003ade8b972 tests/vignettes/nice-under-18.yaml evaluate --format text --explain
213546c06ea83517 tests/vignettes/nice-under-18.yaml evaluate --format html
6027ea71f6b94b94 tests/vignettes/nice-under-18.yaml evaluate --batch --format csv
5aabad174030b781 tests/vignettes/nice-under-18.yaml compare --format text
035886c1d1d96876 tests/vignettes/nice-under-18.yaml compare --format html
e6100cf3893b8e59 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline canmat-2023
f89fb4f4f76a6b72 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline nice-ng222
4668a86477cb92af tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --guideline star-d
7e41bd2e4dcaca99 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format json --explain
9176ff85d8de46f4 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text
fa8053426c184858 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format text --explain
88d879e61b195586 tests/vignettes/nice-vortioxetine-first.yaml evaluate --format html
578cffe9f972dd63 tests/vignettes/nice-vortioxetine-first.yaml evaluate --batch --format csv
946556689c3db3a9 tests/vignettes/nice-vortioxetine-first.yaml compare --format text
9a8ce949d5b364e0 tests/vignettes/nice-vortioxetine-first.yaml compare --format html
d007052df90fe47d tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline canmat-2023
a26cb2101230a73b tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline nice-ng222
c248a54e076e7bd1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --guideline star-d
f818b225410c8b08 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format json --explain
5496fbec97e6e10f tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text
0018f46f1f669e78 tests/vignettes/ongoing-trial-week-3.yaml evaluate --format text --explain
3bbab216d427678c tests/vignettes/ongoing-trial-week-3.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-3.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-3.yaml compare --format text
dd886e28d1118f1a tests/vignettes/ongoing-trial-week-3.yaml compare --format html
cdbcd21e1e366c76 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline canmat-2023
1b78a0f393ae4d5c tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline nice-ng222
a2162dd129e30d2a tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --guideline star-d
77d201d385345772 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format json --explain
5496fbec97e6e10f tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text
0018f46f1f669e78 tests/vignettes/ongoing-trial-week-8.yaml evaluate --format text --explain
3bbab216d427678c tests/vignettes/ongoing-trial-week-8.yaml evaluate --format html
9d23a2ccf3b9ebc1 tests/vignettes/ongoing-trial-week-8.yaml evaluate --batch --format csv
62c41cc719df00d4 tests/vignettes/ongoing-trial-week-8.yaml compare --format text
dd886e28d1118f1a tests/vignettes/ongoing-trial-week-8.yaml compare --format html
3f602c14977da2bf tests/vignettes/partial-responder.yaml evaluate --format json --guideline canmat-2023
15f753500e3130fb tests/vignettes/partial-responder.yaml evaluate --format json --guideline nice-ng222
af36faa284faa8eb tests/vignettes/partial-responder.yaml evaluate --format json --guideline star-d
400bca9ecbf9caa3 tests/vignettes/partial-responder.yaml evaluate --format json --explain
ae22d9cd95463178 tests/vignettes/partial-responder.yaml evaluate --format text
c2f4260e43674bb5 tests/vignettes/partial-responder.yaml evaluate --format text --explain
dd5fe4c53d52d165 tests/vignettes/partial-responder.yaml evaluate --format html
3cf45ea357682e60 tests/vignettes/partial-responder.yaml evaluate --batch --format csv
71f4b0d0ddf0b940 tests/vignettes/partial-responder.yaml compare --format text
fb215deb2e213bd4 tests/vignettes/partial-responder.yaml compare --format html
576a06385b7a686f tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline canmat-2023
9a647b13e1ab14c9 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline nice-ng222
8fccc79114038b99 tests/vignettes/previous-episode-trial.yaml evaluate --format json --guideline star-d
30adfe43cb2254db tests/vignettes/previous-episode-trial.yaml evaluate --format json --explain
c82ce028fbd1c979 tests/vignettes/previous-episode-trial.yaml evaluate --format text
46933768ad612810 tests/vignettes/previous-episode-trial.yaml evaluate --format text --explain
e2c175e31a74480f tests/vignettes/previous-episode-trial.yaml evaluate --format html
c5eb7c1b269e02ff tests/vignettes/previous-episode-trial.yaml evaluate --batch --format csv
a54199d22434bc53 tests/vignettes/previous-episode-trial.yaml compare --format text
1a4e064227371b84 tests/vignettes/previous-episode-trial.yaml compare --format html
fdf7139186cc9279 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline canmat-2023
71723fa060b2b751 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline nice-ng222
aea874cde31ceb4b tests/vignettes/remission-below-50-percent.yaml evaluate --format json --guideline star-d
dddc8ae4f52a0778 tests/vignettes/remission-below-50-percent.yaml evaluate --format json --explain
87d6c7d516ca0141 tests/vignettes/remission-below-50-percent.yaml evaluate --format text
db1f9b849415e26b tests/vignettes/remission-below-50-percent.yaml evaluate --format text --explain
063ad6dbb2cf1ec8 tests/vignettes/remission-below-50-percent.yaml evaluate --format html
6e07df3f8eb1a2cb tests/vignettes/remission-below-50-percent.yaml evaluate --batch --format csv
5be4d37354ac666e tests/vignettes/remission-below-50-percent.yaml compare --format text
9f48e50f98f94260 tests/vignettes/remission-below-50-percent.yaml compare --format html
b2b9db37f19d5d90 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline canmat-2023
b9c44c18c5bc43f2 tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline nice-ng222
1b979a42d2167dca tests/vignettes/safety-age-unknown.yaml evaluate --format json --guideline star-d
c12675faa785c3b6 tests/vignettes/safety-age-unknown.yaml evaluate --format json --explain
978f2fa4b2b7894f tests/vignettes/safety-age-unknown.yaml evaluate --format text
38d317c2aa3f5775 tests/vignettes/safety-age-unknown.yaml evaluate --format text --explain
1b8151a9fadd6337 tests/vignettes/safety-age-unknown.yaml evaluate --format html
5d59a7f4280f3e20 tests/vignettes/safety-age-unknown.yaml evaluate --batch --format csv
6b29b6a69176c7f6 tests/vignettes/safety-age-unknown.yaml compare --format text
6024fba88d20049d tests/vignettes/safety-age-unknown.yaml compare --format html
f0264be01afd1889 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline canmat-2023
bf807bc3036460e2 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline nice-ng222
e2dd01786f3a15ba tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --guideline star-d
fc8038b1d0cbdbb3 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format json --explain
5ae82d0909176c3f tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text
72091cdafa003b94 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format text --explain
60cedcf54eca5973 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --format html
64c5a0376200e903 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml evaluate --batch --format csv
772a0e48e1b903b6 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format text
c1a4106bb7759734 tests/vignettes/safety-bipolar-venlafaxine-alone.yaml compare --format html
81f7ce8f40fab714 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline canmat-2023
aad46efad11155cd tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline nice-ng222
e9e27efe12f25676 tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --guideline star-d
19de5f00f257d08b tests/vignettes/safety-catatonia-ect.yaml evaluate --format json --explain
2a66bbda791987d3 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text
72ef0e1d38db0bc1 tests/vignettes/safety-catatonia-ect.yaml evaluate --format text --explain
ac65f95819778b02 tests/vignettes/safety-catatonia-ect.yaml evaluate --format html
7ab47b2359d87718 tests/vignettes/safety-catatonia-ect.yaml evaluate --batch --format csv
7b84f75c013dd603 tests/vignettes/safety-catatonia-ect.yaml compare --format text
ef21333725ecb567 tests/vignettes/safety-catatonia-ect.yaml compare --format html
41efac2d697dc839 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline canmat-2023
a448f4d0e7c362e7 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline nice-ng222
a2887f7c46a199d9 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --guideline star-d
f2c8502a92c95639 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format json --explain
92e1d26b2949b365 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text
d7785ea011af52de tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format text --explain
9e3818ed6909449e tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --format html
a262b434491150ed tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml evaluate --batch --format csv
bb9c78d97cbe6cbb tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format text
525b007214e07b15 tests/vignettes/safety-ceiling-citalopram-72-canmat.yaml compare --format html
89a023a7ee602871 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline canmat-2023
27e2f4764d197bbf tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline nice-ng222
db6ba1af7411d299 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --guideline star-d
680a533802c5cd87 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format json --explain
46b9fe612bf47a64 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text
b02152cac566af40 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format text --explain
9ede919b07530323 tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --format html
2fd90e4c55aaa20a tests/vignettes/safety-ceiling-citalopram-72-nice.yaml evaluate --batch --format csv
dffe799786575abc tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format text
ef7985bb5f62e87b tests/vignettes/safety-ceiling-citalopram-72-nice.yaml compare --format html
bbf9ae22c470a179 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline canmat-2023
bef254094467f601 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline nice-ng222
080f4acd3d871ebe tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --guideline star-d
12edf582bc0c2d90 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format json --explain
0811b93bd2a82d5e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text
398891f74a3b220f tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format text --explain
604f8485a0b52377 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --format html
d4344756174100c6 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml evaluate --batch --format csv
49c2f15eeb9d7af2 tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format text
a0677643cab5734e tests/vignettes/safety-ceiling-citalopram-72-stard.yaml compare --format html
eec8b28e94499127 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline canmat-2023
97db5e99fa477fb2 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline nice-ng222
ce699d51641d843f tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --guideline star-d
84e68d6d208188f7 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format json --explain
1c99f1c12f7214f8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text
5f80742e1c329d36 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format text --explain
211519eba3e4a9f8 tests/vignettes/safety-citalopram-60mg.yaml evaluate --format html
8638496cf9fd59da tests/vignettes/safety-citalopram-60mg.yaml evaluate --batch --format csv
9b0bf707f6b5f444 tests/vignettes/safety-citalopram-60mg.yaml compare --format text
a3f3b1c011fc0bd7 tests/vignettes/safety-citalopram-60mg.yaml compare --format html
ddc1bd3bbe86d179 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline canmat-2023
4f58315b64eafbb1 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline nice-ng222
2c22afddc0c6a512 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --guideline star-d
956a89ef15687ca8 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format json --explain
50e7e990e23a33b7 tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text
a479990488fcbf7b tests/vignettes/safety-citalopram-age-50.yaml evaluate --format text --explain
3cb829e4623f3fae tests/vignettes/safety-citalopram-age-50.yaml evaluate --format html
3c55628a1d6881cc tests/vignettes/safety-citalopram-age-50.yaml evaluate --batch --format csv
b97787c4c0795a73 tests/vignettes/safety-citalopram-age-50.yaml compare --format text
07ab9128ca29eec7 tests/vignettes/safety-citalopram-age-50.yaml compare --format html
30806a2694794092 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline canmat-2023
82120099d6745bf9 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline nice-ng222
7ab6c4fe14e4e855 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --guideline star-d
ea3db69bdac40750 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format json --explain
91135a5dc1a174f3 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text
53e0dc8287ddd1c8 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format text --explain
3452a7e0d3a8bb02 tests/vignettes/safety-citalopram-age-65.yaml evaluate --format html
bf99300b2cc163ab tests/vignettes/safety-citalopram-age-65.yaml evaluate --batch --format csv
43e069da9b277eb7 tests/vignettes/safety-citalopram-age-65.yaml compare --format text
47eb8f296d42d0d1 tests/vignettes/safety-citalopram-age-65.yaml compare --format html
e822605f0f199d66 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline canmat-2023
ed0e7c9531c02cc9 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline nice-ng222
f6d43e8b8d7402b4 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --guideline star-d
6b78528fefe5b7ba tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format json --explain
285fb47ff357654a tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text
6e3e15c264872d93 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format text --explain
4392f0348e59ed82 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --format html
18ee0a9018b360c3 tests/vignettes/safety-citalopram-cyp2c19.yaml evaluate --batch --format csv
f6f168a8207d2dde tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format text
364eaabaa661fef9 tests/vignettes/safety-citalopram-cyp2c19.yaml compare --format html
c0f42d4a0a0f3af3 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline canmat-2023
e606e3a078898f3d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline nice-ng222
78f5da989adc2c9a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --guideline star-d
764c0187be843374 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format json --explain
86e9df238faa462b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text
8881aa82e839a99b tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format text --explain
7fb0f8814ea5b2ec tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --format html
65d94dd0811e3838 tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml evaluate --batch --format csv
7e73bece1625426d tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format text
e6f74aeb942ece6a tests/vignettes/safety-concomitant-cimetidine-citalopram.yaml compare --format html
50fee3d5c68dd93a tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline canmat-2023
009d4c2821b6bc84 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline nice-ng222
9d05ce1837870d90 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --guideline star-d
fe3a103a7d8a904f tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format json --explain
2256174e2ba26e9a tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text
1bbcf8a78e77bba0 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format text --explain
370fa344aecffbe6 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --format html
54d715c35d626809 tests/vignettes/safety-concomitant-linezolid.yaml evaluate --batch --format csv
bdc92e945c49f619 tests/vignettes/safety-concomitant-linezolid.yaml compare --format text
19d26b2aa6c8aa25 tests/vignettes/safety-concomitant-linezolid.yaml compare --format html
6b566ead22564a36 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline canmat-2023
d1322c2ee8617e7e tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline nice-ng222
be675dfc0b270bf0 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --guideline star-d
cca2d203e38a81b1 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format json --explain
8967cbc0f0ea2a90 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text
6189c761bd452783 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format text --explain
c79a5eaa29b21d11 tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --format html
07ea14afb8e8b62c tests/vignettes/safety-concomitant-tramadol-stard.yaml evaluate --batch --format csv
b292ecc2b3671975 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format text
8b63af174a776a74 tests/vignettes/safety-concomitant-tramadol-stard.yaml compare --format html
d2faf193642d8e24 tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline canmat-2023
3508f9fcc9ca59bb tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline nice-ng222
25c6914d70e2deee tests/vignettes/safety-dose-above-max.yaml evaluate --format json --guideline star-d
20093aa660e2526f tests/vignettes/safety-dose-above-max.yaml evaluate --format json --explain
d364f6afe9ad428d tests/vignettes/safety-dose-above-max.yaml evaluate --format text
ea0e1765aa32cc8a tests/vignettes/safety-dose-above-max.yaml evaluate --format text --explain
18def15261d197fe tests/vignettes/safety-dose-above-max.yaml evaluate --format html
44bf97a64bf092b0 tests/vignettes/safety-dose-above-max.yaml evaluate --batch --format csv
184847d962a6d4bd tests/vignettes/safety-dose-above-max.yaml compare --format text
070571c3612ee2e5 tests/vignettes/safety-dose-above-max.yaml compare --format html
352675d8e78e4ae9 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline canmat-2023
a31a23826f08022d tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline nice-ng222
6f9e5235419637b3 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --guideline star-d
32924f0628788c33 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format json --explain
f4e56648cea8091c tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text
3d6546338507f650 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format text --explain
5d3daf36d834d7fb tests/vignettes/safety-esketamine-before-trd.yaml evaluate --format html
faab81fc06874740 tests/vignettes/safety-esketamine-before-trd.yaml evaluate --batch --format csv
75c00b9b96031937 tests/vignettes/safety-esketamine-before-trd.yaml compare --format text
5602ac9806cfa9b3 tests/vignettes/safety-esketamine-before-trd.yaml compare --format html
b94242f2cde7f934 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline canmat-2023
6e645cca8ef8adfe tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline nice-ng222
5a0aea64759397cf tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --guideline star-d
1f584dd6c9b6aa99 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format json --explain
577f59e29a066676 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text
19857d119e3c2536 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format text --explain
65c2ff8cffb36d7e tests/vignettes/safety-history-rule-no-trials.yaml evaluate --format html
2b8a1ca144ad8703 tests/vignettes/safety-history-rule-no-trials.yaml evaluate --batch --format csv
8f71a3efdcd1979d tests/vignettes/safety-history-rule-no-trials.yaml compare --format text
092574b58323de69 tests/vignettes/safety-history-rule-no-trials.yaml compare --format html
532896f09eb334e4 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline canmat-2023
d1b55b710a5e5bed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline nice-ng222
b3c912ca4b65f604 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --guideline star-d
63d8cc5f99fa2507 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format json --explain
2045579c73ad303b tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text
68ec20ae710db1dd tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format text --explain
1b6d27fc4c870f11 tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --format html
b7f3e4f6d9d6ceed tests/vignettes/safety-inefficacy-not-reoffered.yaml evaluate --batch --format csv
c51d05ffba72d36d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format text
419873a6dfeb576d tests/vignettes/safety-inefficacy-not-reoffered.yaml compare --format html
ff2fa45898325174 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline canmat-2023
ed8739ed4fbac987 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline nice-ng222
521d189c9d977814 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --guideline star-d
eb899cdeebb629b5 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format json --explain
b7c8f0324f8670c1 tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text
147a45c76ee9c93e tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format text --explain
78a139a15e1e756f tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --format html
22565f7f3b693f5b tests/vignettes/safety-maoi-washout-fluoxetine.yaml evaluate --batch --format csv
eb1b573885a706b8 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format text
7a467db278c13536 tests/vignettes/safety-maoi-washout-fluoxetine.yaml compare --format html
8d0357902624b463 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline canmat-2023
c610a90bf50c4fab tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline nice-ng222
3d471dd2bce0a9f1 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --guideline star-d
fe0877d9a0e861f9 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format json --explain
0621725b9b6d2442 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text
8ec5f1819eb3d1bf tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format text --explain
2903536f61ea5ca7 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --format html
96a432432c0854fd tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml evaluate --batch --format csv
16cf6382790cb0e6 tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format text
14fcdf8b97f9d15c tests/vignettes/safety-maoi-with-bupropion-methylphenidate.yaml compare --format html
4cf957328e25c808 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline canmat-2023
f76385dad872990a tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline nice-ng222
527f8aa58c955ce7 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --guideline star-d
0fe681e1a1ce0d92 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format json --explain
3d530b85deb8d38a tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text
a96d03739d517800 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format text --explain
91692b31b4dc7d05 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --format html
3e8f76cb3400dcbb tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml evaluate --batch --format csv
993770f835a50189 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format text
a7b2ae846b7e4b33 tests/vignettes/safety-maoi-with-dextromethorphan-bupropion.yaml compare --format html
0488833ecbdbb216 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline canmat-2023
17a860a5a76a5016 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline nice-ng222
7e3f32b09ed99888 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --guideline star-d
0739032b22f27d8e tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format json --explain
6a25457ca235d8e4 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text
d68b99c43db7d85a tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format text --explain
d5a9d16e8873ecfe tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --format html
7881017a271fd792 tests/vignettes/safety-maoi-with-vilazodone.yaml evaluate --batch --format csv
4f29447efd7d0d35 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format text
0a9e48bff0a73128 tests/vignettes/safety-maoi-with-vilazodone.yaml compare --format html
73dfea75066a9ea7 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline canmat-2023
44c8c26eac9d0449 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline nice-ng222
ea35259b3db0bcd7 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --guideline star-d
c22af6cc647d2ae7 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format json --explain
78e6b538188ff2f2 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text
09d0bbed1d3619fb tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format text --explain
25cfb5ebad26f59a tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --format html
f313212c508b8357 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml evaluate --batch --format csv
c9343cbc6bb75d4b tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format text
cfd9fa87d7ec8dd5 tests/vignettes/safety-mild-suicide-risk-no-ect.yaml compare --format html
2b0556c54d7d88fb tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline canmat-2023
705c82ef9f90b741 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline nice-ng222
ce43fc12347d1dd6 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --guideline star-d
ed559bc46c6a96db tests/vignettes/safety-nice-ect-gated.yaml evaluate --format json --explain
a09df166c6633d00 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text
f0692ba828cb3590 tests/vignettes/safety-nice-ect-gated.yaml evaluate --format text --explain
74ac7a898a127fbc tests/vignettes/safety-nice-ect-gated.yaml evaluate --format html
48aa83daa906c0e3 tests/vignettes/safety-nice-ect-gated.yaml evaluate --batch --format csv
30ba2baf8fe27ec2 tests/vignettes/safety-nice-ect-gated.yaml compare --format text
1ea6f786008d3020 tests/vignettes/safety-nice-ect-gated.yaml compare --format html
366c85f1df69433d tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline canmat-2023
1af039f4280a51d4 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline nice-ng222
4d4758db77996b7c tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --guideline star-d
395f2e5708f64b18 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format json --explain
4fb189edc53924f7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text
65774a6673a07a48 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format text --explain
cb132077dd56e928 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --format html
b85d44b888531bb7 tests/vignettes/safety-pregnant-on-paroxetine.yaml evaluate --batch --format csv
bfa3389b8514741b tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format text
e6051a0db4813965 tests/vignettes/safety-pregnant-on-paroxetine.yaml compare --format html
c31bb521d77efb04 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline canmat-2023
eb9bccee0004568e tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline nice-ng222
535d4e5fffb879cc tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --guideline star-d
4445a96931649eb2 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format json --explain
4dd104912d9d732e tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text
214c3cc9c24b9410 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format text --explain
3e12340e08619302 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --format html
f2600f13fec721d4 tests/vignettes/safety-pregnant-paroxetine.yaml evaluate --batch --format csv
3be1aeb8199e38f1 tests/vignettes/safety-pregnant-paroxetine.yaml compare --format text
5d86ba00d601b14f tests/vignettes/safety-pregnant-paroxetine.yaml compare --format html
0befab020a6dec14 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline canmat-2023
a3ee4bdc77d19a5a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline nice-ng222
8ce88a272559f25a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --guideline star-d
fa5f6be37e4d31f3 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format json --explain
24d9a207d75834c2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text
aff7fc203a0e792a tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format text --explain
d34daaa591be6540 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --format html
8afbf65f3a8c78f2 tests/vignettes/safety-pregnant-ssri-class.yaml evaluate --batch --format csv
a2ba9658fb5a6dee tests/vignettes/safety-pregnant-ssri-class.yaml compare --format text
7eff5b85c3d0df45 tests/vignettes/safety-pregnant-ssri-class.yaml compare --format html
a094d36f11a716b6 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline canmat-2023
838c54b9012d2053 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline nice-ng222
4adeebc2821cd4c8 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --guideline star-d
cc568e322100dad7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format json --explain
60799b2ab2a102a7 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text
37381acd6131fcbd tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format text --explain
36163bd3c8c9381f tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --format html
46dde809e05af4f4 tests/vignettes/safety-same-class-after-intolerance.yaml evaluate --batch --format csv
30221046b44f28f8 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format text
77fb4af1ef323656 tests/vignettes/safety-same-class-after-intolerance.yaml compare --format html
9f41edf8be276530 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline canmat-2023
3595d6dc31c54cf6 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline nice-ng222
7b6092dbf857617d tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --guideline star-d
39c754237adaf454 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format json --explain
f225ae5dc1c92469 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text
06be85461d1ce774 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format text --explain
ac643f36aa2d52e0 tests/vignettes/safety-second-antipsychotic.yaml evaluate --format html
3e69df916bffbc0e tests/vignettes/safety-second-antipsychotic.yaml evaluate --batch --format csv
604cae1bb76da3ee tests/vignettes/safety-second-antipsychotic.yaml compare --format text
efcb2da27a65d30b tests/vignettes/safety-second-antipsychotic.yaml compare --format html
92b1fd2d534430f0 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline canmat-2023
cded96b973415c93 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline nice-ng222
944c05f3917e6588 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --guideline star-d
8ee181b66580d1a0 tests/vignettes/safety-serotonergic-combination.yaml evaluate --format json --explain
4ebeef1c4caea49b tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text
c69ef0bf42bb171d tests/vignettes/safety-serotonergic-combination.yaml evaluate --format text --explain
eece5efc54296b5b tests/vignettes/safety-serotonergic-combination.yaml evaluate --format html
0261f2694825ca29 tests/vignettes/safety-serotonergic-combination.yaml evaluate --batch --format csv
caafc8227aebee9a tests/vignettes/safety-serotonergic-combination.yaml compare --format text
2bc70db93adac482 tests/vignettes/safety-serotonergic-combination.yaml compare --format html
82f0ef7aec5d29b0 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline canmat-2023
18c3197928f8583d tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline nice-ng222
ab779a128cab5be5 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --guideline star-d
35a9c9248bfc8a60 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format json --explain
cf86da5f0ec7f33e tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text
654091b1a24ef533 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format text --explain
a1f5177437de1727 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --format html
8d1e119c086eeb58 tests/vignettes/safety-severe-suicide-risk-ect.yaml evaluate --batch --format csv
027e737b05c98a2c tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format text
5e96c68f198f98a6 tests/vignettes/safety-severe-suicide-risk-ect.yaml compare --format html
b2599f8e5e54f0e7 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline canmat-2023
b5928c7aa8b2029b tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline nice-ng222
988e2e54752125d5 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --guideline star-d
eec9392576896525 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format json --explain
d389f5bfff56116c tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text
5a508fd413bd5218 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format text --explain
6ae7492724e7e22b tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --format html
5bb6c7108670f5e8 tests/vignettes/safety-suicidality-after-stopping.yaml evaluate --batch --format csv
4cf9a63eecfa3b80 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format text
6bdc0f8d0117c458 tests/vignettes/safety-suicidality-after-stopping.yaml compare --format html
73dd91e42decbb87 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline canmat-2023
fb8e11b21eb1689f tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline nice-ng222
b0ee4246ff161095 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --guideline star-d
8f1a9ee8aded6d88 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format json --explain
6d10dee8c0ae7383 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text
27bf1ef42f896d19 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format text --explain
2bbbfa250857521b tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --format html
321634e126bacc67 tests/vignettes/safety-suicidality-cross-taper.yaml evaluate --batch --format csv
2a19c9ec18f42f68 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format text
8ec55944ef5eef45 tests/vignettes/safety-suicidality-cross-taper.yaml compare --format html
46cb4c1ee6953511 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline canmat-2023
f88ceb364bc86d04 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline nice-ng222
0eff275b11b864dc tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --guideline star-d
d1d91c2df48dbaf2 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format json --explain
c7a4e3d1b704fd95 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text
4fd68340af39fe2f tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format text --explain
4caca5502d438a81 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --format html
e1333a8db18142f6 tests/vignettes/safety-suicidality-dose-increase-21.yaml evaluate --batch --format csv
eda818ca01fc3289 tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format text
ed2df99d4545a09d tests/vignettes/safety-suicidality-dose-increase-21.yaml compare --format html
e16ac2d036b2dd17 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format json --guideline canmat-2023
e354cf3ba4b73f3e tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format json --guideline nice-ng222
0d18a39eb93346d7 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format json --guideline star-d
66124a1f6ead02dc tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format json --explain
1b37036923a76b76 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format text
b6ff6c350be2dc94 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format text --explain
f79177618b3991f4 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --format html
885080aa80f30db7 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml evaluate --batch --format csv
9173a7ceef4ad041 tests/vignettes/safety-suicidality-dose-raised-after-start.yaml compare --format text
a5c225b6d2438a1a tests/vignettes/safety-suicidality-dose-raised-after-start.yaml compare --format html
75e9477cecdb3b4e tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline canmat-2023
09e84b64c2ec01b7 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline nice-ng222
bdb7aa308f281824 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --guideline star-d
c159b86360909e73 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format json --explain
c0409eb788a34ca1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text
0a6d6751690c4fe1 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format text --explain
e1c5ad52ef3785c9 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --format html
539726ecde9b63f5 tests/vignettes/safety-switch-keeps-stimulant.yaml evaluate --batch --format csv
a11a987893f673af tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format text
b977d12d7097ad8b tests/vignettes/safety-switch-keeps-stimulant.yaml compare --format html
f0daf75a0fab7426 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline canmat-2023
d691d4ee418e31a1 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline nice-ng222
39aabc56ff11c7f9 tests/vignettes/safety-washout-respected.yaml evaluate --format json --guideline star-d
b9a699d910ed140f tests/vignettes/safety-washout-respected.yaml evaluate --format json --explain
77f0466e81042a14 tests/vignettes/safety-washout-respected.yaml evaluate --format text
314f49f01f5a1b2c tests/vignettes/safety-washout-respected.yaml evaluate --format text --explain
bb6f5e3b7af7a55e tests/vignettes/safety-washout-respected.yaml evaluate --format html
d351aa9d2b92524c tests/vignettes/safety-washout-respected.yaml evaluate --batch --format csv
57cd12e15f7bfffa tests/vignettes/safety-washout-respected.yaml compare --format text
d6434ad20bc2bffc tests/vignettes/safety-washout-respected.yaml compare --format html
71c52c9dc0ca3f4a tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline canmat-2023
070f1248e567e78c tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline nice-ng222
6bfa25917bc940d4 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --guideline star-d
15d093d813c2a959 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format json --explain
39028f42f7007cc4 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text
80f9088b906f265a tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format text --explain
a5fe99d330d24547 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --format html
d09a333bbddfb018 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml evaluate --batch --format csv
8c1c4a589bd54931 tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format text
81c477ec600f928a tests/vignettes/safety-washout-vortioxetine-tranylcypromine.yaml compare --format html
56639a8737ac86f6 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline canmat-2023
0c5497763452ca09 tests/vignettes/same-class-failures.yaml evaluate --format json --guideline nice-ng222
386c517c79ee855a tests/vignettes/same-class-failures.yaml evaluate --format json --guideline star-d
9458b88db699a5ea tests/vignettes/same-class-failures.yaml evaluate --format json --explain
8cbae832aa14a305 tests/vignettes/same-class-failures.yaml evaluate --format text
f9c1f1eb9213bbbc tests/vignettes/same-class-failures.yaml evaluate --format text --explain
8b5fccc4d4c67d32 tests/vignettes/same-class-failures.yaml evaluate --format html
a7b2c2985543891b tests/vignettes/same-class-failures.yaml evaluate --batch --format csv
80b067da81a3cec6 tests/vignettes/same-class-failures.yaml compare --format text
6dc8d12f6d5eaba9 tests/vignettes/same-class-failures.yaml compare --format html
63b2084f3f0a5a39 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline canmat-2023
ccbbece3926e2687 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline nice-ng222
759d506e9961a45f tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --guideline star-d
ae751a3820e394a0 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format json --explain
7d6848a04f73bd58 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text
1f3e6a7f2098bc43 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format text --explain
061b67c2d7af619d tests/vignettes/same-day-psychotherapy-order.yaml evaluate --format html
96cb7c6fe5f19760 tests/vignettes/same-day-psychotherapy-order.yaml evaluate --batch --format csv
306a35831cb45af6 tests/vignettes/same-day-psychotherapy-order.yaml compare --format text
b3dbc792ea387e19 tests/vignettes/same-day-psychotherapy-order.yaml compare --format html
8331cbff743c15dc tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline canmat-2023
80401ffeba3caeae tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline nice-ng222
7d8c94825c5d38e4 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --guideline star-d
797313a8839ab6d0 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format json --explain
9b2fe0b66cb2998e tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text
7f63085c7befab35 tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format text --explain
c98b22c6cb85d84a tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --format html
eab84f2a1c14028f tests/vignettes/stard-level-1-below-max-dose.yaml evaluate --batch --format csv
03890ee0d50b56f6 tests/vignettes/stard-level-1-below-max-dose.yaml compare --format text
fd9b133fd4c07c8d tests/vignettes/stard-level-1-below-max-dose.yaml compare --format html
1c5fa3fdf63ec919 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline canmat-2023
6ea639f7bf2d8ee3 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline nice-ng222
573016c558d94345 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --guideline star-d
59ade264938b96dc tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format json --explain
2cf4f13b0b29f550 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text
b9318998f453286e tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format text --explain
9437d515c3714f5c tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --format html
16d96b516d541e99 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml evaluate --batch --format csv
92c99ac0f6e1ae9a tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format text
430c0e958cfb0968 tests/vignettes/stard-level-1-below-therapeutic-dose.yaml compare --format html
8a864c459988f046 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline canmat-2023
1c6f2c13392ea3de tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline nice-ng222
c42ee1c34299406b tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --guideline star-d
76afdfda2c02f683 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format json --explain
c9101ada551fe850 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text
1377159ad5003e01 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format text --explain
24e5a5c51e5ab1af tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --format html
7ea891903840ebf4 tests/vignettes/stard-level-1-exit-60mg.yaml evaluate --batch --format csv
0b02e3577faa64ba tests/vignettes/stard-level-1-exit-60mg.yaml compare --format text
13908bcf27c7ffe5 tests/vignettes/stard-level-1-exit-60mg.yaml compare --format html
89722c51a49bf578 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline canmat-2023
47cd857c92515f0c tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline nice-ng222
5bae9b0563fedad7 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --guideline star-d
373ea76dd45297a2 tests/vignettes/stard-level-1-exit.yaml evaluate --format json --explain
62503af63b3ab099 tests/vignettes/stard-level-1-exit.yaml evaluate --format text
e6a457efc3c3c3c5 tests/vignettes/stard-level-1-exit.yaml evaluate --format text --explain
c198ffc90d9321fb tests/vignettes/stard-level-1-exit.yaml evaluate --format html
465fb5607e51b030 tests/vignettes/stard-level-1-exit.yaml evaluate --batch --format csv
81829d7149e2a942 tests/vignettes/stard-level-1-exit.yaml compare --format text
6870ec3a6337c5de tests/vignettes/stard-level-1-exit.yaml compare --format html
3257da748ba43411 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline canmat-2023
ebd00c6671f9f17c tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline nice-ng222
8e2fc732ad9b31c2 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --guideline star-d
c28f75fd9dcbc544 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format json --explain
a30772959509dfe8 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text
817a01466dfb73bf tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format text --explain
d35248236ece397b tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --format html
96a53776513a9c80 tests/vignettes/stard-level-1-left-before-week-4.yaml evaluate --batch --format csv
11bb99e9561cc10d tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format text
aa4677c42f09c0dc tests/vignettes/stard-level-1-left-before-week-4.yaml compare --format html
b8a6c188ae5b52f0 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline canmat-2023
e5e99b6052bd29a0 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline nice-ng222
fcd2a8dffa8586cf tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --guideline star-d
bb55a8af9f61a2bf tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format json --explain
e3436dd10e2b4c32 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text
7a52ffbca2fd2b7e tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format text --explain
f4498856a4d2abf8 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --format html
ca3bb03a5b752161 tests/vignettes/stard-level-1-stopped-below-dose.yaml evaluate --batch --format csv
2c723d1b9985e7d5 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format text
243c31c04e90c5d1 tests/vignettes/stard-level-1-stopped-below-dose.yaml compare --format html
734bc13217d70a69 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline canmat-2023
c34baa03c0249b2d tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline nice-ng222
960b033130716f38 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --guideline star-d
03f24f1a48b6b678 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format json --explain
44b2a4f2c1779953 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text
c6324332251c8f81 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format text --explain
1f768a11262e7017 tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --format html
5e3d09d4ce05a27b tests/vignettes/stard-level-1-titration-20mg.yaml evaluate --batch --format csv
550ee4b9d3aaa51a tests/vignettes/stard-level-1-titration-20mg.yaml compare --format text
4a6822f784f21e33 tests/vignettes/stard-level-1-titration-20mg.yaml compare --format html
ed1ac69dc5dea81c tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline canmat-2023
1baa73cf37ed7862 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline nice-ng222
b1c26bcc75aab3a1 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --guideline star-d
a6b0af546b8c0125 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format json --explain
5e9605cf237696de tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text
e38e818bcf7195a1 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format text --explain
c650d2988cae93f4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --format html
42a14454ccb9beb4 tests/vignettes/stard-level-1-titration-40mg.yaml evaluate --batch --format csv
0fd290f68fec0283 tests/vignettes/stard-level-1-titration-40mg.yaml compare --format text
d0185009ede9d8da tests/vignettes/stard-level-1-titration-40mg.yaml compare --format html
70b8631731acc93e tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline canmat-2023
8b5c35e1549ec76f tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline nice-ng222
5b8e7dc8fc34d4ad tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --guideline star-d
c174a308ae55360a tests/vignettes/stard-level-1-troublesome.yaml evaluate --format json --explain
020966950a4d092c tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text
7c685d8f573177bc tests/vignettes/stard-level-1-troublesome.yaml evaluate --format text --explain
c27568daecffbb63 tests/vignettes/stard-level-1-troublesome.yaml evaluate --format html
736f665b02a7dfa5 tests/vignettes/stard-level-1-troublesome.yaml evaluate --batch --format csv
f2b59d7eb84d493e tests/vignettes/stard-level-1-troublesome.yaml compare --format text
5214c48ec9234b41 tests/vignettes/stard-level-1-troublesome.yaml compare --format html
8ee5dcba5263a53d tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline canmat-2023
c64e631e2796415f tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline nice-ng222
0639c9ef602883fd tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --guideline star-d
32d3c0b6dadec07c tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format json --explain
2301ef10940ffc88 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text
bb58492799d97f11 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format text --explain
87fcf4a356cb5b6a tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --format html
dc4586ef809fa957 tests/vignettes/stard-level-2-augmentation-week-4.yaml evaluate --batch --format csv
0bdf131b766c9c6c tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format text
d65992c0a36d6f27 tests/vignettes/stard-level-2-augmentation-week-4.yaml compare --format html
5980d0071e9a9e73 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline canmat-2023
7477c818252972cf tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline nice-ng222
db34b11a50d2fe36 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --guideline star-d
c6afaa1fcc46a306 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format json --explain
bce9131239f6b9ba tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text
4caf549e48031f22 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format text --explain
df44c2ce38dd0fe9 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --format html
d74c3db2cf195ae5 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml evaluate --batch --format csv
374715a736e17336 tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format text
2635c4d56f61278c tests/vignettes/stard-level-2-cognitive-therapy-week-2.yaml compare --format html
626dccea5ef53a17 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
abdcdc692b0c2795 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
2364443cd50502a3 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --guideline star-d
894fd606ac274995 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format json --explain
f22fe556ccd33049 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text
b78464f47c0d0f9b tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format text --explain
ff4b9ca22e496df6 tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --format html
f0406fa77b47123d tests/vignettes/stard-level-2-cognitive-therapy.yaml evaluate --batch --format csv
3e283de470ba2cca tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format text
a2207fbdd792bbd5 tests/vignettes/stard-level-2-cognitive-therapy.yaml compare --format html
31d4416afb4e65fe tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline canmat-2023
90f2ee6c13c0b62e tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline nice-ng222
534f7295384fa52f tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --guideline star-d
99a57f0cd82ec2cb tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format json --explain
3e98cadc557e40fa tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text
57869290a60e0057 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format text --explain
786714cdfc21718d tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --format html
b44f5a910876ff13 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml evaluate --batch --format csv
ed3fea5cc2256cf5 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format text
0df3c914dc144a76 tests/vignettes/stard-level-2-exit-on-mirtazapine.yaml compare --format html
912210cb8a7116d7 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline canmat-2023
9f5637e649864ad5 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline nice-ng222
0d955abdb0652406 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --guideline star-d
0002883c25f05fdf tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format json --explain
12be9ae031994ebb tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text
5edd53529555d775 tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format text --explain
bc50be3dd0188d2c tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --format html
2bbbc240e5f0338b tests/vignettes/stard-level-2-options-after-sertraline.yaml evaluate --batch --format csv
f1634b466e23245e tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format text
8c17295403759bb0 tests/vignettes/stard-level-2-options-after-sertraline.yaml compare --format html
99b7b850f38a52d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline canmat-2023
195fe7b60c36d597 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline nice-ng222
a2ff9db6a2e3605c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --guideline star-d
1be59a46dbaa5191 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format json --explain
0c9fcb5cba7a7efe tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text
1134f7b3c3533e2c tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format text --explain
aab692154fafbe19 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --format html
3baf620715eff082 tests/vignettes/stard-level-2-options-on-bupropion.yaml evaluate --batch --format csv
c681a63cde3b24d4 tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format text
1d47414e49f5625d tests/vignettes/stard-level-2-options-on-bupropion.yaml compare --format html
607955a32fe04179 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline canmat-2023
732fe611021bcfc6 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline nice-ng222
1b0d2494c1a37907 tests/vignettes/stard-level-2.yaml evaluate --format json --guideline star-d
047a637c9f4d5347 tests/vignettes/stard-level-2.yaml evaluate --format json --explain
a93d9eff1facc3d1 tests/vignettes/stard-level-2.yaml evaluate --format text
f3d6551c53eed62c tests/vignettes/stard-level-2.yaml evaluate --format text --explain
1e0b84e8ede3b03d tests/vignettes/stard-level-2.yaml evaluate --format html
f987680678356aaf tests/vignettes/stard-level-2.yaml evaluate --batch --format csv
f89a1d18e743adc4 tests/vignettes/stard-level-2.yaml compare --format text
6aea706549fd5273 tests/vignettes/stard-level-2.yaml compare --format html
e8b47da05b08b5dd tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline canmat-2023
33d637f89e840557 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline nice-ng222
13f075f87b5af1c7 tests/vignettes/stard-level-2a.yaml evaluate --format json --guideline star-d
dde1052d32d191a0 tests/vignettes/stard-level-2a.yaml evaluate --format json --explain
a8b104ad006c3284 tests/vignettes/stard-level-2a.yaml evaluate --format text
d007585553ed88c4 tests/vignettes/stard-level-2a.yaml evaluate --format text --explain
e8d927d94a613633 tests/vignettes/stard-level-2a.yaml evaluate --format html
6d058c2840555757 tests/vignettes/stard-level-2a.yaml evaluate --batch --format csv
da5509b62c92cccc tests/vignettes/stard-level-2a.yaml compare --format text
dd4d7384d21228ed tests/vignettes/stard-level-2a.yaml compare --format html
a6a51ec5f3a5ec21 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline canmat-2023
306ae8a1dffec286 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline nice-ng222
e0839ee1bb988132 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --guideline star-d
b29cb9eef2579a19 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format json --explain
a1e0a3f5e20e8823 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text
a3f1fd907a430b63 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format text --explain
b5e343bbd6b7fc0d tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --format html
484011a89533ef90 tests/vignettes/stard-level-3-lithium-week-12.yaml evaluate --batch --format csv
a417cdc1340ffa3b tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format text
4722f624bd1e526f tests/vignettes/stard-level-3-lithium-week-12.yaml compare --format html
d445723850756380 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline canmat-2023
3ccd6ed4d28d637f tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline nice-ng222
df7281fee8ee2b45 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --guideline star-d
27b5cdfeca7d4adc tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format json --explain
07a523236982f443 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text
1e4dd13a47802cd2 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format text --explain
2f3524b8d8c7dbf6 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --format html
aa4abb04af595c91 tests/vignettes/stard-level-3-lithium-week-4.yaml evaluate --batch --format csv
3f9f37ae2a6aa727 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format text
5edc216716ae9627 tests/vignettes/stard-level-3-lithium-week-4.yaml compare --format html
13f66775d2587e91 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline canmat-2023
81975745e9a1c2c3 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline nice-ng222
e5822a01226ede04 tests/vignettes/stard-level-3.yaml evaluate --format json --guideline star-d
dca95d883938be79 tests/vignettes/stard-level-3.yaml evaluate --format json --explain
06fa3302ce0ef894 tests/vignettes/stard-level-3.yaml evaluate --format text
e61ad03a5b690df3 tests/vignettes/stard-level-3.yaml evaluate --format text --explain
f1221dbcad1ed4bc tests/vignettes/stard-level-3.yaml evaluate --format html
44b9dc956f9f8f7e tests/vignettes/stard-level-3.yaml evaluate --batch --format csv
f312028a0f698825 tests/vignettes/stard-level-3.yaml compare --format text
bc72dac1ca21a889 tests/vignettes/stard-level-3.yaml compare --format html
5800933f2e62fa65 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline canmat-2023
96423387a7707690 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline nice-ng222
c376043a78c857d6 tests/vignettes/stard-level-4.yaml evaluate --format json --guideline star-d
bd057057d4e84e2c tests/vignettes/stard-level-4.yaml evaluate --format json --explain
b016bf450dda3b5b tests/vignettes/stard-level-4.yaml evaluate --format text
6a83d04d4b144647 tests/vignettes/stard-level-4.yaml evaluate --format text --explain
092cfa20e6faa407 tests/vignettes/stard-level-4.yaml evaluate --format html
8bb06d0345e4d8dd tests/vignettes/stard-level-4.yaml evaluate --batch --format csv
7e0cef1c2522fb05 tests/vignettes/stard-level-4.yaml compare --format text
ebcf370b4048485a tests/vignettes/stard-level-4.yaml compare --format html
2cde9e6c3da64dc8 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline canmat-2023
06d934b58a22dcd1 tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline nice-ng222
424d6b7e022eec7f tests/vignettes/stard-other-scale.yaml evaluate --format json --guideline star-d
8141ca2fb7148ba6 tests/vignettes/stard-other-scale.yaml evaluate --format json --explain
740b395031828b21 tests/vignettes/stard-other-scale.yaml evaluate --format text
db67230fe0bda11c tests/vignettes/stard-other-scale.yaml evaluate --format text --explain
f49b6a753d681996 tests/vignettes/stard-other-scale.yaml evaluate --format html
0957c44bb104941d tests/vignettes/stard-other-scale.yaml evaluate --batch --format csv
7fc9c94fc272ef33 tests/vignettes/stard-other-scale.yaml compare --format text
b5478dfdc2733591 tests/vignettes/stard-other-scale.yaml compare --format html
07ecedc2538b6e34 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline canmat-2023
93ad9f242b75998c tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline nice-ng222
732df43b006f03cd tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --guideline star-d
f6c7bc45cb1bd38c tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format json --explain
5ec6773aa8bcfb5f tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text
497962eeb9e6bc3c tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format text --explain
2a1cb8e9f3183e03 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --format html
a8ad9c57dc83d7c0 tests/vignettes/stard-out-of-scope-psychotic.yaml evaluate --batch --format csv
4bfdd69065c6c78e tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format text
d7a92c46dfa6f39d tests/vignettes/stard-out-of-scope-psychotic.yaml compare --format html
1a2d50bb41961401 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline canmat-2023
a0448e8e81ec50ff tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline nice-ng222
605f17daf0a22b46 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --guideline star-d
cc656afaff385467 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format json --explain
b3f785fe58217e3f tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text
27eae2aae3880651 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format text --explain
0ad03bdc85d37a26 tests/vignettes/stard-over-75-in-scope.yaml evaluate --format html
f390744dfed87b90 tests/vignettes/stard-over-75-in-scope.yaml evaluate --batch --format csv
3c9947308ac81d9e tests/vignettes/stard-over-75-in-scope.yaml compare --format text
57ba5de68d9645cb tests/vignettes/stard-over-75-in-scope.yaml compare --format html
862a813d070c6916 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline canmat-2023
0a32242c04b787bb tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline nice-ng222
ded628537853a1f9 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --guideline star-d
6fe63d543a9395a7 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format json --explain
66149a9df9cd8551 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text
1045a14b18d6c2db tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format text --explain
a3e3cea15905c428 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --format html
ad97940eb301bba6 tests/vignettes/stard-overdose-caution-suicide-risk.yaml evaluate --batch --format csv
6a10d23fb0d8bd98 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format text
531a189b4aed7701 tests/vignettes/stard-overdose-caution-suicide-risk.yaml compare --format html
967524795c95ace8 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline canmat-2023
34db3fc056dc71f2 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline nice-ng222
f11d95944f748e7c tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --guideline star-d
0146eb40af9794b5 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format json --explain
82d791ed601e016f tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text
4592697bcb485be8 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format text --explain
478141603a62f696 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --format html
80e5c221cda16733 tests/vignettes/stard-remission-after-intolerance.yaml evaluate --batch --format csv
f1737e7803cf1539 tests/vignettes/stard-remission-after-intolerance.yaml compare --format text
c868cac65e971cd5 tests/vignettes/stard-remission-after-intolerance.yaml compare --format html
9c870c085041efc4 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline canmat-2023
acd28896a405a608 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline nice-ng222
adbf9834cf1917f7 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --guideline star-d
fc6eb4a046975327 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format json --explain
f3391172d6cd5de2 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text
ded426fc9f451441 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format text --explain
173f3892564f30ab tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --format html
db0d8eb988cc7554 tests/vignettes/stard-remission-cognitive-therapy.yaml evaluate --batch --format csv
225d7c993dd2e79f tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format text
88fa0b8ad48d5306 tests/vignettes/stard-remission-cognitive-therapy.yaml compare --format html
202b8e24274680e4 tests/vignettes/stard-remission.yaml evaluate --format json --guideline canmat-2023
ed98e333fecc8d88 tests/vignettes/stard-remission.yaml evaluate --format json --guideline nice-ng222
b91567f4c3dc6a35 tests/vignettes/stard-remission.yaml evaluate --format json --guideline star-d
9b61e2d7df2951a6 tests/vignettes/stard-remission.yaml evaluate --format json --explain
8e7f13379f7af3b5 tests/vignettes/stard-remission.yaml evaluate --format text
d2adbb2bbdbc30c7 tests/vignettes/stard-remission.yaml evaluate --format text --explain
b3c28db6a79c695b tests/vignettes/stard-remission.yaml evaluate --format html
17fbf3504c49405d tests/vignettes/stard-remission.yaml evaluate --batch --format csv
38bed07fa7eb5664 tests/vignettes/stard-remission.yaml compare --format text
ed3b36f9020c0f1a tests/vignettes/stard-remission.yaml compare --format html
7c0184153a132f62 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline canmat-2023
67d057b86fead347 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline nice-ng222
362f646be84b49ef tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --guideline star-d
564245973620ee56 tests/vignettes/subtherapeutic-dose.yaml evaluate --format json --explain
4d1e8fab4d517f60 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text
f704518546381a78 tests/vignettes/subtherapeutic-dose.yaml evaluate --format text --explain
1e6bc986a4380734 tests/vignettes/subtherapeutic-dose.yaml evaluate --format html
3d6f9507f96c99cc tests/vignettes/subtherapeutic-dose.yaml evaluate --batch --format csv
d73042c58241cc15 tests/vignettes/subtherapeutic-dose.yaml compare --format text
f9c87d93e7268d22 tests/vignettes/subtherapeutic-dose.yaml compare --format html
899de3d62ff316f2 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline canmat-2023
8f0ab321e4a50d07 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline nice-ng222
547052ea294ecdd3 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --guideline star-d
00799f640de8c2fa tests/vignettes/thase-rush-stage-iii.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text
ea2c79a261cc9ad9 tests/vignettes/thase-rush-stage-iii.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-iii.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iii.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iii.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-iii.yaml compare --format html
e8cd6d9ff130ea45 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline canmat-2023
97fdd17a1891a30b tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline nice-ng222
5ffe2ce17d43acd5 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --guideline star-d
82c767e2facf9096 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text
ea2c79a261cc9ad9 tests/vignettes/thase-rush-stage-iv.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-iv.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-iv.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-iv.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-iv.yaml compare --format html
e8cd6d9ff130ea45 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline canmat-2023
97fdd17a1891a30b tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline nice-ng222
5ffe2ce17d43acd5 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --guideline star-d
82c767e2facf9096 tests/vignettes/thase-rush-stage-v.yaml evaluate --format json --explain
b879fdbff8295169 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text
ea2c79a261cc9ad9 tests/vignettes/thase-rush-stage-v.yaml evaluate --format text --explain
0b226940984fcc6f tests/vignettes/thase-rush-stage-v.yaml evaluate --format html
bc0ad3de3271663d tests/vignettes/thase-rush-stage-v.yaml evaluate --batch --format csv
d74166a0d154cedc tests/vignettes/thase-rush-stage-v.yaml compare --format text
a9d2279f3b457d81 tests/vignettes/thase-rush-stage-v.yaml compare --format html
7877f269e89a26ce tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline canmat-2023
cf13c1803399cc2f tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline nice-ng222
44c61e3925fcda1d tests/vignettes/trial-addition-stopped.yaml evaluate --format json --guideline star-d
bf294f8e5a62c578 tests/vignettes/trial-addition-stopped.yaml evaluate --format json --explain
d72f9844a15f40d7 tests/vignettes/trial-addition-stopped.yaml evaluate --format text
d3bd111f67edc407 tests/vignettes/trial-addition-stopped.yaml evaluate --format text --explain
2ec8ba725d949eb1 tests/vignettes/trial-addition-stopped.yaml evaluate --format html
b814425cec214519 tests/vignettes/trial-addition-stopped.yaml evaluate --batch --format csv
8e4595fdc4f0c8ae tests/vignettes/trial-addition-stopped.yaml compare --format text
caeee621767caad0 tests/vignettes/trial-addition-stopped.yaml compare --format html
bce4a01dda44f594 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline canmat-2023
0382f58130f8ae7c tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline nice-ng222
366bfb4fec6c5ec4 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --guideline star-d
2e8ab6b59464bb62 tests/vignettes/trial-adherence-strict.yaml evaluate --format json --explain
4f17566370f36d4c tests/vignettes/trial-adherence-strict.yaml evaluate --format text
5078937cec018020 tests/vignettes/trial-adherence-strict.yaml evaluate --format text --explain
1c9adf7fb0a3ce9f tests/vignettes/trial-adherence-strict.yaml evaluate --format html
98a253587832f4ed tests/vignettes/trial-adherence-strict.yaml evaluate --batch --format csv
ad1fd3acbd5c5d33 tests/vignettes/trial-adherence-strict.yaml compare --format text
6a17d12e0ac4e2e5 tests/vignettes/trial-adherence-strict.yaml compare --format html
f57ea2507f614670 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline canmat-2023
9b92ce1e43605d52 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline nice-ng222
00e9818d34f1e5cd tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --guideline star-d
45f5b73716ddc2bf tests/vignettes/trial-adjunct-own-window.yaml evaluate --format json --explain
391c68e392cab98e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text
f8aabb21b48c4cb1 tests/vignettes/trial-adjunct-own-window.yaml evaluate --format text --explain
6ea658fd4224937e tests/vignettes/trial-adjunct-own-window.yaml evaluate --format html
91dc239d06f7f70d tests/vignettes/trial-adjunct-own-window.yaml evaluate --batch --format csv
5a378dbeda49257c tests/vignettes/trial-adjunct-own-window.yaml compare --format text
8ba9c17dfa9f2c60 tests/vignettes/trial-adjunct-own-window.yaml compare --format html
f843f0a7f1665897 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline canmat-2023
9db33096055ae655 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline nice-ng222
a709b3fea6fb8d2d tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --guideline star-d
52359c6669e02dcc tests/vignettes/trial-atrq-worked-example.yaml evaluate --format json --explain
e8edbcd7e420aa4f tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text
13c0b73ea5eaa5cc tests/vignettes/trial-atrq-worked-example.yaml evaluate --format text --explain
e2d01694ce322166 tests/vignettes/trial-atrq-worked-example.yaml evaluate --format html
1d45e7b618bd3a2a tests/vignettes/trial-atrq-worked-example.yaml evaluate --batch --format csv
fcf5739314cde7b8 tests/vignettes/trial-atrq-worked-example.yaml compare --format text
7ba34574b408bcb9 tests/vignettes/trial-atrq-worked-example.yaml compare --format html
b50cccfa7a17e249 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline canmat-2023
8b46bac8b83ee510 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline nice-ng222
d6b867b594d3c5b0 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --guideline star-d
bfd3c730bdf1fd83 tests/vignettes/trial-duplicate-course.yaml evaluate --format json --explain
281240bafd1bbc62 tests/vignettes/trial-duplicate-course.yaml evaluate --format text
21710330f0c13ed5 tests/vignettes/trial-duplicate-course.yaml evaluate --format text --explain
613a61b0a0ffd403 tests/vignettes/trial-duplicate-course.yaml evaluate --format html
cee0ef11caaf6d44 tests/vignettes/trial-duplicate-course.yaml evaluate --batch --format csv
082b736f655b75fc tests/vignettes/trial-duplicate-course.yaml compare --format text
739bbab231188293 tests/vignettes/trial-duplicate-course.yaml compare --format html
5906f88fdb46733c tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline canmat-2023
2ebd7d8f7e6a95b2 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline nice-ng222
df81b823ed968228 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --guideline star-d
a713a54e149c1da1 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format json --explain
5ccb4de39a865a23 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text
1eaef944988249ac tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format text --explain
3c8638c5e84b8caf tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --format html
8402515690ab9de4 tests/vignettes/trial-early-dip-not-relapse.yaml evaluate --batch --format csv
7418fd3ba25f5476 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format text
27c6cdaad2c722f3 tests/vignettes/trial-early-dip-not-relapse.yaml compare --format html
af22c6f2e3207ec1 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline canmat-2023
82ac2c5e7cb627e8 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline nice-ng222
fed3b8d1db5a68ef tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --guideline star-d
6ec1fa37b4610387 tests/vignettes/trial-ect-during-drug.yaml evaluate --format json --explain
f0b930967f0a5ef9 tests/vignettes/trial-ect-during-drug.yaml evaluate --format text
96e8ba5cdde60f0d tests/vignettes/trial-ect-during-drug.yaml evaluate --format text --explain
13880329e6153b4f tests/vignettes/trial-ect-during-drug.yaml evaluate --format html
7abb5484d38bc972 tests/vignettes/trial-ect-during-drug.yaml evaluate --batch --format csv
4ed650331f7b6163 tests/vignettes/trial-ect-during-drug.yaml compare --format text
cea183290af82a03 tests/vignettes/trial-ect-during-drug.yaml compare --format html
cc1df0c60ec9a796 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline canmat-2023
6f57f50786737f89 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline nice-ng222
fc3f19425d903311 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --guideline star-d
95e0275cfaba7bda tests/vignettes/trial-intolerance-after-window.yaml evaluate --format json --explain
727d70215c63f653 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text
7a0345f1cb3e0e72 tests/vignettes/trial-intolerance-after-window.yaml evaluate --format text --explain
54aefd8a291dc47b tests/vignettes/trial-intolerance-after-window.yaml evaluate --format html
ae4d9df7b422a5f8 tests/vignettes/trial-intolerance-after-window.yaml evaluate --batch --format csv
baba724c6e8b4788 tests/vignettes/trial-intolerance-after-window.yaml compare --format text
90c1c8d82a0b2f5c tests/vignettes/trial-intolerance-after-window.yaml compare --format html
4f4b61cf288753af tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline canmat-2023
e5f5f4baa0cdf0d8 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline nice-ng222
7986f77fed6eaa33 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --guideline star-d
1f1b521de8c33c16 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format json --explain
522fb3d0b5ef7d0f tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text
9599de644d3512de tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format text --explain
79306443b77086f6 tests/vignettes/trial-msm-no-recurrence.yaml evaluate --format html
5923e39120b67f0b tests/vignettes/trial-msm-no-recurrence.yaml evaluate --batch --format csv
cd44605dd70ef484 tests/vignettes/trial-msm-no-recurrence.yaml compare --format text
359460c36eae91cf tests/vignettes/trial-msm-no-recurrence.yaml compare --format html
69b1bada75d97d45 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline canmat-2023
82f29e88624d4a41 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline nice-ng222
466a3d74cf43e320 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --guideline star-d
f9641e5b63e5b39b tests/vignettes/trial-relapse-after-remission.yaml evaluate --format json --explain
334d20e8640bf63a tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text
ced775fa79925fa5 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format text --explain
0f7b427658f0a1b7 tests/vignettes/trial-relapse-after-remission.yaml evaluate --format html
c024b19fbb2ea329 tests/vignettes/trial-relapse-after-remission.yaml evaluate --batch --format csv
2d3f927ff061615a tests/vignettes/trial-relapse-after-remission.yaml compare --format text
e7c28915b7a74443 tests/vignettes/trial-relapse-after-remission.yaml compare --format html
8c2369a853c2b80c tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline canmat-2023
42a2a48384c57a7b tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline nice-ng222
acaba822830bfa0f tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --guideline star-d
ec1cbb52b0392e21 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format json --explain
c84360547d226546 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text
17ff747d28b76c9b tests/vignettes/trial-relapse-ongoing.yaml evaluate --format text --explain
3c093dbb7b9cb5f8 tests/vignettes/trial-relapse-ongoing.yaml evaluate --format html
1c574fed2f88e252 tests/vignettes/trial-relapse-ongoing.yaml evaluate --batch --format csv
bf36e024f047e621 tests/vignettes/trial-relapse-ongoing.yaml compare --format text
2905c307065f9824 tests/vignettes/trial-relapse-ongoing.yaml compare --format html
1ab1b48abdefcde9 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline canmat-2023
8bc18ccf03399652 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline nice-ng222
4e1b8509e6d66eda tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --guideline star-d
1f4c4eda8e162c83 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format json --explain
3ddacdeea1f471b8 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text
cba58b408e13f378 tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format text --explain
888543498620329d tests/vignettes/trial-relapse-qids-stard.yaml evaluate --format html
c49a6e724eb2096e tests/vignettes/trial-relapse-qids-stard.yaml evaluate --batch --format csv
4bd9ffa951164efd tests/vignettes/trial-relapse-qids-stard.yaml compare --format text
696c462829ab4b73 tests/vignettes/trial-relapse-qids-stard.yaml compare --format html
fa0cda74a97347e5 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline canmat-2023
09530ad1364c82a8 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline nice-ng222
388c08630dba5fa1 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --guideline star-d
f739798372c9d2a8 tests/vignettes/trial-same-day-regimen.yaml evaluate --format json --explain
ca9cf7dbfc2500a1 tests/vignettes/trial-same-day-regimen.yaml evaluate --format text
0c1ac568ad30d95d tests/vignettes/trial-same-day-regimen.yaml evaluate --format text --explain
4e3817aa52478a3a tests/vignettes/trial-same-day-regimen.yaml evaluate --format html
69e8e81c4b4b6bd2 tests/vignettes/trial-same-day-regimen.yaml evaluate --batch --format csv
6273090ade529ea8 tests/vignettes/trial-same-day-regimen.yaml compare --format text
d95ca8011fb16599 tests/vignettes/trial-same-day-regimen.yaml compare --format html
71e700bd3977d0bb tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline canmat-2023
eff7c43ec745af04 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline nice-ng222
da85079a218950e0 tests/vignettes/trial-stale-scores.yaml evaluate --format json --guideline star-d
cec707405eb17ce8 tests/vignettes/trial-stale-scores.yaml evaluate --format json --explain
1dbf9f95c8cd318c tests/vignettes/trial-stale-scores.yaml evaluate --format text
d311e0033b50e075 tests/vignettes/trial-stale-scores.yaml evaluate --format text --explain
1fa87c8db47aace3 tests/vignettes/trial-stale-scores.yaml evaluate --format html
04c76c39736ae18f tests/vignettes/trial-stale-scores.yaml evaluate --batch --format csv
4246d724343a0a6e tests/vignettes/trial-stale-scores.yaml compare --format text
6949633dd10616cb tests/vignettes/trial-stale-scores.yaml compare --format html
28b520f693ebef46 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline canmat-2023
0fc46c3c66a02d39 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline nice-ng222
ab282d39fd31ac0f tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --guideline star-d
bc4e5a44b377f62f tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format json --explain
12f498752f24a2f3 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text
591ae89a97c622e8 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format text --explain
2bbc031f4ca0494e tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --format html
ec6a57d9f64a7349 tests/vignettes/trial-subtherapeutic-addition.yaml evaluate --batch --format csv
1ae53133372a8cc4 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format text
1ff29070e0445682 tests/vignettes/trial-subtherapeutic-addition.yaml compare --format html
4ae0a0eecc8ba049 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline canmat-2023
262446040ccd2b91 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline nice-ng222
8cb98c393f6b7959 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --guideline star-d
1c38361ad179502e tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format json --explain
27c6a1056ad892c2 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text
a09538a3c33452f7 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format text --explain
0e3ff51605a87d39 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --format html
b68da9833caf1747 tests/vignettes/trial-titration-not-optimisation.yaml evaluate --batch --format csv
6a66bb8f63473e23 tests/vignettes/trial-titration-not-optimisation.yaml compare --format text
000b6c9a251202f6 tests/vignettes/trial-titration-not-optimisation.yaml compare --format html
8a14449c207d9ba5 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline canmat-2023
4d284b3d515812b6 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline nice-ng222
7e73addcad7dfc19 tests/vignettes/trial-without-dose.yaml evaluate --format json --guideline star-d
77d17a7f0b7ab74f tests/vignettes/trial-without-dose.yaml evaluate --format json --explain
5ca1b827d0eaa17d tests/vignettes/trial-without-dose.yaml evaluate --format text
31a87459c550e4dc tests/vignettes/trial-without-dose.yaml evaluate --format text --explain
2018225e274f2907 tests/vignettes/trial-without-dose.yaml evaluate --format html
f8e5e9970cd79af6 tests/vignettes/trial-without-dose.yaml evaluate --batch --format csv
5a9ca3ef1370ff39 tests/vignettes/trial-without-dose.yaml compare --format text
0d0190f3afb0fd3d tests/vignettes/trial-without-dose.yaml compare --format html
