#!/bin/sh
# console.sh - runs the ```console blocks of Markdown files and compares
# their output.  A block's first line is "$ COMMAND" (run with sh from the
# repository root, tpath first on PATH); the rest of the block is exactly
# what the command prints on standard output, and it prints nothing on
# standard error.  A block fails when its command fails, or when any tpath
# it runs exits non-zero (in a pipeline too).  Prints one line per block
# that differs, with a diff, and a summary; exits 1 when any differs or
# fails.  With TPATH_BLESS=1 each file's blocks are first rewritten with
# what their commands print now (review the diff before committing).
set -u
if [ -n "${TPATH_BLESS:-}" ]; then
	for md in "$@"; do
		awk '
			/^```console[ \t]*$/ { print; inb = 1; first = 1; next }
			inb && /^```[ \t]*$/ { inb = 0; print; next }
			inb && first {
				print
				first = 0
				cmd = substr($0, 3)
				while ((cmd | getline line) > 0)
					print line
				close(cmd)
				next
			}
			inb { next }
			{ print }
		' "$md" >"$md.new" && mv "$md.new" "$md"
	done
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
blocks=0
bad=0
for md in "$@"; do
	rm -f "$tmp"/block.*
	# split: block.N.cmd holds the command, block.N.out the expected output
	awk -v dir="$tmp" '
		/^```console[ \t]*$/ { n++; inb = 1; first = 1; start = NR; next }
		inb && /^```[ \t]*$/ { inb = 0; next }
		inb && first {
			first = 0
			if (substr($0, 1, 2) != "$ ") {
				print "line " NR ": a console block must start with \"$ \"" > "/dev/stderr"
				exit 3
			}
			print substr($0, 3) > (dir "/block." n ".cmd")
			printf "" > (dir "/block." n ".out")
			print start > (dir "/block." n ".line")
			next
		}
		inb { print > (dir "/block." n ".out") }
	' "$md" || { echo "$md: malformed console block"; bad=$((bad + 1)); continue; }
	for cmd in "$tmp"/block.*.cmd; do
		[ -e "$cmd" ] || continue
		base=${cmd%.cmd}
		blocks=$((blocks + 1))
		line=$(cat "$base.line")
		# tpath is a function that records a failing status: in a
		# pipeline (tpath ... | sed) the shell's status is the last
		# command's, and set -e sees only that
		rm -f "$tmp/status"
		sh -c "tpath() { command tpath \"\$@\" || { s=\$?; echo \$s >>'$tmp/status'; return \$s; }; }
set -e; $(cat "$cmd")" >"$base.got" 2>"$base.err"
		rc=$?
		if [ "$rc" != 0 ] || [ -s "$tmp/status" ]; then
			echo "$md:$line: command failed (exit status $rc; tpath's: $(tr '\n' ' ' <"$tmp/status" 2>/dev/null)): $(cat "$cmd")"
			sed 's/^/    /' "$base.err" | head -n 5
			bad=$((bad + 1))
		elif [ -s "$base.err" ]; then
			echo "$md:$line: wrote to standard error: $(cat "$cmd")"
			sed 's/^/    /' "$base.err" | head -n 5
			bad=$((bad + 1))
		elif ! cmp -s "$base.got" "$base.out"; then
			echo "$md:$line: output differs: $(cat "$cmd")"
			diff "$base.out" "$base.got" | sed 's/^/    /' | head -n 20
			bad=$((bad + 1))
		fi
	done
done
echo "$blocks commands run, $bad differ"
[ "$bad" = 0 ]
