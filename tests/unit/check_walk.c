/*
 * check_walk.c - tpath_walk: which days it visits (every distinct event day
 * of the episode up to as_of and every day a decision point is reached or
 * passes, in order, in the history's date style), that
 * each result is tpath_evaluate's for that day, stopping from the callback,
 * argument and option errors, and out-of-memory.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"

/* A course of an earlier episode (days before the start are not visited),
 * dose, measure and course days that coincide, and a switch. */
static const char iso_history[] =
	"tpath: history/1\nid: walk-iso\nas_of: 2024-06-01\n"
	"episode: {start: 2024-01-10, severity: moderate}\n"
	"treatments:\n"
	"  - drug: sertraline\n    start: 2023-03-01\n    stop: 2023-06-01\n"
	"    doses: [{date: 2023-03-01, mg_per_day: 50}]\n"
	"  - drug: sertraline\n    start: 2024-01-15\n    stop: 2024-03-01\n"
	"    stop_reason: inefficacy\n"
	"    doses: [{date: 2024-01-15, mg_per_day: 50},\n"
	"            {date: 2024-02-01, mg_per_day: 100}]\n"
	"  - drug: venlafaxine\n    start: 2024-03-02\n"
	"    doses: [{date: 2024-03-02, mg_per_day: 75}]\n"
	"measures:\n"
	"  - {date: 2023-03-01, scale: phq9, score: 21}\n"
	"  - {date: 2024-01-15, scale: phq9, score: 20}\n"
	"  - {date: 2024-03-01, scale: phq9, score: 18}\n"
	"  - {date: 2024-05-01, scale: phq9, score: 12}\n";

/* Relative days, a negative episode start, no as_of (the latest day). */
static const char relative_history[] =
	"tpath: history/1\nid: walk-rel\n"
	"episode: {start: -7, severity: mild}\n"
	"treatments:\n"
	"  - drug: escitalopram\n    start: 0\n"
	"    doses: [{date: 0, mg_per_day: 10}, {date: 14, mg_per_day: 20}]\n"
	"measures:\n"
	"  - {date: -7, scale: phq9, score: 16}\n"
	"  - {date: 0, scale: phq9, score: 15}\n"
	"  - {date: 28, scale: phq9, score: 9}\n";

/* What the callback saw: the days, joined by spaces, and how to answer. */
typedef struct seen {
	char days[512];
	int calls;
	int stop_at; /* 1-based call that returns stop_with; 0: never */
	int stop_with;
	const tpath_history *h; /* when set, each result is compared */
	const tpath_eval_options *opts;
} seen;

static int record(const char *as_of, const tpath_result *r, void *ud)
{
	seen *s = ud;
	size_t n = strlen(s->days);
	ck_assert_ptr_nonnull(r);
	snprintf(s->days + n, sizeof(s->days) - n, "%s%s", n ? " " : "",
		 as_of);
	s->calls++;
	if (s->h) {
		/* The walk's result is tpath_evaluate's for that day. */
		tpath_eval_options eo = *s->opts;
		tpath_result *by_hand;
		tpath_error err;
		char *a, *b;
		eo.as_of = as_of;
		ck_assert_int_eq(tpath_evaluate(&by_hand, test_kb(), s->h, &eo,
						&err),
				 0);
		ck_assert_int_eq(tpath_result_render(&a, r, TPATH_FORMAT_JSON,
						     &err),
				 0);
		ck_assert_int_eq(tpath_result_render(&b, by_hand,
						     TPATH_FORMAT_JSON, &err),
				 0);
		ck_assert_msg(strcmp(a, b) == 0, "the walk's result as of %s "
			      "differs from tpath_evaluate's", as_of);
		tpath_free(a);
		tpath_free(b);
		tpath_result_free(by_hand);
	}
	return s->calls == s->stop_at ? s->stop_with : 0;
}

static tpath_history *load(const char *yaml)
{
	tpath_history *h = NULL;
	char line[1200];
	ck_assert_msg(test_load(&h, yaml, line, sizeof(line)) == 0, "%s",
		      line);
	return h;
}

/* CANMAT's decision points on sertraline's clock (started 2024-01-15):
 * the early-improvement window opens at week 2 (01-29); the decision at
 * week 4 (02-12) and both pass the day after (02-13); the adequate-trial
 * assessment opens at week 6 (02-26) and would pass after week 8 (03-12,
 * walked though sertraline stopped on 03-01: as of 02-26 it was current).
 * On venlafaxine's (03-02): 03-16, 03-30, 03-31, 04-13, 04-28. */
#define SERTRALINE_POINTS "2024-01-29 2024-02-01 2024-02-12 2024-02-13 "
#define VENLAFAXINE_POINTS                                                   \
	"2024-03-12 2024-03-16 2024-03-30 2024-03-31 2024-04-13 2024-04-28 "

static const struct {
	const char *history, *as_of, *want;
} day_cases[] = {
	/* From the episode's start, each day once, the earlier episode's
	 * course left out (an event day on a decision point's day, 02-01 is
	 * a dose change, is walked once). */
	{ iso_history, NULL,
	  "2024-01-10 2024-01-15 " SERTRALINE_POINTS "2024-02-26 2024-03-01 "
	  "2024-03-02 " VENLAFAXINE_POINTS "2024-05-01 2024-06-01" },
	/* as_of on an event day ends there; between events, it is the last
	 * day, and no decision point after it is walked; on the episode's
	 * start, the only one. */
	{ iso_history, "2024-03-01",
	  "2024-01-10 2024-01-15 " SERTRALINE_POINTS "2024-02-26 2024-03-01" },
	{ iso_history, "2024-02-15",
	  "2024-01-10 2024-01-15 " SERTRALINE_POINTS "2024-02-15" },
	{ iso_history, "2024-01-10", "2024-01-10" },
	/* after the history's as_of: one more day */
	{ iso_history, "2024-07-01",
	  "2024-01-10 2024-01-15 " SERTRALINE_POINTS "2024-02-26 2024-03-01 "
	  "2024-03-02 " VENLAFAXINE_POINTS "2024-05-01 2024-06-01 2024-07-01" },
	/* escitalopram from day 0: week 2 (14) and week 4 (28) are walked;
	 * the day after week 4 (29) is past the last day. */
	{ relative_history, NULL, "-7 0 14 28" },
	{ relative_history, "20", "-7 0 14 20" },
};

START_TEST(walk_days)
{
	tpath_history *h = load(day_cases[_i].history);
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	s.h = h;
	s.opts = &eo;
	eo.as_of = day_cases[_i].as_of;
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err), 0);
	ck_assert_str_eq(s.days, day_cases[_i].want);
	ck_assert_int_eq(err.code, 0);
	tpath_history_free(h);
}
END_TEST

/* NULL options: the history's as_of and the default guideline. */
START_TEST(walk_null_options)
{
	tpath_history *h = load(relative_history);
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(tpath_walk(test_kb(), h, NULL, record, &s, NULL), 0);
	ck_assert_str_eq(s.days, "-7 0 14 28");
	ck_assert_int_eq(tpath_walk(test_kb(), h, NULL, record, &s, &err), 0);
	tpath_history_free(h);
}
END_TEST

/* Options reach every day: the guideline and a parameter, and trace (the
 * 7 event days, and each guideline's decision-point days). */
START_TEST(walk_options_apply)
{
	tpath_history *h = load(iso_history);
	static const char *const params[] = { "early_improvement_pct=25",
					      NULL };
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	s.h = h;
	s.opts = &eo;
	eo.guideline = "canmat-2023";
	eo.params = params;
	eo.trace = 1;
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err), 0);
	ck_assert_int_eq(s.calls, 17);
	eo.guideline = "star-d";
	eo.params = NULL;
	eo.trace = 0;
	memset(s.days, 0, sizeof(s.days));
	s.calls = 0;
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err), 0);
	ck_assert_int_eq(s.calls, 23);
	tpath_history_free(h);
}
END_TEST

/* A decision point's days follow the parameters the evaluation reads:
 * with CANMAT's early decision at week 3 instead of 4, sertraline's
 * early-improvement window closes and the decision falls on 02-05 (21 days
 * after 01-15) and both pass on 02-06; STAR*D's critical decision points
 * (weeks 4, 6, 9 and 12 of the step) are its own. */
START_TEST(walk_points_follow_params)
{
	tpath_history *h = load(iso_history);
	static const char *const params[] = { "early_decision_weeks=3", NULL };
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	s.h = h;
	s.opts = &eo;
	eo.as_of = "2024-02-20";
	eo.params = params;
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err), 0);
	ck_assert_str_eq(s.days, "2024-01-10 2024-01-15 2024-01-29 2024-02-01 "
				 "2024-02-05 2024-02-06 2024-02-20");
	memset(&s, 0, sizeof(s));
	s.h = h;
	s.opts = &eo;
	eo.params = NULL;
	eo.guideline = "star-d";
	eo.as_of = "2024-04-30";
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err), 0);
	/* sertraline's step (01-15): weeks 4, 6, 9, 12 and each day after;
	 * venlafaxine's (03-02): weeks 4 and 6 and each day after */
	ck_assert_str_eq(s.days, "2024-01-10 2024-01-15 2024-02-01 2024-02-12 "
				 "2024-02-13 2024-02-26 2024-02-27 2024-03-01 "
				 "2024-03-02 2024-03-18 2024-03-19 2024-03-30 "
				 "2024-03-31 2024-04-08 2024-04-09 2024-04-13 "
				 "2024-04-14 2024-04-30");
	tpath_history_free(h);
}
END_TEST

/* tpath_walk_every_day: every day from the episode's start to the last,
 * each result tpath_evaluate's for that day; a stop from the callback. */
START_TEST(walk_every_day)
{
	tpath_history *h = load(relative_history);
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	char want[512] = "";
	int d;
	seen s;
	memset(&s, 0, sizeof(s));
	s.h = h;
	s.opts = &eo;
	for (d = -7; d <= 28; d++)
		snprintf(want + strlen(want), sizeof(want) - strlen(want),
			 "%s%d", d > -7 ? " " : "", d);
	ck_assert_int_eq(tpath_walk_every_day(test_kb(), h, &eo, record, &s,
					      &err),
			 0);
	ck_assert_str_eq(s.days, want);
	ck_assert_int_eq(s.calls, 36);
	memset(&s, 0, sizeof(s));
	eo.as_of = "-5";
	s.stop_at = 2;
	s.stop_with = 7;
	ck_assert_int_eq(tpath_walk_every_day(test_kb(), h, &eo, record, &s,
					      &err),
			 7);
	ck_assert_str_eq(s.days, "-7 -6");
	ck_assert_int_eq(err.code, 0);
	tpath_history_free(h);
}
END_TEST

/* A history whose days x (records + courses squared) exceed
 * TPATH_WALK_EVERY_DAY_LIMIT is refused before the first call, with the
 * figures: 1900-01-01 to 2199-12-31 is 109,573 days, x (1 + 92 scores);
 * 91 scores would be 9,971,143, within it. */
START_TEST(walk_every_day_limit)
{
	static const char head[] =
		"tpath: history/1\nid: walk-long\nas_of: 2199-12-31\n"
		"episode: {start: 1900-01-01}\ntreatments: []\nmeasures:\n";
	char yaml[8192];
	tpath_history *h;
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	seen s;
	int i;
	snprintf(yaml, sizeof(yaml), "%s", head);
	for (i = 0; i < 92; i++)
		snprintf(yaml + strlen(yaml), sizeof(yaml) - strlen(yaml),
			 "  - {date: %d-01-01, scale: phq9, score: 12}\n",
			 1900 + 3 * i);
	h = load(yaml);
	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(tpath_walk_every_day(test_kb(), h, &eo, record, &s,
					      &err),
			 TPATH_ELIMIT);
	ck_assert_int_eq(s.calls, 0);
	ck_assert_str_eq(err.message,
			 "history walk-long runs 109573 days (1900-01-01 to "
			 "2199-12-31) with 93 records and 0 courses, too many "
			 "to evaluate every day: days x (records + courses "
			 "squared) is 10190289, over 10000000 (an earlier "
			 "as_of walks fewer days)");
	tpath_history_free(h);
}
END_TEST

/* A non-zero answer stops the walk and is returned as is, negative too;
 * the error stays clear. */
START_TEST(walk_stop)
{
	static const int answers[] = { 1, 42, -1, TPATH_ENOMEM };
	tpath_history *h = load(iso_history);
	tpath_error err;
	size_t i;
	for (i = 0; i < TP_ARRAY_LEN(answers); i++) {
		seen s;
		memset(&s, 0, sizeof(s));
		s.stop_at = 3;
		s.stop_with = answers[i];
		ck_assert_int_eq(tpath_walk(test_kb(), h, NULL, record, &s,
					    &err),
				 answers[i]);
		ck_assert_int_eq(s.calls, 3);
		ck_assert_str_eq(s.days, "2024-01-10 2024-01-15 2024-01-29");
		ck_assert_int_eq(err.code, 0);
		ck_assert_str_eq(err.message, "");
	}
	tpath_history_free(h);
}
END_TEST

/* Bad arguments and options fail before the first call, with the message
 * tpath_evaluate gives. */
static const struct {
	const char *as_of, *guideline, *param, *message;
} bad_options[] = {
	{ "2024-13-01", NULL, NULL,
	  "as_of 2024-13-01 is not a calendar date" },
	{ "70", NULL, NULL,
	  "as_of 70: the history uses calendar dates, so YYYY-MM-DD is "
	  "expected" },
	{ "2024-01-09", NULL, NULL,
	  "as_of 2024-01-09 is before the episode's start 2024-01-10" },
	{ NULL, "no-such-guideline", NULL, "unknown guideline 'no-such-" },
	{ NULL, NULL, "no_such_param=1", "no_such_param" },
};

START_TEST(walk_bad_options)
{
	tpath_history *h = load(iso_history);
	const char *params[2] = { bad_options[_i].param, NULL };
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	eo.as_of = bad_options[_i].as_of;
	eo.guideline = bad_options[_i].guideline;
	eo.params = bad_options[_i].param ? params : NULL;
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_int_eq(err.code, TPATH_EUSAGE);
	ck_assert_msg(strstr(err.message, bad_options[_i].message) != NULL,
		      "message '%s' lacks '%s'", err.message,
		      bad_options[_i].message);
	ck_assert_int_eq(s.calls, 0);
	tpath_history_free(h);
}
END_TEST

START_TEST(walk_relative_bad_as_of)
{
	tpath_history *h = load(relative_history);
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	eo.as_of = "2024-01-01";
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message,
			 "as_of 2024-01-01: the history uses relative days, "
			 "so a whole number of days is expected");
	eo.as_of = "-8";
	ck_assert_int_eq(tpath_walk(test_kb(), h, &eo, record, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message,
			 "as_of -8 is before the episode's start day -7");
	ck_assert_int_eq(s.calls, 0);
	tpath_history_free(h);
}
END_TEST

START_TEST(walk_bad_arguments)
{
	tpath_history *h = load(iso_history);
	tpath_kb *other = NULL;
	tpath_error err;
	seen s;
	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(tpath_walk(NULL, h, NULL, record, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message, "tpath_walk: NULL argument");
	ck_assert_int_eq(tpath_walk(test_kb(), NULL, NULL, record, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_int_eq(tpath_walk(test_kb(), h, NULL, NULL, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_int_eq(tpath_walk(NULL, NULL, NULL, NULL, NULL, NULL),
			 TPATH_EUSAGE);
	ck_assert_int_eq(tpath_kb_open_default(&other, NULL, &err), 0);
	ck_assert_int_eq(tpath_walk(other, h, NULL, record, &s, &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message, "the history was loaded with another "
				      "knowledge base");
	ck_assert_int_eq(s.calls, 0);
	tpath_kb_free(other);
	tpath_history_free(h);
}
END_TEST

/* ---- the history's allocator, and running out of memory ---- */

static struct {
	long calls, fail_at, live;
	int failed;
} oom;

static void *counting(void *ud, void *p, size_t n)
{
	void *q;
	(void)ud;
	if (n == 0) {
		if (p)
			oom.live--;
		free(p);
		return NULL;
	}
	if (oom.calls++ == oom.fail_at) {
		oom.failed = 1;
		return NULL;
	}
	if ((q = realloc(p, n)) && !p)
		oom.live++;
	return q;
}

/* The callback runs with the caller's allocator in force, not the
 * history's. */
static int outside(const char *as_of, const tpath_result *r, void *ud)
{
	(void)as_of;
	(void)r;
	(void)ud;
	ck_assert_ptr_null(tp_alloc_current().fn);
	return 0;
}

START_TEST(walk_out_of_memory)
{
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_history *h = NULL;
	tpath_error err;
	long base, n;
	int rc = -1;

	lo.alloc = counting;
	memset(&oom, 0, sizeof(oom));
	oom.fail_at = -1;
	ck_assert_int_eq(tpath_history_load_buffer(&h, test_kb(), iso_history,
						   strlen(iso_history),
						   "walk.yaml", &lo, &err),
			 0);
	base = oom.live;
	/* Fail the n-th allocation of the walk, for every n it makes. */
	for (n = 0; rc != 0; n++) {
		seen s;
		memset(&s, 0, sizeof(s));
		oom.calls = 0;
		oom.fail_at = n;
		oom.failed = 0;
		rc = tpath_walk(test_kb(), h, NULL, record, &s, &err);
		ck_assert_msg(rc == 0 || rc == TPATH_ENOMEM,
			      "allocation %ld: %d %s", n, rc, err.message);
		ck_assert_int_eq(rc == TPATH_ENOMEM, oom.failed);
		ck_assert_int_eq(oom.live, base);
		ck_assert_int_lt(n, 1000000);
	}
	oom.fail_at = -1;
	ck_assert_int_eq(tpath_walk(test_kb(), h, NULL, outside, NULL, &err),
			 0);
	tpath_history_free(h);
	ck_assert_int_eq(oom.live, 0);
}
END_TEST

Suite *suite_walk(void)
{
	Suite *s = suite_create("walk");
	TCase *tc = tcase_create("days");
	tcase_add_loop_test(tc, walk_days, 0, (int)TP_ARRAY_LEN(day_cases));
	tcase_add_test(tc, walk_null_options);
	tcase_add_test(tc, walk_options_apply);
	tcase_add_test(tc, walk_points_follow_params);
	tcase_add_test(tc, walk_every_day);
	tcase_add_test(tc, walk_every_day_limit);
	tcase_add_test(tc, walk_stop);
	tcase_add_loop_test(tc, walk_bad_options, 0,
			    (int)TP_ARRAY_LEN(bad_options));
	tcase_add_test(tc, walk_relative_bad_as_of);
	tcase_add_test(tc, walk_bad_arguments);
	tcase_add_test(tc, walk_out_of_memory);
	suite_add_tcase(s, tc);
	return s;
}
