/*
 * check_yaml.c - the YAML border: limits, hostile inputs, positions.
 */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int validate(const char *buf, size_t len, const tpath_load_options *o,
		    char *line, size_t n)
{
	tpath_error err;
	const char *kind;
	int rc = tpath_validate_buffer(&kind, test_kb(), buf, len, "t.yaml", o,
				       &err);
	line[0] = '\0';
	if (rc < 0)
		tpath_error_format(&err, line, n);
	return rc;
}

START_TEST(deep_nesting_stops_at_limit)
{
	/* 200,000 nested flow sequences: refused at the 65th '[', so the
	 * parser never walks the rest of the input. */
	size_t depth = 200000, i, o = 0;
	size_t len = 20 + 2 * depth;
	char *buf = malloc(len + 1), line[600];
	o += (size_t)sprintf(buf, "tpath: history/1\nx: ");
	for (i = 0; i < depth; i++)
		buf[o++] = '[';
	for (i = 0; i < depth; i++)
		buf[o++] = ']';
	buf[o] = '\0';
	ck_assert_int_eq(validate(buf, o, NULL, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:2:67: nesting deeper than 64 levels "
			       "(limit)");
	free(buf);
}
END_TEST

START_TEST(deep_block_nesting)
{
	size_t depth = 200000, i, o = 0;
	char *buf = malloc(40 + 2 * depth), line[600];
	o += (size_t)sprintf(buf, "tpath: history/1\nx:\n  ");
	for (i = 0; i < depth; i++) {
		buf[o++] = '-';
		buf[o++] = ' ';
	}
	buf[o++] = 'a';
	buf[o] = '\0';
	ck_assert_int_eq(validate(buf, o, NULL, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:3:129: nesting deeper than 64 levels "
			       "(limit)");
	free(buf);
}
END_TEST

START_TEST(alias_bomb_refused_at_first_anchor)
{
	char buf[4096], line[600];
	size_t o = 0;
	int i;
	o += (size_t)sprintf(buf + o, "tpath: history/1\n"
				      "a: &a [lol, lol, lol, lol, lol]\n");
	for (i = 1; i < 10; i++)
		o += (size_t)sprintf(buf + o,
				     "%c: &%c [*%c, *%c, *%c, *%c, *%c]\n",
				     'a' + i, 'a' + i, 'a' + i - 1,
				     'a' + i - 1, 'a' + i - 1, 'a' + i - 1,
				     'a' + i - 1);
	ck_assert_int_eq(validate(buf, o, NULL, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:2:4: YAML anchors are not allowed (&a)");
}
END_TEST

START_TEST(limits_from_options)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	const char *doc = "tpath: history/1\na: {b: {c: [1, 2, 3]}}\n";
	char line[600];

	o.max_depth = 3;
	ck_assert_int_eq(validate(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:2:12: nesting deeper than 3 levels "
			       "(limit)");
	o.max_depth = 0;
	o.max_nodes = 8; /* {, tpath, history/1, a, {, b, {, c: the 9th is [ */
	ck_assert_int_eq(validate(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:2:12: document has more than 8 nodes "
			       "(limit)");
	o.max_nodes = 0;
	o.max_bytes = 10;
	ck_assert_int_eq(validate(doc, strlen(doc), &o, line, sizeof(line)),
			 TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml: input is larger than the limit of 10 "
			       "bytes");
}
END_TEST

START_TEST(non_scalar_key)
{
	const char *doc = "tpath: history/1\n? [a, b]\n: c\n";
	char line[600];
	ck_assert_int_eq(validate(doc, strlen(doc), NULL, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:2:3: a mapping key must be a scalar, "
			       "got a sequence");
}
END_TEST

START_TEST(columns_count_characters)
{
	/* "é" is two bytes but one column: 'name' is at column 33, not the
	 * byte offset's 35. */
	const char *doc = "{tpath: history/1, notes: \"\xC3\xA9\xC3\xA9\", "
			  "name: x}\n";
	char line[600];
	ck_assert_int_eq(validate(doc, strlen(doc), NULL, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:1:33: 'name': identifying key not "
			       "allowed; a history must be anonymized "
			       "(history/1 refuses direct identifiers)");
}
END_TEST

START_TEST(bom_and_crlf_accepted)
{
	const char *doc = "\xEF\xBB\xBFtpath: history/1\r\nid: t-1\r\n"
			  "episode: {start: 0}\r\ntreatments: []\r\n";
	char line[600];
	ck_assert_int_eq(validate(doc, strlen(doc), NULL, line, sizeof(line)),
			 0);
}
END_TEST

START_TEST(nul_byte_refused)
{
	const char doc[] = "tpath: history/1\nid: t\0-1\n";
	char line[600];
	ck_assert_int_eq(validate(doc, sizeof(doc) - 1, NULL, line,
				  sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:2:6: invalid input text: control "
			       "characters are not allowed (byte 0x00)");
}
END_TEST

START_TEST(overlong_utf8_refused)
{
	/* 0xC0 0xAF is an overlong '/', a classic filter bypass. */
	const char *doc = "tpath: history/1\nid: a\xC0\xAF\n";
	char line[600];
	ck_assert_int_eq(validate(doc, strlen(doc), NULL, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:2:6: invalid UTF-8: byte 0xC0 does not "
			       "start a valid character (save the file as "
			       "UTF-8)");
}
END_TEST

Suite *suite_yaml(void)
{
	Suite *s = suite_create("yaml");
	TCase *tc = tcase_create("limits");
	tcase_add_test(tc, deep_nesting_stops_at_limit);
	tcase_add_test(tc, deep_block_nesting);
	tcase_add_test(tc, alias_bomb_refused_at_first_anchor);
	tcase_add_test(tc, limits_from_options);
	tcase_add_test(tc, non_scalar_key);
	tcase_add_test(tc, columns_count_characters);
	tcase_add_test(tc, bom_and_crlf_accepted);
	tcase_add_test(tc, nul_byte_refused);
	tcase_add_test(tc, overlong_utf8_refused);
	suite_add_tcase(s, tc);
	return s;
}

/* Limits of one history: at the limit it loads, one past it is refused at
 * the first entry over it. */
static char *history_with(size_t treatments, size_t measures)
{
	size_t cap = 200 + treatments * 80 + measures * 50, o = 0, i;
	char *buf = malloc(cap);
	o += (size_t)snprintf(buf + o, cap - o,
			      "tpath: history/1\nid: big\nepisode: {start: 0}\n"
			      "treatments:\n");
	for (i = 0; i < treatments; i++)
		o += (size_t)snprintf(buf + o, cap - o,
				      "  - {intervention: psychotherapy, start: "
				      "%zu, stop: %zu}\n",
				      i, i);
	if (!treatments)
		o += (size_t)snprintf(buf + o, cap - o, "  []\n");
	o += (size_t)snprintf(buf + o, cap - o, "measures:\n");
	for (i = 0; i < measures; i++)
		o += (size_t)snprintf(buf + o, cap - o,
				      "  - {date: %zu, scale: phq9, score: 9}\n",
				      i);
	return buf;
}

START_TEST(history_limits)
{
	tpath_history *h;
	char line[600], *buf;

	buf = history_with(TPATH_MAX_TREATMENTS, 1);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), 0);
	tpath_history_free(h);
	free(buf);
	buf = history_with(TPATH_MAX_TREATMENTS + 1, 1);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:505:5: more than 500 treatments in one "
			       "history (limit)");
	free(buf);
	buf = history_with(1, TPATH_MAX_MEASURES);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), 0);
	ck_assert_uint_eq(tpath_history_measure_count(h), TPATH_MAX_MEASURES);
	tpath_history_free(h);
	free(buf);
	buf = history_with(1, TPATH_MAX_MEASURES + 1);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:20007:5: more than 20000 measures in one "
			       "history (limit)");
	free(buf);
}
END_TEST

/* Two drug courses with a and b fills: the limit counts the fills of all
 * courses together.  The first course's k-th fill (from 1) is on line
 * 7 + k, the second's on line 10 + a + k. */
static char *history_with_fills(size_t a, size_t b)
{
	size_t cap = 300 + (a + b) * 40, o = 0, i;
	char *buf = malloc(cap);
	o += (size_t)snprintf(buf + o, cap - o,
			      "tpath: history/1\nid: big\nepisode: {start: 0}\n"
			      "treatments:\n"
			      "  - drug: sertraline\n    start: 0\n"
			      "    fills:\n");
	for (i = 0; i < a; i++)
		o += (size_t)snprintf(buf + o, cap - o,
				      "      - {date: %zu, days: 1}\n", i);
	o += (size_t)snprintf(buf + o, cap - o,
			      "  - drug: fluoxetine\n    start: 0\n"
			      "    fills:\n");
	for (i = 0; i < b; i++)
		o += (size_t)snprintf(buf + o, cap - o,
				      "      - {date: %zu, days: 1}\n", i);
	return buf;
}

START_TEST(history_fills_limit)
{
	size_t half = TPATH_MAX_FILLS / 2;
	tpath_history *h;
	char line[600], *buf;

	buf = history_with_fills(half, TPATH_MAX_FILLS - half);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	ck_assert_uint_eq(h->courses[0].nfills + h->courses[1].nfills,
			  TPATH_MAX_FILLS);
	tpath_history_free(h);
	free(buf);
	/* one past it: refused at the 20,001st fill, in the second course
	 * (line 7 + half fills + 3 for the second course's head + the rest) */
	buf = history_with_fills(half, TPATH_MAX_FILLS - half + 1);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), TPATH_ELIMIT);
	ck_assert_ptr_null(h);
	ck_assert_str_eq(line, "t.yaml:20011:9: more than 20000 fills in one "
			       "history (limit)");
	free(buf);
	buf = history_with_fills(TPATH_MAX_FILLS + 1, 0);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), TPATH_ELIMIT);
	ck_assert_str_eq(line, "t.yaml:20008:9: more than 20000 fills in one "
			       "history (limit)");
	free(buf);
}
END_TEST

/* A history with n concomitant medicines; the k-th (from 1) on line
 * 5 + k. */
static char *history_with_concomitant(size_t n)
{
	size_t cap = 200 + n * 50, o = 0, i;
	char *buf = malloc(cap);
	o += (size_t)snprintf(buf + o, cap - o,
			      "tpath: history/1\nid: big\nepisode: {start: 0}\n"
			      "treatments: []\nconcomitant:\n");
	for (i = 0; i < n; i++)
		o += (size_t)snprintf(buf + o, cap - o,
				      "  - {drug: selegiline, start: %zu}\n", i);
	return buf;
}

START_TEST(history_concomitant_limit)
{
	tpath_history *h;
	char line[600], *buf;

	buf = history_with_concomitant(TPATH_MAX_CONCOMITANT);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	ck_assert_uint_eq(h->nconcomitant, TPATH_MAX_CONCOMITANT);
	tpath_history_free(h);
	free(buf);
	buf = history_with_concomitant(TPATH_MAX_CONCOMITANT + 1);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), TPATH_ELIMIT);
	ck_assert_ptr_null(h);
	ck_assert_str_eq(line, "t.yaml:506:5: more than 500 concomitant "
			       "medicines in one history (limit)");
	free(buf);
}
END_TEST

/* The code does not depend on whether an error struct is given. */
START_TEST(limit_code_without_error_struct)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	const char *doc = "tpath: history/1\na: {b: 1}\n", *kind;
	o.max_nodes = 3;
	ck_assert_int_eq(tpath_validate_buffer(&kind, test_kb(), doc,
					       strlen(doc), "t.yaml", &o, NULL),
			 TPATH_ELIMIT);
}
END_TEST

/* A limit near SIZE_MAX reads the whole file (no wrap-around). */
START_TEST(huge_byte_limit_reads_all)
{
	tpath_load_options o = TPATH_LOAD_OPTIONS_INIT;
	tpath_history *h;
	tpath_error err;
	o.max_bytes = (size_t)-1;
	ck_assert_int_eq(tpath_history_load_file(&h, test_kb(),
						 "docs/examples/demo-0001.yaml",
						 &o, &err),
			 0);
	ck_assert_uint_eq(tpath_history_measure_count(h), 5);
	tpath_history_free(h);
}
END_TEST

Suite *suite_yaml_more(void);
Suite *suite_yaml_more(void)
{
	Suite *s = suite_create("yaml-more");
	TCase *tc = tcase_create("limits");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, history_limits);
	tcase_add_test(tc, history_fills_limit);
	tcase_add_test(tc, history_concomitant_limit);
	tcase_add_test(tc, limit_code_without_error_struct);
	tcase_add_test(tc, huge_byte_limit_reads_all);
	suite_add_tcase(s, tc);
	return s;
}
