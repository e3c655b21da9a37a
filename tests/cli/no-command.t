$ tpath
--- stderr
tpath: no command given; try 'tpath help'
--- status
2
