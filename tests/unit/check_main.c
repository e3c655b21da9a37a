/*
 * check_main.c - the one test runner: every suite, then Check's summary.
 */
#include "tests.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const tpath_kb *test_kb(void)
{
	static tpath_kb *kb;
	if (!kb) {
		tpath_error err;
		if (tpath_kb_open_default(&kb, NULL, &err) < 0) {
			char line[1200];
			tpath_error_format(&err, line, sizeof(line));
			fprintf(stderr, "embedded knowledge base: %s\n", line);
			abort();
		}
	}
	return kb;
}

int test_load(tpath_history **h, const char *yaml, char *line, size_t n)
{
	tpath_error err;
	int rc = tpath_history_load_buffer(h, test_kb(), yaml, strlen(yaml),
					   "t.yaml", NULL, &err);
	if (line && n) {
		line[0] = '\0';
		if (rc < 0)
			tpath_error_format(&err, line, n);
	}
	return rc;
}

char *test_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long size;
	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)size + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(fread(buf, 1, (size_t)size, f), (size_t)size);
	buf[size] = '\0';
	fclose(f);
	if (len)
		*len = (size_t)size;
	return buf;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names in dir ending in suffix; 0 with why filled when the
 * directory cannot be read or holds no such file. */
static size_t list_files(const char *dir, const char *suffix, char ***names,
			 char *why, size_t n_why)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0, cap = 0, sl = strlen(suffix);
	*names = NULL;
	if (!d) {
		snprintf(why, n_why,
			 "%s: cannot open the directory: %s (the suite runs "
			 "from the repository root)",
			 dir, strerror(errno));
		return 0;
	}
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l <= sl ||
		    strcmp(e->d_name + l - sl, suffix) != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			*names = realloc(*names, cap * sizeof(char *));
			if (!*names)
				abort();
		}
		(*names)[n++] = strdup(e->d_name);
	}
	closedir(d);
	if (n)
		qsort(*names, n, sizeof(char *), cmp_names);
	else
		snprintf(why, n_why,
			 "%s holds no %s%s file: the cases it should give "
			 "would pass as zero checks",
			 dir, *suffix ? "*" : "", *suffix ? suffix : "input");
	return n;
}

size_t test_list_dir(const char *dir, const char *suffix, char ***names)
{
	char why[700];
	size_t n = list_files(dir, suffix, names, why, sizeof(why));
	ck_assert_msg(n > 0, "%s", why);
	return n;
}

/* Why each directory given to test_add_dir_loop gave no case. */
static char *no_files_why[16];
static int no_files_count;

START_TEST(directory_has_files)
{
	ck_abort_msg("%s", no_files_why[_i]);
}
END_TEST

size_t test_add_dir_loop(TCase *tc, const TTest *test, const char *dir,
			 const char *suffix, char ***names)
{
	char why[700];
	size_t n = list_files(dir, suffix, names, why, sizeof(why));
	if (n) {
		tcase_add_loop_test(tc, test, 0, (int)n);
		return n;
	}
	if (no_files_count == (int)(sizeof(no_files_why) /
				    sizeof(no_files_why[0])))
		abort();
	no_files_why[no_files_count] = strdup(why);
	tcase_add_loop_test(tc, directory_has_files, no_files_count,
			    no_files_count + 1);
	no_files_count++;
	return 0;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_util());
	int failed;

	srunner_add_suite(sr, suite_yaml());
	srunner_add_suite(sr, suite_catalog());
	srunner_add_suite(sr, suite_history());
	srunner_add_suite(sr, suite_golden());
	srunner_add_suite(sr, suite_vignettes());
	srunner_add_suite(sr, suite_result());
	srunner_add_suite(sr, suite_docs_facts());
	srunner_add_suite(sr, suite_threads());
	srunner_add_suite(sr, suite_catalog_buffers());
	srunner_add_suite(sr, suite_util_more());
	srunner_add_suite(sr, suite_yaml_more());
	srunner_add_suite(sr, suite_fuzz_regress());
	srunner_add_suite(sr, suite_oom());
	srunner_add_suite(sr, suite_limits());
	srunner_add_suite(sr, suite_walk());
	srunner_add_suite(sr, suite_properties());
	srunner_add_suite(sr, suite_provenance());
	srunner_add_suite(sr, suite_csv());
	srunner_add_suite(sr, suite_jsonw());
	srunner_add_suite(sr, suite_model());
	srunner_add_suite(sr, suite_docs());
	srunner_add_suite(sr, suite_cli());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
