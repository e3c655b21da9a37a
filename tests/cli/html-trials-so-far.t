# The trials table says a failure counted while its course still runs is
# provisional, as the summary does ("still running, so provisional: #2"):
# demo-0001's venlafaxine is counted toward TRD at week 13 of a course that
# goes on; sertraline, stopped, is a plain failure.
$ tpath evaluate --format html docs/examples/demo-0001.yaml | grep -o '<td[^>]*>yes, failure[^<]*</td>'
--- stdout
<td class="failed">yes, failure</td>
<td class="failed">yes, failure so far (provisional: the course still runs)</td>
