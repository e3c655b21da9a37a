$ tpath --version
--- stdout
tpath 0.4.0
