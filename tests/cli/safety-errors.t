# The safety tables of safety/1 and the options of guideline/1 rules are
# checked strictly when a file loads: each bad entry is reported at its
# position, every file is checked, and the exit status is 3.
$ tpath validate tests/data/bad-options/dose-placeholder.yaml tests/data/bad-options/drug-not-listed.yaml tests/data/bad-options/drugs-and-classes.yaml tests/data/bad-options/unknown-class.yaml tests/data/bad-options/unlisted-drug.yaml tests/data/bad-safety/ceiling-reason.yaml tests/data/bad-safety/ceiling-unit.yaml tests/data/bad-safety/gate-both.yaml tests/data/bad-safety/gate-flag.yaml tests/data/bad-safety/group-class.yaml tests/data/bad-safety/interaction-member.yaml tests/data/bad-safety/washout-days.yaml
--- stderr
tests/data/bad-options/dose-placeholder.yaml:40:16: 'text' must show the dose as {dose}
tests/data/bad-options/drug-not-listed.yaml:40:16: option 'citalopram and sertraline' names sertraline, which its 'drugs' do not list
tests/data/bad-options/drugs-and-classes.yaml:40:9: an option names its 'drugs', its 'classes' or 'same_class: true' (one of them)
tests/data/bad-options/unknown-class.yaml:40:35: 'classes': no drug of the catalog has class 'TCAs'
tests/data/bad-options/unlisted-drug.yaml:39:15: option 'sertraline 50 mg/day' names sertraline: write it as {text: ..., drugs: [sertraline]} so that safety rules see the drug
tests/data/bad-safety/ceiling-reason.yaml:9:5: a ceiling with 'when' or 'when_taking' needs a 'reason' saying whom it applies to
tests/data/bad-safety/ceiling-unit.yaml:9:19: 'drug': esketamine is dosed in mg/session; ceilings are in mg/day
tests/data/bad-safety/gate-both.yaml:11:5: a gate has either 'allow' or 'exclusive: true'
tests/data/bad-safety/gate-flag.yaml:9:53: unknown flag 'flag.catatonic'; did you mean 'flag.catatonia'?
tests/data/bad-safety/group-class.yaml:9:42: 'classes': no drug of the catalog has class 'MAOIs'
tests/data/bad-safety/interaction-member.yaml:9:23: 'between': 'maoi' is neither a group of this file nor a drug of the catalog
tests/data/bad-safety/washout-days.yaml:9:53: 'days': 0 is out of range (1 to 365)
--- status
3
