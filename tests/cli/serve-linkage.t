# The server's libraries (libmicrohttpd, libcjose, libcurl) are linked into
# tpath-serve only: neither tpath nor libtpath.so needs any of them, and
# tpath-serve needs all three.  (The plain build's files: under valgrind
# `tpath` on PATH is a wrapper script.)
$ for f in ./tpath ./libtpath.so ./tpath-serve; do echo "$f:" $(ldd $f | awk '{print $1}' | grep -o -e '^libmicrohttpd' -e '^libcjose' -e '^libcurl' | sort); done
--- stdout
./tpath:
./libtpath.so:
./tpath-serve: libcjose libcurl libmicrohttpd
