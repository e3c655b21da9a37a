# The HTML comparison says what "disagree" means, marks the rows not
# compared under their names (step, decision point) and a status word of a
# guideline's own in its cell (wording-b's "reviewing").
$ tpath compare --format html --guideline tests/data/compare/wording-a.yaml --guideline tests/data/compare/wording-b.yaml docs/examples/demo-0002.yaml | grep -e 'class="meta">As of' -e 'not compared'
--- stdout
<p class="meta">As of day 70. The guidelines disagree on a clinical fact or action on 0 of the 8 rows compared, marked <span class="tag differs">differs</span> and shaded: an adequacy rule or TRD definition, a verdict, count, adequacy or outcome, a status, a warning, an action or the drugs and interventions it offers (in any order, case or dose). Steps, decision points and reasons are each guideline&#39;s own words and are not compared (marked <span class="src">not compared</span>).</p>
<tr><th scope="row">step<br/><span class="src">not compared</span></th><td>first-trial (First antidepressant trial)</td><td>stage-1 (Stage one)</td></tr>
<tr><th scope="row">status</th><td>assess</td><td>reviewing<br/><span class="src">the guideline&#39;s own word: not compared</span></td></tr>
<tr><th scope="row">decision point<br/><span class="src">not compared</span></th><td>none (all passed)</td><td>none (all passed)</td></tr>
