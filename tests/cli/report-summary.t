# The summary under the report's title (issue 19): the verdict of the
# guideline's own TRD definition with the trials it counts (numbered from
# 1), the courses taken now with their dose and weeks and the current
# trial's score change, the position, and the most severe warning; text
# (the lines between the title and the notice) and HTML (its section).
# canmat-trd: TRD met, no course ongoing; canmat-decision-point-ahead: not
# met, a decision point ahead; nice-out-of-scope-bipolar: a critical
# warning among two.
$ for f in canmat-trd canmat-decision-point-ahead nice-out-of-scope-bipolar; do tpath evaluate tests/vignettes/$f.yaml > /tmp/tpath-sum.$$; sed -n '2,/^Decision support/p' /tmp/tpath-sum.$$ | sed '$d'; tpath evaluate --format html tests/vignettes/$f.yaml > /tmp/tpath-sum.$$; sed -n '/^<section class="summary"/,/^<\/section>/p' /tmp/tpath-sum.$$; done; rm -f /tmp/tpath-sum.$$
--- stdout
TRD met (two-adequate-trials): 2 failed trials counted, 2 needed: #1
  sertraline, #2 venlafaxine
Now: no course ongoing; latest score qids-sr16 16 on day 113
Position: step difficult-to-treat, status between-trials
Warning: info suicidality-monitoring: latest start or stop (stop,
  venlafaxine) 1.0 weeks ago: monitor suicidality closely in the first 4 weeks
  after starting or stopping an antidepressant
<section class="summary" aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
<ul>
<li class="met"><strong>TRD met</strong> (two-adequate-trials): 2 failed trials counted, 2 needed: #1 sertraline, #2 venlafaxine</li>
<li><strong>Now</strong>: no course ongoing; latest score qids-sr16 16 on day 113</li>
<li><strong>Position</strong>: step difficult-to-treat, status between-trials</li>
<li><strong>Warning</strong>: info suicidality-monitoring: latest start or stop (stop, venlafaxine) 1.0 weeks ago: monitor suicidality closely in the first 4 weeks after starting or stopping an antidepressant</li>
</ul>
</section>
TRD not met (two-adequate-trials): 1 failed trial counted, 2 needed: #1
  escitalopram; still running, so provisional: #1
Now: #1 escitalopram 10 mg/day for 5.0 weeks; phq9 17 -> 13 (-23.5%) since
  it started
Position: step first-trial, status assess; next decision point:
  adequate-trial-assessment at week 6
Warnings: none
<section class="summary" aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
<ul>
<li><strong>TRD not met</strong> (two-adequate-trials): 1 failed trial counted, 2 needed: #1 escitalopram; still running, so provisional: #1</li>
<li><strong>Now</strong>: #1 escitalopram 10 mg/day for 5.0 weeks; phq9 17 -&gt; 13 (-23.5%) since it started</li>
<li><strong>Position</strong>: step first-trial, status assess; next decision point: adequate-trial-assessment at week 6</li>
<li><strong>Warnings</strong>: none</li>
</ul>
</section>
TRD not met (two-adequate-trials): 1 failed trial counted, 2 needed: #1
  sertraline; still running, so provisional: #1
Now: #1 sertraline 100 mg/day for 8.0 weeks; phq9 20 -> 18 (-10%) since it
  started
Position: step none, status out-of-scope
Most severe warning: critical bipolar-antidepressant-monotherapy: bipolar
  history and sertraline without a mood-stabilising treatment: an
  antidepressant alone can precipitate mania or hypomania; the labels ask to
  screen for bipolar disorder before starting (2 warnings in all)
<section class="summary" aria-labelledby="h-summary">
<h2 id="h-summary">Summary</h2>
<ul>
<li><strong>TRD not met</strong> (two-adequate-trials): 1 failed trial counted, 2 needed: #1 sertraline; still running, so provisional: #1</li>
<li><strong>Now</strong>: #1 sertraline 100 mg/day for 8.0 weeks; phq9 20 -&gt; 18 (-10%) since it started</li>
<li><strong>Position</strong>: step none, status out-of-scope</li>
<li class="failed"><strong>Most severe warning</strong>: critical bipolar-antidepressant-monotherapy: bipolar history and sertraline without a mood-stabilising treatment: an antidepressant alone can precipitate mania or hypomania; the labels ask to screen for bipolar disorder before starting (2 warnings in all)</li>
</ul>
</section>
