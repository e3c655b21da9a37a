# '-' reads standard input, named <stdin> in messages.
$ tpath validate -
--- stdin
tpath: history/1
id: s-1
episode: {start: 0}
treatments: []
measures: [{date: 3, scale: phq9, score: 30}]
--- stderr
<stdin>:5:42: 'score': 30 is out of range for phq9 (0-27)
--- status
3
