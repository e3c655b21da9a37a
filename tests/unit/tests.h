/*
 * tests.h - the Check suites of tpath, one per engine concern, and helpers
 * shared by them.  The runner is check_main.c.
 */
#ifndef TPATH_TESTS_H
#define TPATH_TESTS_H

#include <check.h>
#include <stddef.h>

#include "judge/judge.h"
#include "views/view.h"

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
Suite *suite_walk(void);
Suite *suite_properties(void);
Suite *suite_provenance(void);
Suite *suite_csv(void);
Suite *suite_jsonw(void);
Suite *suite_model(void);

/* The embedded knowledge base, opened once per test process. */
const tpath_kb *test_kb(void);

/* Loads a history from a string; returns the code, fills err and line
 * (the formatted error) when it fails. */
int test_load(tpath_history **h, const char *yaml, char *line, size_t n);

/* Reads a whole file (malloc'd, NUL-terminated) or aborts the test. */
char *test_slurp(const char *path, size_t *len);

/* Sorted names in dir ending in suffix; the array and names are malloc'd
 * and live for the process.  For use inside a test: a directory that is
 * missing or holds no such file fails the test, naming it. */
size_t test_list_dir(const char *dir, const char *suffix, char ***names);

/* How a vignette (tests/vignettes) asks to be evaluated, from its comment
 * lines "# as-of:", "# data-dir:", "# guideline:" and "# set:" (up to 8),
 * shared by the vignette and property suites.  kb is the knowledge base to
 * load and evaluate with: the data-dir's (opened by test_vignette_read,
 * freed by test_vignette_free) or the embedded one. */
typedef struct test_vignette {
	char *as_of, *data_dir, *guideline;
	char *sets[9];
	const char *params[9]; /* NULL-terminated: tpath_eval_options.params */
	size_t nsets;
	tpath_kb *own_kb;
	const tpath_kb *kb;
} test_vignette;

/* Reads the comment lines of text (a vignette named name); fails the test
 * when its data-dir cannot be opened. */
void test_vignette_read(test_vignette *v, const char *text, const char *name);
/* Sets eo's as_of, guideline and params to the vignette's; they live as
 * long as v. */
void test_vignette_options(const test_vignette *v, tpath_eval_options *eo);
void test_vignette_free(test_vignette *v);

/* For building a suite: lists dir as test_list_dir does and adds the loop
 * test to tc over the names (_i indexes *names).  A directory that is
 * missing or holds no such file adds instead a case that fails naming it,
 * so that a suite never passes with zero cases.  Returns the count. */
size_t test_add_dir_loop(TCase *tc, const TTest *test, const char *dir,
			 const char *suffix, char ***names);

#endif
