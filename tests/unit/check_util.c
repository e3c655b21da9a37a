/*
 * check_util.c - dates, edit distance, error rendering, version.
 */
#include "tests.h"

#include <stdio.h>
#include <string.h>

START_TEST(days_round_trip)
{
	/* Known anchors: the epoch, a leap day, the day the contract's
	 * example starts. */
	ck_assert_int_eq(tp_days_from_civil(1970, 1, 1), 0);
	ck_assert_int_eq(tp_days_from_civil(2000, 2, 29), 11016);
	ck_assert_int_eq(tp_days_from_civil(2024, 9, 16), 19982);
	ck_assert_int_eq(tp_days_from_civil(1969, 12, 31), -1);
	for (int32_t z = -80000; z <= 80000; z += 7) {
		int y;
		unsigned m, d;
		tp_civil_from_days(z, &y, &m, &d);
		ck_assert_int_eq(tp_days_from_civil(y, m, d), z);
	}
}
END_TEST

START_TEST(edit_distance)
{
	ck_assert_uint_eq(tp_edit_distance("sertralin", "sertraline", 3), 1);
	ck_assert_uint_eq(tp_edit_distance("Sertraline", "sertraline", 3), 0);
	/* a transposition is one edit */
	ck_assert_uint_eq(tp_edit_distance("stpo", "stop", 3), 1);
	ck_assert_uint_eq(tp_edit_distance("abc", "xyz", 3), 3);
	ck_assert(tp_edit_distance("aspirin", "sertraline", 3) > 3);
	ck_assert(tp_is_close("phq-9", "phq9"));
	ck_assert(!tp_is_close("id", "as_of"));
}
END_TEST

START_TEST(error_format)
{
	tpath_error e;
	char buf[64];
	memset(&e, 0, sizeof(e));
	strcpy(e.source, "h.yaml");
	strcpy(e.message, "bad");
	e.line = 3;
	e.column = 7;
	tpath_error_format(&e, buf, sizeof(buf));
	ck_assert_str_eq(buf, "h.yaml:3:7: bad");
	e.line = e.column = 0;
	tpath_error_format(&e, buf, sizeof(buf));
	ck_assert_str_eq(buf, "h.yaml: bad");
	e.source[0] = '\0';
	tpath_error_format(&e, buf, sizeof(buf));
	ck_assert_str_eq(buf, "bad");
	/* snprintf-like: the return value is the full length */
	strcpy(e.source, "h.yaml");
	e.line = 3;
	e.column = 7;
	ck_assert_int_eq(tpath_error_format(&e, buf, 5), 15);
	ck_assert_str_eq(buf, "h.ya");
}
END_TEST

START_TEST(error_long_source_keeps_tail)
{
	tpath_error e;
	char path[2000];
	memset(path, 'd', sizeof(path));
	memcpy(path + sizeof(path) - 12, "/hist.yaml", 11);
	tp_error_set(&e, TPATH_EINVALID, path, 1, 1, "x");
	ck_assert_uint_eq(strlen(e.source), sizeof(e.source) - 1);
	ck_assert(strncmp(e.source, "...", 3) == 0);
	ck_assert_str_eq(e.source + strlen(e.source) - 10, "/hist.yaml");
}
END_TEST

START_TEST(version_and_free_null)
{
	char parts[32];
	ck_assert_str_eq(tpath_version(), TPATH_VERSION);
	/* The numeric macros say the same as the string (they said 0.2.0
	 * beside "0.4.0" until 0.5.0). */
	snprintf(parts, sizeof(parts), "%d.%d.%d", TPATH_VERSION_MAJOR,
		 TPATH_VERSION_MINOR, TPATH_VERSION_PATCH);
	ck_assert_str_eq(parts, TPATH_VERSION);
	tpath_kb_free(NULL);
	tpath_history_free(NULL);
	ck_assert_str_eq(tpath_code_string(TPATH_EINVALID), "invalid input");
	ck_assert_str_eq(tpath_code_string(TPATH_ENOMEM), "out of memory");
}
END_TEST

Suite *suite_util(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, days_round_trip);
	tcase_add_test(tc, edit_distance);
	tcase_add_test(tc, error_format);
	tcase_add_test(tc, error_long_source_keeps_tail);
	tcase_add_test(tc, version_and_free_null);
	suite_add_tcase(s, tc);
	return s;
}

/* Numbers are read the same whatever the process's locale, and exactly:
 * the value strtod would give in the C locale. */
START_TEST(decimal_parsing)
{
	double v;
	ck_assert(tp_parse_decimal("37.5", 4, &v));
	ck_assert(v == 37.5);
	ck_assert(tp_parse_decimal("0.025", 5, &v));
	ck_assert(v == 0.025);
	ck_assert(tp_parse_decimal("-12", 3, &v));
	ck_assert(v == -12);
	ck_assert(tp_parse_decimal("123456789012345", 15, &v));
	ck_assert(v == 123456789012345.0);
	ck_assert(!tp_parse_decimal("1234567890123456", 16, &v));
	ck_assert(!tp_parse_decimal("1.2.3", 5, &v));
	ck_assert(!tp_parse_decimal(".5", 2, &v));
	ck_assert(!tp_parse_decimal("5.", 2, &v));
	ck_assert(!tp_parse_decimal("-", 1, &v));
	ck_assert(!tp_parse_decimal("1e3", 3, &v));
	ck_assert(!tp_parse_decimal(" 1", 2, &v));
	ck_assert(!tp_parse_decimal("nan", 3, &v));
}
END_TEST

/* A message cut at the buffer's end never ends inside a character. */
START_TEST(error_cut_keeps_utf8)
{
	tpath_error e;
	char big[2000];
	size_t i, n;
	for (i = 0; i + 2 < sizeof(big); i += 2)
		memcpy(big + i, "\xC3\xA9", 2);
	big[i] = '\0';
	tp_error_set(&e, TPATH_EINVALID, "f", 1, 1, "x%s", big);
	n = strlen(e.message);
	ck_assert_uint_lt(n, sizeof(e.message));
	/* "x" then whole two-byte characters only */
	ck_assert_uint_eq((n - 1) % 2, 0);
}
END_TEST

Suite *suite_util_more(void);
Suite *suite_util_more(void)
{
	Suite *s = suite_create("util-more");
	TCase *tc = tcase_create("numbers");
	tcase_add_test(tc, decimal_parsing);
	tcase_add_test(tc, error_cut_keeps_utf8);
	suite_add_tcase(s, tc);
	return s;
}
