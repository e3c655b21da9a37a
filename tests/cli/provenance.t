# The provenance of a result (docs/result-format.md): a --data-dir copy of a
# built-in file, unchanged, gives the built-in knowledge hash; changed by one
# comment line, another.  data_dir and the file's builtin say it came from
# outside the built-in set; overrides lists --set as parsed.  Batch lines
# carry the same object.  (The harness masks the hash itself.)
$ d=$(mktemp -d); cp guidelines/drugs.yaml $d/; h() { tpath evaluate --format json "$@" docs/examples/demo-0002.yaml | grep '"knowledge"'; }; a=$(h); b=$(h --data-dir $d); [ "$a" = "$b" ] && echo "identical copy: same hash"; echo '# changed' >> $d/drugs.yaml; c=$(h --data-dir $d); [ "$a" != "$c" ] && echo "changed copy: another hash"; [ "$a" != "$(h --guideline nice-ng222)" ] && echo "another guideline: another hash"; tpath evaluate --format json --data-dir $d --set early_improvement_pct=25 --set early_window_weeks=3 docs/examples/demo-0002.yaml | sed -n '/^  "provenance"/,$p' | sed -n '1,4p;11,16p;/overrides/,$p'; tpath evaluate --batch docs/examples | sed 's/.*"provenance"/"provenance"/'; rm -rf $d
--- stdout
identical copy: same hash
changed copy: another hash
another guideline: another hash
  "provenance": {
    "engine": "0.6.2",
    "knowledge": "fnv1a64:<masked>",
    "guidelines": [
      {
        "kind": "drugs/1",
        "id": "tpath-drugs",
        "version": "2026.12.02",
        "builtin": false
      },
    "overrides": {
      "early_improvement_pct": 25.0,
      "early_window_weeks": 3.0
    },
    "data_dir": true
  }
}
"provenance":{"engine":"0.6.2","knowledge":"fnv1a64:<masked>","guidelines":[{"kind":"vocabulary/1","id":"tpath-vocabulary","version":"2026.12.03","builtin":true},{"kind":"drugs/1","id":"tpath-drugs","version":"2026.12.02","builtin":true},{"kind":"timeline/1","id":"tpath-timeline","version":"2026.12.01","builtin":true},{"kind":"trd/1","id":"tpath-trd","version":"2026.12.01","builtin":true,"defines":["two-adequate-trials","eu-pearl-2022","canadian-2021","different-classes"]},{"kind":"staging/1","id":"tpath-staging","version":"2026.12.01","builtin":true,"defines":["thase-rush","mgh-s","msm","esm"]},{"kind":"safety/1","id":"tpath-safety","version":"2026.12.03","builtin":true},{"kind":"guideline/1","id":"canmat-2023","version":"2023","builtin":true}],"overrides":{},"data_dir":false}}
"provenance":{"engine":"0.6.2","knowledge":"fnv1a64:<masked>","guidelines":[{"kind":"vocabulary/1","id":"tpath-vocabulary","version":"2026.12.03","builtin":true},{"kind":"drugs/1","id":"tpath-drugs","version":"2026.12.02","builtin":true},{"kind":"timeline/1","id":"tpath-timeline","version":"2026.12.01","builtin":true},{"kind":"trd/1","id":"tpath-trd","version":"2026.12.01","builtin":true,"defines":["two-adequate-trials","eu-pearl-2022","canadian-2021","different-classes"]},{"kind":"staging/1","id":"tpath-staging","version":"2026.12.01","builtin":true,"defines":["thase-rush","mgh-s","msm","esm"]},{"kind":"safety/1","id":"tpath-safety","version":"2026.12.03","builtin":true},{"kind":"guideline/1","id":"canmat-2023","version":"2023","builtin":true}],"overrides":{},"data_dir":false}}
