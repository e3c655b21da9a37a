# --color auto (the default): colour on a terminal, none when NO_COLOR is
# set (to anything but the empty string) or when the output is piped.
# script(1) gives the command a terminal; its line ends are \r\n (^M).
$ script -qec "tpath evaluate docs/examples/demo-0002.yaml" /dev/null | head -n 1 | cat -v; NO_COLOR=1 script -qec "tpath evaluate docs/examples/demo-0002.yaml" /dev/null | head -n 1 | cat -v; NO_COLOR= script -qec "tpath evaluate docs/examples/demo-0002.yaml" /dev/null | head -n 1 | cat -v; tpath evaluate docs/examples/demo-0002.yaml | head -n 1 | cat -v; tpath evaluate --color never docs/examples/demo-0002.yaml | head -n 1 | cat -v; tpath evaluate --color sometimes docs/examples/demo-0002.yaml
--- stdout
^[[1mtpath: history demo-0002, as of day 70^[[0m^M
tpath: history demo-0002, as of day 70^M
^[[1mtpath: history demo-0002, as of day 70^[[0m^M
tpath: history demo-0002, as of day 70
tpath: history demo-0002, as of day 70
--- stderr
tpath: evaluate: --color takes auto, always or never, not 'sometimes'
--- status
2
