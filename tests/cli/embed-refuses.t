# The built-in knowledge base is compiled at build time (engine/tools/embed.c):
# the generator loads the files as a knowledge base first, so a file the
# library would refuse fails the build with its file:line:column message and
# no output file is written (status 99 if one were).
$ build/embed build/embed-refused.c guidelines/*.yaml tests/data/bad-options/unlisted-drug.yaml; s=$?; test ! -e build/embed-refused.c || s=99; exit $s
--- stderr
embed: tests/data/bad-options/unlisted-drug.yaml:39:15: option 'sertraline 50 mg/day' names sertraline: write it as {text: ..., drugs: [sertraline]} so that safety rules see the drug
--- status
1
