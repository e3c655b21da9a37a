# A YAML syntax error in a knowledge file fails the build with its position.
$ build/embed build/embed-refused.c tests/data/bad-embed/syntax.yaml
--- stderr
embed: tests/data/bad-embed/syntax.yaml:4:1: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence (line 3, column 11)
--- status
1
