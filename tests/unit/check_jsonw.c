/*
 * check_jsonw.c - the JSON writer (engine/jsonw.c) writes what jansson's
 * dump with JSON_REAL_PRECISION(10) wrote before it, byte for byte: the
 * result/1 text must not change with the writer.  Reals of every kind the
 * results hold (tenths, percents, doses) and the edges (negative zero,
 * exponents, huge and tiny values, integers held as reals), strings with
 * every control character, quotes and UTF-8, and nested containers both
 * indented and compact; then 200,000 pseudo-random reals.
 */
#include "tests.h"
#include "views/view.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void same_as_jansson(const json_t *v, bool indent)
{
	tp_sbuf b = { NULL, 0, 0, false };
	char *want = json_dumps(v, JSON_ENCODE_ANY | JSON_REAL_PRECISION(10) |
					   (indent ? JSON_INDENT(2)
						   : JSON_COMPACT));
	char *got;
	tp_jw_value(&b, v, indent, 0);
	got = tp_sb_finish(&b);
	ck_assert_ptr_nonnull(want);
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
	free(want);
}

START_TEST(reals_as_jansson)
{
	static const double v[] = {
		0.0,	  -0.0,	    1.0,      -1.0,	 0.1,	   -0.1,
		26.1,	  10.5,	    100.0,    -24.0,	 99.9,	   -99.95,
		0.05,	  0.25,	    1e-4,     1e-5,	 1.5e-7,   123456789.1,
		999999999.9, 1e9,   1e10,     12345678901.0, 1e20, -1e20,
		1e300,	  5e-324,   2.5,      0.3333333333333, 1234567.25,
		4.35,	  18.2,	    -0.04,    3.0e15,	 0.1 + 0.2
	};
	size_t i;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		json_t *r = json_real(v[i]);
		same_as_jansson(r, false);
		json_decref(r);
	}
}
END_TEST

/* xorshift64: the same sequence on every run. */
static uint64_t next(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

START_TEST(random_reals_as_jansson)
{
	uint64_t s = 0x9e3779b97f4a7c15ULL;
	int i;
	for (i = 0; i < 200000; i++) {
		uint64_t r = next(&s);
		double d;
		json_t *j;
		switch (i % 4) {
		case 0: /* tenths, as results round them */
			d = round((double)(int64_t)(r % 20000001) - 1e7) / 10.0;
			break;
		case 1: /* any finite double */
			memcpy(&d, &r, sizeof(d));
			if (!isfinite(d))
				d = 1.0;
			break;
		case 2: /* a quotient, as percents are */
			d = (double)(r % 1000) / (double)(r % 97 + 1);
			break;
		default: /* a magnitude of its own */
			d = (double)(r % 1000000) * pow(10.0, (double)(int)(r % 41) - 20);
		}
		j = json_real(d);
		same_as_jansson(j, false);
		json_decref(j);
	}
}
END_TEST

START_TEST(strings_as_jansson)
{
	char all[128];
	size_t i;
	json_t *a = json_array();
	for (i = 1; i < sizeof(all); i++)
		all[i - 1] = (char)i;
	all[127] = '\0';
	json_array_append_new(a, json_string(all));
	json_array_append_new(a, json_string("caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80"));
	json_array_append_new(a, json_string("\"quoted\" back\\slash / slash"));
	json_array_append_new(a, json_string(""));
	json_array_append_new(a, json_stringn("nul\0inside", 10));
	same_as_jansson(a, false);
	same_as_jansson(a, true);
	json_decref(a);
}
END_TEST

START_TEST(containers_as_jansson)
{
	json_t *o = json_pack(
		"{s:[], s:{}, s:[i,I,f,b,b,n], s:{s:{s:[{}, []]}}, s:s}",
		"empty", "none", "scalars", 0, (json_int_t)-9007199254740993LL,
		12.5, 1, 0, "deep", "a", "b", "last", "x");
	json_t *deep = json_array(), *at = deep;
	int k;
	ck_assert_ptr_nonnull(o);
	same_as_jansson(o, false);
	same_as_jansson(o, true);
	/* deeper than the writer's run of spaces */
	for (k = 0; k < 70; k++) {
		json_t *inner = json_array();
		json_array_append_new(at, json_integer(k));
		json_array_append_new(at, inner);
		at = inner;
	}
	same_as_jansson(deep, true);
	json_decref(deep);
	json_decref(o);
}
END_TEST

Suite *suite_jsonw(void)
{
	Suite *s = suite_create("jsonw");
	TCase *tc = tcase_create("writer");
	/* 200,000 reals take about a second of CPU; the default 4 s of wall
	 * time ran out on a busy machine (CK_TIMEOUT_MULTIPLIER still
	 * scales this for the sanitizer tiers) */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, reals_as_jansson);
	tcase_add_test(tc, random_reals_as_jansson);
	tcase_add_test(tc, strings_as_jansson);
	tcase_add_test(tc, containers_as_jansson);
	suite_add_tcase(s, tc);
	return s;
}
