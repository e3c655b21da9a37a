# --trust ISSUER=JWKS_FILE and --public-url are checked before the server
# starts: a malformed option is a usage error (2); a JWK Set file that
# cannot be opened is a system error (4), one that is not a usable set of
# public RS384/ES384 keys is invalid input (3), with the file and why.
# With --trust, listening on a wildcard address needs --public-url (the
# audience a token must name).  The bad files: tests/serve/keys/bad/.
$ k=tests/serve/keys; for a in "--trust nothing" "--trust =$k/a.jwks" "--trust https://a.example=" "--trust https://a.example=$k/a.jwks --trust https://a.example=$k/b.jwks" "--public-url ftp://cds.example" "--public-url https://" "--public-url https://cds.example/?x=1" "--host 0.0.0.0 --trust https://a.example=$k/a.jwks" "--host :: --trust https://a.example=$k/a.jwks" "--trust https://a.example=$k/none.jwks" $(for f in $k/bad/*.jwks; do echo "--trust=https://a.example=$f"; done); do tpath serve $a; echo "exit $?"; done
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
exit 4
exit 3
exit 3
exit 3
exit 3
exit 3
exit 3
exit 3
exit 3
exit 3
exit 3
--- stderr
tpath: serve: --trust: ISSUER=JWKS_FILE expected, got 'nothing'
tpath: serve: --trust: ISSUER=JWKS_FILE expected, got '=tests/serve/keys/a.jwks'
tpath: serve: --trust: ISSUER=JWKS_FILE expected, got 'https://a.example='
tpath: serve: --trust: issuer 'https://a.example' given twice (put all its keys in one JWK Set)
tpath: serve: --public-url: an http:// or https:// URL without query or fragment expected, got 'ftp://cds.example'
tpath: serve: --public-url: an http:// or https:// URL without query or fragment expected, got 'https://'
tpath: serve: --public-url: an http:// or https:// URL without query or fragment expected, got 'https://cds.example/?x=1'
tpath: serve: --trust with --host 0.0.0.0 needs --public-url: the URL the callers use, which the tokens' "aud" must name
tpath: serve: --trust with --host :: needs --public-url: the URL the callers use, which the tokens' "aud" must name
tpath: serve: tests/serve/keys/none.jwks: cannot open: No such file or directory
tpath: serve: tests/serve/keys/bad/alg.jwks: keys[1]: "alg" must be "ES384" for kty "EC" (or absent)
tpath: serve: tests/serve/keys/bad/empty.jwks: the JWK Set has no keys
tpath: serve: tests/serve/keys/bad/no-n.jwks: keys[0]: not a valid RSA JWK (invalid argument)
tpath: serve: tests/serve/keys/bad/not-a-set.jwks: not a JWK Set (an object with a "keys" array)
tpath: serve: tests/serve/keys/bad/not-json.jwks:1:10: ']' expected near end of file
tpath: serve: tests/serve/keys/bad/oct.jwks: keys[0]: "kty" must be "RSA" (for RS384) or "EC" (for ES384)
tpath: serve: tests/serve/keys/bad/p256.jwks: keys[0]: an EC key must be on curve "P-384" (ES384)
tpath: serve: tests/serve/keys/bad/private.jwks: keys[0] holds a private key ("d"); give the public key only
tpath: serve: tests/serve/keys/bad/rsa1024.jwks: keys[0]: an RSA key of 1024 bits; at least 2048 are needed
tpath: serve: tests/serve/keys/bad/same-kid.jwks: keys[0] and keys[1] have the same "kid"
