/*
 * validate.c - `tpath validate FILE...`: check documents of any tpath
 * format, reporting every file.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int cmd_validate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "data-dir", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *data_dir = NULL;
	tpath_kb *kb = NULL;
	int opt, i, status = EXIT_OK, rc;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			data_dir = optarg;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("validate"));
			return EXIT_OK;
		default:
			cli_fail("validate: unknown or incomplete option '%s'; "
				 "try 'tpath help validate'",
				 argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		cli_fail("validate: no FILE given; try 'tpath help validate'");
		return EXIT_USAGE;
	}
	if ((rc = cli_open_kb(&kb, data_dir)) != 0)
		return rc;
	for (i = optind; i < argc; i++) {
		tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
		tpath_error err;
		const char *name, *kind;
		char *buf;
		size_t len;
		int code, st;

		code = cli_read_input(argv[i], &buf, &len, &name, &err);
		if (code == 0) {
			code = tpath_validate_buffer(&kind, kb, buf, len, name,
						     &opts, &err);
			free(buf);
		}
		if (code < 0) {
			cli_print_error(&err);
			st = cli_exit_status(code);
			if (st > status)
				status = st;
			continue;
		}
		printf("%s: ok (%s)\n", name, kind);
	}
	tpath_kb_free(kb);
	return status;
}
