# --color auto gives no colour when TERM is dumb, even on a terminal;
# --color always still colours.  script(1) gives the command a terminal;
# its line ends are \r\n (^M).
$ for t in xterm dumb; do TERM=$t script -qec "tpath evaluate docs/examples/demo-0002.yaml" /dev/null > /tmp/tpath-rct.$$; echo "status $?"; head -n 1 /tmp/tpath-rct.$$ | cat -v; done; TERM=dumb tpath evaluate --color always docs/examples/demo-0002.yaml > /tmp/tpath-rct.$$; echo "status $?"; head -n 1 /tmp/tpath-rct.$$ | cat -v; rm -f /tmp/tpath-rct.$$
--- stdout
status 0
^[[1mtpath: history demo-0002, as of day 70^[[0m^M
status 0
tpath: history demo-0002, as of day 70^M
status 0
^[[1mtpath: history demo-0002, as of day 70^[[0m
