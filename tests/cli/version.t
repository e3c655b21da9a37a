$ tpath --version
--- stdout
tpath 0.2.0
