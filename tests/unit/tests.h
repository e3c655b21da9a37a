/*
 * tests.h - the Check suites of tpath, one per engine concern, and helpers
 * shared by them.  The runner is check_main.c.
 */
#ifndef TPATH_TESTS_H
#define TPATH_TESTS_H

#include <check.h>
#include <stddef.h>

#include "tpath_int.h"

Suite *suite_util(void);
Suite *suite_yaml(void);
Suite *suite_catalog(void);
Suite *suite_history(void);
Suite *suite_golden(void);
Suite *suite_cli(void);
Suite *suite_docs(void);
Suite *suite_vignettes(void);
Suite *suite_result(void);
Suite *suite_docs_facts(void);
Suite *suite_threads(void);
Suite *suite_catalog_buffers(void);
Suite *suite_util_more(void);
Suite *suite_yaml_more(void);
Suite *suite_fuzz_regress(void);
Suite *suite_oom(void);
Suite *suite_limits(void);
Suite *suite_provenance(void);

/* The embedded knowledge base, opened once per test process. */
const tpath_kb *test_kb(void);

/* Loads a history from a string; returns the code, fills err and line
 * (the formatted error) when it fails. */
int test_load(tpath_history **h, const char *yaml, char *line, size_t n);

/* Reads a whole file (malloc'd, NUL-terminated) or aborts the test. */
char *test_slurp(const char *path, size_t *len);

/* Sorted names in dir ending in suffix; the array and names are malloc'd
 * and live for the process. */
size_t test_list_dir(const char *dir, const char *suffix, char ***names);

#endif
