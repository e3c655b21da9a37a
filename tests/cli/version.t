$ tpath --version
--- stdout
tpath 0.3.0
