# At most 20 errors of a file are printed, the first by position; a last
# line counts the others.  Here 23 scores out of range and an unknown key.
$ tpath validate tests/data/validate/many-mistakes.yaml
--- stderr
tests/data/validate/many-mistakes.yaml:8:35: 'score': 30 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:9:35: 'score': 31 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:10:35: 'score': 32 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:11:35: 'score': 33 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:12:35: 'score': 34 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:13:35: 'score': 35 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:14:35: 'score': 36 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:15:35: 'score': 37 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:16:35: 'score': 38 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:17:35: 'score': 39 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:18:36: 'score': 40 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:19:36: 'score': 41 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:20:36: 'score': 42 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:21:36: 'score': 43 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:22:36: 'score': 44 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:23:36: 'score': 45 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:24:36: 'score': 46 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:25:36: 'score': 47 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:26:36: 'score': 48 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml:27:36: 'score': 49 is out of range for phq9 (0-27)
tests/data/validate/many-mistakes.yaml: 4 more errors not shown (24 in all; the first 20 by position are above)
--- status
3
