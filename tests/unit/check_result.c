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
#include <sys/stat.h>
#include <unistd.h>

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
		TPATH_FORMAT_TEXT_EXPLAIN_COLOR, TPATH_FORMAT_HTML_EXPLAIN,
		TPATH_FORMAT_CSV
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

/* Switches LC_NUMERIC to a locale with a decimal comma: de_DE.UTF-8 from
 * build/locale, which make check (and every tier CI runs) makes with
 * localedef.  A missing locale fails the test, so that it never passes
 * without having run. */
static void enter_comma_locale(void)
{
	ck_assert_int_eq(setenv("LOCPATH", "build/locale", 1), 0);
	ck_assert_msg(setlocale(LC_NUMERIC, "de_DE.UTF-8") != NULL,
		      "de_DE.UTF-8 not found in build/locale (make check "
		      "makes it with localedef; Debian package locales)");
	ck_assert_str_eq(localeconv()->decimal_point, ",");
}

/* Back to the C numeric locale, and LOCPATH unset again: with CK_FORK=no
 * (the valgrind tier) the tests that follow, and the programs they run,
 * inherit the environment. */
static void leave_comma_locale(void)
{
	setlocale(LC_NUMERIC, "C");
	ck_assert_int_eq(unsetenv("LOCPATH"), 0);
}

/* Fails naming the first byte where the output made under the comma
 * locale differs from the one made under C. */
static void assert_same_output(const char *what, const char *c_out,
			       const char *comma_out)
{
	size_t k = 0;
	while (c_out[k] && c_out[k] == comma_out[k])
		k++;
	ck_assert_msg(c_out[k] == comma_out[k],
		      "%s: with LC_NUMERIC de_DE.UTF-8 the output differs "
		      "at byte %zu: '%.60s' instead of '%.60s'",
		      what, k, comma_out + k, c_out + k);
}

/* A program that set a locale with a decimal comma gets the same output:
 * "14.3" in the reports, "x=\"295.2\"" in the SVG, never "14,3". */
START_TEST(output_ignores_decimal_comma)
{
	char *c_out, *comma_out;
	c_out = all_views();
	enter_comma_locale();
	comma_out = all_views();
	leave_comma_locale();
	ck_assert_ptr_nonnull(strstr(c_out, "week 14.3"));
	/* the CSV row's MGH-S and MSM scores */
	ck_assert_ptr_nonnull(strstr(c_out, ",I,1.5,6.0,nonresponder,"));
	assert_same_output("views", c_out, comma_out);
	free(c_out);
	free(comma_out);
}
END_TEST

/* A MedicationRequest of venlafaxine 37.5 mg ER capsules (RxNorm 313583). */
#define FHIR_VENLAFAXINE_37_5(ID, STATUS, DATE, FREQ, VALUE, UNIT)            \
	" {\"resource\": {\"resourceType\": \"MedicationRequest\", \"id\": "  \
	"\"" ID "\", \"status\": \"" STATUS "\", \"subject\": "               \
	"{\"reference\": \"Patient/p1\"}, \"medicationCodeableConcept\": "    \
	"{\"coding\": [{\"system\": "                                         \
	"\"http://www.nlm.nih.gov/research/umls/rxnorm\", \"code\": "         \
	"\"313583\"}]}, \"authoredOn\": \"" DATE "\", "                       \
	"\"dosageInstruction\": [{\"timing\": {\"repeat\": {\"frequency\": "  \
	FREQ ", \"period\": 1, \"periodUnit\": \"d\"}}, \"doseAndRate\": "    \
	"[{\"doseQuantity\": {\"value\": " VALUE ", \"unit\": \"" UNIT        \
	"\"}}]}]}},\n"

/* FHIR input with decimal doses: 37.5 mg written as mg, 3 capsules of
 * 37.5 mg a day (112.5 mg/day, from the code map's strength), and a dose
 * of 2.5 puffs that cannot be read (a warning with a decimal). */
static const char fhir_doses[] =
	"{\"resourceType\": \"Bundle\", \"type\": \"collection\", "
	"\"entry\": [\n"
	" {\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p1\", "
	"\"gender\": \"female\", \"birthDate\": \"1980-05-05\"}},\n"
	FHIR_VENLAFAXINE_37_5("mr1", "completed", "2024-12-02", "1", "37.5",
			      "mg")
	FHIR_VENLAFAXINE_37_5("mr2", "active", "2024-12-16", "3", "1",
			      "capsule")
	FHIR_VENLAFAXINE_37_5("mr3", "active", "2024-12-30", "1", "2.5",
			      "puff")
	" {\"resource\": {\"resourceType\": \"Observation\", \"id\": \"o1\", "
	"\"status\": \"final\", \"subject\": {\"reference\": \"Patient/p1\"}, "
	"\"code\": {\"coding\": [{\"system\": \"http://loinc.org\", "
	"\"code\": \"44261-6\"}]}, \"effectiveDateTime\": \"2024-12-02\", "
	"\"valueInteger\": 19}}\n"
	"]}\n";
#undef FHIR_VENLAFAXINE_37_5

static void collect_warning(void *ud, const char *where, const char *message)
{
	fprintf((FILE *)ud, "warning %s: %s\n", where, message);
}

/* The import of fhir_doses with kb, in the calling thread's locale: its
 * code, then the document or the error, then the warnings. */
static void import_into(FILE *f, const tpath_kb *kb)
{
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	tpath_buffer b = { "doses.json", fhir_doses, sizeof(fhir_doses) - 1 };
	tpath_error err;
	char *yaml = NULL, line[1200], *warnings = NULL;
	size_t n = 0;
	FILE *w = open_memstream(&warnings, &n);
	int rc;
	ck_assert_ptr_nonnull(w);
	fo.warn = collect_warning;
	fo.ud = w;
	rc = tpath_fhir_import(&yaml, kb, &b, 1, &fo, &err);
	ck_assert_int_eq(fclose(w), 0);
	if (rc < 0)
		tpath_error_format(&err, line, sizeof(line));
	fprintf(f, "import: code %d\n%s\n%s", rc, rc < 0 ? line : yaml,
		warnings);
	tpath_free(yaml);
	free(warnings);
}

static char *import_output(void)
{
	char *all = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&all, &n);
	ck_assert_ptr_nonnull(f);
	import_into(f, test_kb());
	ck_assert_int_eq(fclose(f), 0);
	return all;
}

/* tpath_fhir_import under a decimal comma writes "mg_per_day: 37.5", not
 * "37,5" (which its own check of the document would then refuse), and the
 * same document and warnings as under C. */
START_TEST(fhir_import_ignores_decimal_comma)
{
	char *c_out, *comma_out;
	c_out = import_output();
	enter_comma_locale();
	comma_out = import_output();
	/* and the caller's locale is back, nested calls included */
	ck_assert_str_eq(localeconv()->decimal_point, ",");
	leave_comma_locale();
	ck_assert_msg(strstr(c_out, "import: code 0\n") != NULL, "%.1500s",
		      c_out);
	ck_assert_ptr_nonnull(strstr(c_out, "mg_per_day: 37.5\n"));
	ck_assert_ptr_nonnull(strstr(c_out, "mg_per_day: 112.5\n"));
	ck_assert_ptr_nonnull(strstr(c_out, "dose 2.5 puff"));
	assert_same_output("tpath_fhir_import", c_out, comma_out);
	free(c_out);
	free(comma_out);
}
END_TEST

/* A guideline and a history whose YAML has decimals; AT is the decision
 * point's week (600.5 is out of range: its message prints the number). */
#define COMMA_GUIDELINE(AT)                                                   \
	"tpath: guideline/1\n"                                                \
	"id: comma-test\n"                                                    \
	"version: \"0.1\"\n"                                                  \
	"title: Decimal comma test\n"                                         \
	"publisher: tpath tests\n"                                            \
	"year: 2026\n"                                                        \
	"citation: \"tpath test suite\"\n"                                    \
	"sources:\n"                                                          \
	"  - {id: t1, citation: \"Test protocol\"}\n"                         \
	"adequacy: {min_weeks: 2.5, source: t1}\n"                            \
	"trd: eu-pearl-2022\n"                                                \
	"parameters:\n"                                                       \
	"  - {id: review_weeks, value: 3.5, source: t1}\n"                    \
	"  - {id: low_mg, value: 37.5, source: t1}\n"                         \
	"steps:\n"                                                            \
	"  - {id: start, label: Starting, when: \"current.exists\", "         \
	"source: t1}\n"                                                       \
	"status:\n"                                                           \
	"  - {status: review, when: \"current.weeks >= "                      \
	"param.review_weeks\"}\n"                                             \
	"  - {status: wait, when: \"current.exists\"}\n"                      \
	"decision_points:\n"                                                  \
	"  - {id: review-1, label: First review, at_week: " AT ", "           \
	"source: t1}\n"                                                       \
	"rules:\n"                                                            \
	"  - id: review\n"                                                    \
	"    when: \"current.weeks >= param.review_weeks and "                \
	"current.dose > 37.5\"\n"                                       \
	"    action: reassess\n"                                              \
	"    options: [dose]\n"                                               \
	"    rationale: \"Review at week 3.5.\"\n"                            \
	"    source: t1\n"                                                    \
	"warnings:\n"                                                         \
	"  - id: long-trial\n"                                                \
	"    when: \"current.weeks > 2.5\"\n"                                 \
	"    code: long-trial\n"                                              \
	"    severity: info\n"                                                \
	"    message: \"{current.drug} for {current.weeks} weeks (review at " \
	"{param.review_weeks}, low dose {param.low_mg} mg)\"\n"               \
	"    source: t1\n"
static const char comma_guideline[] = COMMA_GUIDELINE("2.5");
static const char comma_guideline_bad[] = COMMA_GUIDELINE("600.5");
#undef COMMA_GUIDELINE

static const char comma_history[] =
	"tpath: history/1\n"
	"id: comma-0001\n"
	"as_of: 2025-01-13\n"
	"patient: {age: 44, sex: female}\n"
	"episode: {start: 2024-12-02}\n"
	"treatments:\n"
	"  - drug: venlafaxine\n"
	"    start: 2024-12-02\n"
	"    doses:\n"
	"      - {date: 2024-12-02, mg_per_day: 37.5}\n"
	"      - {date: 2024-12-16, mg_per_day: 112.5}\n"
	"measures:\n"
	"  - {date: 2024-12-02, scale: phq9, score: 19}\n"
	"  - {date: 2025-01-13, scale: phq9, score: 15}\n";

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	ck_assert_msg(f != NULL, "cannot write %s", path);
	ck_assert_int_ge(fputs(text, f), 0);
	ck_assert_int_eq(fclose(f), 0);
}

/* The code and the formatted error of a call that failed or not. */
static void put_error(FILE *f, const char *what, int rc,
		      const tpath_error *err)
{
	char line[1200];
	tpath_error_format(err, line, sizeof(line));
	fprintf(f, "%s: code %d: %s\n", what, rc, rc < 0 ? line : "ok");
}

/* The result of h under the guideline comma-test, as JSON and as the
 * explained report. */
static void put_result(FILE *f, const tpath_kb *kb, const tpath_history *h)
{
	static const tpath_format formats[] = { TPATH_FORMAT_JSON,
						TPATH_FORMAT_TEXT_EXPLAIN };
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_result *r;
	tpath_error err;
	size_t i;
	char *v;
	eo.guideline = "comma-test";
	eo.trace = 1;
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, &eo, &err), 0);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		ck_assert_int_eq(tpath_result_render(&v, r, formats[i], &err),
				 0);
		fputs(v, f);
		tpath_free(v);
	}
	tpath_result_free(r);
}

/* Everything the loaders make of the knowledge and history files in dir
 * (from make_comma_dir), and of the same from memory: with comma set,
 * every load runs under the comma locale and the rest (evaluation,
 * rendering, the FHIR import) under C, so that only loading can make a
 * difference. */
static char *loaded_output(const char *dir, int comma)
{
	char kbdir[64], hpath[96], bpath[96];
	const char *files[] = { bpath, NULL }, *kind;
	tpath_buffer bad = { "bad.yaml", comma_guideline_bad,
			     sizeof(comma_guideline_bad) - 1 };
	tpath_kb *kb = NULL, *kb0 = NULL, *none;
	tpath_history *h1 = NULL, *h2 = NULL;
	tpath_error err;
	char *all = NULL;
	size_t n = 0;
	FILE *f;
	int rc;

	snprintf(kbdir, sizeof(kbdir), "%s/kb", dir);
	snprintf(hpath, sizeof(hpath), "%s/history.yaml", dir);
	snprintf(bpath, sizeof(bpath), "%s/bad.yaml", dir);
	ck_assert_ptr_nonnull(f = open_memstream(&all, &n));
	if (comma)
		enter_comma_locale();
	rc = tpath_kb_open_dir(&kb, kbdir, NULL, &err);
	put_error(f, "tpath_kb_open_dir", rc, &err);
	rc = tpath_kb_open_default(&kb0, NULL, &err);
	put_error(f, "tpath_kb_open_default", rc, &err);
	if (kb) {
		rc = tpath_history_load_file(&h1, kb, hpath, NULL, &err);
		put_error(f, "tpath_history_load_file", rc, &err);
		rc = tpath_history_load_buffer(&h2, kb, comma_history,
					       sizeof(comma_history) - 1,
					       "comma.yaml", NULL, &err);
		put_error(f, "tpath_history_load_buffer", rc, &err);
		rc = tpath_validate_buffer(&kind, kb, comma_history,
					   sizeof(comma_history) - 1,
					   "comma.yaml", NULL, &err);
		put_error(f, "tpath_validate_buffer (history)", rc, &err);
	}
	rc = tpath_validate_buffer(&kind, test_kb(), comma_guideline_bad,
				   sizeof(comma_guideline_bad) - 1, "bad.yaml",
				   NULL, &err);
	put_error(f, "tpath_validate_buffer (guideline)", rc, &err);
	rc = tpath_kb_open_buffers(&none, &bad, 1, NULL, &err);
	put_error(f, "tpath_kb_open_buffers", rc, &err);
	rc = tpath_kb_open_files(&none, NULL, files, NULL, &err);
	put_error(f, "tpath_kb_open_files", rc, &err);
	if (comma) /* the caller's locale is back */
		ck_assert_str_eq(localeconv()->decimal_point, ",");
	leave_comma_locale();

	if (h1)
		put_result(f, kb, h1);
	if (h2)
		put_result(f, kb, h2);
	if (kb0)
		import_into(f, kb0);
	ck_assert_int_eq(fclose(f), 0);
	tpath_history_free(h1);
	tpath_history_free(h2);
	tpath_kb_free(kb);
	tpath_kb_free(kb0);
	return all;
}

/* The loaders read "37.5" as 37.5 and write their messages with a decimal
 * point under a decimal comma: a data dir, the built-in knowledge (the
 * FHIR code maps' 37.5 mg strengths), knowledge from files and buffers,
 * histories from a file and a buffer, and validation give what they give
 * under C. */
START_TEST(loaders_ignore_decimal_comma)
{
	static const char *const expected[] = {
		"tpath_kb_open_dir: code 0: ok\n",
		"tpath_kb_open_default: code 0: ok\n",
		"tpath_history_load_file: code 0: ok\n",
		"tpath_history_load_buffer: code 0: ok\n",
		"tpath_validate_buffer (history): code 0: ok\n",
		"tpath_validate_buffer (guideline): code -1: bad.yaml:21:50: "
		"'at_week': 600.5 is out of range;",
		"tpath_kb_open_buffers: code -1: bad.yaml:21:50: 'at_week': "
		"600.5 is out of range;",
		"/bad.yaml:21:50: 'at_week': 600.5 is out of range;",
		"\"mg_per_day\": 37.5",
		"low dose 37.5 mg",
		"import: code 0\n",
		"mg_per_day: 112.5\n",
		NULL
	};
	char dir[] = "/tmp/tpath-comma-XXXXXX", kbdir[64], gpath[96],
	     hpath[96], bpath[96];
	char *c_out, *comma_out;
	size_t i;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(kbdir, sizeof(kbdir), "%s/kb", dir);
	snprintf(gpath, sizeof(gpath), "%s/comma-test.yaml", kbdir);
	snprintf(hpath, sizeof(hpath), "%s/history.yaml", dir);
	snprintf(bpath, sizeof(bpath), "%s/bad.yaml", dir);
	ck_assert_int_eq(mkdir(kbdir, 0700), 0);
	write_file(gpath, comma_guideline);
	write_file(hpath, comma_history);
	write_file(bpath, comma_guideline_bad);

	c_out = loaded_output(dir, 0);
	comma_out = loaded_output(dir, 1);
	unlink(gpath);
	unlink(hpath);
	unlink(bpath);
	rmdir(kbdir);
	rmdir(dir);
	for (i = 0; expected[i]; i++)
		ck_assert_msg(strstr(c_out, expected[i]) != NULL,
			      "'%s' not found in '%.1500s'", expected[i],
			      c_out);
	assert_same_output("loaders", c_out, comma_out);
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
	tcase_add_test(tc, fhir_import_ignores_decimal_comma);
	tcase_add_test(tc, loaders_ignore_decimal_comma);
	suite_add_tcase(s, tc);
	return s;
}
