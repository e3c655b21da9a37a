/*
 * check_golden.c - golden diagnostics: every tests/invalid/NAME.yaml must
 * be refused with exactly the line in NAME.err (position included), and a
 * code that the CLI maps to exit status 3.
 */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INVALID_DIR "tests/invalid"

static char **names;
static size_t count;

START_TEST(golden_error)
{
	char path[512], expected_path[512], line[1200];
	const char *name = names[_i], *kind;
	char *buf, *expected;
	size_t len;
	tpath_error err;
	int rc;

	snprintf(path, sizeof(path), INVALID_DIR "/%s", name);
	snprintf(expected_path, sizeof(expected_path), INVALID_DIR "/%.*s.err",
		 (int)(strlen(name) - 5), name);
	buf = test_slurp(path, &len);
	expected = test_slurp(expected_path, NULL);
	/* one line: a second one would be ignored */
	ck_assert_msg(*expected && strchr(expected, '\n') ==
					      expected + strlen(expected) - 1,
		      "%s: not one line ending in a newline", expected_path);
	expected[strcspn(expected, "\n")] = '\0';

	rc = tpath_validate_buffer(&kind, test_kb(), buf, len, name, NULL,
				   &err);
	ck_assert_msg(rc == TPATH_EINVALID || rc == TPATH_ELIMIT,
		      "%s: expected an invalid-input error, got %d", name, rc);
	tpath_error_format(&err, line, sizeof(line));
	ck_assert_str_eq(line, expected);
	free(buf);
	free(expected);
}
END_TEST

START_TEST(every_input_has_its_error_line)
{
	char **errs;
	size_t nerr = test_list_dir(INVALID_DIR, ".err", &errs);
	ck_assert_uint_gt(count, 40);
	ck_assert_uint_eq(nerr, count);
	for (size_t i = 0; i < nerr; i++)
		free(errs[i]);
	free(errs);
}
END_TEST

Suite *suite_golden(void)
{
	Suite *s = suite_create("golden");
	TCase *tc = tcase_create("diagnostics");
	tcase_add_test(tc, every_input_has_its_error_line);
	count = test_add_dir_loop(tc, golden_error, INVALID_DIR, ".yaml",
				  &names);
	suite_add_tcase(s, tc);
	return s;
}
