/*
 * evaluate.c - `tpath evaluate FILE`: load a history strictly and report on
 * it.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int cmd_evaluate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "data-dir", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
	const char *data_dir = NULL, *name;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_error err;
	char *buf = NULL;
	size_t len;
	int opt, rc;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			data_dir = optarg;
			break;
		case 'h':
			cli_usage(stdout, &cli_commands[1]);
			return EXIT_OK;
		default:
			cli_fail("evaluate: unknown or incomplete option '%s'; "
				 "try 'tpath help evaluate'",
				 argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		cli_fail("evaluate: exactly one FILE expected; try 'tpath help "
			 "evaluate'");
		return EXIT_USAGE;
	}
	if ((rc = cli_open_kb(&kb, data_dir)) != 0)
		return rc;
	rc = cli_read_input(argv[optind], &buf, &len, &name, &err);
	if (rc == 0)
		rc = tpath_history_load_buffer(&h, kb, buf, len, name, &opts,
					       &err);
	free(buf);
	if (rc < 0) {
		cli_print_error(&err);
		tpath_kb_free(kb);
		return cli_exit_status(rc);
	}
	printf("history %s: %zu treatments, %zu measures (valid history/1)\n",
	       tpath_history_id(h), tpath_history_treatment_count(h),
	       tpath_history_measure_count(h));
	printf("Decision support only, not a prescription.\n");
	tpath_history_free(h);
	tpath_kb_free(kb);
	return EXIT_OK;
}
