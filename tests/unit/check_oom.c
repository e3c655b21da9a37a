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
	"  - {date: 2024-05-30, scale: phq9, score: 16}\n"
	"concomitant:\n"
	"  - {drug: tramadol, start: 2024-02-01, stop: 2024-03-01}\n";

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

/* The FHIR importer with the N-th of jansson's allocations failing, for
 * every N until the import succeeds: each earlier import fails cleanly and
 * leaves no JSON value behind.  It says out of memory, except where
 * jansson's parser itself turns a failed allocation into a syntax error.  Its
 * own working arrays use the C library and are checked by the sanitizer
 * and valgrind tiers. */
static const char *const oom_fhir_files[] = {
	"tests/fhir/bundle.json",
	/* concomitant medicines, a stimulant's reasonCode, a combination */
	"tests/fhir/shapes/concomitant.json",
	"tests/fhir/shapes/stimulant-for-depression.json",
	/* PHQ-9 panels, a score met twice, the under-18 warning */
	"tests/fhir/shapes/phq9-shapes.json",
	/* medicationReference: contained, by fullUrl, missing */
	"tests/fhir/shapes/medication-reference.json",
};

/* Whether jansson's own parser, with allocation fail_at failing, returns a
 * document that is not the input's (jansson 2.14's lexer ignores a failed
 * growth of its token buffer and drops the character: its issue #362, pull
 * request #747).  Such a misreading is jansson's, not tpath's. */
static bool jansson_misreads(const tpath_buffer *b, long fail_at)
{
	json_error_t je;
	json_t *good = json_loadb(b->data, b->len, 0, &je), *bad;
	char *a = json_dumps(good, JSON_SORT_KEYS), *d = NULL;
	bool differs;
	memset(&st, 0, sizeof(st));
	st.fail_at = fail_at;
	json_set_alloc_funcs(json_hook_malloc, json_hook_free);
	bad = json_loadb(b->data, b->len, 0, &je);
	json_set_alloc_funcs(malloc, free);
	if (bad)
		d = json_dumps(bad, JSON_SORT_KEYS);
	differs = bad && d && strcmp(a, d) != 0;
	free(a);
	free(d);
	json_decref(good);
	json_decref(bad);
	return differs;
}

START_TEST(oom_fhir_import)
{
	size_t len;
	char *data = test_slurp(oom_fhir_files[_i], &len);
	tpath_buffer b = { oom_fhir_files[_i], data, len };
	long n, stride = getenv("TPATH_OOM_STRIDE") &&
				 atol(getenv("TPATH_OOM_STRIDE")) > 0
			 ? atol(getenv("TPATH_OOM_STRIDE"))
			 : 1;
	long misread = 0, jansson_dropped = 0, pre;
	char *expected = NULL;
	tpath_error e0;
	ck_assert_int_eq(tpath_fhir_import(&expected, test_kb(), &b, 1, NULL,
					   &e0),
			 0);
	ck_assert_ptr_nonnull(strstr(expected, "\ntreatments:\n"));
	/* The import makes one JSON array (its list of inputs) before it
	 * parses them: the parse's allocations start after its. */
	{
		json_t *arr;
		memset(&st, 0, sizeof(st));
		st.fail_at = -1;
		json_set_alloc_funcs(json_hook_malloc, json_hook_free);
		arr = json_array();
		pre = st.calls;
		json_decref(arr);
		json_set_alloc_funcs(malloc, free);
	}
	for (n = 0;; n += stride) {
		char *yaml = NULL;
		tpath_error err;
		int rc;
		memset(&st, 0, sizeof(st));
		st.fail_at = n;
		json_set_alloc_funcs(json_hook_malloc, json_hook_free);
		rc = tpath_fhir_import(&yaml, test_kb(), &b, 1, NULL, &err);
		json_set_alloc_funcs(malloc, free);
		ck_assert_msg(st.live == 0, "allocation %ld: %ld JSON values "
			      "leaked", n, st.live);
		if (!st.failed) {
			ck_assert_int_eq(rc, 0);
			ck_assert_str_eq(yaml, expected);
			tpath_free(yaml);
			break;
		}
		if (rc == 0) {
			/* jansson absorbs some failures itself (a hash table
			 * that could not grow): then the import is whole,
			 * unless jansson's parser itself misread the input. */
			if (strcmp(yaml, expected) != 0) {
				ck_assert_msg(jansson_misreads(&b, n - pre),
					      "allocation %ld: a different "
					      "import, and jansson read the "
					      "input whole",
					      n);
				jansson_dropped++;
			}
			tpath_free(yaml);
			continue;
		}
		/* jansson's parser reports some of its allocation failures
		 * as a syntax error ("string or '}' expected"): those, and
		 * only those, come back as malformed JSON. */
		if (rc == TPATH_EINVALID) {
			ck_assert_msg(strncmp(err.message, "malformed JSON: ",
					      16) == 0,
				      "allocation %ld: %s", n, err.message);
			misread++;
		} else {
			ck_assert_msg(rc == TPATH_ENOMEM,
				      "allocation %ld: returned %d (%s)", n,
				      rc, err.message);
		}
		ck_assert_ptr_null(yaml);
	}
	ck_assert_int_gt(n, 50);
	ck_assert_int_lt(misread, n / 2);
	ck_assert_int_lt(jansson_dropped, n / 10);
	tpath_free(expected);
	free(data);
}
END_TEST

/* jansson given an allocator whose blocks are not the C library's: what
 * tpath hands back (rendered strings, error lines) is still released with
 * tpath_free, and nothing of jansson's is freed by the C library. */
static void *offset_malloc(size_t n)
{
	char *p = malloc(n + 16);
	return p ? p + 16 : NULL;
}

static void offset_free(void *p)
{
	if (p)
		free((char *)p - 16);
}

START_TEST(foreign_jansson_allocator)
{
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	const tpath_format formats[] = { TPATH_FORMAT_JSON,
					 TPATH_FORMAT_JSON_LINE,
					 TPATH_FORMAT_TEXT,
					 TPATH_FORMAT_TEXT_EXPLAIN };
	tpath_kb *kb = NULL;
	tpath_history *h = NULL, *bad = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	char *s;
	size_t i;

	json_set_alloc_funcs(offset_malloc, offset_free);
	eo.trace = 1;
	ck_assert_int_eq(tpath_kb_open_default(&kb, NULL, &err), 0);
	ck_assert_int_eq(tpath_history_load_buffer(&h, kb, history,
						   strlen(history), "h.yaml",
						   NULL, &err),
			 0);
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, &eo, &err), 0);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		ck_assert_int_eq(tpath_result_render(&s, r, formats[i], &err),
				 0);
		ck_assert_ptr_nonnull(strstr(s, "sertraline"));
		tpath_free(s);
	}
	ck_assert_int_lt(tpath_history_load_buffer(&bad, kb, "id: [", 5,
						   "bad.yaml", NULL, &err),
			 0);
	ck_assert_int_eq(tpath_error_render_json(&s, &err, 3), 0);
	ck_assert_ptr_nonnull(strstr(s, "bad.yaml"));
	tpath_free(s);
	tpath_result_free(r);
	tpath_history_free(h);
	tpath_kb_free(kb);
	json_set_alloc_funcs(malloc, free);
}
END_TEST

Suite *suite_oom(void)
{
	Suite *s = suite_create("oom");
	TCase *tc = tcase_create("inject");
	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, oom_no_hook);
	tcase_add_test(tc, foreign_jansson_allocator);
	tcase_add_loop_test(tc, oom_fhir_import, 0,
			    (int)(sizeof(oom_fhir_files) /
				  sizeof(oom_fhir_files[0])));
	tcase_add_test(tc, oom_default_guideline);
	tcase_add_test(tc, oom_all_guidelines);
	suite_add_tcase(s, tc);
	return s;
}
