# PHQ-9 severity bands in the HTML timeline (issue 19): the vocabulary's
# Kroenke 2001 bands (guidelines/vocabulary.yaml: 5 mild, 10 moderate, 15
# moderately severe, 20 severe) shaded darker as they rise, with the lower
# score of each on the axis, the name right of the plot ("moderately
# severe" in two lines of at most 11 characters) and a title with the
# range and source; each score's title names its band (3 is below mild);
# the key lists the bands.  The history's top score is 24, so the plot
# runs to 25 and the severe band is 20-25 of it.
$ tpath evaluate --format html tests/data/html/severity-bands.yaml | grep -e '<rect class="band"' -e 'class="band-label"' -e '<circle class="score"' -e 'text-anchor="end">[0-9]*</text>' -e 'Grey bands'
--- stdout
<rect class="band" x="200.0" y="200.0" width="695.0" height="24.0" fill="#000" fill-opacity="0.022"><title>phq9 5-9: mild, Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="228.0" font-size="10" text-anchor="end">5</text>
<text class="band-label" x="901.0" y="215.0" font-size="9" fill="#555"><tspan x="901.0" dy="0">mild</tspan></text>
<rect class="band" x="200.0" y="176.0" width="695.0" height="24.0" fill="#000" fill-opacity="0.045"><title>phq9 10-14: moderate, Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="204.0" font-size="10" text-anchor="end">10</text>
<text class="band-label" x="901.0" y="191.0" font-size="9" fill="#555"><tspan x="901.0" dy="0">moderate</tspan></text>
<rect class="band" x="200.0" y="152.0" width="695.0" height="24.0" fill="#000" fill-opacity="0.068"><title>phq9 15-19: moderately severe, Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="180.0" font-size="10" text-anchor="end">15</text>
<text class="band-label" x="901.0" y="161.5" font-size="9" fill="#555"><tspan x="901.0" dy="0">moderately</tspan><tspan x="901.0" dy="11">severe</tspan></text>
<rect class="band" x="200.0" y="128.0" width="695.0" height="24.0" fill="#000" fill-opacity="0.090"><title>phq9 20-27: severe, Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="156.0" font-size="10" text-anchor="end">20</text>
<text class="band-label" x="901.0" y="143.0" font-size="9" fill="#555"><tspan x="901.0" dy="0">severe</tspan></text>
<text x="194.0" y="132.0" font-size="10" text-anchor="end">25</text>
<text x="194.0" y="252.0" font-size="10" text-anchor="end">0</text>
<circle class="score" cx="200.0" cy="132.8" r="3.5" fill="#fff" stroke="#222"><title>2025-01-01: phq9 24, severe</title></circle>
<circle class="score" cx="362.2" cy="166.4" r="3.5" fill="#fff" stroke="#222"><title>2025-01-22: phq9 17, moderately severe</title></circle>
<circle class="score" cx="524.3" cy="190.4" r="3.5" fill="#fff" stroke="#222"><title>2025-02-12: phq9 12, moderate</title></circle>
<circle class="score" cx="686.5" cy="214.4" r="3.5" fill="#fff" stroke="#222"><title>2025-03-05: phq9 7, mild</title></circle>
<circle class="score" cx="895.0" cy="233.6" r="3.5" fill="#186b33" stroke="#222"><title>2025-04-01: phq9 3 (at or below the remission cut-off)</title></circle>
<text x="890.0" y="227.6" font-size="10" text-anchor="end">3</text>
<li><strong>Grey bands</strong> (phq9), darker as severity rises: 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe; source: Kroenke 2001 (J Gen Intern Med 16:606).</li>
