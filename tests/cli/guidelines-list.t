# tpath guidelines lists the built-in pathway guidelines; the default is
# marked.
$ tpath guidelines > /tmp/tpath-gl.$$; echo "status $?"; grep -v '^  ' /tmp/tpath-gl.$$; rm -f /tmp/tpath-gl.$$
--- stdout
status 0
canmat-2023 (default)
nice-ng222
star-d
