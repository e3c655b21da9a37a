# The shared library exports only tpath_* symbols (house style: hidden
# visibility plus TPATH_EXTERN), and carries its soname.  (tpath_evaluate
# is listed: the symbol table was read.)
$ nm -D --defined-only libtpath.so.0 | awk '$2 ~ /[TDBR]/ && $3 !~ /^tpath_/ {print "leaked:", $3} $3 == "tpath_evaluate" {print "exports", $3}'; objdump -p libtpath.so.0 | awk '/SONAME/ {print $2}'
--- stdout
exports tpath_evaluate
libtpath.so.0
