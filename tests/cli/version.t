$ tpath --version
--- stdout
tpath 0.5.0
