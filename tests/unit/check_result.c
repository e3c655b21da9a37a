/*
 * check_result.c - every history in docs/examples/ and tests/vignettes/
 * evaluates to a result/1 object carrying every key of the contract
 * (shared/contracts/result-format.md) with the contract's type, and the
 * text report is rendered from the same object.
 */
#include "tests.h"

#include <jansson.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **examples, **vignettes;

/* Type letters: s string, n number, i integer, b boolean, a array, o
 * object, d date (string or integer); a trailing '?' allows null. */
static void check_keys(const json_t *o, const char *where,
		       const char *const *spec)
{
	for (; *spec; spec += 2) {
		const char *key = spec[0], *type = spec[1];
		json_t *v = json_object_get(o, key);
		int ok;
		ck_assert_msg(v != NULL, "%s: missing key '%s'", where, key);
		if (type[1] == '?' && json_is_null(v))
			continue;
		switch (type[0]) {
		case 's':
			ok = json_is_string(v);
			break;
		case 'n':
			ok = json_is_number(v);
			break;
		case 'i':
			ok = json_is_integer(v);
			break;
		case 'b':
			ok = json_is_boolean(v);
			break;
		case 'a':
			ok = json_is_array(v);
			break;
		case 'o':
			ok = json_is_object(v);
			break;
		default:
			ok = json_is_string(v) || json_is_integer(v);
		}
		ck_assert_msg(ok, "%s: '%s' has the wrong type (want %s)", where,
			      key, type);
	}
}

static const char *const top_keys[] = {
	"tpath", "s", "history", "s", "as_of", "d", "guideline", "o",
	"trials", "a", "position", "o", "recommendations", "a", "trd", "a",
	"staging", "a", "warnings", "a", "trace", "a", "provenance", "o", NULL
};
static const char *const provenance_keys[] = {
	"engine", "s", "knowledge", "s", "guidelines", "a", "overrides", "o",
	"data_dir", "b", NULL
};
static const char *const source_keys[] = { "kind", "s", "id", "s",
					   "version", "s", "builtin", "b",
					   NULL };
static const char *const guideline_keys[] = { "id", "s", "version", "s",
					      "title", "s", "source", "s",
					      NULL };
static const char *const trial_keys[] = {
	"class", "s", "role", "s", "role_inferred", "b", "start", "d",
	"stop", "d?", "weeks", "n", "weeks_at_therapeutic_dose", "n?",
	"max_mg_per_day", "n?", "adequate", "b?", "not_adequate_because", "s?",
	"scale", "s?", "baseline", "i?", "latest", "i?", "improvement_pct",
	"n?", "outcome", "s", NULL
};
static const char *const position_keys[] = { "step", "s?", "label", "s",
					     "week", "n?", "decision_point",
					     "s?", "status", "s", NULL };
static const char *const trd_keys[] = { "definition", "s", "met", "b",
					"failed_trials", "i", "counted", "a",
					"source", "s", NULL };
static const char *const staging_keys[] = { "model", "s", "stage", "s?",
					    "score", "n?", "band", "s?",
					    "components", "o", "source", "s",
					    NULL };
static const char *const warning_keys[] = { "code", "s", "severity", "s",
					    "message", "s", "source", "s?",
					    NULL };
static const char *const outcomes[] = { "remission",   "response",
					"partial-response", "nonresponse",
					"relapse",     "intolerance",
					"too-early",
					"unknown",     NULL };

/* Additions for the views (docs/result-format.md). */
static const char *const view_trial_keys[] = { "adds_to", "i?",
					       "response_at_most", "n?", NULL };
static const char *const dose_keys[] = { "date", "d", "mg_per_day", "n",
					 "at_therapeutic_dose", "b?", NULL };
static const char *const measure_keys[] = { "date", "d", "scale", "s",
					    "score", "i", "line", "i", NULL };
static const char *const scale_keys[] = {
	"id", "s", "title", "s", "min", "i", "max", "i", "remission_at_most",
	"i?", "remission_source", "s?", "response_pct", "n", "partial_pct", "n",
	NULL
};
static const char *const point_keys[] = { "id", "s", "label", "s",
					  "at_week", "n", "date", "d",
					  "reached", "b", NULL };

static bool one_of(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (strcmp(s, *words) == 0)
			return true;
	return false;
}

static void conforms(const char *path)
{
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	char *json, *text, line[1200];
	json_t *root, *a;
	size_t i, j;

	if (tpath_history_load_file(&h, test_kb(), path, NULL, &err) < 0) {
		tpath_error_format(&err, line, sizeof(line));
		ck_abort_msg("%s", line);
	}
	ck_assert_int_eq(tpath_evaluate(&r, test_kb(), h, NULL, &err), 0);
	ck_assert_int_eq(tpath_result_render(&json, r, TPATH_FORMAT_JSON_LINE,
					     &err),
			 0);
	ck_assert_int_eq(tpath_result_render(&text, r, TPATH_FORMAT_TEXT,
					     &err),
			 0);
	/* JSON Lines: one line, newline-terminated. */
	ck_assert_ptr_eq(strchr(json, '\n'), json + strlen(json) - 1);
	root = json_loads(json, 0, NULL);
	ck_assert_msg(root != NULL, "%s: not JSON", path);
	check_keys(root, path, top_keys);
	ck_assert_str_eq(json_string_value(json_object_get(root, "tpath")),
			 "result/1");
	ck_assert_str_eq(json_string_value(json_object_get(root, "history")),
			 tpath_history_id(h));
	check_keys(json_object_get(root, "guideline"), path, guideline_keys);
	check_keys(json_object_get(root, "provenance"), path, provenance_keys);
	a = json_object_get(json_object_get(root, "provenance"), "guidelines");
	ck_assert_uint_gt(json_array_size(a), 0);
	for (i = 0; i < json_array_size(a); i++)
		check_keys(json_array_get(a, i), path, source_keys);
	check_keys(json_object_get(root, "position"), path, position_keys);
	a = json_object_get(root, "trials");
	/* Every course started by as_of is a trial. */
	ck_assert_uint_le(json_array_size(a), tpath_history_treatment_count(h));
	for (i = 0; i < json_array_size(a); i++) {
		json_t *t = json_array_get(a, i);
		check_keys(t, path, trial_keys);
		ck_assert(json_is_string(json_object_get(t, "drug")) !=
			  json_is_string(json_object_get(t, "intervention")));
		ck_assert(one_of(json_string_value(json_object_get(t, "outcome")),
				 outcomes));
	}
	a = json_object_get(root, "trd");
	ck_assert_uint_eq(json_array_size(a), test_kb()->trd.ndefs);
	for (i = 0; i < json_array_size(a); i++) {
		json_t *d = json_array_get(a, i), *c = json_object_get(d, "counted");
		check_keys(d, path, trd_keys);
		ck_assert_uint_eq(json_array_size(c),
				  (size_t)json_integer_value(
					  json_object_get(d, "failed_trials")));
		for (j = 0; j < json_array_size(c); j++)
			ck_assert(json_integer_value(json_array_get(c, j)) <
				  (json_int_t)json_array_size(
					  json_object_get(root, "trials")));
	}
	a = json_object_get(root, "staging");
	ck_assert_uint_eq(json_array_size(a), test_kb()->staging.nmodels);
	for (i = 0; i < json_array_size(a); i++)
		check_keys(json_array_get(a, i), path, staging_keys);
	a = json_object_get(root, "warnings");
	for (i = 0; i < json_array_size(a); i++)
		check_keys(json_array_get(a, i), path, warning_keys);
	/* What the views draw on. */
	a = json_object_get(root, "trials");
	for (i = 0; i < json_array_size(a); i++) {
		json_t *t = json_array_get(a, i), *d = json_object_get(t, "doses");
		check_keys(t, path, view_trial_keys);
		if (json_is_integer(json_object_get(t, "adds_to")))
			ck_assert_int_lt(json_integer_value(
						 json_object_get(t, "adds_to")),
					 (json_int_t)i);
		ck_assert(json_is_array(d) ==
			  json_is_string(json_object_get(t, "drug")));
		for (j = 0; j < json_array_size(d); j++)
			check_keys(json_array_get(d, j), path, dose_keys);
	}
	a = json_object_get(root, "measures");
	ck_assert(json_is_array(a));
	for (i = 0; i < json_array_size(a); i++)
		check_keys(json_array_get(a, i), path, measure_keys);
	a = json_object_get(root, "scales");
	ck_assert(json_is_array(a));
	for (i = 0; i < json_array_size(a); i++)
		check_keys(json_array_get(a, i), path, scale_keys);
	ck_assert(json_is_null(json_object_get(json_object_get(root, "position"),
					       "trial")) ||
		  json_is_integer(json_object_get(
			  json_object_get(root, "position"), "trial")));
	a = json_object_get(json_object_get(root, "position"),
			    "decision_points");
	ck_assert(json_is_array(a));
	for (i = 0; i < json_array_size(a); i++)
		check_keys(json_array_get(a, i), path, point_keys);
	/* Every view renders, naming the history, with the notice. */
	{
		static const tpath_format views[] = {
			TPATH_FORMAT_TEXT_EXPLAIN, TPATH_FORMAT_TEXT_COLOR,
			TPATH_FORMAT_TEXT_EXPLAIN_COLOR, TPATH_FORMAT_HTML,
			TPATH_FORMAT_HTML_EXPLAIN
		};
		const tpath_result *one[1] = { r };
		char *v;
		for (i = 0; i < sizeof(views) / sizeof(views[0]); i++) {
			ck_assert_int_eq(tpath_result_render(&v, r, views[i],
							     &err),
					 0);
			ck_assert_ptr_nonnull(strstr(v, tpath_history_id(h)));
			ck_assert_ptr_nonnull(
				strstr(v, "Decision support, not a "
					  "prescription"));
			tpath_free(v);
		}
		ck_assert_int_eq(tpath_compare_render(&v, one, 1,
						      TPATH_FORMAT_HTML, &err),
				 0);
		ck_assert_ptr_nonnull(strstr(v, tpath_history_id(h)));
		tpath_free(v);
	}
	/* The text report is a view of the same object. */
	ck_assert_ptr_nonnull(strstr(text, tpath_history_id(h)));
	ck_assert_ptr_nonnull(strstr(text, "Decision support, not a "
					   "prescription"));
	json_decref(root);
	tpath_free(json);
	tpath_free(text);
	tpath_result_free(r);
	tpath_history_free(h);
}

START_TEST(example_conforms)
{
	char path[512];
	snprintf(path, sizeof(path), "docs/examples/%s", examples[_i]);
	conforms(path);
}
END_TEST

START_TEST(vignette_conforms)
{
	char path[512];
	snprintf(path, sizeof(path), "tests/vignettes/%s", vignettes[_i]);
	conforms(path);
}
END_TEST

START_TEST(render_usage_errors)
{
	char *out = (char *)1;
	tpath_error err;
	tpath_result *r = (tpath_result *)1;
	ck_assert_int_eq(tpath_result_render(&out, NULL, TPATH_FORMAT_JSON,
					     &err),
			 TPATH_EUSAGE);
	ck_assert_ptr_null(out);
	ck_assert_int_eq(tpath_evaluate(&r, test_kb(), NULL, NULL, &err),
			 TPATH_EUSAGE);
	ck_assert_ptr_null(r);
	tpath_result_free(NULL);
	tpath_free(NULL);
}
END_TEST

static tpath_result *eval_file(const char *path, tpath_history **h)
{
	tpath_result *r;
	tpath_error err;
	ck_assert_int_eq(tpath_history_load_file(h, test_kb(), path, NULL, &err),
			 0);
	ck_assert_int_eq(tpath_evaluate(&r, test_kb(), *h, NULL, &err), 0);
	return r;
}

START_TEST(compare_usage_errors)
{
	tpath_history *h1, *h2;
	tpath_result *r1 = eval_file("docs/examples/demo-0001.yaml", &h1);
	tpath_result *r2 = eval_file("docs/examples/demo-0002.yaml", &h2);
	const tpath_result *pair[2] = { r1, r2 }, *same[2] = { r1, r1 };
	const tpath_result *with_null[2] = { r1, NULL };
	const tpath_result *many[17];
	char *out = (char *)1;
	tpath_error err;
	size_t i;

	for (i = 0; i < 17; i++)
		many[i] = r1;
	ck_assert_int_eq(tpath_compare_render(NULL, same, 2, TPATH_FORMAT_TEXT,
					      &err),
			 TPATH_EUSAGE);
	ck_assert_int_eq(tpath_compare_render(&out, NULL, 2, TPATH_FORMAT_TEXT,
					      &err),
			 TPATH_EUSAGE);
	ck_assert_ptr_null(out);
	ck_assert_int_eq(tpath_compare_render(&out, same, 0, TPATH_FORMAT_TEXT,
					      &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message, "tpath_compare_render: 0 results; 1 to "
				      "16 can be compared");
	ck_assert_int_eq(tpath_compare_render(&out, many, 17,
					      TPATH_FORMAT_TEXT, &err),
			 TPATH_EUSAGE);
	ck_assert_int_eq(tpath_compare_render(&out, many, 16,
					      TPATH_FORMAT_TEXT, &err),
			 0);
	tpath_free(out);
	ck_assert_int_eq(tpath_compare_render(&out, with_null, 2,
					      TPATH_FORMAT_TEXT, &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message, "tpath_compare_render: result 1 is NULL");
	ck_assert_int_eq(tpath_compare_render(&out, pair, 2, TPATH_FORMAT_HTML,
					      &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message, "tpath_compare_render: result 1 is not "
				      "of the same history and day as result "
				      "0");
	ck_assert_int_eq(tpath_compare_render(&out, same, 2, TPATH_FORMAT_JSON,
					      &err),
			 TPATH_EUSAGE);
	ck_assert_str_eq(err.message, "tpath_compare_render: format 0 is not a "
				      "text or HTML format");
	ck_assert_ptr_null(out);
	/* the same result twice: nothing disagrees */
	ck_assert_int_eq(tpath_compare_render(&out, same, 2, TPATH_FORMAT_TEXT,
					      &err),
			 0);
	ck_assert_ptr_nonnull(strstr(out, "(0 of "));
	ck_assert_ptr_null(strstr(out, "\n* "));
	tpath_free(out);
	tpath_result_free(r1);
	tpath_result_free(r2);
	tpath_history_free(h1);
	tpath_history_free(h2);
}
END_TEST

/* Every format of demo-0002 (as_of 70, weeks like 14.3) concatenated. */
static char *all_views(void)
{
	static const tpath_format formats[] = {
		TPATH_FORMAT_JSON,	       TPATH_FORMAT_TEXT_EXPLAIN,
		TPATH_FORMAT_TEXT_EXPLAIN_COLOR, TPATH_FORMAT_HTML_EXPLAIN
	};
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	const tpath_result *one[1];
	size_t i, n = 0;
	char *all = NULL, *v;

	eo.trace = 1;
	ck_assert_int_eq(tpath_history_load_file(&h, test_kb(),
						 "docs/examples/demo-0002.yaml",
						 NULL, &err),
			 0);
	ck_assert_int_eq(tpath_evaluate(&r, test_kb(), h, &eo, &err), 0);
	one[0] = r;
	for (i = 0; i <= sizeof(formats) / sizeof(formats[0]); i++) {
		size_t len;
		if (i < sizeof(formats) / sizeof(formats[0]))
			ck_assert_int_eq(tpath_result_render(&v, r, formats[i],
							     &err),
					 0);
		else
			ck_assert_int_eq(tpath_compare_render(&v, one, 1,
							      TPATH_FORMAT_HTML,
							      &err),
					 0);
		len = strlen(v);
		all = realloc(all, n + len + 1);
		ck_assert_ptr_nonnull(all);
		memcpy(all + n, v, len + 1);
		n += len;
		tpath_free(v);
	}
	tpath_result_free(r);
	tpath_history_free(h);
	return all;
}

/* A program that set a locale with a decimal comma gets the same output:
 * "14.3" in the reports, "x=\"295.2\"" in the SVG, never "14,3".  The
 * locale is built by make check with localedef into build/locale. */
START_TEST(output_ignores_decimal_comma)
{
	char *c_out, *comma_out;
	ck_assert_int_eq(setenv("LOCPATH", "build/locale", 1), 0);
	c_out = all_views();
	ck_assert_msg(setlocale(LC_NUMERIC, "de_DE.UTF-8") != NULL,
		      "de_DE.UTF-8 not found in build/locale (make check "
		      "makes it with localedef; Debian package locales)");
	ck_assert_str_eq(localeconv()->decimal_point, ",");
	comma_out = all_views();
	setlocale(LC_NUMERIC, "C");
	ck_assert_ptr_nonnull(strstr(c_out, "week 14.3"));
	{
		size_t k = 0;
		while (c_out[k] && c_out[k] == comma_out[k])
			k++;
		ck_assert_msg(c_out[k] == comma_out[k],
			      "with LC_NUMERIC de_DE.UTF-8 the output differs "
			      "at byte %zu: '%.40s' instead of '%.40s'",
			      k, comma_out + k, c_out + k);
	}
	free(c_out);
	free(comma_out);
}
END_TEST

Suite *suite_result(void)
{
	Suite *s = suite_create("result");
	TCase *tc = tcase_create("contract");
	test_add_dir_loop(tc, example_conforms, "docs/examples", ".yaml",
			  &examples);
	test_add_dir_loop(tc, vignette_conforms, "tests/vignettes", ".yaml",
			  &vignettes);
	tcase_add_test(tc, render_usage_errors);
	tcase_add_test(tc, compare_usage_errors);
	tcase_add_test(tc, output_ignores_decimal_comma);
	suite_add_tcase(s, tc);
	return s;
}
