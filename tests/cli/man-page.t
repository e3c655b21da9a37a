# The man page docs/tpath.1 documents every command and every option that
# 'tpath help' and 'tpath help COMMAND' print.  Each command named in
# 'tpath help' must have its subsection ".SS COMMAND" (else "missing:
# COMMAND section"); each long option in 'tpath help COMMAND' must be the
# tag of a .TP entry, escaped as \-\-name (every hyphen written \-), in that
# subsection or in ".SS "Options shared by the commands"" (else "missing:
# COMMAND --option"); each long option in 'tpath help' must be such a tag
# somewhere under .SH COMMANDS (else "missing: tpath --option").  POSIX sh,
# sed, grep and sort only: no groff needed.  Prints nothing when all is well.
$ set -f; LC_ALL=C; export LC_ALL; m=docs/tpath.1; tags() { sed -n "/$1/,/$2/{/^\.TP/{n;p;};}" "$m"; }; opts() { for w in $(tpath help $1); do case $w in *--[a-z]*) o=${w#*--}; printf '%s\n' "${o%%[!a-z-]*}";; esac; done | sort -u; }; check() { if [ -z "$2" ]; then t=$(tags '^\.SH COMMANDS$' '^\.SH'); else t=$(tags '^\.SS "Options shared by the commands"$' '^\.S[HS]'; tags "^\.SS $2\$" '^\.S[HS]'); fi; for o in $(opts "$2"); do p=$(printf '%s\n' "--$o" | sed 's/-/\\\\-/g'); printf '%s\n' "$t" | grep -q -e "$p"'[^a-z\]' -e "$p"'$' || echo "missing: $1 --$o"; done; }; check tpath ''; for c in $(tpath help | sed -n 's/^  tpath \([a-z][a-z]*\).*/\1/p'); do grep -q "^\.SS $c\$" "$m" || echo "missing: $c section"; check $c $c; done
