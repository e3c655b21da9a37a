/*
 * compare.c - `tpath compare FILE`: one history evaluated under several
 * guidelines (every one loaded, or those named with --guideline) and shown
 * side by side, as text or HTML.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GUIDELINES 16

int cmd_compare(int argc, char **argv)
{
	static const char *const formats[] = { "text", "html", NULL };
	static const struct option longopts[] = {
		{ "data-dir", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "color", required_argument, NULL, 'c' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "guideline", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
	tpath_eval_options eopts = TPATH_EVAL_OPTIONS_INIT;
	const char *wanted[MAX_GUIDELINES], *files[MAX_GUIDELINES + 1];
	const char *ids[MAX_GUIDELINES];
	tpath_result *results[MAX_GUIDELINES];
	size_t nwanted = 0, nfiles = 0, n = 0, i, k;
	const char *data_dir = NULL, *color_when = NULL, *name;
	int html = 0, color, opt, rc = 0;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_error err;
	char *buf = NULL, *out = NULL;
	size_t len;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			data_dir = optarg;
			break;
		case 'f':
			if ((html = cli_choice("compare", "--format", optarg,
					       formats)) < 0)
				return EXIT_USAGE;
			break;
		case 'c':
			color_when = optarg;
			break;
		case 'a':
			eopts.as_of = optarg;
			break;
		case 'g':
			if (nwanted == MAX_GUIDELINES) {
				cli_fail("compare: at most %d guidelines",
					 MAX_GUIDELINES);
				return EXIT_USAGE;
			}
			wanted[nwanted++] = optarg;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("compare"));
			return EXIT_OK;
		default:
			cli_fail("compare: unknown or incomplete option '%s'; "
				 "try 'tpath help compare'",
				 argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		cli_fail("compare: exactly one FILE expected; try 'tpath help "
			 "compare'");
		return EXIT_USAGE;
	}
	if ((color = cli_color(color_when)) < 0) {
		cli_fail("compare: --color takes auto, always or never, not "
			 "'%s'",
			 color_when);
		return EXIT_USAGE;
	}
	if (!data_dir) {
		const char *env = getenv("TPATH_DATA_DIR");
		if (env && *env)
			data_dir = env;
	}
	for (i = 0; i < nwanted; i++)
		if (cli_is_path(wanted[i]))
			files[nfiles++] = wanted[i];
	files[nfiles] = NULL;
	if (nfiles || data_dir)
		rc = tpath_kb_open_files(&kb, data_dir, files, &opts, &err);
	else
		rc = tpath_kb_open_default(&kb, &opts, &err);
	if (rc < 0) {
		cli_print_error(&err);
		return cli_exit_status(rc);
	}
	/* the guidelines to compare, by id */
	if (nwanted == 0) {
		for (i = 0; i < tpath_kb_guideline_count(kb) &&
			    n < MAX_GUIDELINES;
		     i++) {
			tpath_guideline_info gi;
			tpath_kb_guideline(kb, i, &gi);
			ids[n++] = gi.id;
		}
	}
	for (i = 0; i < nwanted; i++) {
		const char *id = NULL;
		for (k = 0; k < tpath_kb_guideline_count(kb); k++) {
			tpath_guideline_info gi;
			tpath_kb_guideline(kb, k, &gi);
			if (cli_is_path(wanted[i]) ? strcmp(gi.file, wanted[i]) == 0
						   : strcmp(gi.id, wanted[i]) == 0)
				id = gi.id;
		}
		if (!id) {
			cli_fail(cli_is_path(wanted[i])
					 ? "compare: %s: not a guideline/1 file"
					 : "compare: unknown guideline '%s'; "
					   "see 'tpath guidelines'",
				 wanted[i]);
			tpath_kb_free(kb);
			return EXIT_USAGE;
		}
		ids[n++] = id;
	}
	if (n == 0) {
		cli_fail("compare: no guideline is loaded");
		tpath_kb_free(kb);
		return EXIT_USAGE;
	}
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
	memset(results, 0, sizeof(results));
	for (i = 0; i < n && rc == 0; i++) {
		eopts.guideline = ids[i];
		rc = tpath_evaluate(&results[i], kb, h, &eopts, &err);
	}
	if (rc < 0)
		cli_flag_words(&err);
	if (rc == 0)
		rc = tpath_compare_render(
			&out, (const tpath_result *const *)results, n,
			html    ? TPATH_FORMAT_HTML
			: color ? TPATH_FORMAT_TEXT_COLOR
				: TPATH_FORMAT_TEXT,
			&err);
	if (rc < 0) {
		if (rc == TPATH_EUSAGE)
			cli_fail("compare: %s", err.message);
		else
			cli_print_error(&err);
	} else {
		fputs(out, stdout);
	}
	tpath_free(out);
	for (i = 0; i < n; i++)
		tpath_result_free(results[i]);
	tpath_history_free(h);
	tpath_kb_free(kb);
	return cli_exit_status(rc);
}
