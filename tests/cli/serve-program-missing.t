# `tpath serve` runs the server program, tpath-serve, found beside tpath or
# in the libexec directory `make install` uses (the test replaces that
# directory, which depends on PREFIX, with LIBEXEC).  A tpath copied alone
# to another folder says what it looked for, and exits 4.  (The plain
# build's tpath, ./tpath, is copied in every tier: under valgrind `tpath`
# on PATH is a wrapper script.)
$ d=$(mktemp -d) && cp ./tpath "$d/tpath" && { "$d/tpath" serve --port 0 2>"$d/err"; echo "exit $?"; sed -e "s|$d|DIR|g" -e 's|and /.*/tpath-serve)|and LIBEXEC/tpath-serve)|' "$d/err"; }; rm -rf "$d"
--- stdout
exit 4
tpath: serve: the server program tpath-serve is not installed (looked for DIR/tpath-serve and LIBEXEC/tpath-serve); 'make install' installs it
