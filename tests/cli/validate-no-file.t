# No FILE is a usage error (2).
$ tpath validate
--- stderr
tpath: validate: no FILE given; try 'tpath help validate'
--- status
2
