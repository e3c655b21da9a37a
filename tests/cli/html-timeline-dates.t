# A history of calendar dates gets a row of them under the week numbers
# of the HTML timeline (issue 19): each week tick's date, from the
# episode's start (2025-01-01, week 0), labelled "date", and a line in the
# key; the decision-point markers sit under the row (tip at y 50, the
# dates' baseline at 40).
$ tpath evaluate --format html tests/data/html/severity-bands.yaml | sed -n '/<g class="axis">/,/<\/g>/p' | grep -e '<text' ; tpath evaluate --format html tests/data/html/severity-bands.yaml | grep -o -e '<li><strong>Top axis.*' -e '<path d="M[0-9.]* [0-9.]* l-4 -6 h8 z"'
--- stdout
<text x="8.0" y="20.0" font-size="11" fill="#444">weeks since the episode started</text>
<text x="8.0" y="40.0" font-size="11" fill="#444">date</text>
<text x="200.0" y="26.0" font-size="10" text-anchor="middle">0</text>
<text x="200.0" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-01-01</text>
<text x="308.1" y="26.0" font-size="10" text-anchor="middle">2</text>
<text x="308.1" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-01-15</text>
<text x="416.2" y="26.0" font-size="10" text-anchor="middle">4</text>
<text x="416.2" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-01-29</text>
<text x="524.3" y="26.0" font-size="10" text-anchor="middle">6</text>
<text x="524.3" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-02-12</text>
<text x="632.4" y="26.0" font-size="10" text-anchor="middle">8</text>
<text x="632.4" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-02-26</text>
<text x="740.6" y="26.0" font-size="10" text-anchor="middle">10</text>
<text x="740.6" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-03-12</text>
<text x="848.7" y="26.0" font-size="10" text-anchor="middle">12</text>
<text x="848.7" y="40.0" class="date" font-size="10" text-anchor="middle" fill="#444">2025-03-26</text>
<path d="M308.1 50.0 l-4 -6 h8 z"
<path d="M416.2 50.0 l-4 -6 h8 z"
<path d="M524.3 50.0 l-4 -6 h8 z"
<li><strong>Top axis</strong>: weeks since the episode started, with the calendar date of each week marked.</li>
