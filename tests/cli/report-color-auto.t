# --color auto (the default): colour on a terminal, none when NO_COLOR is
# set (to anything but the empty string) or when the output is piped.
# script(1) gives the command a terminal; its line ends are \r\n (^M).
$ for e in "" NO_COLOR=1 NO_COLOR=; do env $e script -qec "tpath evaluate docs/examples/demo-0002.yaml" /dev/null > /tmp/tpath-rca.$$; echo "status $?"; head -n 1 /tmp/tpath-rca.$$ | cat -v; done; for c in "" "--color never"; do tpath evaluate $c docs/examples/demo-0002.yaml > /tmp/tpath-rca.$$; echo "status $?"; head -n 1 /tmp/tpath-rca.$$ | cat -v; done; rm -f /tmp/tpath-rca.$$; tpath evaluate --color sometimes docs/examples/demo-0002.yaml
--- stdout
status 0
^[[1mtpath: history demo-0002, as of day 70^[[0m^M
status 0
tpath: history demo-0002, as of day 70^M
status 0
^[[1mtpath: history demo-0002, as of day 70^[[0m^M
status 0
tpath: history demo-0002, as of day 70
status 0
tpath: history demo-0002, as of day 70
--- stderr
tpath: evaluate: --color takes auto, always or never, not 'sometimes'
--- status
2
