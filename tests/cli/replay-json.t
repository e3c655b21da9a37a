# tpath replay --format json: one JSON object per day shown, with the day
# (a number for a history in relative days), the week, the trial index
# (from 0, as in result/1) and the parts that changed; --guideline and
# --as-of apply to every day (the walk ends at --as-of).  The TRD verdict
# lists its counted, counted_ongoing (provisional) and undetermined trials
# as 0-based indexes, as result/1 does, and its status.
$ tpath replay --format json --guideline star-d --as-of 28 docs/examples/demo-0002.yaml
--- stdout
{"as_of":-30,"week":null,"trial":null,"step":{"id":"level-1","label":"Level 1: citalopram","status":"not-started"},"decision_point":null,"trd":{"definition":"two-adequate-trials","met":false,"failed_trials":0,"counted":[],"counted_ongoing":[],"undetermined":[],"status":null},"warnings":[],"recommendations":[]}
{"as_of":0,"week":0.0,"trial":0,"step":{"id":"level-1","label":"Level 1: citalopram","status":"titrating"},"decision_point":{"id":"cdp-week-4","state":"next"},"warnings":[{"severity":"info","code":"suicidality-monitoring","message":"latest start or stop (start, escitalopram) 0.0 weeks ago: monitor suicidality closely in the first 4 weeks after starting or stopping an antidepressant"}]}
{"as_of":28,"week":4.0,"trial":0,"step":{"id":"level-1","label":"Level 1: citalopram","status":"critical-decision-point"},"decision_point":{"id":"cdp-week-4","state":"now"},"trd":{"definition":"two-adequate-trials","met":false,"failed_trials":1,"counted":[0],"counted_ongoing":[0],"undetermined":[],"status":null},"warnings":[],"recommendations":[{"action":"reassess","options":["measure QIDS-C16 at the critical decision point"],"rule":"cdp-not-qids-c","status":null,"removed_options":0}]}
