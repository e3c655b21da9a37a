# -V is --version.
$ tpath -V
--- stdout
tpath 0.5.0
