# help lists the commands; help COMMAND and COMMAND --help show its usage.
$ tpath help > /tmp/tpath-help.$$; echo "status $?"; head -4 /tmp/tpath-help.$$; tpath validate --help > /tmp/tpath-help.$$; echo "status $?"; head -1 /tmp/tpath-help.$$; rm -f /tmp/tpath-help.$$; tpath help frob
--- stdout
status 0
tpath 0.6.2 - treatment pathways for depression, from published guidelines

Commands:
  tpath validate [--data-dir DIR] FILE...
status 0
usage: tpath validate [--data-dir DIR] FILE...
--- stderr
tpath: unknown command 'frob'; try 'tpath help'
--- status
2
