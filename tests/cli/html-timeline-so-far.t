# A failure counted toward TRD while its course still runs is provisional
# (the summary's "still running, so provisional"); the chart says so too:
# the red cross with "failed" and, right of the ongoing triangle, "so
# far", and its title says why; a finished failure has "failed" alone
# (demo-0001: #1 sertraline finished, #2 venlafaxine still taken).
$ tpath evaluate --format html docs/examples/demo-0001.yaml | grep -o -e '<g class="failure">.*' -e '<li><strong>Red cross.*'
--- stdout
<g class="failure"><title>Failure counted toward TRD (two-adequate-trials)</title><path d="M540.6 65.0 l10 10 m0 -10 l-10 10" stroke="#b00020" stroke-width="3"/><text x="552.6" y="74.0" font-size="10" fill="#b00020">failed</text></g>
<g class="failure"><title>Failure counted toward TRD (two-adequate-trials), provisionally: the course still runs</title><path d="M890.0 105.0 l10 10 m0 -10 l-10 10" stroke="#b00020" stroke-width="3"/><text x="902.0" y="114.0" font-size="10" fill="#b00020">failed</text><text x="907.0" y="128.0" font-size="10" fill="#b00020">so far</text></g>
<li><strong>Red cross and <em>failed</em></strong>: a failure counted toward treatment-resistant depression (two-adequate-trials); <em>failed so far</em>: counted while the course still runs, so provisional.</li>
