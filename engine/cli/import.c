/*
 * import.c - `tpath import fhir INPUT`: FHIR R4 (a Bundle or a resource in
 * JSON, NDJSON, or a folder of such files) to an anonymized history/1
 * document on standard output; what cannot be mapped is reported on
 * standard error.  Also the --from fhir input of `tpath evaluate`.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void warn(void *ud, const char *where, const char *message)
{
	(void)ud;
	fprintf(stderr, "tpath: warning: %s: %s\n", where, message);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	return n > k && strcmp(s + n - k, suf) == 0;
}

/* Reads INPUT (a file, or every *.json / *.ndjson of a folder in name
 * order) into buffers. */
static int read_inputs(const char *input, tpath_buffer **bufs, size_t *n)
{
	DIR *d = opendir(input);
	tpath_error err;
	char **names = NULL;
	size_t count = 0, cap = 0, i;
	struct dirent *e;

	*bufs = NULL;
	*n = 0;
	if (!d) {
		char *buf;
		size_t len;
		const char *name;
		if (cli_read_input(input, &buf, &len, &name, &err) < 0) {
			cli_print_error(&err);
			return cli_exit_status(err.code);
		}
		if (!(*bufs = calloc(1, sizeof(tpath_buffer)))) {
			free(buf);
			cli_fail("out of memory");
			return EXIT_SYSTEM;
		}
		(*bufs)[0].name = strdup(name);
		(*bufs)[0].data = buf;
		(*bufs)[0].len = len;
		*n = 1;
		return 0;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || !(has_suffix(e->d_name, ".json") ||
					     has_suffix(e->d_name, ".ndjson")))
			continue;
		if (count == cap) {
			size_t ncap = cap ? cap * 2 : 32;
			char **nn = realloc(names, ncap * sizeof(*nn));
			if (!nn)
				break;
			names = nn;
			cap = ncap;
		}
		if (!(names[count] = strdup(e->d_name)))
			break;
		count++;
	}
	closedir(d);
	if (count)
		qsort(names, count, sizeof(*names), cmp_str);
	*bufs = calloc(count ? count : 1, sizeof(tpath_buffer));
	for (i = 0; i < count && *bufs; i++) {
		size_t plen = strlen(input) + strlen(names[i]) + 2, len;
		char *path = malloc(plen), *buf;
		const char *name;
		if (!path)
			break;
		snprintf(path, plen, "%s/%s", input, names[i]);
		if (cli_read_input(path, &buf, &len, &name, &err) < 0) {
			cli_print_error(&err);
			free(path);
			continue;
		}
		(*bufs)[*n].name = path;
		(*bufs)[*n].data = buf;
		(*bufs)[*n].len = len;
		++*n;
	}
	for (i = 0; i < count; i++)
		free(names[i]);
	free(names);
	if (!*bufs) {
		cli_fail("out of memory");
		return EXIT_SYSTEM;
	}
	return 0;
}

static void free_inputs(tpath_buffer *bufs, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		free((char *)(uintptr_t)bufs[i].name);
		free((char *)(uintptr_t)bufs[i].data);
	}
	free(bufs);
}

int cli_fhir_history(const tpath_kb *kb, const char *input,
		     const tpath_fhir_options *opts, char **yaml)
{
	tpath_buffer *bufs;
	tpath_fhir_options o = *opts;
	tpath_error err;
	size_t n;
	int rc;

	*yaml = NULL;
	o.warn = warn;
	if ((rc = read_inputs(input, &bufs, &n)) != 0)
		return rc;
	rc = tpath_fhir_import(yaml, kb, bufs, n, &o, &err);
	free_inputs(bufs, n);
	if (rc < 0) {
		cli_flag_words(&err);
		if (rc == TPATH_EUSAGE)
			cli_fail("import: %s", err.message);
		else
			cli_print_error(&err);
		return cli_exit_status(rc);
	}
	return 0;
}

int cmd_import(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "relative-days", no_argument, NULL, 'r' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "id", required_argument, NULL, 'i' },
		{ "data-dir", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	const char *data_dir = NULL;
	tpath_kb *kb;
	char *yaml;
	int opt, rc;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'r':
			fo.relative_days = 1;
			break;
		case 'a':
			fo.as_of = optarg;
			break;
		case 'i':
			fo.id = optarg;
			break;
		case 'd':
			data_dir = optarg;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("import"));
			return EXIT_OK;
		default:
			cli_fail("import: unknown or incomplete option '%s'; "
				 "try 'tpath help import'",
				 argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 2 || strcmp(argv[optind], "fhir") != 0) {
		cli_fail("import: usage: tpath import fhir INPUT");
		return EXIT_USAGE;
	}
	if ((rc = cli_open_kb(&kb, data_dir)) != 0)
		return rc;
	rc = cli_fhir_history(kb, argv[optind + 1], &fo, &yaml);
	if (rc == 0) {
		fputs(yaml, stdout);
		tpath_free(yaml);
	}
	tpath_kb_free(kb);
	return rc;
}
