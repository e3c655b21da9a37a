$ tpath --version
--- stdout
tpath 0.1.0
