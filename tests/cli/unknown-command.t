$ tpath frobnicate
--- stderr
tpath: unknown command 'frobnicate'; try 'tpath help'
--- status
2
