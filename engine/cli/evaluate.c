/*
 * evaluate.c - `tpath evaluate FILE`: load a history strictly, evaluate it
 * and print the result as text, JSON, HTML or CSV (a header row and one
 * row).
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int cmd_evaluate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "data-dir", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "color", required_argument, NULL, 'c' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "guideline", required_argument, NULL, 'g' },
		{ "set", required_argument, NULL, 's' },
		{ "explain", no_argument, NULL, 'e' },
		{ "batch", no_argument, NULL, 'b' },
		{ "jobs", required_argument, NULL, 'j' },
		{ "from", required_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
	tpath_eval_options eopts = TPATH_EVAL_OPTIONS_INIT;
	tpath_format format = TPATH_FORMAT_TEXT;
	tpath_result *result = NULL;
	char *out = NULL;
	const char *guideline = NULL;
	const char *sets[33];
	size_t nsets = 0;
	int explain = 0, batch = 0, jobs = 1, format_set = 0, fhir = 0;
	const char *data_dir = NULL, *name, *color_when = NULL;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_error err;
	char *buf = NULL;
	size_t len;
	int opt, rc;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "hj:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			data_dir = optarg;
			break;
		case 'b':
			batch = 1;
			break;
		case 'F':
			if (strcmp(optarg, "fhir") != 0) {
				cli_fail("evaluate: --from takes fhir, not "
					 "'%s'",
					 optarg);
				return EXIT_USAGE;
			}
			fhir = 1;
			break;
		case 'j': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end || n < 1 || n > 64) {
				cli_fail("evaluate: -j takes a number of "
					 "threads from 1 to 64, not '%s'",
					 optarg);
				return EXIT_USAGE;
			}
			jobs = (int)n;
			break;
		}
		case 'f':
			format_set = 1;
			if (strcmp(optarg, "text") == 0) {
				format = TPATH_FORMAT_TEXT;
			} else if (strcmp(optarg, "json") == 0) {
				format = TPATH_FORMAT_JSON;
			} else if (strcmp(optarg, "html") == 0) {
				format = TPATH_FORMAT_HTML;
			} else if (strcmp(optarg, "csv") == 0) {
				format = TPATH_FORMAT_CSV;
			} else {
				cli_fail("evaluate: --format takes text, json, "
					 "html or csv, not '%s'",
					 optarg);
				return EXIT_USAGE;
			}
			break;
		case 'c':
			color_when = optarg;
			break;
		case 'a':
			eopts.as_of = optarg;
			break;
		case 'g':
			guideline = optarg;
			break;
		case 's':
			if (nsets == 32) {
				cli_fail("evaluate: at most 32 --set options");
				return EXIT_USAGE;
			}
			sets[nsets++] = optarg;
			break;
		case 'e':
			explain = 1;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("evaluate"));
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
	sets[nsets] = NULL;
	eopts.params = nsets ? sets : NULL;
	if (batch && format_set && format != TPATH_FORMAT_JSON &&
	    format != TPATH_FORMAT_CSV) {
		cli_fail("evaluate: --batch writes JSON Lines or CSV; --format "
			 "%s is not available with it",
			 format == TPATH_FORMAT_HTML ? "html" : "text");
		return EXIT_USAGE;
	}
	if (format == TPATH_FORMAT_CSV && explain) {
		cli_fail("evaluate: --format csv has no column for --explain's "
			 "trace; use --format json");
		return EXIT_USAGE;
	}
	if (batch && fhir) {
		cli_fail("evaluate: --from fhir reads one patient; --batch is "
			 "not available with it");
		return EXIT_USAGE;
	}
	if (!batch && jobs != 1) {
		cli_fail("evaluate: -j goes with --batch");
		return EXIT_USAGE;
	}
	{
		int color = cli_color(color_when);
		if (color < 0) {
			cli_fail("evaluate: --color takes auto, always or "
				 "never, not '%s'",
				 color_when);
			return EXIT_USAGE;
		}
		if (format == TPATH_FORMAT_TEXT)
			format = explain && color ? TPATH_FORMAT_TEXT_EXPLAIN_COLOR
				 : explain	  ? TPATH_FORMAT_TEXT_EXPLAIN
				 : color	  ? TPATH_FORMAT_TEXT_COLOR
						  : TPATH_FORMAT_TEXT;
		else if (format == TPATH_FORMAT_HTML && explain)
			format = TPATH_FORMAT_HTML_EXPLAIN;
	}
	eopts.trace = explain;
	if ((rc = cli_open_guideline(&kb, data_dir, guideline,
				     &eopts.guideline)) != 0)
		return rc;
	if (batch) {
		rc = cli_batch(kb, &eopts, argv[optind], jobs,
			       format == TPATH_FORMAT_CSV);
		tpath_kb_free(kb);
		return rc;
	}
	if (fhir) {
		tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
		if ((rc = cli_fhir_history(kb, argv[optind], &fo, &buf)) != 0) {
			tpath_kb_free(kb);
			return rc;
		}
		name = "<imported>";
		len = strlen(buf);
	} else {
		rc = cli_read_input(argv[optind], &buf, &len, &name, &err);
	}
	if (rc == 0)
		rc = tpath_history_load_buffer(&h, kb, buf, len, name, &opts,
					       &err);
	if (fhir)
		tpath_free(buf);
	else
		free(buf);
	if (rc < 0) {
		cli_print_error(&err);
		tpath_kb_free(kb);
		return cli_exit_status(rc);
	}
	rc = tpath_evaluate(&result, kb, h, &eopts, &err);
	if (rc == 0 && format == TPATH_FORMAT_CSV) {
		/* the header row, then the history's */
		char *head = NULL;
		rc = tpath_csv_header(&head, kb, &err);
		if (rc == 0)
			fputs(head, stdout);
		tpath_free(head);
	}
	if (rc == 0)
		rc = tpath_result_render(&out, result, format, &err);
	if (rc < 0) {
		if (rc == TPATH_EUSAGE)
			cli_fail("evaluate: %s", err.message);
		else
			cli_print_error(&err);
	} else {
		fputs(out, stdout);
	}
	tpath_free(out);
	tpath_result_free(result);
	tpath_history_free(h);
	tpath_kb_free(kb);
	return cli_exit_status(rc);
}
