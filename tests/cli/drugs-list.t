# 'tpath drugs' lists the catalog: a heading, then each drug from column 1
# (name, class, rows, limits), its continuation and aliases indented; every
# line within 80 columns (a longer one is printed).  One drug of each kind,
# a unit other than mg/day, and the count of drugs, which is the library's.
$ LC_ALL=C; export LC_ALL; f=/tmp/tpath-dl.$$; tpath drugs > $f; echo "status $?"; head -n 4 $f; awk 'length > 80' $f; grep --no-group-separator -A2 -e '^citalopram ' -e '^bupropion ' -e '^esketamine ' -e '^buspirone ' -e '^cimetidine ' $f; grep -c '^[a-z0-9-]* (' $f; tpath drugs --format json | grep -c '^      "name"'; rm -f $f
--- stdout
status 0
The drug catalog: 68 drugs.  Doses are in mg/day unless another unit is
given; 'line' is the line of treatment.  'tpath drugs NAME' shows one drug
with its sources and notes.

citalopram (SSRI): antidepressant, line 1, 20-40; high dose up to 40; label
    maximum 40; limit 40; limit 20 for some patients
    also: celexa, cipramil, citalopram hydrobromide
bupropion (NDRI): antidepressant, line 1, 150-450; adjunct, line 2, 150-450;
    high dose up to 450
    also: bupropion sr, bupropion xl, wellbutrin, wellbutrin sr, wellbutrin xl,
esketamine (NMDA): adjunct, line 2, 56-84 mg/session
    also: spravato, intranasal esketamine, esketamine hydrochloride
ketamine (NMDA): adjunct, line 2, 0.5-1 mg/kg/session
buspirone (azapirone): adjunct, up to 60
    also: buspar, buspirone hydrochloride
isocarboxazid (MAOI): interacting drug, not a treatment (a history names it
cimetidine (H2-antagonist): interacting drug, not a treatment (a history names
    it under concomitant)
    also: tagamet
68
68
