$ tpath evaluate --frob docs/examples/demo-0001.yaml
--- stderr
tpath: evaluate: unknown or incomplete option '--frob'; try 'tpath help evaluate'
--- status
2
