# Band names and a scale's title are measured in characters (UTF-8 code
# points), not bytes (tests/data/vocab-accents: the PHQ-9 in French):
# "très sévère" is 11 characters and 13 bytes, so it stands on one line of
# at most 11; "modérément sévère" breaks after "modérément" (10 characters,
# 12 bytes, which a byte count left out of the chart); the title wraps at
# 26 characters, "Questionnaire sur la santé" being 26.
$ tpath evaluate --format html --data-dir tests/data/vocab-accents tests/data/html/severity-bands.yaml | grep -o -e '<text class="band-label".*' -e '<tspan x="8.0" dy="[^"]*">[^<]*'
--- stdout
<tspan x="8.0" dy="0">Questionnaire sur la santé
<tspan x="8.0" dy="1.2em">du patient, neuf éléments
<tspan x="8.0" dy="1.2em">(PHQ-9)
<text class="band-label" x="901.0" y="223.9" font-size="9" fill="#555"><tspan x="901.0" dy="0">légère</tspan></text>
<text class="band-label" x="901.0" y="201.7" font-size="9" fill="#555"><tspan x="901.0" dy="0">modérée</tspan></text>
<text class="band-label" x="901.0" y="173.9" font-size="9" fill="#555"><tspan x="901.0" dy="0">modérément</tspan><tspan x="901.0" dy="11">sévère</tspan></text>
<text class="band-label" x="901.0" y="151.7" font-size="9" fill="#555"><tspan x="901.0" dy="0">très sévère</tspan></text>
