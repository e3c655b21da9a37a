/*
 * check_threads.c - one knowledge base and one set of loaded histories,
 * shared by several threads that evaluate every history at once; each
 * result must equal the single-threaded one byte for byte.  `make
 * check-tsan` runs this suite under ThreadSanitizer.
 */
#include "tests.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define THREADS 4
#define ROUNDS 3

static tpath_history **histories;
static char **expected;
static size_t nhist;

static char *evaluate(const tpath_history *h)
{
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_result *r;
	tpath_error err;
	char *out = NULL;
	eo.trace = 1;
	if (tpath_evaluate(&r, test_kb(), h, &eo, &err) < 0)
		return NULL;
	if (tpath_result_render(&out, r, TPATH_FORMAT_JSON_LINE, &err) < 0)
		out = NULL;
	tpath_result_free(r);
	return out;
}

static void *run(void *arg)
{
	size_t *mismatches = arg, round, i;
	for (round = 0; round < ROUNDS; round++)
		for (i = 0; i < nhist; i++) {
			char *got = evaluate(histories[i]);
			if (!got || strcmp(got, expected[i]) != 0)
				++*mismatches;
			tpath_free(got);
		}
	return NULL;
}

START_TEST(shared_kb_many_threads)
{
	char **names;
	size_t n = test_list_dir("tests/vignettes", ".yaml", &names), i;
	pthread_t t[THREADS];
	size_t mismatches[THREADS] = { 0 };

	histories = calloc(n, sizeof(*histories));
	expected = calloc(n, sizeof(*expected));
	for (i = 0; i < n; i++) {
		char path[512];
		tpath_error err;
		snprintf(path, sizeof(path), "tests/vignettes/%s", names[i]);
		if (tpath_history_load_file(&histories[nhist], test_kb(), path,
					    NULL, &err) == 0) {
			expected[nhist] = evaluate(histories[nhist]);
			ck_assert_ptr_nonnull(expected[nhist]);
			nhist++;
		}
	}
	ck_assert_uint_gt(nhist, 50);
	for (i = 0; i < THREADS; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, run,
						&mismatches[i]),
				 0);
	for (i = 0; i < THREADS; i++) {
		pthread_join(t[i], NULL);
		ck_assert_uint_eq(mismatches[i], 0);
	}
	for (i = 0; i < nhist; i++) {
		tpath_free(expected[i]);
		tpath_history_free(histories[i]);
	}
	free(expected);
	free(histories);
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
END_TEST

Suite *suite_threads(void)
{
	Suite *s = suite_create("threads");
	TCase *tc = tcase_create("shared");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, shared_kb_many_threads);
	suite_add_tcase(s, tc);
	return s;
}
