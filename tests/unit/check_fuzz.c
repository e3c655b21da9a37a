/*
 * check_fuzz.c - replays the saved inputs of tests/fuzz/regress/TARGET/
 * through the same functions the libFuzzer targets run (`make fuzz`).  Each
 * input once crashed, leaked or hung a target; a crash here fails the test
 * (Check runs each test in its own process), and the sanitizer and valgrind
 * tiers catch what does not crash.  The four target files are compiled into
 * this one file, each under its own name.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "tests.h"

void tpath_fuzz_history_one(const uint8_t *data, size_t size);
void tpath_fuzz_guideline_one(const uint8_t *data, size_t size);
void tpath_fuzz_catalog_one(const uint8_t *data, size_t size);
void tpath_fuzz_fhir_one(const uint8_t *data, size_t size);
void tpath_fuzz_hook_one(const uint8_t *data, size_t size);

#define tpath_fuzz_one tpath_fuzz_history_one
#include "../fuzz/fuzz_history.c"
#undef tpath_fuzz_one
#define tpath_fuzz_one tpath_fuzz_guideline_one
#include "../fuzz/fuzz_guideline.c"
#undef tpath_fuzz_one
#define tpath_fuzz_one tpath_fuzz_catalog_one
#include "../fuzz/fuzz_catalog.c"
#undef tpath_fuzz_one
#define tpath_fuzz_one tpath_fuzz_fhir_one
#include "../fuzz/fuzz_fhir.c"
#undef tpath_fuzz_one
#define tpath_fuzz_one tpath_fuzz_hook_one
#include "../fuzz/fuzz_hook.c"
#undef tpath_fuzz_one
#include "../fuzz/common.c"

static const struct {
	const char *dir;
	void (*run)(const uint8_t *, size_t);
} targets[] = {
	{ "tests/fuzz/regress/history", tpath_fuzz_history_one },
	{ "tests/fuzz/regress/guideline", tpath_fuzz_guideline_one },
	{ "tests/fuzz/regress/catalog", tpath_fuzz_catalog_one },
	{ "tests/fuzz/regress/fhir", tpath_fuzz_fhir_one },
	{ "tests/fuzz/regress/hook", tpath_fuzz_hook_one },
};

/* Every saved input of one target runs to the end without a crash. */
START_TEST(replay)
{
	char **names, path[512];
	/* fails the test when the directory is missing or empty */
	size_t n = test_list_dir(targets[_i].dir, "", &names), k, len;

	for (k = 0; k < n; k++) {
		char *data;
		snprintf(path, sizeof(path), "%s/%s", targets[_i].dir,
			 names[k]);
		data = test_slurp(path, &len);
		targets[_i].run((const uint8_t *)data, len);
		free(data);
		free(names[k]);
	}
	free(names);
}
END_TEST

Suite *suite_fuzz_regress(void)
{
	Suite *s = suite_create("fuzz-regress");
	TCase *tc = tcase_create("replay");
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, replay, 0,
			    (int)(sizeof(targets) / sizeof(targets[0])));
	suite_add_tcase(s, tc);
	return s;
}
