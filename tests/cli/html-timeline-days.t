# A history of relative days (numbers, not dates) has no date row: the
# axis holds the week numbers alone, as it did before issue 19's dates,
# and the key has no "Top axis" line.
$ tpath evaluate --format html tests/vignettes/canmat-trd.yaml | sed -n '/<g class="axis">/,/<\/g>/p' | grep -e '<text' ; tpath evaluate --format html tests/vignettes/canmat-trd.yaml | grep -e 'Top axis' -e 'class="date"' || echo 'no date row'
--- stdout
<text x="8.0" y="20.0" font-size="11" fill="#444">weeks since the episode started</text>
<text x="200.0" y="26.0" font-size="10" text-anchor="middle">0</text>
<text x="329.7" y="26.0" font-size="10" text-anchor="middle">4</text>
<text x="459.5" y="26.0" font-size="10" text-anchor="middle">8</text>
<text x="589.2" y="26.0" font-size="10" text-anchor="middle">12</text>
<text x="718.9" y="26.0" font-size="10" text-anchor="middle">16</text>
<text x="848.7" y="26.0" font-size="10" text-anchor="middle">20</text>
no date row
