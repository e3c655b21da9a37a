# PHQ-9 severity bands in the HTML timeline (issue 19): the vocabulary's
# Kroenke 2001 bands (guidelines/vocabulary.yaml: 5 mild, 10 moderate, 15
# moderately severe, 20 severe) shaded darker as they rise, with the lower
# score of each on the axis, the name right of the plot ("moderately
# severe" in two lines of at most 11 characters) and a title with the
# range and source; each score's title names its score band (3 is below
# mild);
# the key lists the bands and says what they are not.  A scale with bands
# is drawn over its whole range, 0-27, whatever the scores; a band's edge
# is half a point below its first score (4.5, 9.5, 14.5, 19.5), so a score
# on a cut-off sits inside its band; shades run from 0.035 to 0.09.
$ tpath evaluate --format html tests/data/html/severity-bands.yaml | grep -e '<rect class="band"' -e 'class="band-label"' -e '<circle class="score"' -e 'text-anchor="end">[0-9]*</text>' -e 'Grey bands'
--- stdout
<rect class="band" x="200.0" y="209.8" width="695.0" height="22.2" fill="#000" fill-opacity="0.035"><title>phq9 5-9: mild (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="233.8" font-size="10" text-anchor="end">5</text>
<text class="band-label" x="901.0" y="223.9" font-size="9" fill="#555"><tspan x="901.0" dy="0">mild</tspan></text>
<rect class="band" x="200.0" y="187.6" width="695.0" height="22.2" fill="#000" fill-opacity="0.053"><title>phq9 10-14: moderate (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="211.6" font-size="10" text-anchor="end">10</text>
<text class="band-label" x="901.0" y="201.7" font-size="9" fill="#555"><tspan x="901.0" dy="0">moderate</tspan></text>
<rect class="band" x="200.0" y="165.3" width="695.0" height="22.2" fill="#000" fill-opacity="0.072"><title>phq9 15-19: moderately severe (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="189.3" font-size="10" text-anchor="end">15</text>
<text class="band-label" x="901.0" y="173.9" font-size="9" fill="#555"><tspan x="901.0" dy="0">moderately</tspan><tspan x="901.0" dy="11">severe</tspan></text>
<rect class="band" x="200.0" y="132.0" width="695.0" height="33.3" fill="#000" fill-opacity="0.090"><title>phq9 20-27: severe (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="167.1" font-size="10" text-anchor="end">20</text>
<text class="band-label" x="901.0" y="151.7" font-size="9" fill="#555"><tspan x="901.0" dy="0">severe</tspan></text>
<text x="194.0" y="136.0" font-size="10" text-anchor="end">27</text>
<text x="194.0" y="256.0" font-size="10" text-anchor="end">0</text>
<circle class="score" cx="200.0" cy="145.3" r="3.5" fill="#fff" stroke="#222"><title>2025-01-01: phq9 24, score band severe</title></circle>
<circle class="score" cx="362.2" cy="176.4" r="3.5" fill="#fff" stroke="#222"><title>2025-01-22: phq9 17, score band moderately severe</title></circle>
<circle class="score" cx="524.3" cy="198.7" r="3.5" fill="#fff" stroke="#222"><title>2025-02-12: phq9 12, score band moderate</title></circle>
<circle class="score" cx="686.5" cy="220.9" r="3.5" fill="#fff" stroke="#222"><title>2025-03-05: phq9 7, score band mild</title></circle>
<circle class="score" cx="895.0" cy="238.7" r="3.5" fill="#186b33" stroke="#222"><title>2025-04-01: phq9 3 (at or below the remission cut-off)</title></circle>
<text x="890.0" y="232.7" font-size="10" text-anchor="end">3</text>
<li><strong>Grey bands</strong> (phq9), darker as severity rises: 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe; source: Kroenke 2001 (J Gen Intern Med 16:606). A band is the severity of one score, for orientation: no rule reads the bands (a rule may read a score itself, or the episode's recorded severity, or a trial's response and remission).</li>
