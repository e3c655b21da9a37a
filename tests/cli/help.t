# help lists the commands; help COMMAND and COMMAND --help show its usage.
$ tpath help | head -4; tpath validate --help | head -1; tpath help frob
--- stdout
tpath 0.2.0 - treatment pathways for depression, from published guidelines

Commands:
  tpath validate [--data-dir DIR] FILE...
usage: tpath validate [--data-dir DIR] FILE...
--- stderr
tpath: unknown command 'frob'; try 'tpath help'
--- status
2
