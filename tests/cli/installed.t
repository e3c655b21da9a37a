# Installed-style: `make install` into a staging root, then the docs/api.md
# example is built with the installed header and tpath.pc (pkg-config) and
# run against the installed shared library; the man page is installed.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && awk '/^```c$/{b=1; next} b && /^```/{exit} b' docs/api.md > $d/ex.c && cc -std=c11 -Wall -Werror -o $d/ex $d/ex.c $(PKG_CONFIG_SYSROOT_DIR=$d PKG_CONFIG_PATH=$d/usr/lib/pkgconfig pkg-config --cflags --libs tpath) && LD_LIBRARY_PATH=$d/usr/lib $d/ex docs/examples/demo-0002.yaml > $d/out; echo "status $?"; head -1 $d/out; LD_LIBRARY_PATH=$d/usr/lib ldd $d/ex | grep -c "libtpath.so.0 => $d/usr/lib"; test -f $d/usr/share/man/man1/tpath.1 && echo 'man page installed'; rm -rf $d
--- stdout
status 0
demo-0002: 1 treatments
1
man page installed
