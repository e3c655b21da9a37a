/*
 * check_vignettes.c - clinical vignettes.  Each tests/vignettes/NAME.yaml
 * is a history whose comment lines state what the published rule says the
 * result must be, and why:
 *
 *   # rule: EU-PEARL Rec 10 - stopping before week 4 is not a failure
 *   # as-of: 2024-10-01                 (optional: evaluate as of this day)
 *   # data-dir: tests/vignettes/defs    (optional: another knowledge base)
 *   # guideline: nice-ng222             (optional: the pathway guideline)
 *   # set: early_improvement_pct=25     (optional, up to 8: --set)
 *   # expect: trials.0.outcome = "intolerance"
 *   # expect: trd.eu-pearl-2022.failed_trials = 0
 *
 * A path walks the result/1 object by key and array index; in an array a
 * non-numeric step selects the element whose "definition" or "model" is
 * that word.  The value is JSON and is compared exactly (numbers as
 * numbers: 10.9 equals 10.9); the word `absent` asserts that the path
 * does not exist (e.g. `recommendations.2 = absent`: at most two).
 */
#include "tests.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VIGNETTE_DIR "tests/vignettes"

static char **names;
static size_t count;

static json_t *walk(json_t *v, const char *path, char *where, size_t n)
{
	char step[128];
	const char *p = path;
	while (*p && v) {
		size_t len = strcspn(p, ".");
		snprintf(step, sizeof(step), "%.*s", (int)len, p);
		p += len + (p[len] == '.');
		if (json_is_object(v)) {
			v = json_object_get(v, step);
		} else if (json_is_array(v)) {
			char *end;
			long idx = strtol(step, &end, 10);
			if (*step && !*end) {
				v = json_array_get(v, (size_t)idx);
			} else {
				size_t i;
				json_t *found = NULL;
				for (i = 0; i < json_array_size(v); i++) {
					json_t *e = json_array_get(v, i);
					const char *d = json_string_value(
						json_object_get(e, "definition"));
					const char *m = json_string_value(
						json_object_get(e, "model"));
					if ((d && !strcmp(d, step)) ||
					    (m && !strcmp(m, step)))
						found = e;
				}
				v = found;
			}
		} else {
			v = NULL;
		}
		if (!v)
			snprintf(where, n, "no '%s' in path %s", step, path);
	}
	return v;
}

/* Numbers compare by value at any depth, so that 13 and 13.0 are equal. */
static int same(json_t *a, json_t *b)
{
	const char *key;
	json_t *va;
	size_t i;
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	if (json_is_array(a) && json_is_array(b)) {
		if (json_array_size(a) != json_array_size(b))
			return 0;
		for (i = 0; i < json_array_size(a); i++)
			if (!same(json_array_get(a, i), json_array_get(b, i)))
				return 0;
		return 1;
	}
	if (json_is_object(a) && json_is_object(b)) {
		if (json_object_size(a) != json_object_size(b))
			return 0;
		json_object_foreach(a, key, va)
		{
			json_t *vb = json_object_get(b, key);
			if (!vb || !same(va, vb))
				return 0;
		}
		return 1;
	}
	return json_equal(a, b);
}

/* The value of a comment line "# KEY: value" (prefix is "# KEY: "), up to
 * the end of the line; NULL when line does not start with prefix. */
static char *comment_value(const char *line, const char *prefix)
{
	size_t n = strlen(prefix);
	if (strncmp(line, prefix, n) != 0)
		return NULL;
	return strndup(line + n, strcspn(line + n, "\n"));
}

void test_vignette_read(test_vignette *v, const char *text, const char *name)
{
	const char *line;
	char *s;
	memset(v, 0, sizeof(*v));
	v->kb = test_kb();
	for (line = text; line && *line;
	     line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		if ((s = comment_value(line, "# as-of: "))) {
			free(v->as_of);
			v->as_of = s;
		} else if ((s = comment_value(line, "# data-dir: "))) {
			free(v->data_dir);
			v->data_dir = s;
		} else if ((s = comment_value(line, "# guideline: "))) {
			free(v->guideline);
			v->guideline = s;
		} else if ((s = comment_value(line, "# set: "))) {
			ck_assert_msg(v->nsets < TP_ARRAY_LEN(v->sets) - 1,
				      "%s: too many '# set:' lines", name);
			v->sets[v->nsets] = s;
			v->params[v->nsets++] = s;
		}
	}
	if (v->data_dir) {
		tpath_error err;
		ck_assert_msg(tpath_kb_open_dir(&v->own_kb, v->data_dir, NULL,
						&err) == 0,
			      "%s: %s: %s", name, v->data_dir, err.message);
		v->kb = v->own_kb;
	}
}

void test_vignette_options(const test_vignette *v, tpath_eval_options *eo)
{
	eo->as_of = v->as_of;
	eo->guideline = v->guideline;
	eo->params = v->nsets ? v->params : NULL;
}

void test_vignette_free(test_vignette *v)
{
	tpath_kb_free(v->own_kb);
	free(v->as_of);
	free(v->data_dir);
	free(v->guideline);
	while (v->nsets)
		free(v->sets[--v->nsets]);
	memset(v, 0, sizeof(*v));
}

START_TEST(vignette)
{
	char path[512], *text, *line, *next, where[256] = "";
	test_vignette vo;
	tpath_history *h;
	tpath_result *r;
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	char *json, msg[1200];
	json_t *root;
	size_t len, expects = 0;

	snprintf(path, sizeof(path), VIGNETTE_DIR "/%s", names[_i]);
	text = test_slurp(path, &len);
	test_vignette_read(&vo, text, names[_i]);
	if (tpath_history_load_buffer(&h, vo.kb, text, len, names[_i], NULL,
				      &err) < 0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s", msg);
	}
	test_vignette_options(&vo, &eo);
	eo.trace = 1; /* vignettes may read the trace */
	ck_assert_msg(tpath_evaluate(&r, vo.kb, h, &eo, &err) == 0, "%s",
		      err.message);
	ck_assert_int_eq(tpath_result_render(&json, r, TPATH_FORMAT_JSON, &err),
			 0);
	root = json_loads(json, 0, NULL);
	ck_assert_ptr_nonnull(root);
	for (line = text; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (strncmp(line, "# expect: ", 10) == 0) {
			char *eq = strstr(line + 10, " = ");
			json_t *want, *got;
			ck_assert_msg(eq != NULL, "%s: bad expect line '%s'",
				      names[_i], line);
			*eq = '\0';
			if (strcmp(eq + 3, "absent") == 0) {
				got = walk(root, line + 10, where,
					   sizeof(where));
				ck_assert_msg(got == NULL, "%s: %s exists",
					      names[_i], line + 10);
				expects++;
				continue;
			}
			want = json_loads(eq + 3, JSON_DECODE_ANY, NULL);
			ck_assert_msg(want != NULL, "%s: bad JSON '%s'",
				      names[_i], eq + 3);
			got = walk(root, line + 10, where, sizeof(where));
			ck_assert_msg(got != NULL, "%s: %s", names[_i], where);
			if (!same(got, want)) {
				char *g = json_dumps(got, JSON_ENCODE_ANY |
								  JSON_COMPACT);
				ck_abort_msg("%s: %s is %s, expected %s",
					     names[_i], line + 10, g, eq + 3);
			}
			json_decref(want);
			expects++;
		}
	}
	ck_assert_msg(expects > 0, "%s states no expectation", names[_i]);
	json_decref(root);
	tpath_free(json);
	tpath_result_free(r);
	tpath_history_free(h);
	test_vignette_free(&vo);
	free(text);
}
END_TEST

Suite *suite_vignettes(void)
{
	Suite *s = suite_create("vignettes");
	TCase *tc = tcase_create("clinical");
	count = test_list_dir(VIGNETTE_DIR, ".yaml", &names);
	tcase_add_loop_test(tc, vignette, 0, (int)count);
	suite_add_tcase(s, tc);
	return s;
}
