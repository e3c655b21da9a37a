/*
 * evaluate.c - `tpath evaluate FILE...`: load each history strictly,
 * evaluate it and print the result as text, JSON, HTML or CSV (a header row
 * and one row).  With several files: one text report after another, each
 * under a header line, or JSON Lines, or one CSV header and a row per file;
 * an invalid file does not stop the others.  -o FILE writes the output to a
 * temporary file beside FILE and renames it over FILE at the end.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What every file of one run shares. */
typedef struct run {
	const tpath_kb *kb;
	const tpath_eval_options *eopts;
	tpath_format format;
} run;

/* Evaluates one of several files (index counts them from 0) and prints
 * its part of the output; returns the exit status it contributes. */
static int evaluate_many(const run *r, const char *path, size_t index)
{
	tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
	tpath_history *h = NULL;
	tpath_result *result = NULL;
	tpath_error err;
	char *buf = NULL, *out = NULL;
	const char *name;
	size_t len;
	int rc, json = r->format == TPATH_FORMAT_JSON,
		csv = r->format == TPATH_FORMAT_CSV;

	if (!json && !csv)
		printf("%s==> %s <==\n", index ? "\n" : "", path);
	rc = cli_read_input(path, &buf, &len, &name, &err);
	if (rc == 0)
		rc = tpath_history_load_buffer(&h, r->kb, buf, len, name, &opts,
					       &err);
	free(buf);
	if (rc == 0)
		rc = tpath_evaluate(&result, r->kb, h, r->eopts, &err);
	if (rc == 0)
		rc = tpath_result_render(&out, result,
					 json ? TPATH_FORMAT_JSON_LINE
					      : r->format,
					 &err);
	if (rc < 0) {
		cli_flag_words(&err);
		/* an error about the options names the file it met */
		if (!err.source[0])
			snprintf(err.source, sizeof(err.source), "%s", name);
		cli_print_error(&err);
		tpath_free(out);
		out = NULL;
		if ((csv && tpath_error_render_csv(&out, r->kb, &err,
						   h ? tpath_history_id(h)
						     : NULL) < 0) ||
		    (json && tpath_error_render_json(&out, &err, index) < 0))
			out = NULL;
	}
	if (out)
		fputs(out, stdout);
	tpath_free(out);
	tpath_result_free(result);
	tpath_history_free(h);
	return cli_exit_status(rc);
}

/* -o FILE: standard output goes to a new file beside FILE until
 * output_close renames it over FILE. */
typedef struct output {
	const char *path;
	char *tmp;
	int saved; /* the descriptor standard output had */
} output;

static int output_open(output *o, const char *path)
{
	mode_t mask;
	int fd;

	o->path = path;
	o->saved = -1;
	o->tmp = malloc(strlen(path) + 8);
	if (!o->tmp) {
		cli_fail("out of memory");
		return EXIT_SYSTEM;
	}
	sprintf(o->tmp, "%s.XXXXXX", path);
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		cli_fail("evaluate: cannot write '%s': %s", path,
			 strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return EXIT_SYSTEM;
	}
	/* the permissions a new file gets, not mkstemp's 0600 */
	mask = umask(0);
	umask(mask);
	fflush(stdout);
	if (fchmod(fd, 0666 & ~mask) != 0 ||
	    (o->saved = dup(STDOUT_FILENO)) < 0 ||
	    dup2(fd, STDOUT_FILENO) < 0) {
		cli_fail("evaluate: cannot write '%s': %s", path,
			 strerror(errno));
		close(fd);
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		return EXIT_SYSTEM;
	}
	close(fd);
	return 0;
}

/* Ends -o FILE: the file written replaces path (an error writing it
 * makes the status EXIT_SYSTEM), unless the command failed (status not 0)
 * without writing anything: then it is removed and path left as it was.
 * Returns the exit status. */
static int output_close(output *o, int status)
{
	int failed, keep;

	if (!o->tmp)
		return status;
	failed = fflush(stdout) != 0 || ferror(stdout) ||
		 fsync(STDOUT_FILENO) != 0;
	keep = status == 0 || lseek(STDOUT_FILENO, 0, SEEK_CUR) > 0;
	if (!failed && keep && rename(o->tmp, o->path) != 0)
		failed = 1;
	if (failed && keep) {
		cli_fail("evaluate: cannot write '%s': %s", o->path,
			 strerror(errno));
		status = EXIT_SYSTEM;
	}
	if (failed || !keep)
		unlink(o->tmp);
	/* standard output back where it was */
	dup2(o->saved, STDOUT_FILENO);
	close(o->saved);
	clearerr(stdout);
	free(o->tmp);
	o->tmp = NULL;
	return status;
}

int cmd_evaluate(int argc, char **argv)
{
	static const char *const format_names[] = { "text", "json", "html",
						     "csv", NULL };
	static const tpath_format format_values[] = {
		TPATH_FORMAT_TEXT, TPATH_FORMAT_JSON, TPATH_FORMAT_HTML,
		TPATH_FORMAT_CSV
	};
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
		{ "output", required_argument, NULL, 'o' },
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
	const char *output_path = NULL;
	output o = { NULL, NULL, -1 };
	size_t nfiles;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_error err;
	char *buf = NULL;
	size_t len;
	int opt, rc, k;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "hj:o:", longopts, NULL)) != -1) {
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
			if ((k = cli_choice("evaluate", "--format", optarg,
					    format_names)) < 0)
				return EXIT_USAGE;
			format = format_values[k];
			break;
		case 'c':
			color_when = optarg;
			break;
		case 'o':
			output_path = optarg;
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
	nfiles = (size_t)(argc - optind);
	if (nfiles == 0 || (nfiles > 1 && (batch || fhir))) {
		cli_fail("evaluate: %s; try 'tpath help evaluate'",
			 nfiles == 0 ? "no FILE given"
			 : batch     ? "--batch reads one INPUT"
				     : "--from fhir reads one INPUT");
		return EXIT_USAGE;
	}
	if (nfiles > 1 && format == TPATH_FORMAT_HTML) {
		cli_fail("evaluate: --format html writes one page; give one "
			 "FILE");
		return EXIT_USAGE;
	}
	if (output_path && !*output_path) {
		cli_fail("evaluate: -o takes a file name");
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
		/* auto: no colour in a file */
		int color = output_path && (!color_when ||
					    strcmp(color_when, "auto") == 0)
				    ? 0
				    : cli_color(color_when);
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
	if (output_path && (rc = output_open(&o, output_path)) != 0) {
		tpath_kb_free(kb);
		return rc;
	}
	if (batch) {
		rc = cli_batch(kb, &eopts, argv[optind], jobs,
			       format == TPATH_FORMAT_CSV);
		tpath_kb_free(kb);
		return output_close(&o, rc);
	}
	if (nfiles > 1) {
		run r = { kb, &eopts, format };
		size_t i;
		int st;
		rc = 0;
		if (format == TPATH_FORMAT_CSV) {
			char *head = NULL;
			if (tpath_csv_header(&head, kb, &err) < 0) {
				cli_print_error(&err);
				tpath_kb_free(kb);
				return output_close(&o,
						    cli_exit_status(err.code));
			}
			fputs(head, stdout);
			tpath_free(head);
		}
		for (i = 0; i < nfiles; i++)
			if ((st = evaluate_many(&r, argv[optind + (int)i],
						i)) > rc)
				rc = st;
		tpath_kb_free(kb);
		return output_close(&o, rc);
	}
	if (fhir) {
		tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
		if ((rc = cli_fhir_history(kb, argv[optind], &fo, &buf)) != 0) {
			tpath_kb_free(kb);
			return output_close(&o, rc);
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
		return output_close(&o, cli_exit_status(rc));
	}
	rc = tpath_evaluate(&result, kb, h, &eopts, &err);
	if (rc < 0)
		cli_flag_words(&err);
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
	return output_close(&o, cli_exit_status(rc));
}
