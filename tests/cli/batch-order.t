# Results come in input order whatever -j: 600 generated histories give the
# same bytes with one thread and with two (build/gen is the deterministic
# synthetic population of make bench).
$ build/gen 600 > /tmp/tpath-batch.$$ && tpath evaluate --batch -j 1 /tmp/tpath-batch.$$ > /tmp/tpath-b1.$$ && tpath evaluate --batch -j 2 /tmp/tpath-batch.$$ > /tmp/tpath-b2.$$ && wc -l < /tmp/tpath-b1.$$ && cmp /tmp/tpath-b1.$$ /tmp/tpath-b2.$$ && echo same; rm -f /tmp/tpath-batch.$$ /tmp/tpath-b1.$$ /tmp/tpath-b2.$$
--- stdout
600
same
