/*
 * check_provenance.c - the result's provenance object and the knowledge
 * hash (docs/result-format.md, "provenance"): its shape, the documented
 * algorithm recomputed here from guidelines/ on its own, the same files
 * giving the same hash however they are found or laid over, a changed file
 * giving another, data_dir and builtin, and the caller's overrides.
 */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests.h"

#define DEMO "docs/examples/demo-0002.yaml"

/* The provenance object of h evaluated on kb (a new reference). */
static json_t *provenance(const tpath_kb *kb, const char *guideline,
			  const char *const *params)
{
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	json_t *root, *p;
	char *json;

	eo.guideline = guideline;
	eo.params = params;
	ck_assert_int_eq(tpath_history_load_file(&h, kb, DEMO, NULL, &err), 0);
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, &eo, &err), 0);
	ck_assert_int_eq(tpath_result_render(&json, r, TPATH_FORMAT_JSON_LINE,
					     &err),
			 0);
	root = json_loads(json, 0, NULL);
	ck_assert_ptr_nonnull(root);
	p = json_incref(json_object_get(root, "provenance"));
	ck_assert_msg(json_is_object(p), "no provenance object");
	json_decref(root);
	tpath_free(json);
	tpath_result_free(r);
	tpath_history_free(h);
	return p;
}

static const char *str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	ck_assert_msg(s != NULL, "'%s' is not a string", key);
	return s;
}

static void assert_hash_form(const char *h)
{
	size_t i;
	ck_assert_ptr_nonnull(h);
	ck_assert_uint_eq(strlen(h), 24);
	ck_assert_int_eq(strncmp(h, "fnv1a64:", 8), 0);
	for (i = 8; i < 24; i++)
		ck_assert_msg(strchr("0123456789abcdef", h[i]) && h[i],
			      "'%s' is not fnv1a64:<16 hex digits>", h);
}

static tpath_kb *open_dir(const char *dir)
{
	tpath_kb *kb;
	tpath_error err;
	char line[1200];
	if (tpath_kb_open_dir(&kb, dir, NULL, &err) < 0) {
		tpath_error_format(&err, line, sizeof(line));
		ck_abort_msg("%s", line);
	}
	return kb;
}

/* A new temporary directory holding copies of the named guidelines/
 * files, written in the order given; extra, when not NULL, is appended to
 * the last one. */
static void make_dir(char *dir, const char *const *names, size_t n,
		     const char *extra)
{
	size_t i, len;
	char path[600];
	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (i = 0; i < n; i++) {
		char *buf;
		FILE *f;
		snprintf(path, sizeof(path), "guidelines/%s", names[i]);
		buf = test_slurp(path, &len);
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		f = fopen(path, "wb");
		ck_assert_ptr_nonnull(f);
		ck_assert_uint_eq(fwrite(buf, 1, len, f), len);
		if (extra && i == n - 1)
			fputs(extra, f);
		ck_assert_int_eq(fclose(f), 0);
		free(buf);
	}
}

static void remove_dir(const char *dir)
{
	char **names, path[600];
	size_t n = test_list_dir(dir, ".yaml", &names), i;
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
		free(names[i]);
	}
	free(names);
	rmdir(dir);
}

START_TEST(shape_of_the_default)
{
	static const char *const kinds[] = { "vocabulary/1", "drugs/1",
					     "timeline/1",   "trd/1",
					     "staging/1",    "safety/1",
					     "guideline/1" };
	json_t *p = provenance(test_kb(), NULL, NULL), *files, *f;
	size_t i;

	ck_assert_str_eq(str(p, "engine"), tpath_version());
	ck_assert_str_eq(str(p, "engine"), TPATH_VERSION);
	assert_hash_form(str(p, "knowledge"));
	ck_assert_str_eq(str(p, "knowledge"),
			 tpath_kb_knowledge_hash(test_kb(), NULL));
	ck_assert_str_eq(str(p, "knowledge"),
			 tpath_kb_knowledge_hash(test_kb(), "canmat-2023"));
	/* the files an evaluation reads, in load order; not the FHIR code
	 * maps, nor the guidelines not evaluated */
	files = json_object_get(p, "guidelines");
	ck_assert_uint_eq(json_array_size(files), 7);
	for (i = 0; i < 7; i++) {
		f = json_array_get(files, i);
		ck_assert_str_eq(str(f, "kind"), kinds[i]);
		ck_assert(json_is_true(json_object_get(f, "builtin")));
		str(f, "id");
		str(f, "version");
		ck_assert((json_object_get(f, "defines") != NULL) ==
			  (i == 3 || i == 4));
	}
	ck_assert_str_eq(str(json_array_get(files, 0), "id"),
			 "tpath-vocabulary");
	ck_assert_uint_eq(json_array_size(json_object_get(
				  json_array_get(files, 3), "defines")),
			  test_kb()->trd.ndefs);
	ck_assert_uint_eq(json_array_size(json_object_get(
				  json_array_get(files, 4), "defines")),
			  test_kb()->staging.nmodels);
	f = json_array_get(files, 6);
	ck_assert_str_eq(str(f, "id"), "canmat-2023");
	ck_assert_str_eq(str(f, "version"), "2023");
	ck_assert(json_is_object(json_object_get(p, "overrides")));
	ck_assert_uint_eq(json_object_size(json_object_get(p, "overrides")), 0);
	ck_assert(json_is_false(json_object_get(p, "data_dir")));
	json_decref(p);
}
END_TEST

/* The documented algorithm, written again here from docs/result-format.md,
 * over the source files in guidelines/ (not the embedded copies, whose
 * comment lines are blanked). */
static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	while (n--)
		h = (h ^ *b++) * 1099511628211u;
	return h;
}

static int cmp_hex(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

static void documented_hash(const char *guideline, char *out, size_t n)
{
	char **names, path[600], num[32], (*lines)[18];
	size_t count = test_list_dir("guidelines", ".yaml", &names), i, k = 0;
	uint64_t h;

	lines = calloc(count, sizeof(*lines));
	for (i = 0; i < count; i++) {
		size_t len;
		char *buf;
		snprintf(path, sizeof(path), "guidelines/%s", names[i]);
		buf = test_slurp(path, &len);
		if (strstr(buf, "\ntpath: fhir/1\n") ||
		    (strstr(buf, "\ntpath: guideline/1\n") &&
		     !strstr(buf, guideline))) {
			free(buf);
			continue;
		}
		snprintf(num, sizeof(num), "%zu", len);
		h = fnv(UINT64_C(14695981039346656037), names[i],
			strlen(names[i]) + 1);
		h = fnv(h, num, strlen(num) + 1);
		h = fnv(h, buf, len);
		snprintf(lines[k++], 18, "%016llx\n", (unsigned long long)h);
		free(buf);
	}
	qsort(lines, k, sizeof(*lines), cmp_hex);
	h = UINT64_C(14695981039346656037);
	for (i = 0; i < k; i++)
		h = fnv(h, lines[i], 17);
	snprintf(out, n, "fnv1a64:%016llx", (unsigned long long)h);
	for (i = 0; i < count; i++)
		free(names[i]);
	free(names);
	free(lines);
}

START_TEST(hash_is_the_documented_one)
{
	static const char *const ids[] = { "canmat-2023", "nice-ng222",
					   "star-d" };
	char want[32];
	size_t i;
	for (i = 0; i < 3; i++) {
		char id_line[64];
		snprintf(id_line, sizeof(id_line), "\nid: %s\n", ids[i]);
		documented_hash(id_line, want, sizeof(want));
		ck_assert_str_eq(tpath_kb_knowledge_hash(test_kb(), ids[i]),
				 want);
	}
	/* each guideline its own hash */
	ck_assert_str_ne(tpath_kb_knowledge_hash(test_kb(), "canmat-2023"),
			 tpath_kb_knowledge_hash(test_kb(), "nice-ng222"));
	ck_assert_str_ne(tpath_kb_knowledge_hash(test_kb(), "star-d"),
			 tpath_kb_knowledge_hash(test_kb(), "nice-ng222"));
}
END_TEST

START_TEST(same_files_same_hash)
{
	static const char *const all[] = {
		"canmat-2023.yaml", "drugs.yaml",    "fhir.yaml",
		"nice-ng222.yaml",  "safety.yaml",   "staging.yaml",
		"star-d.yaml",	    "timeline.yaml", "trd.yaml",
		"vocabulary.yaml"
	};
	const char *reversed[10];
	static const char *const ids[] = { "canmat-2023", "nice-ng222",
					   "star-d" };
	tpath_load_options lo = TPATH_LOAD_OPTIONS_INIT;
	tpath_kb *a, *b, *c, *d;
	tpath_error err;
	char d1[] = "/tmp/tpath-prov-XXXXXX", d2[] = "/tmp/tpath-prov-XXXXXX";
	size_t i;
	json_t *p;

	for (i = 0; i < 10; i++)
		reversed[i] = all[9 - i];
	/* opened again, filtered to one guideline, or with no buffers */
	ck_assert_int_eq(tpath_kb_open_default(&a, NULL, &err), 0);
	lo.only_guideline = "nice-ng222";
	ck_assert_int_eq(tpath_kb_open_default(&b, &lo, &err), 0);
	ck_assert_int_eq(tpath_kb_open_buffers(&c, NULL, 0, NULL, &err), 0);
	for (i = 0; i < 3; i++) {
		ck_assert_str_eq(tpath_kb_knowledge_hash(a, ids[i]),
				 tpath_kb_knowledge_hash(test_kb(), ids[i]));
		ck_assert_str_eq(tpath_kb_knowledge_hash(c, ids[i]),
				 tpath_kb_knowledge_hash(test_kb(), ids[i]));
	}
	ck_assert_str_eq(tpath_kb_knowledge_hash(b, NULL),
			 tpath_kb_knowledge_hash(test_kb(), "nice-ng222"));
	ck_assert_ptr_null(tpath_kb_knowledge_hash(b, "canmat-2023"));
	p = provenance(c, NULL, NULL);
	ck_assert(json_is_false(json_object_get(p, "data_dir")));
	json_decref(p);
	tpath_kb_free(a);
	tpath_kb_free(b);
	tpath_kb_free(c);

	/* a copy of every built-in file, twice, written in opposite orders:
	 * the built-in hashes, though the files came from a directory */
	make_dir(d1, all, 10, NULL);
	make_dir(d2, reversed, 10, NULL);
	a = open_dir(d1);
	b = open_dir(d2);
	for (i = 0; i < 3; i++) {
		ck_assert_str_eq(tpath_kb_knowledge_hash(a, ids[i]),
				 tpath_kb_knowledge_hash(test_kb(), ids[i]));
		ck_assert_str_eq(tpath_kb_knowledge_hash(b, ids[i]),
				 tpath_kb_knowledge_hash(a, ids[i]));
	}
	p = provenance(a, NULL, NULL);
	ck_assert(json_is_true(json_object_get(p, "data_dir")));
	/* the built-in TRD and staging files gave nothing: not listed */
	ck_assert_uint_eq(json_array_size(json_object_get(p, "guidelines")),
			  7);
	for (i = 0; i < 7; i++)
		ck_assert(json_is_false(json_object_get(
			json_array_get(json_object_get(p, "guidelines"), i),
			"builtin")));
	json_decref(p);
	tpath_kb_free(a);
	tpath_kb_free(b);
	remove_dir(d1);
	remove_dir(d2);

	/* one identical file laid over: the same hash, data_dir true */
	strcpy(d1, "/tmp/tpath-prov-XXXXXX");
	make_dir(d1, all + 1, 1, NULL);
	d = open_dir(d1);
	ck_assert_str_eq(tpath_kb_knowledge_hash(d, NULL),
			 tpath_kb_knowledge_hash(test_kb(), NULL));
	p = provenance(d, NULL, NULL);
	ck_assert(json_is_true(json_object_get(p, "data_dir")));
	ck_assert_str_eq(str(json_array_get(json_object_get(p, "guidelines"),
					    1),
			     "kind"),
			 "drugs/1");
	ck_assert(json_is_false(json_object_get(
		json_array_get(json_object_get(p, "guidelines"), 1),
		"builtin")));
	json_decref(p);
	tpath_kb_free(d);
	remove_dir(d1);
}
END_TEST

START_TEST(changed_file_changes_hash)
{
	static const char *const drugs[] = { "drugs.yaml" };
	static const char *const canmat[] = { "canmat-2023.yaml" };
	char d1[] = "/tmp/tpath-prov-XXXXXX";
	tpath_kb *kb;
	json_t *p;

	/* one comment line more in the drug catalog */
	make_dir(d1, drugs, 1, "# changed\n");
	kb = open_dir(d1);
	ck_assert_str_ne(tpath_kb_knowledge_hash(kb, NULL),
			 tpath_kb_knowledge_hash(test_kb(), NULL));
	ck_assert_str_ne(tpath_kb_knowledge_hash(kb, "nice-ng222"),
			 tpath_kb_knowledge_hash(test_kb(), "nice-ng222"));
	p = provenance(kb, NULL, NULL);
	ck_assert_str_eq(str(p, "knowledge"), tpath_kb_knowledge_hash(kb, NULL));
	ck_assert(json_is_true(json_object_get(p, "data_dir")));
	json_decref(p);
	tpath_kb_free(kb);
	remove_dir(d1);

	/* a changed guideline changes its own hash only */
	strcpy(d1, "/tmp/tpath-prov-XXXXXX");
	make_dir(d1, canmat, 1, "# changed\n");
	kb = open_dir(d1);
	ck_assert_str_ne(tpath_kb_knowledge_hash(kb, "canmat-2023"),
			 tpath_kb_knowledge_hash(test_kb(), "canmat-2023"));
	ck_assert_str_eq(tpath_kb_knowledge_hash(kb, "nice-ng222"),
			 tpath_kb_knowledge_hash(test_kb(), "nice-ng222"));
	/* an evaluation under NICE read built-in files only */
	p = provenance(kb, "nice-ng222", NULL);
	ck_assert(json_is_false(json_object_get(p, "data_dir")));
	json_decref(p);
	tpath_kb_free(kb);
	remove_dir(d1);
}
END_TEST

START_TEST(overlays_listed)
{
	static const char *const files[] = { "tests/data/test-guideline.yaml",
					     NULL };
	tpath_kb *kb;
	tpath_error err;
	json_t *p, *list, *f;
	size_t i, guidelines = 0;

	/* a local guideline: listed, not built in; the other files are */
	ck_assert_int_eq(tpath_kb_open_files(&kb, "tests/data/custom-trd",
					     files, NULL, &err),
			 0);
	p = provenance(kb, "test-local", NULL);
	ck_assert_str_eq(str(p, "knowledge"),
			 tpath_kb_knowledge_hash(kb, "test-local"));
	ck_assert(json_is_true(json_object_get(p, "data_dir")));
	list = json_object_get(p, "guidelines");
	for (i = 0; i < json_array_size(list); i++) {
		f = json_array_get(list, i);
		if (!strcmp(str(f, "kind"), "guideline/1")) {
			guidelines++;
			ck_assert_str_eq(str(f, "id"), "test-local");
			ck_assert(json_is_false(json_object_get(f, "builtin")));
		}
	}
	ck_assert_uint_eq(guidelines, 1);
	/* both TRD files, the overlay first, each with what it gave */
	f = json_array_get(list, 3);
	ck_assert_str_eq(str(f, "id"), "test-trd");
	ck_assert(json_is_false(json_object_get(f, "builtin")));
	ck_assert_str_eq(json_string_value(json_array_get(
				 json_object_get(f, "defines"), 0)),
			 "three-long-trials-lifetime");
	f = json_array_get(list, 4);
	ck_assert_str_eq(str(f, "id"), "tpath-trd");
	ck_assert(json_is_true(json_object_get(f, "builtin")));
	ck_assert_uint_eq(json_array_size(json_object_get(f, "defines")) + 1,
			  kb->trd.ndefs);
	json_decref(p);
	/* the TRD overlay is read under every guideline */
	p = provenance(kb, "canmat-2023", NULL);
	ck_assert(json_is_true(json_object_get(p, "data_dir")));
	json_decref(p);
	tpath_kb_free(kb);
}
END_TEST

START_TEST(overrides_as_parsed)
{
	static const char *const params[] = { "early_improvement_pct=25",
					      "early_window_weeks=3",
					      "early_improvement_pct=30.5",
					      NULL };
	json_t *p = provenance(test_kb(), NULL, params), *o;
	o = json_object_get(p, "overrides");
	ck_assert_uint_eq(json_object_size(o), 2);
	ck_assert(json_real_value(json_object_get(o, "early_improvement_pct")) ==
		  30.5);
	ck_assert(json_real_value(json_object_get(o, "early_window_weeks")) ==
		  3.0);
	/* the knowledge did not change */
	ck_assert_str_eq(str(p, "knowledge"),
			 tpath_kb_knowledge_hash(test_kb(), NULL));
	json_decref(p);
}
END_TEST

START_TEST(accessor_edges)
{
	json_t *p;
	ck_assert_ptr_null(tpath_kb_knowledge_hash(NULL, NULL));
	ck_assert_ptr_null(tpath_kb_knowledge_hash(NULL, "canmat-2023"));
	ck_assert_ptr_null(tpath_kb_knowledge_hash(test_kb(), "who-2030"));
	assert_hash_form(tpath_kb_knowledge_hash(test_kb(), "star-d"));
	p = provenance(test_kb(), "star-d", NULL);
	ck_assert_str_eq(str(p, "knowledge"),
			 tpath_kb_knowledge_hash(test_kb(), "star-d"));
	ck_assert_str_eq(str(json_array_get(json_object_get(p, "guidelines"),
					    6),
			     "id"),
			 "star-d");
	json_decref(p);
}
END_TEST

Suite *suite_provenance(void)
{
	Suite *s = suite_create("provenance");
	TCase *tc = tcase_create("provenance");
	tcase_add_test(tc, shape_of_the_default);
	tcase_add_test(tc, hash_is_the_documented_one);
	tcase_add_test(tc, same_files_same_hash);
	tcase_add_test(tc, changed_file_changes_hash);
	tcase_add_test(tc, overlays_listed);
	tcase_add_test(tc, overrides_as_parsed);
	tcase_add_test(tc, accessor_edges);
	suite_add_tcase(s, tc);
	return s;
}
