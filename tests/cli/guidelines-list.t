# tpath guidelines lists the built-in pathway guidelines; the default is
# marked.
$ tpath guidelines | grep -v '^  '
--- stdout
canmat-2023 (default)
nice-ng222
star-d
