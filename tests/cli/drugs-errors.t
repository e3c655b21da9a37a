# An unknown drug is a usage error (2) suggesting the closest names when
# there are some; more than one NAME, a bad --format and an unknown option
# are usage errors too.
$ tpath drugs sertralin; echo "status $?"; tpath drugs xyzzyq; echo "status $?"; tpath drugs sertraline citalopram; echo "status $?"; tpath drugs --format yaml; echo "status $?"; tpath drugs --frob
--- stdout
status 2
status 2
status 2
status 2
--- stderr
tpath: drugs: unknown drug 'sertralin'; did you mean 'sertraline'?
tpath: drugs: unknown drug 'xyzzyq': not in the drug catalog; 'tpath drugs' lists it
tpath: drugs: at most one NAME; try 'tpath help drugs'
tpath: drugs: --format takes text or json, not 'yaml'
tpath: drugs: unknown or incomplete option '--frob'; try 'tpath help drugs'
--- status
2
