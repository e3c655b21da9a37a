# The HTML timeline (issue 19): scores 84 days apart are joined by a line,
# 85 days apart are not (SCORE_GAP_DAYS, engine/views/html.c: the first
# polyline has two points, then a break); a score on the day evaluated has
# its value left of the as-of line at x 895 (x 890, text-anchor end), not
# across it.  The score values only (y 100-199: below the week axis and its
# row of dates), with the severity bands' numbers on the axis.
$ tpath evaluate --format html tests/data/html/score-gap.yaml | grep -e '<polyline' -e 'y="1[0-9][0-9].[0-9]" font-size="10" text-anchor'
--- stdout
<text x="194.0" y="180.0" font-size="10" text-anchor="end">15</text>
<text x="194.0" y="156.0" font-size="10" text-anchor="end">20</text>
<text x="194.0" y="132.0" font-size="10" text-anchor="end">25</text>
<polyline fill="none" stroke="#222" stroke-width="1.5" points="259.7,152.0 554.5,171.2"/>
<polyline fill="none" stroke="#222" stroke-width="1.5" points="852.9,180.8 895.0,190.4"/>
<text x="259.7" y="146.0" font-size="10" text-anchor="middle">20</text>
<text x="554.5" y="165.2" font-size="10" text-anchor="middle">16</text>
<text x="852.9" y="174.8" font-size="10" text-anchor="middle">14</text>
<text x="890.0" y="184.4" font-size="10" text-anchor="end">12</text>
