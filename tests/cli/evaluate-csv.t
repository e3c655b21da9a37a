# --format csv without --batch: the header row and the history's row (the
# columns of --batch --format csv).  --explain with csv is a usage error
# (the trace has no column), as is a format tpath does not know.
$ tpath evaluate --format csv docs/examples/demo-0002.yaml > /tmp/tpath-ec.$$; echo "status $?"; tr -d '\r' < /tmp/tpath-ec.$$; rm -f /tmp/tpath-ec.$$; tpath evaluate --format csv --explain docs/examples/demo-0002.yaml; echo "status $?"; tpath evaluate --format tsv docs/examples/demo-0002.yaml
--- stdout
status 0
id,guideline,as_of,step,status,decision_point,decision_point_state,trd_two-adequate-trials_met,trd_two-adequate-trials_failed,trd_eu-pearl-2022_met,trd_eu-pearl-2022_failed,trd_canadian-2021_met,trd_canadian-2021_failed,trd_different-classes_met,trd_different-classes_failed,staging_thase-rush_stage,staging_mgh-s_score,staging_msm_score,staging_esm_stage,first_recommendation,recommendations,warnings,critical,error
demo-0002,canmat-2023,70,first-trial,assess,,,false,1,false,0,false,1,false,1,I,1.5,6.0,nonresponder,reassess,3,,0,
status 2
--- stderr
tpath: evaluate: --format csv has no column for --explain's trace; use --format json
tpath: evaluate: --format takes text, json, html or csv, not 'tsv'
--- status
2
