# -V is --version.
$ tpath -V
--- stdout
tpath 0.6.2
