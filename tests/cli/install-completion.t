# make install puts the bash completion in
# PREFIX/share/bash-completion/completions/tpath (the file of completions/,
# which bash-completion loads by the command's name); make uninstall
# removes it with the rest.
$ d=$(mktemp -d) && make -s install DESTDIR=$d PREFIX=/usr >/dev/null && cmp completions/tpath.bash $d/usr/share/bash-completion/completions/tpath && echo "completion installed"; make -s uninstall DESTDIR=$d PREFIX=/usr >/dev/null; test -e $d/usr/share/bash-completion/completions/tpath || echo "completion removed"; test -e $d/usr/bin/tpath || echo "tpath removed"; rm -rf $d
--- stdout
completion installed
completion removed
tpath removed
