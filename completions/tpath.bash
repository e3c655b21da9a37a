# bash completion for tpath: the commands, each command's options, the
# words some options take, and files.  `make install` puts it in
# $(PREFIX)/share/bash-completion/completions/tpath, where bash-completion
# finds it; or source it from ~/.bashrc.  Keep the option lists in step
# with 'tpath help COMMAND' (tests/cli/completion.t checks them).

_tpath_commands="validate evaluate compare import serve replay drugs guidelines
help"

# The options of one command.
_tpath_options()
{
	case $1 in
	validate) echo "--data-dir --help" ;;
	evaluate)
		echo "--format --color --guideline --set --as-of --explain" \
			"--output -o --batch --jobs -j --from --data-dir --help"
		;;
	compare)
		echo "--guideline --format --color --as-of --data-dir --help"
		;;
	import) echo "--relative-days --as-of --id --data-dir --help" ;;
	serve)
		echo "--host --port --threads --max-body --trust" \
			"--public-url --fetch-timeout --insecure --data-dir --help"
		;;
	replay) echo "--format --guideline --as-of --data-dir --help" ;;
	drugs) echo "--format --data-dir --help" ;;
	guidelines) echo "--data-dir --help" ;;
	help) echo "--help" ;;
	esac
}

_tpath_files()
{
	local IFS=$'\n'
	compopt -o filenames 2>/dev/null
	COMPREPLY=($(compgen -f -- "$1"))
}

_tpath()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local cmd=${COMP_WORDS[1]} words
	COMPREPLY=()
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "$_tpath_commands --version -V --help -h" \
			-- "$cur"))
		return
	fi
	# the word an option takes
	case $prev in
	--format)
		case $cmd in
		evaluate) words="text json html csv" ;;
		compare) words="text html" ;;
		*) words="text json" ;;
		esac
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		return
		;;
	--color)
		COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
		return
		;;
	--from)
		COMPREPLY=($(compgen -W "fhir" -- "$cur"))
		return
		;;
	--guideline)
		# the loaded guidelines' ids (from column 1 of the listing), or
		# a guideline/1 file
		words=$("${COMP_WORDS[0]}" guidelines 2>/dev/null |
			sed -n 's/^\([a-z0-9][^ ]*\).*/\1/p')
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		case $cur in */* | *.*) _tpath_files "$cur" ;; esac
		return
		;;
	--data-dir)
		compopt -o filenames 2>/dev/null
		COMPREPLY=($(compgen -d -- "$cur"))
		return
		;;
	-o | --output)
		_tpath_files "$cur"
		return
		;;
	--set | --as-of | --id | --host | --port | --threads | --max-body | \
		--trust | --public-url | --fetch-timeout | -j | --jobs)
		return
		;;
	esac
	case $cur in
	-*)
		COMPREPLY=($(compgen -W "$(_tpath_options "$cmd")" -- "$cur"))
		return
		;;
	esac
	case $cmd in
	help)
		[ "$COMP_CWORD" -eq 2 ] &&
			COMPREPLY=($(compgen -W "$_tpath_commands" -- "$cur"))
		;;
	drugs)
		words=$("${COMP_WORDS[0]}" drugs 2>/dev/null |
			sed -n 's/^\([a-z0-9-]*\) (.*/\1/p')
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		;;
	import)
		if [ "$COMP_CWORD" -eq 2 ]; then
			COMPREPLY=($(compgen -W "fhir" -- "$cur"))
		else
			_tpath_files "$cur"
		fi
		;;
	validate | evaluate | compare | replay) _tpath_files "$cur" ;;
	esac
}

complete -F _tpath tpath
