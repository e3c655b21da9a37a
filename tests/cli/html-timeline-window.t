# A trial is judged up to the day a course is added to it (its judgement
# window); its orange response threshold is drawn over that window only,
# not on to the day evaluated, so a later score is not read against it
# (adds-to-chain: sertraline from 2025-01-01 at x 270.3, mirtazapine added
# 2025-03-01 at x 514.4: the line ends there, not at 895, the as-of line;
# lithium from 2025-04-15 at x 700.6).
$ tpath evaluate --format html tests/vignettes/adds-to-chain.yaml | grep -o -e '<line class="response"[^>]*>' -e '<rect class="dose" x="[0-9.]*"'
--- stdout
<rect class="dose" x="270.3"
<rect class="dose" x="514.4"
<rect class="dose" x="700.6"
<line class="response" x1="270.3" y1="287.6" x2="514.4" y2="287.6" stroke="#9a4d00" stroke-dasharray="2 3">
