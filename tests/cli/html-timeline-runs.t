# A score alone between two gaps of more than 84 days (SCORE_GAP_DAYS,
# engine/views/html.c) is drawn as a point without a line: no polyline of
# one point; the two scores after the second gap are joined (issue 19).
$ tpath evaluate --format html tests/data/html/score-runs.yaml | grep -e '<polyline' -e '<circle class="score"'
--- stdout
<polyline fill="none" stroke="#222" stroke-width="1.5" points="849.1,189.8 895.0,198.7"/>
<circle class="score" cx="255.7" cy="163.1" r="3.5" fill="#fff" stroke="#222"><title>2025-01-01: phq9 20, score band severe</title></circle>
<circle class="score" cx="550.8" cy="176.4" r="3.5" fill="#fff" stroke="#222"><title>2025-04-01: phq9 17, score band moderately severe</title></circle>
<circle class="score" cx="849.1" cy="189.8" r="3.5" fill="#fff" stroke="#222"><title>2025-07-01: phq9 14, score band moderate</title></circle>
<circle class="score" cx="895.0" cy="198.7" r="3.5" fill="#fff" stroke="#222"><title>2025-07-15: phq9 12, score band moderate</title></circle>
