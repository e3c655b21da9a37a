# A score alone between two gaps of more than 84 days (SCORE_GAP_DAYS,
# engine/views/html.c) is drawn as a point without a line: no polyline of
# one point; the two scores after the second gap are joined (issue 19).
$ tpath evaluate --format html tests/data/html/score-runs.yaml | grep -e '<polyline' -e '<circle class="score"'
--- stdout
<polyline fill="none" stroke="#222" stroke-width="1.5" points="849.1,180.8 895.0,190.4"/>
<circle class="score" cx="255.7" cy="152.0" r="3.5" fill="#fff" stroke="#222"><title>2025-01-01: phq9 20, severe</title></circle>
<circle class="score" cx="550.8" cy="166.4" r="3.5" fill="#fff" stroke="#222"><title>2025-04-01: phq9 17, moderately severe</title></circle>
<circle class="score" cx="849.1" cy="180.8" r="3.5" fill="#fff" stroke="#222"><title>2025-07-01: phq9 14, moderate</title></circle>
<circle class="score" cx="895.0" cy="190.4" r="3.5" fill="#fff" stroke="#222"><title>2025-07-15: phq9 12, moderate</title></circle>
