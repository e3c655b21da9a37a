/*
 * check_oom.c - out-of-memory injection.  Every allocation tpath makes goes
 * through the allocator of tpath_load_options; jansson's go through the
 * functions set with json_set_alloc_funcs.  Both are pointed at one counter
 * that fails exactly the N-th allocation; for N = 0, 1, 2, ... the test opens
 * the knowledge base, loads a history and evaluates it, and checks that the
 * step that met the failure returned TPATH_ENOMEM and that, once everything
 * is freed, nothing is left allocated.  The loop ends at the first N that the
 * whole run never reaches: load and evaluation then succeed.  (Under
 * valgrind, `make check-valgrind` sets TPATH_OOM_STRIDE to try every k-th
 * N only.)  libyaml's own
 * allocations are not counted (libyaml has no allocator hook).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"

static struct {
	long calls;   /* allocations asked for so far */
	long fail_at; /* the one to refuse */
	long live;    /* blocks handed out and not yet freed */
	int failed;   /* whether the refusal happened */
} st;

static void *counted(void *p, size_t n)
{
	void *q;
	if (st.calls++ == st.fail_at) {
		st.failed = 1;
		return NULL;
	}
	q = realloc(p, n);
	if (q && !p)
		st.live++;
	return q;
}

static void *hook(void *ud, void *p, size_t n)
{
	(void)ud;
	if (n == 0) {
		if (p)
			st.live--;
		free(p);
		return NULL;
	}
	return counted(p, n);
}

static void *json_hook_malloc(size_t n)
{
	return counted(NULL, n);
}

static void json_hook_free(void *p)
{
	if (p)
		st.live--;
	free(p);
}

static const char history[] =
	"tpath: history/1\nid: oom\nas_of: 2024-06-01\n"
	"patient: {age: 40, sex: female}\n"
	"episode: {start: 2023-11-01, severity: moderate}\n"
	"treatments:\n"
	"  - drug: sertraline\n    start: 2023-11-01\n    stop: 2024-01-20\n"
	"    stop_reason: inefficacy\n    adherence: full\n"
	"    doses: [{date: 2023-11-01, mg_per_day: 50},\n"
	"            {date: 2023-11-29, mg_per_day: 150}]\n"
	"  - drug: venlafaxine\n    start: 2024-01-21\n"
	"    doses: [{date: 2024-01-21, mg_per_day: 150}]\n"
	"measures:\n"
	"  - {date: 2023-11-01, scale: phq9, score: 20}\n"
	"  - {date: 2024-01-20, scale: phq9, score: 17}\n"
	"  - {date: 2024-05-30, scale: phq9, score: 16}\n";

/* One run failing allocation fail_at; returns 1 when it succeeded whole. */
static int run_once(long fail_at, const char *only_guideline)
{
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	int rc, ok = 0;

	memset(&st, 0, sizeof(st));
	st.fail_at = fail_at;
	lo.alloc = hook;
	lo.only_guideline = only_guideline;
	eo.trace = 1;
	json_set_alloc_funcs(json_hook_malloc, json_hook_free);
	if ((rc = tpath_kb_open_default(&kb, &lo, &err)) == 0 &&
	    (rc = tpath_history_load_buffer(&h, kb, history, strlen(history),
					    "oom.yaml", &lo, &err)) == 0 &&
	    (rc = tpath_evaluate(&r, kb, h, &eo, &err)) == 0)
		ok = 1;
	if (ok) {
		char *json = NULL;
		/* The result is whole: it renders. */
		json_set_alloc_funcs(malloc, free);
		ck_assert_int_eq(tpath_result_render(&json, r,
						     TPATH_FORMAT_JSON, &err),
				 0);
		ck_assert_ptr_nonnull(strstr(json, "\"tpath\": \"result/1\""));
		tpath_free(json);
		json_set_alloc_funcs(json_hook_malloc, json_hook_free);
	} else {
		ck_assert_msg(st.failed,
			      "allocation %ld: failed without an allocation "
			      "failure: %s",
			      fail_at, err.message);
		ck_assert_msg(rc == TPATH_ENOMEM,
			      "allocation %ld: returned %d, not TPATH_ENOMEM "
			      "(%s)",
			      fail_at, rc, err.message);
		ck_assert_ptr_null(r);
	}
	tpath_result_free(r);
	tpath_history_free(h);
	tpath_kb_free(kb);
	json_set_alloc_funcs(malloc, free);
	ck_assert_msg(st.live == 0, "allocation %ld: %ld blocks leaked",
		      fail_at, st.live);
	return ok && !st.failed;
}

/* For N = 0, 1, 2, ...: the N-th allocation fails, the call says so and
 * frees everything; the loop ends when no allocation is refused. */
static long oom_loop(const char *only_guideline)
{
	const char *e = getenv("TPATH_OOM_STRIDE");
	long n, stride = e && atol(e) > 0 ? atol(e) : 1;
	for (n = 0; n < 1000000; n += stride)
		if (run_once(n, only_guideline))
			return n;
	ck_abort_msg("the OOM loop did not end");
	return -1;
}

START_TEST(oom_default_guideline)
{
	long n = oom_loop("");
	/* Sanity: the run allocates (the loop was not empty). */
	ck_assert_int_gt(n, 50);
}
END_TEST

/* Every guideline loaded: the knowledge base's whole loading path. */
START_TEST(oom_all_guidelines)
{
	long n = oom_loop(NULL);
	ck_assert_int_gt(n, 50);
}
END_TEST

/* An allocator is optional: version 2 options (no hook fields read) and a
 * NULL hook both use the C library. */
START_TEST(oom_no_hook)
{
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_kb *kb = NULL;
	tpath_error err;
	lo.version = 2;
	lo.alloc = hook; /* not read under version 2 */
	memset(&st, 0, sizeof(st));
	st.fail_at = 0;
	ck_assert_int_eq(tpath_kb_open_default(&kb, &lo, &err), 0);
	ck_assert_int_eq(st.calls, 0);
	tpath_kb_free(kb);
}
END_TEST

Suite *suite_oom(void)
{
	Suite *s = suite_create("oom");
	TCase *tc = tcase_create("inject");
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, oom_no_hook);
	tcase_add_test(tc, oom_default_guideline);
	tcase_add_test(tc, oom_all_guidelines);
	suite_add_tcase(s, tc);
	return s;
}
