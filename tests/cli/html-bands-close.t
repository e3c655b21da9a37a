# Severity bands of a custom vocabulary (tests/data/vocab-close: bands at
# 0, 2, 4, 6, 10 and 20, one label with '&' and '<'), drawn over the scale's
# range, 0-27 (4.44 px a point): a band's number is left off the axis where it would sit
# within 11 px of the axis's 0 or top label or of the number below it (0,
# 2 and 6 here), so numbers never overlap; the titles, band names and key
# escape the label; bands under 11 px tall keep their title but no name.
$ tpath evaluate --format html --data-dir tests/data/vocab-close tests/data/html/severity-bands.yaml | sed -n '/<g class="severity">/,/<\/g>/p' | grep -e '<text' -e '<title>' | sed 's/<rect[^>]*>//'; tpath evaluate --format html --data-dir tests/data/vocab-close tests/data/html/severity-bands.yaml | grep -o '<li><strong>Grey bands.*'
--- stdout
<title>phq9 0-1: none (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<title>phq9 2-3: b2 (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<title>phq9 4-5: b4 (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="238.2" font-size="10" text-anchor="end">4</text>
<title>phq9 6-9: b6 (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text class="band-label" x="901.0" y="221.7" font-size="9" fill="#555"><tspan x="901.0" dy="0">b6</tspan></text>
<title>phq9 10-19: m &amp; &lt;n&gt; (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="211.6" font-size="10" text-anchor="end">10</text>
<text class="band-label" x="901.0" y="190.6" font-size="9" fill="#555"><tspan x="901.0" dy="0">m &amp; &lt;n&gt;</tspan></text>
<title>phq9 20-27: top (the severity of one score), Kroenke 2001 (J Gen Intern Med 16:606)</title></rect>
<text x="194.0" y="167.1" font-size="10" text-anchor="end">20</text>
<text class="band-label" x="901.0" y="151.7" font-size="9" fill="#555"><tspan x="901.0" dy="0">top</tspan></text>
<li><strong>Grey bands</strong> (phq9), darker as severity rises: 0-1 none, 2-3 b2, 4-5 b4, 6-9 b6, 10-19 m &amp; &lt;n&gt;, 20-27 top; source: Kroenke 2001 (J Gen Intern Med 16:606). A band is the severity of one score, for orientation: no rule reads the bands (a rule may read a score itself, or the episode's recorded severity, or a trial's response and remission).</li>
