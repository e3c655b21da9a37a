$ tpath --version
--- stdout
tpath 0.6.2
