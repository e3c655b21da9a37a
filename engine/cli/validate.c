/*
 * validate.c - `tpath validate FILE...`: check documents of any tpath
 * format, reporting every file and, in a history, every independent error
 * (tpath_validate_buffer_each), in file order, up to MAX_SHOWN of them.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

/* Errors printed per file; the rest are counted. */
#define MAX_SHOWN 20

typedef struct found {
	tpath_error *e;
	size_t n, cap;
	int oom;
} found;

static void collect(void *ud, const tpath_error *err)
{
	found *f = ud;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 8;
		tpath_error *e = realloc(f->e, cap * sizeof(*e));
		if (!e) {
			f->oom = 1;
			return;
		}
		f->e = e;
		f->cap = cap;
	}
	f->e[f->n++] = *err;
}

/* By position; stable, so errors at one place keep the order found. */
static void sort_by_position(tpath_error *e, size_t n)
{
	size_t i, j;
	for (i = 1; i < n; i++) {
		tpath_error x = e[i];
		for (j = i; j > 0 && (e[j - 1].line > x.line ||
				      (e[j - 1].line == x.line &&
				       e[j - 1].column > x.column));
		     j--)
			e[j] = e[j - 1];
		e[j] = x;
	}
}

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
		found f = { NULL, 0, 0, 0 };
		const char *name, *kind;
		char *buf;
		size_t len, k;
		int code, st;

		code = cli_read_input(argv[i], &buf, &len, &name, &err);
		if (code == 0) {
			code = tpath_validate_buffer_each(&kind, kb, buf, len,
							  name, &opts,
							  collect, &f, &err);
			free(buf);
		}
		if (code < 0) {
			if (f.n == 0 || f.oom) {
				/* unreadable, or no room to list them all */
				cli_print_error(&err);
			} else {
				sort_by_position(f.e, f.n);
				for (k = 0; k < f.n && k < MAX_SHOWN; k++)
					cli_print_error(&f.e[k]);
				if (f.n > MAX_SHOWN)
					fprintf(stderr,
						"%s: %zu more errors not shown "
						"(%zu in all; the first %d by "
						"position are above)\n",
						name, f.n - MAX_SHOWN, f.n,
						MAX_SHOWN);
			}
			st = cli_exit_status(code);
			if (st > status)
				status = st;
			free(f.e);
			continue;
		}
		free(f.e);
		printf("%s: ok (%s)\n", name, kind);
	}
	tpath_kb_free(kb);
	return status;
}
