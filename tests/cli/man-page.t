# The man page docs/tpath.1 documents every command and every option that
# 'tpath help' and 'tpath help COMMAND' print.  Each command named in
# 'tpath help' must have its subsection ".SS COMMAND" (else "missing:
# COMMAND section"); each long option in 'tpath help COMMAND' must be the
# tag of a .TP entry, escaped as \-\-name (every hyphen written \-), in that
# subsection or in ".SS "Options shared by the commands"" (else "missing:
# COMMAND --option"); each long option in 'tpath help' must be such a tag
# somewhere under .SH COMMANDS (else "missing: tpath --option").  POSIX sh,
# sed, grep and sort only: no groff needed.  Prints nothing when all is well;
# a 'tpath help' that fails or lists no command or option is not well.
$ set -f; LC_ALL=C; export LC_ALL; m=docs/tpath.1; tags() { sed -n "/$1/,/$2/{/^\.TP/{n;p;};}" "$m"; }; opts() { h=$(tpath help $1) || echo "tpath help $1: exit status $?" >&2; for w in $h; do case $w in *--[a-z]*) o=${w#*--}; printf '%s\n' "${o%%[!a-z-]*}";; esac; done | sort -u; }; check() { if [ -z "$2" ]; then t=$(tags '^\.SH COMMANDS$' '^\.SH'); else t=$(tags '^\.SS "Options shared by the commands"$' '^\.S[HS]'; tags "^\.SS $2\$" '^\.S[HS]'); fi; [ -n "$t" ] || echo "no .TP tag for $1"; ol=$(opts "$2"); [ -n "$ol" ] || echo "no option in 'tpath help $2'"; for o in $ol; do p=$(printf '%s\n' "--$o" | sed 's/-/\\\\-/g'); printf '%s\n' "$t" | grep -q -e "$p"'[^a-z\]' -e "$p"'$' || echo "missing: $1 --$o"; done; }; check tpath ''; cs=$(tpath help | sed -n 's/^  tpath \([a-z][a-z]*\).*/\1/p'); [ -n "$cs" ] || echo "no command in 'tpath help'"; for c in $cs; do grep -q "^\.SS $c\$" "$m" || echo "missing: $c section"; check $c $c; done
