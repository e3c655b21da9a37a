# Each decision point drawn has a text label, D1, D2, ..., and the key (a
# list, not a paragraph) names it with its day, id and label.
$ tpath evaluate --format html docs/examples/demo-0001.yaml | grep -o -e 'class="dp-label"[^<]*' -e '<li><strong>D[0-9].*' -e '<ul class="key">' -e 'more than 12 weeks apart'
--- stdout
class="dp-label" font-size="10" font-weight="bold" fill="#6a4c93">D1
class="dp-label" font-size="10" font-weight="bold" fill="#6a4c93">D2
class="dp-label" font-size="10" font-weight="bold" fill="#6a4c93">D3
<ul class="key">
more than 12 weeks apart
<li><strong>D1</strong> (2024-12-16) <code>early-improvement-window</code>: Early improvement can be judged (2-4 weeks)</li>
<li><strong>D2</strong> (2024-12-30) <code>early-improvement-decision</code>: By week 4 lack of early improvement calls for a change</li>
<li><strong>D3</strong> (2025-01-13) <code>adequate-trial-assessment</code>: Response judged after an adequate trial (6-8 weeks at a therapeutic dose)</li>
