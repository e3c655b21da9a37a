#!/bin/sh
# The engine's layering rule (docs/development.md): each folder of engine/
# is a layer, and a file uses only its own layer and the layers below it.
#   base 0 < load 1 < model 2 < judge 3, fhir 3 < result 4 < views 5 < cli 6
# (judge and fhir share a rank and must not use each other).  Checked two
# ways: every #include "x/y.h" of engine/ names a lower layer's header or
# its own, and, when the library's objects are built (B, default build),
# every symbol an object of the library uses from another object is
# defined in its own layer or a lower one.  Prints each violation and
# exits 1 when there is one.
B=${B:-build}
status=0

rank() {
	case $1 in
	base) echo 0 ;; load) echo 1 ;; model) echo 2 ;; judge | fhir) echo 3 ;;
	result) echo 4 ;; views) echo 5 ;; cli | tools) echo 6 ;; *) echo - ;;
	esac
}

# allowed FROM TO: 0 when a file of layer FROM may use layer TO
allowed() {
	[ "$1" = "$2" ] && return 0
	rf=$(rank "$1") rt=$(rank "$2")
	[ "$rf" != - ] && [ "$rt" != - ] && [ "$rt" -lt "$rf" ]
}

for f in engine/*/*.c engine/*/*.h; do
	layer=${f#engine/}
	layer=${layer%%/*}
	if [ "$(rank "$layer")" = - ]; then
		echo "$f: engine/$layer is not a layer (tests/layers.sh)"
		status=1
		continue
	fi
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$f" |
		sed 's/^\([0-9]*\):[^"]*"\([^"]*\)".*/\1 \2/' >"${TMPDIR:-/tmp}/layers.$$"
	while read -r line inc; do
		case $inc in
		tpath.h) continue ;; # the public header
		*/*) to=${inc%%/*} ;;
		*)
			# a bare name: a header of the same folder
			if [ -f "engine/$layer/$inc" ]; then
				continue
			fi
			echo "$f:$line: #include \"$inc\" names no layer (write \"layer/$inc\")"
			status=1
			continue
			;;
		esac
		if ! allowed "$layer" "$to"; then
			echo "$f:$line: $layer includes $inc, a header of the layer $to above or beside it"
			status=1
		fi
	done <"${TMPDIR:-/tmp}/layers.$$"
	rm -f "${TMPDIR:-/tmp}/layers.$$"
done

# Symbols: which layer defines each, then who uses it.
if [ -d "$B/lib/base" ]; then
	defs=${TMPDIR:-/tmp}/layers-defs.$$
	uses=${TMPDIR:-/tmp}/layers-uses.$$
	: >"$defs"
	: >"$uses"
	for o in "$B"/lib/*/*.o; do
		layer=${o#"$B"/lib/}
		layer=${layer%%/*}
		nm "$o" | awk -v l="$layer" -v o="$o" \
			'NF == 3 && $2 ~ /^[TDRB]$/ { print $3, l, o }' >>"$defs"
		nm -u "$o" | awk -v l="$layer" -v o="$o" \
			'{ print $NF, l, o }' >>"$uses"
	done
	sort -o "$defs" "$defs"
	sort -o "$uses" "$uses"
	join "$uses" "$defs" >"$defs.j"
	while read -r sym ul uo dl do_; do
		if ! allowed "$ul" "$dl"; then
			echo "$uo uses $sym of $do_: layer $ul uses layer $dl"
			status=1
		fi
	done <"$defs.j"
	rm -f "$defs" "$uses" "$defs.j"
fi
exit $status
