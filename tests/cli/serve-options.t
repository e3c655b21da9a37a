# tpath serve refuses bad options before it opens anything: a port out of
# range, a thread count of 0, a --max-body that is not a number, a
# --fetch-timeout under 100 ms or not a number, a host
# name, an argument; and, while no caller is authenticated, a non-loopback
# address without --insecure.
$ for a in '--port 70000' '--threads 0' '--max-body 4M' '--fetch-timeout 50' '--fetch-timeout 5s' '--host ehr.example' '--host 0.0.0.0' '--host ::' '--bogus' 'extra'; do tpath serve $a; echo "exit $?"; done
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
tpath: serve: --port: a number from 0 to 65535 expected, got '70000'
tpath: serve: --threads: a number from 1 to 64 expected, got '0'
tpath: serve: --max-body: a number of bytes from 1 to 1073741824 expected, got '4M'
tpath: serve: --fetch-timeout: a number of milliseconds from 100 to 60000 expected, got '50'
tpath: serve: --fetch-timeout: a number of milliseconds from 100 to 60000 expected, got '5s'
tpath: serve: --host: a numeric IPv4 or IPv6 address expected, got 'ehr.example'
tpath: serve: refusing to listen on 0.0.0.0, which is not a loopback address, without caller authentication (no --trust given); give --insecure to do it anyway
tpath: serve: refusing to listen on ::, which is not a loopback address, without caller authentication (no --trust given); give --insecure to do it anyway
tpath: serve: unknown or incomplete option '--bogus'; try 'tpath help serve'
tpath: serve: unexpected argument 'extra'
