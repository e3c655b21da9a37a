/*
 * check_vignettes.c - clinical vignettes.  Each tests/vignettes/NAME.yaml
 * is a history whose comment lines state what the published rule says the
 * result must be, and why:
 *
 *   # rule: EU-PEARL Rec 10 - stopping before week 4 is not a failure
 *   # as-of: 2024-10-01                 (optional: evaluate as of this day)
 *   # data-dir: tests/vignettes/defs    (optional: another knowledge base)
 *   # guideline: nice-ng222             (optional: the pathway guideline)
 *   # set: early_improvement_pct=25     (optional, repeatable: --set)
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

START_TEST(vignette)
{
	char path[512], *text, *line, *next, where[256] = "";
	char *as_of = NULL, *data_dir = NULL, *guideline = NULL;
	char *sets[9] = { NULL };
	const char *params[9] = { NULL };
	size_t nsets = 0, k;
	tpath_kb *kb = NULL;
	const tpath_kb *use_kb = test_kb();
	tpath_history *h;
	tpath_result *r;
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_error err;
	char *json, msg[1200];
	json_t *root;
	size_t len, expects = 0;

	snprintf(path, sizeof(path), VIGNETTE_DIR "/%s", names[_i]);
	text = test_slurp(path, &len);
	for (line = text; line && *line; line = next) {
		next = strchr(line, '\n');
		if (strncmp(line, "# as-of: ", 9) == 0)
			as_of = strndup(line + 9, (size_t)(next - line - 9));
		if (strncmp(line, "# data-dir: ", 12) == 0)
			data_dir = strndup(line + 12,
					   (size_t)(next - line - 12));
		if (strncmp(line, "# guideline: ", 13) == 0)
			guideline = strndup(line + 13,
					    (size_t)(next - line - 13));
		if (strncmp(line, "# set: ", 7) == 0 && nsets < 8)
			sets[nsets++] = strndup(line + 7,
						(size_t)(next - line - 7));
		next = next ? next + 1 : NULL;
	}
	if (data_dir) {
		ck_assert_msg(tpath_kb_open_dir(&kb, data_dir, NULL, &err) == 0,
			      "%s: %s", data_dir, err.message);
		use_kb = kb;
	}
	if (tpath_history_load_buffer(&h, use_kb, text, len, names[_i], NULL,
				      &err) < 0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s", msg);
	}
	for (k = 0; k < nsets; k++)
		params[k] = sets[k];
	eo.as_of = as_of;
	eo.guideline = guideline;
	eo.params = nsets ? params : NULL;
	eo.trace = 1; /* vignettes may read the trace */
	ck_assert_msg(tpath_evaluate(&r, use_kb, h, &eo, &err) == 0, "%s",
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
	tpath_kb_free(kb);
	free(as_of);
	free(data_dir);
	free(guideline);
	while (nsets)
		free(sets[--nsets]);
	free(text);
}
END_TEST

Suite *suite_vignettes(void)
{
	Suite *s = suite_create("vignettes");
	TCase *tc = tcase_create("clinical");
	test_add_dir_loop(tc, vignette, VIGNETTE_DIR, ".yaml", &names);
	suite_add_tcase(s, tc);
	return s;
}
