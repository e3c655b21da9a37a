# --batch --format csv: a header row naming the columns of the knowledge
# base (four TRD definitions, a met and a failed column each; a stage for
# the ladders thase-rush and esm, a score for the points models mgh-s and
# msm), then one row per history in input order, every record ended by
# CRLF (counted by awk, then removed with tr to show the rows).  A
# directory (docs/examples) and a stream of six vignettes on standard
# input with two threads.  check_csv.c compares every cell with the JSON.
$ d=$(mktemp -d); tpath evaluate --batch --format csv docs/examples > $d/dir; echo "status $?"; awk '!/\r$/ {n++} END {print NR " records, " n+0 " without CRLF"}' $d/dir; tr -d '\r' < $d/dir; for f in canmat-trd safety-serotonergic-combination nice-under-18 msm-failures-5 canmat-decision-point-ahead thase-rush-stage-iv; do echo ---; cat tests/vignettes/$f.yaml; done | tpath evaluate --batch -j 2 --format csv - > $d/stdin; echo "status $?"; awk '!/\r$/ {n++} END {print NR " records, " n+0 " without CRLF"}' $d/stdin; tr -d '\r' < $d/stdin | tail -n +2; rm -rf $d
--- stdout
status 0
3 records, 0 without CRLF
id,guideline,as_of,step,status,decision_point,decision_point_state,trd_two-adequate-trials_met,trd_two-adequate-trials_failed,trd_eu-pearl-2022_met,trd_eu-pearl-2022_failed,trd_canadian-2021_met,trd_canadian-2021_failed,trd_different-classes_met,trd_different-classes_failed,staging_thase-rush_stage,staging_mgh-s_score,staging_msm_score,staging_esm_stage,first_recommendation,recommendations,warnings,critical,error
demo-0001,canmat-2023,2025-03-03,difficult-to-treat,assess,,,true,2,true,2,true,2,true,2,II,2.0,5.0,TRD1,reassess,7,,0,
demo-0002,canmat-2023,70,first-trial,assess,,,false,1,false,0,false,1,false,1,I,1.5,6.0,nonresponder,reassess,3,,0,
status 0
7 records, 0 without CRLF
canmat-trd,canmat-2023,120,difficult-to-treat,between-trials,,,true,2,true,2,true,2,true,2,II,2.5,5.0,TRD1,switch,4,suicidality-monitoring,0,
safety-serotonergic-combination,canmat-2023,56,first-trial,assess,adequate-trial-assessment,now,false,1,false,1,false,1,false,1,I,1.5,6.0,nonresponder,reassess,3,serotonergic-combination,1,
nice-under-18,canmat-2023,7,,out-of-scope,,,false,0,false,0,false,0,false,0,,0.0,,,,0,outside-guideline-scope;age-monitoring;suicidality-monitoring,0,
vignette-msm-failures,canmat-2023,549,difficult-to-treat,between-trials,,,true,11,true,11,true,11,true,11,III,11.0,11.0,TRD5,switch,4,suicidality-monitoring,0,
canmat-decision-point-ahead,canmat-2023,2025-03-06,first-trial,assess,adequate-trial-assessment,next,false,1,false,1,false,1,false,1,I,0.0,,,reassess,3,,0,
vignette-thase-rush-ladder,canmat-2023,284,difficult-to-treat,between-trials,,,true,4,true,4,true,4,true,4,V,7.0,8.0,TRD3,switch,4,,0,
