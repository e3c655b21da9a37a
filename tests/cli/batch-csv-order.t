# CSV rows come in input order whatever -j: 300 generated histories give
# the same bytes with one thread and with three, a header and 300 rows.
$ build/gen 300 > /tmp/tpath-bcsv.$$ && tpath evaluate --batch --format csv -j 1 /tmp/tpath-bcsv.$$ > /tmp/tpath-bc1.$$ && tpath evaluate --batch --format csv -j 3 /tmp/tpath-bcsv.$$ > /tmp/tpath-bc3.$$ && wc -l < /tmp/tpath-bc1.$$ && cmp /tmp/tpath-bc1.$$ /tmp/tpath-bc3.$$ && echo same; rm -f /tmp/tpath-bcsv.$$ /tmp/tpath-bc1.$$ /tmp/tpath-bc3.$$
--- stdout
301
same
