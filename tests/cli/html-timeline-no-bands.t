# A scale without severity bands (qids-sr16: the vocabulary gives it
# none) keeps the plot's top at the next multiple of 5 above the scores
# (25 here) and gets a number every 5 on its axis, since no band marks
# it; the key says the scale has no bands (canmat-trd, relative days).
$ tpath evaluate --format html tests/vignettes/canmat-trd.yaml | sed -n '/<g class="scores"/,/<\/g>/p' | grep 'text-anchor="end">[0-9]*<'; tpath evaluate --format html tests/vignettes/canmat-trd.yaml | grep -o -e '<li><strong>qids-sr16</strong>.*' -e '<li><strong>Green dashes.*'
--- stdout
<text x="194.0" y="254.0" font-size="10" text-anchor="end">5</text>
<text x="194.0" y="230.0" font-size="10" text-anchor="end">10</text>
<text x="194.0" y="206.0" font-size="10" text-anchor="end">15</text>
<text x="194.0" y="182.0" font-size="10" text-anchor="end">20</text>
<text x="194.0" y="158.0" font-size="10" text-anchor="end">25</text>
<text x="194.0" y="278.0" font-size="10" text-anchor="end">0</text>
<li><strong>Green dashes</strong> (qids-sr16): the remission cut-off, a score of 5 or less; source: STAR*D (Trivedi 2006, Am J Psychiatry 163:28).</li>
<li><strong>qids-sr16</strong>: no severity bands (tpath's vocabulary gives this scale none).</li>
