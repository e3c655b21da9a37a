# .ci/run runs exactly the README's Quick start commands (the brief: "the
# README's two commands are the truth"); the README's block is not empty.
$ awk '/^<!-- quickstart/{q=1; next} q && /^```sh/{b=1; next} b && /^```/{exit} b' README.md > /tmp/tpath-readme.$$; [ -s /tmp/tpath-readme.$$ ] && grep -v -e '^#' -e '^set ' -e '^cd ' .ci/run | diff /tmp/tpath-readme.$$ - && echo same; rm -f /tmp/tpath-readme.$$
--- stdout
same
