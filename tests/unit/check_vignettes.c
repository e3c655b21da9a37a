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
 * does not exist (e.g. `recommendations.2 = absent`: at most two).  For
 * `absent` the path's parent must exist and be an object or array (a
 * misspelt parent fails), an array's last step must be an index, and an
 * object's a key that docs/result-format.md names (a misspelt key fails).
 * A comment line that reads like a directive but is not one exactly
 * ("#expect:", "# expects:", "# as_of:") fails rather than being ignored.
 */
#include "tests.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VIGNETTE_DIR "tests/vignettes"

static char **names;

/* A step is a key, an index or a definition/model id: letters, digits,
 * '_' and '-' only, never empty. */
static int well_formed(const char *step)
{
	return *step && strspn(step, "abcdefghijklmnopqrstuvwxyz"
				     "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				     "0123456789_-") == strlen(step);
}

/* An array index: decimal digits, no sign, no leading zero. */
static int is_index(const char *step)
{
	return *step && strspn(step, "0123456789") == strlen(step) &&
	       (step[0] != '0' || !step[1]);
}

/* One step down from v, or NULL. */
static json_t *step_into(json_t *v, const char *step)
{
	size_t i;
	json_t *found = NULL;
	if (json_is_object(v))
		return json_object_get(v, step);
	if (!json_is_array(v))
		return NULL;
	if (is_index(step))
		return json_array_get(v, strtoul(step, NULL, 10));
	for (i = 0; i < json_array_size(v); i++) {
		json_t *e = json_array_get(v, i);
		const char *d = json_string_value(
			json_object_get(e, "definition"));
		const char *m = json_string_value(json_object_get(e, "model"));
		if ((d && !strcmp(d, step)) || (m && !strcmp(m, step)))
			found = e;
	}
	return found;
}

/* Walks the first nsteps steps of path (all when nsteps < 0).  Fails the
 * test on a malformed step; returns NULL with where set when a step is not
 * found. */
static json_t *walk(json_t *v, const char *path, int nsteps, char *where,
		    size_t n)
{
	char step[128];
	const char *p = path;
	int k;
	for (k = 0; nsteps < 0 || k < nsteps; k++) {
		size_t len = strcspn(p, ".");
		ck_assert_msg(len < sizeof(step), "path %s: step too long", path);
		snprintf(step, sizeof(step), "%.*s", (int)len, p);
		ck_assert_msg(well_formed(step),
			      "path %s: '%s' is not a key, an index or an id",
			      path, step);
		v = step_into(v, step);
		if (!v) {
			if (p == path)
				snprintf(where, n, "no '%s' in the result",
					 step);
			else
				snprintf(where, n, "no '%s' in %.*s", step,
					 (int)(p - path - 1), path);
			return NULL;
		}
		if (!p[len])
			break;
		p += len + 1;
	}
	return v;
}

/* The expectation "path = absent": the path's parent exists and is an
 * object or array, and the last step names something it could hold but
 * does not.  A misspelt parent, an index into a non-array, a key no
 * result/1 object has (by docs/result-format.md) or an id selector (an
 * entry selected by its definition or model is there whenever that
 * definition is loaded) fails instead of passing vacuously. */
static void expect_absent(json_t *root, const char *name, const char *path)
{
	const char *dot = strrchr(path, '.'), *last = dot ? dot + 1 : path;
	char where[300] = "";
	int nsteps = 0;
	const char *p;
	json_t *parent;
	for (p = path; p < last; p++)
		nsteps += *p == '.';
	parent = nsteps ? walk(root, path, nsteps, where, sizeof(where))
			: root;
	ck_assert_msg(parent != NULL,
		      "%s: %s = absent: its parent must exist, but there is %s "
		      "(misspelt?)",
		      name, path, where);
	ck_assert_msg(well_formed(last), "%s: %s = absent: '%s' is not a key "
		      "or an index", name, path, last);
	if (json_is_array(parent)) {
		ck_assert_msg(is_index(last),
			      "%s: %s = absent: in an array, absent takes an "
			      "index (digits, no sign or leading zero; an entry "
			      "selected by definition or model exists whenever "
			      "it is loaded)",
			      name, path);
		ck_assert_msg(json_array_size(parent) <=
				      strtoul(last, NULL, 10),
			      "%s: %s exists (the array holds %zu)", name, path,
			      json_array_size(parent));
	} else if (json_is_object(parent)) {
		char *doc = test_slurp("docs/result-format.md", NULL), key[140];
		snprintf(key, sizeof(key), "`%s`", last);
		ck_assert_msg(strstr(doc, key) != NULL,
			      "%s: %s = absent: docs/result-format.md names no "
			      "key %s (misspelt?)",
			      name, path, key);
		free(doc);
		ck_assert_msg(json_object_get(parent, last) == NULL,
			      "%s: %s exists", name, path);
	} else {
		ck_assert_msg(0, "%s: %s = absent: %.*s is not an object or an "
			      "array", name, path, (int)(last - path - 1), path);
	}
}

/* A comment line that reads like a directive (its first word, in any
 * case, with '_' for '-' or a plural 's', followed by ':') must be one
 * exactly, "# WORD: ", or it would be ignored silently. */
static void check_directive(const char *name, const char *line, size_t n)
{
	static const char *const directives[] = { "expect", "as-of",
						  "data-dir", "guideline",
						  "set", NULL };
	char word[32];
	size_t i = 1, w = 0, k;
	if (line[0] != '#')
		return;
	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	while (i < n && w + 1 < sizeof(word) &&
	       strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-",
		      line[i])) {
		char c = line[i++];
		word[w++] = c == '_' ? '-' : (char)(c | 0x20);
	}
	word[w] = '\0';
	while (i < n && line[i] == ' ')
		i++;
	if (!w || i >= n || line[i] != ':')
		return;
	if (w > 1 && word[w - 1] == 's')
		word[w - 1] = '\0';
	for (k = 0; directives[k]; k++) {
		size_t dl = strlen(directives[k]);
		if (strcmp(word, directives[k]) != 0)
			continue;
		ck_assert_msg(n > dl + 4 && strncmp(line, "# ", 2) == 0 &&
				      strncmp(line + 2, directives[k], dl) ==
					      0 &&
				      strncmp(line + 2 + dl, ": ", 2) == 0,
			      "%s: '%.*s' reads like a '# %s: ' line but is not "
			      "one, so it would be ignored",
			      name, (int)n, line, directives[k]);
	}
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
		check_directive(name, line, strcspn(line, "\n"));
		if ((s = comment_value(line, "# as-of: "))) {
			ck_assert_msg(!v->as_of, "%s: two as-of lines", name);
			v->as_of = s;
		} else if ((s = comment_value(line, "# data-dir: "))) {
			ck_assert_msg(!v->data_dir, "%s: two data-dir lines",
				      name);
			v->data_dir = s;
		} else if ((s = comment_value(line, "# guideline: "))) {
			ck_assert_msg(!v->guideline, "%s: two guideline lines",
				      name);
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
				expect_absent(root, names[_i], line + 10);
				expects++;
				continue;
			}
			want = json_loads(eq + 3, JSON_DECODE_ANY, NULL);
			ck_assert_msg(want != NULL, "%s: bad JSON '%s'",
				      names[_i], eq + 3);
			got = walk(root, line + 10, -1, where, sizeof(where));
			ck_assert_msg(got != NULL, "%s: %s: %s", names[_i],
				      line + 10, where);
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
	test_add_dir_loop(tc, vignette, VIGNETTE_DIR, ".yaml", &names);
	suite_add_tcase(s, tc);
	return s;
}
