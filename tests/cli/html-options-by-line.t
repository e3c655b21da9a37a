# The HTML page groups a recommendation's options by line of treatment as
# the text report does (issue 19; one helper, tp_view_options_by_line in
# engine/views/view.c): CANMAT's adjunct rule gives Table 7.2's first-line
# adjuncts, then the second-line ones; a rule whose options share a line
# (the switch) lists them plainly.
$ tpath evaluate --format html docs/examples/demo-0001.yaml | grep -o -e '<strong>augment</strong>[^<]*' -e '<strong>switch</strong>[^<]*'
--- stdout
<strong>switch</strong>: bupropion, mirtazapine, mianserin, vortioxetine, vilazodone, agomelatine
<strong>augment</strong>: first-line: aripiprazole, brexpiprazole; second-line: bupropion, mirtazapine, mianserin, quetiapine, cariprazine, olanzapine, risperidone, esketamine, ketamine, lithium, liothyronine, modafinil
<strong>augment</strong>: esketamine
