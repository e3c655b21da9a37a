# Scales without severity bands get axis numbers every 5, or every 10
# when the plot runs past 30 (MADRS to 40, BDI-II to 55: 10 points are 30
# and 21.8 units apart), doubling the step until numbers stand at least 11
# units apart, and none within 11 units of the top number (BDI-II's 50);
# a scale's title wraps at 26 characters so that it stays left of them
# ("Montgomery-Asberg" / "Depression Rating Scale"; the QIDS-C16's whole
# title in three lines).
$ tpath evaluate --format html tests/data/html/long-scales.yaml | grep -o -e '<g class="scores" data-scale="[a-z0-9-]*"' -e 'text-anchor="end">[0-9]*<' -e '<tspan x="8.0" dy="[^"]*">[^<]*'
--- stdout
<g class="scores" data-scale="madrs"
<tspan x="8.0" dy="0">Montgomery-Asberg
<tspan x="8.0" dy="1.2em">Depression Rating Scale
text-anchor="end">10<
text-anchor="end">20<
text-anchor="end">30<
text-anchor="end">40<
text-anchor="end">0<
<g class="scores" data-scale="bdi2"
<tspan x="8.0" dy="0">Beck Depression
<tspan x="8.0" dy="1.2em">Inventory-II
text-anchor="end">10<
text-anchor="end">20<
text-anchor="end">30<
text-anchor="end">40<
text-anchor="end">55<
text-anchor="end">0<
<g class="scores" data-scale="qids-c16"
<tspan x="8.0" dy="0">Quick Inventory of
<tspan x="8.0" dy="1.2em">Depressive Symptomatology,
<tspan x="8.0" dy="1.2em">clinician-rated (16 items)
text-anchor="end">5<
text-anchor="end">10<
text-anchor="end">15<
text-anchor="end">20<
text-anchor="end">25<
text-anchor="end">0<
