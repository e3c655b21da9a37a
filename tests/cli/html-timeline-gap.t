# The HTML timeline (issue 19): scores 84 days apart are joined by a line,
# 85 days apart are not (SCORE_GAP_DAYS, engine/views/html.c: the first
# polyline has two points, then a break); a score on the day evaluated has
# its value left of the as-of line at x 895 (x 890, text-anchor end), not
# across it.  The score values only (y 100-199: below the week axis and its
# row of dates), with the severity bands' numbers on the axis.
$ tpath evaluate --format html tests/data/html/score-gap.yaml | grep -e '<polyline' -e 'y="1[0-9][0-9].[0-9]" font-size="10" text-anchor'
--- stdout
<text x="194.0" y="189.3" font-size="10" text-anchor="end">15</text>
<text x="194.0" y="167.1" font-size="10" text-anchor="end">20</text>
<text x="194.0" y="136.0" font-size="10" text-anchor="end">27</text>
<polyline fill="none" stroke="#222" stroke-width="1.5" points="259.7,163.1 554.5,180.9"/>
<polyline fill="none" stroke="#222" stroke-width="1.5" points="852.9,189.8 895.0,198.7"/>
<text x="259.7" y="157.1" font-size="10" text-anchor="middle">20</text>
<text x="554.5" y="174.9" font-size="10" text-anchor="middle">16</text>
<text x="852.9" y="183.8" font-size="10" text-anchor="middle">14</text>
<text x="890.0" y="192.7" font-size="10" text-anchor="end">12</text>
