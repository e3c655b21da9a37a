# The columns are those of the knowledge base: a data-dir adding a points
# model (test-points) and a ladder (test-ladder) adds a score column and a
# stage column before the built-in models', in load order.
$ tpath evaluate --batch --format csv --data-dir tests/data/custom-staging docs/examples | tr -d '\r'
--- stdout
id,guideline,as_of,step,status,decision_point,decision_point_state,trd_two-adequate-trials_met,trd_two-adequate-trials_failed,trd_eu-pearl-2022_met,trd_eu-pearl-2022_failed,trd_canadian-2021_met,trd_canadian-2021_failed,trd_different-classes_met,trd_different-classes_failed,staging_test-points_score,staging_test-ladder_stage,staging_thase-rush_stage,staging_mgh-s_score,staging_msm_score,staging_esm_stage,first_recommendation,recommendations,warnings,critical,error
demo-0001,canmat-2023,2025-03-03,difficult-to-treat,assess,,,true,2,true,2,true,2,true,2,14.0,two-classes,II,2.0,5.0,TRD1,reassess,7,,0,
demo-0002,canmat-2023,70,first-trial,assess,,,false,1,false,0,false,1,false,1,0.0,,I,1.5,6.0,nonresponder,reassess,3,,0,
