/*
 * check_model.c - the typed reading of a result (tpath.h, "Reading a
 * result without JSON") against the result/1 JSON of the same result.
 * Every example under every built-in guideline and every vignette (with
 * its own options and knowledge base) is evaluated; its JSON text is parsed
 * again and every field of every struct compared with the key it stands
 * for (docs/api.md says which).  Then the readers' edges: NULL, out of
 * range, the versioned size, and one vignette's answer spelled out.
 */
#include "tests.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VIGNETTE_DIR "tests/vignettes"
#define EXAMPLE_DIR "docs/examples"

static char **vignettes, **examples;

static void same_str(const char *what, const char *field, const char *got,
		     const json_t *v)
{
	if (json_is_null(v) || !v) {
		ck_assert_msg(got == NULL, "%s: %s is '%s', not NULL", what,
			      field, got);
		return;
	}
	ck_assert_msg(json_is_string(v), "%s: %s is not a string", what,
		      field);
	ck_assert_msg(got && !strcmp(got, json_string_value(v)),
		      "%s: %s is '%s', not '%s'", what, field,
		      got ? got : "(null)", json_string_value(v));
}

static void same_num(const char *what, const char *field, double got,
		     const json_t *v)
{
	if (json_is_null(v) || !v) {
		ck_assert_msg(isnan(got), "%s: %s is %g, not NAN", what, field,
			      got);
		return;
	}
	ck_assert_msg(json_is_number(v), "%s: %s is not a number", what,
		      field);
	ck_assert_msg(got == json_number_value(v), "%s: %s is %.17g, not %.17g",
		      what, field, got, json_number_value(v));
}

static void same_int(const char *what, const char *field, long got,
		     const json_t *v)
{
	long want = json_is_integer(v) ? (long)json_integer_value(v) : -1;
	ck_assert_msg(got == want, "%s: %s is %ld, not %ld", what, field, got,
		      want);
}

static void same_bool(const char *what, const char *field, int got,
		      const json_t *v, int if_null)
{
	int want = json_is_boolean(v) ? json_is_true(v) : if_null;
	ck_assert_msg(got == want, "%s: %s is %d, not %d", what, field, got,
		      want);
}

/* A date or relative day as the struct gives it: the text. */
static void same_day(const char *what, const char *field, const char *got,
		     const json_t *v)
{
	char buf[32];
	if (json_is_integer(v)) {
		snprintf(buf, sizeof(buf), "%lld",
			 (long long)json_integer_value(v));
		ck_assert_msg(got && !strcmp(got, buf), "%s: %s is '%s', not %s",
			      what, field, got ? got : "(null)", buf);
		return;
	}
	same_str(what, field, got, v);
}

static void same_indexes(const char *what, const char *field,
			 const size_t *got, size_t n, const json_t *v)
{
	size_t i;
	ck_assert_msg(n == json_array_size(v), "%s: %s has %zu, not %zu", what,
		      field, n, json_array_size(v));
	for (i = 0; i < n; i++)
		ck_assert_msg(got[i] == (size_t)json_integer_value(
						json_array_get(v, i)),
			      "%s: %s[%zu] differs", what, field, i);
}

#define GET(o, k) json_object_get(o, k)

static void check_trials(const char *what, const tpath_result *r,
			 const json_t *arr)
{
	size_t i;
	ck_assert_uint_eq(tpath_result_trial_count(r), json_array_size(arr));
	ck_assert_ptr_null(tpath_result_trial(r, json_array_size(arr)));
	for (i = 0; i < json_array_size(arr); i++) {
		const tpath_trial *t = tpath_result_trial(r, i);
		const json_t *o = json_array_get(arr, i);
		ck_assert_ptr_nonnull(t);
		ck_assert_uint_eq(t->size, sizeof(tpath_trial));
		same_str(what, "trial.drug", t->drug, GET(o, "drug"));
		same_str(what, "trial.intervention", t->intervention,
			 GET(o, "intervention"));
		same_str(what, "trial.class", t->klass, GET(o, "class"));
		same_str(what, "trial.role", t->role, GET(o, "role"));
		same_bool(what, "trial.role_inferred", t->role_inferred,
			  GET(o, "role_inferred"), 0);
		same_day(what, "trial.start", t->start, GET(o, "start"));
		same_day(what, "trial.stop", t->stop, GET(o, "stop"));
		same_num(what, "trial.weeks", t->weeks, GET(o, "weeks"));
		same_num(what, "trial.weeks_at_therapeutic_dose",
			 t->weeks_at_therapeutic_dose,
			 GET(o, "weeks_at_therapeutic_dose"));
		same_num(what, "trial.max_mg_per_day", t->max_mg_per_day,
			 GET(o, "max_mg_per_day"));
		same_bool(what, "trial.adequate", t->adequate,
			  GET(o, "adequate"), -1);
		same_str(what, "trial.not_adequate_because",
			 t->not_adequate_because,
			 GET(o, "not_adequate_because"));
		same_str(what, "trial.scale", t->scale, GET(o, "scale"));
		same_int(what, "trial.baseline", t->baseline,
			 GET(o, "baseline"));
		same_int(what, "trial.latest", t->latest, GET(o, "latest"));
		same_num(what, "trial.improvement_pct", t->improvement_pct,
			 GET(o, "improvement_pct"));
		same_str(what, "trial.outcome", t->outcome, GET(o, "outcome"));
		same_num(what, "trial.pdc", t->pdc, GET(o, "pdc"));
	}
}

static void check_trd(const char *what, const tpath_result *r,
		      const json_t *root)
{
	const json_t *arr = GET(root, "trd");
	const char *own = json_string_value(GET(GET(root, "guideline"), "trd"));
	const tpath_trd_verdict *found = NULL;
	size_t i;
	ck_assert_uint_eq(tpath_result_trd_count(r), json_array_size(arr));
	ck_assert_ptr_null(tpath_result_trd(r, json_array_size(arr)));
	for (i = 0; i < json_array_size(arr); i++) {
		const tpath_trd_verdict *v = tpath_result_trd(r, i);
		const json_t *o = json_array_get(arr, i);
		ck_assert_uint_eq(v->size, sizeof(tpath_trd_verdict));
		same_str(what, "trd.definition", v->definition,
			 GET(o, "definition"));
		same_str(what, "trd.title", v->title, GET(o, "title"));
		same_str(what, "trd.source", v->source, GET(o, "source"));
		same_bool(what, "trd.met", v->met, GET(o, "met"), -1);
		same_int(what, "trd.failed_trials", v->failed_trials,
			 GET(o, "failed_trials"));
		same_int(what, "trd.distinct_classes", v->distinct_classes,
			 GET(o, "distinct_classes"));
		same_int(what, "trd.needs_failures", v->needs_failures,
			 GET(o, "needs_failures"));
		same_int(what, "trd.needs_distinct_classes",
			 v->needs_distinct_classes,
			 GET(o, "needs_distinct_classes"));
		same_indexes(what, "trd.counted", v->counted, v->ncounted,
			     GET(o, "counted"));
		same_indexes(what, "trd.counted_ongoing", v->counted_ongoing,
			     v->ncounted_ongoing, GET(o, "counted_ongoing"));
		same_indexes(what, "trd.undetermined", v->undetermined,
			     v->nundetermined, GET(o, "undetermined"));
		same_str(what, "trd.status", v->status, GET(o, "status"));
		same_str(what, "trd.status_reason", v->status_reason,
			 GET(o, "status_reason"));
		if (own && !strcmp(own, v->definition))
			found = v;
	}
	ck_assert_msg(tpath_result_own_trd(r) == found,
		      "%s: own TRD verdict is not the entry of '%s'", what,
		      own ? own : "(none)");
}

static void check_staging(const char *what, const tpath_result *r,
			  const json_t *arr)
{
	size_t i, k;
	ck_assert_uint_eq(tpath_result_staging_count(r), json_array_size(arr));
	ck_assert_ptr_null(tpath_result_staging(r, json_array_size(arr)));
	for (i = 0; i < json_array_size(arr); i++) {
		const tpath_staging *s = tpath_result_staging(r, i);
		const json_t *o = json_array_get(arr, i);
		const json_t *comp = GET(o, "components");
		const char *key;
		json_t *val;
		ck_assert_uint_eq(s->size, sizeof(tpath_staging));
		same_str(what, "staging.model", s->model, GET(o, "model"));
		same_str(what, "staging.title", s->title, GET(o, "title"));
		same_str(what, "staging.source", s->source, GET(o, "source"));
		same_bool(what, "staging.applicable", s->applicable,
			  GET(o, "applicable"), -1);
		same_int(what, "staging.failed_trials", s->failed_trials,
			 GET(o, "failed_trials"));
		same_str(what, "staging.stage", s->stage, GET(o, "stage"));
		same_num(what, "staging.score", s->score, GET(o, "score"));
		same_str(what, "staging.band", s->band, GET(o, "band"));
		same_str(what, "staging.reason", s->reason, GET(o, "reason"));
		same_str(what, "staging.status", s->status, GET(o, "status"));
		same_str(what, "staging.status_reason", s->status_reason,
			 GET(o, "status_reason"));
		ck_assert_uint_eq(s->ncomponents, json_object_size(comp));
		k = 0;
		json_object_foreach(GET(o, "components"), key, val)
		{
			const tpath_stage_component *c = &s->components[k++];
			ck_assert_str_eq(c->name, key);
			ck_assert_int_eq(c->is_boolean, json_is_boolean(val));
			if (json_is_number(val) || json_is_boolean(val))
				ck_assert(c->value ==
					  (json_is_boolean(val)
						   ? (json_is_true(val) ? 1 : 0)
						   : json_number_value(val)));
			else
				ck_assert(isnan(c->value));
		}
	}
}

static void check_recommendations(const char *what, const tpath_result *r,
				  const json_t *arr)
{
	size_t i, k;
	ck_assert_uint_eq(tpath_result_recommendation_count(r),
			  json_array_size(arr));
	ck_assert_ptr_null(
		tpath_result_recommendation(r, json_array_size(arr)));
	for (i = 0; i < json_array_size(arr); i++) {
		const tpath_recommendation *x =
			tpath_result_recommendation(r, i);
		const json_t *o = json_array_get(arr, i);
		const json_t *opts = GET(o, "options");
		ck_assert_uint_eq(x->size, sizeof(tpath_recommendation));
		same_str(what, "rec.action", x->action, GET(o, "action"));
		same_str(what, "rec.rule", x->rule, GET(o, "rule"));
		same_str(what, "rec.source", x->source, GET(o, "source"));
		same_int(what, "rec.line", x->line, GET(o, "line"));
		same_str(what, "rec.rationale", x->rationale,
			 GET(o, "rationale"));
		same_str(what, "rec.status", x->status, GET(o, "status"));
		same_bool(what, "rec.at_ceiling", x->at_ceiling,
			  GET(o, "at_ceiling"), 0);
		ck_assert_uint_eq(x->nremoved,
				  json_array_size(GET(o, "removed_options")));
		ck_assert_uint_eq(x->noptions, json_array_size(opts));
		for (k = 0; k < x->noptions; k++)
			same_str(what, "rec.options[]", x->options[k],
				 json_array_get(opts, k));
	}
}

static void check_warnings(const char *what, const tpath_result *r,
			   const json_t *arr)
{
	size_t i;
	ck_assert_uint_eq(tpath_result_warning_count(r), json_array_size(arr));
	ck_assert_ptr_null(tpath_result_warning(r, json_array_size(arr)));
	for (i = 0; i < json_array_size(arr); i++) {
		const tpath_warning *w = tpath_result_warning(r, i);
		const json_t *o = json_array_get(arr, i);
		ck_assert_uint_eq(w->size, sizeof(tpath_warning));
		same_str(what, "warning.code", w->code, GET(o, "code"));
		same_str(what, "warning.severity", w->severity,
			 GET(o, "severity"));
		same_str(what, "warning.message", w->message,
			 GET(o, "message"));
		same_str(what, "warning.source", w->source, GET(o, "source"));
		same_str(what, "warning.rule", w->rule, GET(o, "rule"));
	}
}

static void check_result(const char *what, const tpath_result *r)
{
	tpath_error err;
	char *text;
	json_t *root;
	json_error_t jerr;
	const tpath_position *p = tpath_result_position(r);
	const json_t *pos;

	ck_assert_int_eq(tpath_result_render(&text, r, TPATH_FORMAT_JSON_LINE,
					     &err),
			 0);
	root = json_loads(text, 0, &jerr);
	ck_assert_msg(root != NULL, "%s: JSON: %s", what, jerr.text);
	same_str(what, "history", tpath_result_history(r), GET(root, "history"));
	same_day(what, "as_of", tpath_result_as_of(r), GET(root, "as_of"));
	same_str(what, "guideline", tpath_result_guideline(r),
		 GET(GET(root, "guideline"), "id"));
	pos = GET(root, "position");
	ck_assert_uint_eq(p->size, sizeof(tpath_position));
	same_str(what, "position.step", p->step, GET(pos, "step"));
	same_str(what, "position.label", p->label, GET(pos, "label"));
	same_str(what, "position.status", p->status, GET(pos, "status"));
	same_num(what, "position.week", p->week, GET(pos, "week"));
	same_str(what, "position.decision_point", p->decision_point,
		 GET(pos, "decision_point"));
	same_str(what, "position.decision_point_state",
		 p->decision_point_state, GET(pos, "decision_point_state"));
	same_int(what, "position.trial", p->trial, GET(pos, "trial"));
	check_trials(what, r, GET(root, "trials"));
	check_trd(what, r, root);
	check_staging(what, r, GET(root, "staging"));
	check_recommendations(what, r, GET(root, "recommendations"));
	check_warnings(what, r, GET(root, "warnings"));
	json_decref(root);
	tpath_free(text);
}

START_TEST(vignette_model_equals_json)
{
	char path[512], *text, msg[1200];
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	test_vignette vo;
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	size_t len;

	snprintf(path, sizeof(path), VIGNETTE_DIR "/%s", vignettes[_i]);
	text = test_slurp(path, &len);
	test_vignette_read(&vo, text, path);
	if (tpath_history_load_buffer(&h, vo.kb, text, len, path, NULL, &err) <
	    0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s", msg);
	}
	test_vignette_options(&vo, &eo);
	ck_assert_int_eq(tpath_evaluate(&r, vo.kb, h, &eo, &err), 0);
	check_result(path, r);
	tpath_result_free(r);
	tpath_history_free(h);
	test_vignette_free(&vo);
	free(text);
}
END_TEST

START_TEST(example_model_equals_json)
{
	char path[512], what[700];
	const tpath_kb *kb = test_kb();
	tpath_history *h;
	tpath_error err;
	size_t g;

	snprintf(path, sizeof(path), EXAMPLE_DIR "/%s", examples[_i]);
	ck_assert_int_eq(tpath_history_load_file(&h, kb, path, NULL, &err), 0);
	for (g = 0; g < tpath_kb_guideline_count(kb); g++) {
		tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
		tpath_guideline_info gi;
		tpath_result *r;
		ck_assert_int_eq(tpath_kb_guideline(kb, g, &gi), 0);
		eo.guideline = gi.id;
		ck_assert_int_eq(tpath_evaluate(&r, kb, h, &eo, &err), 0);
		snprintf(what, sizeof(what), "%s under %s", path, gi.id);
		check_result(what, r);
		tpath_result_free(r);
	}
	tpath_history_free(h);
}
END_TEST

/* NULL results and out-of-range indexes read as nothing, never a crash. */
START_TEST(readers_of_null)
{
	ck_assert_ptr_null(tpath_result_history(NULL));
	ck_assert_ptr_null(tpath_result_as_of(NULL));
	ck_assert_ptr_null(tpath_result_guideline(NULL));
	ck_assert_ptr_null(tpath_result_position(NULL));
	ck_assert_ptr_null(tpath_result_own_trd(NULL));
	ck_assert_uint_eq(tpath_result_trial_count(NULL), 0);
	ck_assert_uint_eq(tpath_result_trd_count(NULL), 0);
	ck_assert_uint_eq(tpath_result_staging_count(NULL), 0);
	ck_assert_uint_eq(tpath_result_recommendation_count(NULL), 0);
	ck_assert_uint_eq(tpath_result_warning_count(NULL), 0);
	ck_assert_ptr_null(tpath_result_trial(NULL, 0));
	ck_assert_ptr_null(tpath_result_trd(NULL, 0));
	ck_assert_ptr_null(tpath_result_staging(NULL, 0));
	ck_assert_ptr_null(tpath_result_recommendation(NULL, 0));
	ck_assert_ptr_null(tpath_result_warning(NULL, 0));
}
END_TEST

/* One answer spelled out, as docs/api.md reads it: demo-0001 (sertraline
 * 100 mg/day for 11 weeks without response, then venlafaxine 150 mg/day,
 * PHQ-9 19 to 13 by week 13) meets CANMAT 2023's definition, two failed
 * adequate trials (Q.7.b), with trials 0 and 1, the second ongoing. */
START_TEST(trd_verdict_read_without_json)
{
	const tpath_kb *kb = test_kb();
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	const tpath_trd_verdict *v;
	const tpath_position *p;

	ck_assert_int_eq(tpath_history_load_file(&h, kb,
						 EXAMPLE_DIR "/demo-0001.yaml",
						 NULL, &err),
			 0);
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, NULL, &err), 0);
	ck_assert_str_eq(tpath_result_guideline(r), "canmat-2023");
	v = tpath_result_own_trd(r);
	ck_assert_ptr_nonnull(v);
	ck_assert(TPATH_HAS_FIELD(v, tpath_trd_verdict, nundetermined));
	ck_assert_str_eq(v->definition, "two-adequate-trials");
	ck_assert_int_eq(v->met, 1);
	ck_assert_int_eq(v->failed_trials, 2);
	ck_assert_uint_eq(v->ncounted, 2);
	ck_assert_uint_eq(v->counted[0], 0);
	ck_assert_uint_eq(v->counted[1], 1);
	ck_assert_uint_eq(v->ncounted_ongoing, 1);
	ck_assert_uint_eq(v->counted_ongoing[0], 1);
	ck_assert_str_eq(tpath_result_trial(r, 1)->drug, "venlafaxine");
	ck_assert_ptr_null(tpath_result_trial(r, 1)->stop);
	ck_assert_int_eq(tpath_result_trial(r, 0)->adequate, 1);
	ck_assert_str_eq(tpath_result_trial(r, 0)->outcome, "nonresponse");
	p = tpath_result_position(r);
	ck_assert_str_eq(p->step, "difficult-to-treat");
	ck_assert_int_eq(p->trial, 1);
	tpath_result_free(r);
	tpath_history_free(h);
}
END_TEST

/* A result is its own: its structs, strings and every rendering stay
 * valid after the history and the knowledge base it came from are freed
 * (the asan and valgrind tiers would see a read of freed memory). */
START_TEST(result_outlives_kb)
{
	tpath_kb *kb;
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	char *before, *after, *text;
	const tpath_staging *s;

	ck_assert_int_eq(tpath_kb_open_default(&kb, NULL, &err), 0);
	ck_assert_int_eq(tpath_history_load_file(&h, kb,
						 EXAMPLE_DIR "/demo-0001.yaml",
						 NULL, &err),
			 0);
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, NULL, &err), 0);
	ck_assert_int_eq(tpath_result_render(&before, r, TPATH_FORMAT_JSON,
					     &err),
			 0);
	tpath_history_free(h);
	tpath_kb_free(kb);
	ck_assert_str_eq(tpath_result_own_trd(r)->definition,
			 "two-adequate-trials");
	ck_assert_str_eq(tpath_result_trd(r, 0)->source,
			 "Gaynes 2020 (Depress Anxiety 37:134); AHRQ 2018; "
			 "CANMAT 2023 Q.7.b");
	s = tpath_result_staging(r, 0);
	ck_assert_str_eq(s->model, "thase-rush");
	ck_assert_uint_gt(s->ncomponents, 0);
	ck_assert_str_eq(s->components[0].name, "I");
	ck_assert_int_eq(tpath_result_render(&after, r, TPATH_FORMAT_JSON,
					     &err),
			 0);
	ck_assert_str_eq(after, before);
	ck_assert_int_eq(tpath_result_render(&text, r, TPATH_FORMAT_HTML,
					     &err),
			 0);
	tpath_free(text);
	tpath_free(before);
	tpath_free(after);
	tpath_result_free(r);
}
END_TEST

Suite *suite_model(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("model");
	tcase_set_timeout(tc, 120);
	test_add_dir_loop(tc, vignette_model_equals_json, VIGNETTE_DIR, ".yaml",
			  &vignettes);
	test_add_dir_loop(tc, example_model_equals_json, EXAMPLE_DIR, ".yaml",
			  &examples);
	tcase_add_test(tc, readers_of_null);
	tcase_add_test(tc, trd_verdict_read_without_json);
	tcase_add_test(tc, result_outlives_kb);
	suite_add_tcase(s, tc);
	return s;
}
