/*
 * check_limits.c - every documented input limit (docs/limits.md) at the
 * limit and one past it: input size, nesting depth and node count (default
 * and set through tpath_load_options), the digits of a number, the length
 * and nesting of a rule condition.  The per-history limits on treatments,
 * measures and fills at their defaults are pinned in check_yaml.c
 * (history_limits, history_fills_limit); here through the options.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"

/* Loads buf as a history; returns the code and the formatted error. */
static int load(const char *buf, size_t len, const tpath_load_options *o,
		char *line, size_t n)
{
	tpath_history *h = NULL;
	tpath_error err;
	int rc = tpath_history_load_buffer(&h, test_kb(), buf, len, "t.yaml",
					   o, &err);
	line[0] = '\0';
	if (rc < 0)
		tpath_error_format(&err, line, n);
	tpath_history_free(h);
	return rc;
}

/* Smallest valid history: 11 YAML nodes ({, tpath, history/1, id, x,
 * episode, {, start, 0, treatments, [), nesting depth 2, 58 bytes. */
static const char small[] = "tpath: history/1\nid: x\nepisode: {start: 0}\n"
			    "treatments: []\n";

START_TEST(options_at_and_past)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	char line[600];
	size_t len = strlen(small);

	ck_assert_uint_eq(len, 58);
	o.max_bytes = len;
	ck_assert_int_eq(load(small, len, &o, line, sizeof(line)), 0);
	o.max_bytes = len - 1;
	ck_assert_int_eq(load(small, len, &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml: input is larger than the limit of 57 "
			       "bytes");
	o.max_bytes = 0;
	o.max_depth = 2;
	ck_assert_int_eq(load(small, len, &o, line, sizeof(line)), 0);
	o.max_depth = 1;
	ck_assert_int_eq(load(small, len, &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:3:10: nesting deeper than 1 levels "
			       "(limit)");
	o.max_depth = 0;
	o.max_nodes = 11;
	ck_assert_int_eq(load(small, len, &o, line, sizeof(line)), 0);
	o.max_nodes = 10;
	ck_assert_int_eq(load(small, len, &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:4:13: document has more than 10 nodes "
			       "(limit)");
}
END_TEST

/* The per-history and condition limits set through the options. */
START_TEST(history_options_at_and_past)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	const char *doc =
		"tpath: history/1\nid: x\nepisode: {start: 0}\n"
		"treatments:\n"
		"  - {intervention: psychotherapy, start: 0, stop: 1}\n"
		"  - {intervention: psychotherapy, start: 2, stop: 3}\n"
		"measures:\n"
		"  - {date: 0, scale: phq9, score: 9}\n"
		"  - {date: 1, scale: phq9, score: 8}\n"
		"  - {date: 2, scale: phq9, score: 7}\n";
	char line[600];

	o.max_treatments = 2;
	o.max_measures = 3;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)), 0);
	o.max_treatments = 1;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:6:5: more than 1 treatments in one "
			       "history (limit)");
	o.max_treatments = 0;
	o.max_measures = 2;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:10:5: more than 2 measures in one "
			       "history (limit)");
	/* Options of version 2 do not have these fields: defaults apply. */
	o.version = 2;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)), 0);
}
END_TEST

/* max_fills (version 4) counts the fills of all courses together. */
START_TEST(fills_option_at_and_past)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	const char *doc =
		"tpath: history/1\nid: x\nepisode: {start: 0}\n"
		"treatments:\n"
		"  - drug: sertraline\n"
		"    start: 0\n"
		"    fills: [{date: 0, days: 30}, {date: 30, days: 30}]\n"
		"  - drug: mirtazapine\n"
		"    start: 10\n"
		"    fills: [{date: 10, days: 30}]\n";
	char line[600];

	ck_assert_uint_ge(o.version, 4);
	o.max_fills = 3;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)), 0);
	o.max_fills = 2;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:10:13: more than 2 fills in one "
			       "history (limit)");
	o.max_fills = 1;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:7:34: more than 1 fills in one "
			       "history (limit)");
	/* Options of version 3 do not have the field: the default applies. */
	o.version = 3;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)), 0);
}
END_TEST

/* max_concomitant (version 5) bounds the concomitant medicines. */
START_TEST(concomitant_option_at_and_past)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	const char *doc =
		"tpath: history/1\nid: x\nepisode: {start: 0}\n"
		"treatments: []\n"
		"concomitant:\n"
		"  - {drug: selegiline, start: 0, stop: 10}\n"
		"  - {drug: methylphenidate, start: 5}\n";
	char line[600];

	ck_assert_uint_ge(o.version, 5);
	o.max_concomitant = 2;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)), 0);
	o.max_concomitant = 1;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:7:5: more than 1 concomitant medicines "
			       "in one history (limit)");
	/* Options of version 4 do not have the field: the default applies. */
	o.version = 4;
	ck_assert_int_eq(load(doc, strlen(doc), &o, line, sizeof(line)), 0);
}
END_TEST

/* The default size limit: a history padded with a comment to exactly
 * 16 MiB loads; one byte more is refused before it is parsed. */
START_TEST(default_size_at_and_past)
{
	size_t limit = TPATH_DEFAULT_MAX_BYTES, head = strlen(small);
	char *buf = malloc(limit + 1), line[600];

	ck_assert_ptr_nonnull(buf);
	memcpy(buf, small, head);
	buf[head] = '#';
	memset(buf + head + 1, 'x', limit - head - 2);
	buf[limit - 1] = '\n';
	ck_assert_msg(load(buf, limit, NULL, line, sizeof(line)) == 0, "%s",
		      line);
	buf[limit - 1] = 'x';
	buf[limit] = '\n';
	ck_assert_int_eq(load(buf, limit + 1, NULL, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml: input is larger than the limit of "
			       "16777216 bytes");
	free(buf);
}
END_TEST

/* The default depth: 64 levels are read (the schema then refuses the
 * content: not a limit error), 65 are refused as a limit. */
START_TEST(default_depth_at_and_past)
{
	char buf[512], line[600];
	int depth;
	for (depth = 64; depth <= 65; depth++) {
		/* the root mapping is level 1, each '[' one more */
		int k = depth - 1, i;
		size_t o = (size_t)snprintf(buf, sizeof(buf), "%s"
					    "measures: ", small);
		for (i = 0; i < k; i++)
			buf[o++] = '[';
		for (i = 0; i < k; i++)
			buf[o++] = ']';
		buf[o++] = '\n';
		if (depth == 64) {
			ck_assert_int_eq(load(buf, o, NULL, line,
					      sizeof(line)),
					 TPATH_EINVALID);
			ck_assert_ptr_null(strstr(line, "limit"));
		} else {
			ck_assert_int_eq(load(buf, o, NULL, line,
					      sizeof(line)),
					 TPATH_ELIMIT);
			ck_assert_str_eq(line, "t.yaml:5:74: nesting deeper "
					       "than 64 levels (limit)");
		}
	}
}
END_TEST

/* The default node count: a document of exactly 1,000,000 nodes is read
 * (the schema then refuses the unknown key), one more is a limit error. */
START_TEST(default_nodes_at_and_past)
{
	size_t total = TPATH_DEFAULT_MAX_NODES, k, o, n;
	char *buf, line[600];
	int pass;
	for (pass = 0; pass < 2; pass++) {
		/* small's 11 nodes + the key 'pad' + its sequence + k items */
		k = total - 13 + (size_t)pass;
		buf = malloc(64 + 3 * k);
		ck_assert_ptr_nonnull(buf);
		o = (size_t)sprintf(buf, "%spad: [", small);
		for (n = 0; n < k; n++)
			o += (size_t)sprintf(buf + o, n ? ",1" : "1");
		o += (size_t)sprintf(buf + o, "]\n");
		if (!pass) {
			ck_assert_int_eq(load(buf, o, NULL, line,
					      sizeof(line)),
					 TPATH_EINVALID);
			ck_assert_str_eq(line, "t.yaml:5:1: unknown key 'pad' in "
					       "a history/1 document (expected "
					       "one of: tpath, id, as_of, "
					       "patient, episode, treatments, "
					       "measures, concomitant, notes)");
		} else {
			ck_assert_int_eq(load(buf, o, NULL, line,
					      sizeof(line)),
					 TPATH_ELIMIT);
			/* the last item, at column 7 + 2 (k - 1) */
			ck_assert_str_eq(line, "t.yaml:5:1999981: document "
					       "has more than 1000000 nodes "
					       "(limit)");
		}
		free(buf);
	}
}
END_TEST

/* A number of 15 digits is read, 16 are refused. */
START_TEST(number_digits_at_and_past)
{
	char buf[256], line[600];
	snprintf(buf, sizeof(buf), "%s", "tpath: history/1\nid: x\n"
		 "episode: {start: 0}\ntreatments:\n  - {drug: sertraline, "
		 "start: 0, doses: [{date: 0, mg_per_day: 50.0000000000000}]}\n");
	ck_assert_int_eq(load(buf, strlen(buf), NULL, line, sizeof(line)), 0);
	snprintf(buf, sizeof(buf), "%s", "tpath: history/1\nid: x\n"
		 "episode: {start: 0}\ntreatments:\n  - {drug: sertraline, "
		 "start: 0, doses: [{date: 0, mg_per_day: 50.00000000000000}]}\n");
	ck_assert_int_eq(load(buf, strlen(buf), NULL, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:5:64: 'mg_per_day': number "
			       "50.00000000000000 has too many digits (at "
			       "most 15)");
}
END_TEST

/* A one-rule guideline whose condition is cond, loaded with o. */
static int guideline_with_options(const char *cond,
				  const tpath_load_options *o, char *line,
				  size_t n)
{
	static const char head[] =
		"tpath: guideline/1\nid: g\nversion: \"1\"\ntitle: T\n"
		"publisher: tests\nyear: 2026\ncitation: \"test\"\n"
		"sources: [{id: s, citation: \"test\"}]\n"
		"adequacy: {min_weeks: 4, source: s}\n"
		"trd: two-adequate-trials\n"
		"steps: [{id: one, label: One, when: \"current.exists\", "
		"source: s}]\n"
		"status: [{status: assess, when: \"current.exists\"}]\n"
		"rules:\n  - id: r\n    when: \"";
	static const char tail[] = "\"\n    action: continue\n"
				   "    options: []\n    rationale: \"r\"\n"
				   "    source: s\n";
	size_t len = strlen(head) + strlen(cond) + strlen(tail);
	char *doc = malloc(len + 1);
	tpath_buffer b;
	tpath_kb *kb = NULL;
	tpath_error err;
	int rc;
	ck_assert_ptr_nonnull(doc);
	snprintf(doc, len + 1, "%s%s%s", head, cond, tail);
	b.name = "g.yaml";
	b.data = doc;
	b.len = len;
	rc = tpath_kb_open_buffers(&kb, &b, 1, o, &err);
	line[0] = '\0';
	if (rc < 0)
		tpath_error_format(&err, line, n);
	tpath_kb_free(kb);
	free(doc);
	return rc;
}

static int guideline_with(const char *cond, char *line, size_t n)
{
	return guideline_with_options(cond, NULL, line, n);
}

/* "current.exists" padded with spaces to exactly n bytes. */
static char *padded(size_t n)
{
	char *s = malloc(n + 1);
	ck_assert_ptr_nonnull(s);
	memset(s, ' ', n);
	memcpy(s, "current.exists", 14);
	s[n] = '\0';
	return s;
}

START_TEST(condition_length_at_and_past)
{
	char line[600], *c = padded(4096);
	ck_assert_int_eq(guideline_with(c, line, sizeof(line)), 0);
	free(c);
	c = padded(4097);
	ck_assert_int_eq(guideline_with(c, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "g.yaml:15:11: 'when': a condition may be at "
			       "most 4096 bytes");
	free(c);
}
END_TEST

START_TEST(condition_length_option)
{
	/* The limit applies to every knowledge file loaded, the built-in
	 * ones included: 4,000 is above their longest condition. */
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	char line[600], *c = padded(4000);
	o.max_condition = 4000;
	ck_assert_int_eq(guideline_with_options(c, &o, line, sizeof(line)), 0);
	free(c);
	c = padded(4001);
	ck_assert_int_eq(guideline_with_options(c, &o, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "g.yaml:15:11: 'when': a condition may be at "
			       "most 4000 bytes");
	free(c);
}
END_TEST

/* Parentheses nested 64 deep are read, 65 are refused. */
START_TEST(condition_nesting_at_and_past)
{
	char line[600], c[256];
	int depth;
	for (depth = 64; depth <= 65; depth++) {
		size_t o = 0;
		int i;
		for (i = 0; i < depth; i++)
			c[o++] = '(';
		memcpy(c + o, "current.exists", 14);
		o += 14;
		for (i = 0; i < depth; i++)
			c[o++] = ')';
		c[o] = '\0';
		if (depth == 64)
			ck_assert_int_eq(guideline_with(c, line,
							sizeof(line)),
					 0);
		else {
			ck_assert_int_eq(guideline_with(c, line,
							sizeof(line)),
					 TPATH_EINVALID);
			ck_assert_str_eq(line, "g.yaml:15:76: conditions "
					       "nested deeper than 64 levels");
		}
	}
}
END_TEST

Suite *suite_limits(void)
{
	Suite *s = suite_create("limits");
	TCase *tc = tcase_create("at-and-past");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, options_at_and_past);
	tcase_add_test(tc, history_options_at_and_past);
	tcase_add_test(tc, fills_option_at_and_past);
	tcase_add_test(tc, concomitant_option_at_and_past);
	tcase_add_test(tc, condition_length_option);
	tcase_add_test(tc, default_size_at_and_past);
	tcase_add_test(tc, default_depth_at_and_past);
	tcase_add_test(tc, default_nodes_at_and_past);
	tcase_add_test(tc, number_digits_at_and_past);
	tcase_add_test(tc, condition_length_at_and_past);
	tcase_add_test(tc, condition_nesting_at_and_past);
	suite_add_tcase(s, tc);
	return s;
}
