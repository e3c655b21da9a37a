/*
 * check_csv.c - the CSV format (TPATH_FORMAT_CSV, tpath_csv_header,
 * tpath_error_render_csv) against the JSON of the same result.  Every
 * example (under every built-in guideline) and every vignette (with its
 * own options and knowledge base) is rendered both ways; the CSV is read
 * back by the strict RFC 4180 reader below and each cell compared with
 * the value docs/result-format.md ("CSV") says it holds, taken from the
 * JSON text parsed again (not from the library's object).  The header must
 * name exactly the columns the result's TRD definitions and staging models
 * give, in their order.
 */
#include "tests.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VIGNETTE_DIR "tests/vignettes"
#define EXAMPLE_DIR "docs/examples"

static char **vignettes, **examples;

typedef struct csv_row {
	char **cell;
	size_t n;
} csv_row;

static void row_free(csv_row *r)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		free(r->cell[i]);
	free(r->cell);
	r->cell = NULL;
	r->n = 0;
}

static void row_add(csv_row *r, const char *s, size_t n)
{
	char *c = malloc(n + 1);
	ck_assert_ptr_nonnull(c);
	memcpy(c, s, n);
	c[n] = '\0';
	r->cell = realloc(r->cell, (r->n + 1) * sizeof(*r->cell));
	ck_assert_ptr_nonnull(r->cell);
	r->cell[r->n++] = c;
}

/* Reads one record at *p, which must end with CRLF; *p moves past it.
 * A quoted field is read with its doubled quotes undone; an unquoted
 * field may hold no quote, CR or LF; a quote must be followed by a comma
 * or the CRLF.  Fails the test on anything else, naming what. */
static void read_row(const char **p, csv_row *r, const char *what)
{
	const char *s = *p;
	r->cell = NULL;
	r->n = 0;
	for (;;) {
		char *buf = NULL;
		size_t n = 0;
		if (*s == '"') {
			s++;
			for (;;) {
				ck_assert_msg(*s, "%s: unterminated quoted field",
					      what);
				if (*s == '"' && s[1] == '"') {
					s += 2;
					buf = realloc(buf, n + 1);
					buf[n++] = '"';
				} else if (*s == '"') {
					s++;
					break;
				} else {
					buf = realloc(buf, n + 1);
					buf[n++] = *s++;
				}
			}
			row_add(r, buf ? buf : "", n);
			free(buf);
		} else {
			size_t k = strcspn(s, ",\r\n\"");
			ck_assert_msg(s[k] != '"',
				      "%s: a quote inside an unquoted field: "
				      "'%.40s'",
				      what, s);
			row_add(r, s, k);
			s += k;
		}
		if (*s == ',') {
			s++;
			continue;
		}
		ck_assert_msg(s[0] == '\r' && s[1] == '\n',
			      "%s: a record must end with CRLF, not '%.20s'",
			      what, s);
		*p = s + 2;
		return;
	}
}

/* The text of a JSON scalar as its cell must hold it: a string as is,
 * true/false, an integer in decimal; "" for null or absent.  Numbers that
 * are reals are compared by value in number_cell instead. */
static const char *scalar(const json_t *v, char *buf, size_t n)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_true(v))
		return "true";
	if (json_is_false(v))
		return "false";
	if (json_is_integer(v)) {
		snprintf(buf, n, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return buf;
	}
	ck_assert_msg(v == NULL || json_is_null(v),
		      "a cell's JSON value is neither a scalar nor null");
	return "";
}

/* A score: empty for null, else the number as the JSON text writes it:
 * the token after "score": in the object that follows "model":"ID" in the
 * JSON line (its keys come in the contract's order, score before the
 * components), and equal in value to the parsed JSON's. */
static void number_cell(const char *what, const char *col, const char *cell,
			const json_t *v, const char *json, const char *id)
{
	char *end, key[300];
	const char *at;
	size_t n;
	double x;
	if (!v || json_is_null(v)) {
		ck_assert_msg(!*cell, "%s: %s is '%s', the JSON null", what, col,
			      cell);
		return;
	}
	ck_assert_msg(json_is_number(v), "%s: %s is not a number in the JSON",
		      what, col);
	x = strtod(cell, &end);
	ck_assert_msg(*cell && !*end && x == json_number_value(v),
		      "%s: %s is '%s', the JSON %.17g", what, col, cell,
		      json_number_value(v));
	snprintf(key, sizeof(key), "\"model\":\"%s\"", id);
	at = strstr(json, key);
	ck_assert_msg(at != NULL, "%s: no %s in the JSON text", what, key);
	at = strstr(at, "\"score\":");
	ck_assert_ptr_nonnull(at);
	at += strlen("\"score\":");
	n = strcspn(at, ",}");
	ck_assert_msg(strlen(cell) == n && !strncmp(cell, at, n),
		      "%s: %s is '%s', the JSON text '%.*s'", what, col, cell,
		      (int)n, at);
}

static const json_t *by_key(const json_t *a, const char *key, const char *id)
{
	size_t i;
	for (i = 0; i < json_array_size(a); i++)
		if (!strcmp(json_string_value(json_object_get(
				    json_array_get(a, i), key)),
			    id))
			return json_array_get(a, i);
	return NULL;
}

static const char *const lead[] = { "id",
				    "guideline",
				    "as_of",
				    "step",
				    "status",
				    "decision_point",
				    "decision_point_state",
				    NULL };
static const char *const tail[] = { "first_recommendation", "recommendations",
				    "warnings", "critical", "error", NULL };

/* The header's columns are exactly those the result gives, in order:
 * checks it, and the row's cells one by one. */
static void compare(const char *what, const csv_row *head, const csv_row *row,
		    const json_t *root, const char *json)
{
	const json_t *pos = json_object_get(root, "position");
	const json_t *trd = json_object_get(root, "trd");
	const json_t *staging = json_object_get(root, "staging");
	const json_t *recs = json_object_get(root, "recommendations");
	const json_t *warns = json_object_get(root, "warnings");
	size_t c = 0, i, ncols;
	char name[256], buf[64], codes[4096];
	size_t crit = 0, o = 0;

	ncols = 7 + 2 * json_array_size(trd) + json_array_size(staging) + 5;
	ck_assert_msg(head->n == ncols, "%s: %zu header columns, %zu expected",
		      what, head->n, ncols);
	ck_assert_msg(row->n == head->n, "%s: %zu cells under %zu columns",
		      what, row->n, head->n);
	for (i = 0; lead[i]; i++, c++)
		ck_assert_str_eq(head->cell[c], lead[i]);
	for (i = 0; i < json_array_size(trd); i++) {
		const char *id = json_string_value(
			json_object_get(json_array_get(trd, i), "definition"));
		snprintf(name, sizeof(name), "trd_%s_met", id);
		ck_assert_str_eq(head->cell[c++], name);
		snprintf(name, sizeof(name), "trd_%s_failed", id);
		ck_assert_str_eq(head->cell[c++], name);
	}
	for (i = 0; i < json_array_size(staging); i++) {
		const json_t *m = json_array_get(staging, i);
		const char *id = json_string_value(json_object_get(m, "model"));
		char stage[256], score[256];
		snprintf(stage, sizeof(stage), "staging_%s_stage", id);
		snprintf(score, sizeof(score), "staging_%s_score", id);
		ck_assert_msg(!strcmp(head->cell[c], stage) ||
				      !strcmp(head->cell[c], score),
			      "%s: column %zu is '%s', not %s or %s", what, c,
			      head->cell[c], stage, score);
		/* a ladder has no score, a points model no stage */
		ck_assert(json_is_null(json_object_get(
			m, strcmp(head->cell[c], stage) ? "stage" : "score")));
		c++;
	}
	for (i = 0; tail[i]; i++, c++)
		ck_assert_str_eq(head->cell[c], tail[i]);

	for (c = 0; c < head->n; c++) {
		const char *col = head->cell[c], *cell = row->cell[c];
		const char *want = NULL;
		const json_t *v;
		if (!strcmp(col, "id"))
			want = scalar(json_object_get(root, "history"), buf,
				      sizeof(buf));
		else if (!strcmp(col, "guideline"))
			want = scalar(json_object_get(json_object_get(root,
								      "guideline"),
						      "id"),
				      buf, sizeof(buf));
		else if (!strcmp(col, "as_of"))
			want = scalar(json_object_get(root, "as_of"), buf,
				      sizeof(buf));
		else if (!strcmp(col, "step") || !strcmp(col, "status") ||
			 !strcmp(col, "decision_point") ||
			 !strcmp(col, "decision_point_state"))
			want = scalar(json_object_get(pos, col), buf,
				      sizeof(buf));
		else if (!strncmp(col, "trd_", 4)) {
			size_t l = strlen(col);
			int met = l > 8 && !strcmp(col + l - 4, "_met");
			snprintf(name, sizeof(name), "%.*s",
				 (int)(l - 4 - (met ? 4 : 7)), col + 4);
			v = by_key(trd, "definition", name);
			ck_assert_msg(v != NULL, "%s: no TRD definition '%s'",
				      what, name);
			want = scalar(json_object_get(v, met ? "met"
							      : "failed_trials"),
				      buf, sizeof(buf));
		} else if (!strncmp(col, "staging_", 8)) {
			size_t l = strlen(col);
			int is_stage = !strcmp(col + l - 6, "_stage");
			snprintf(name, sizeof(name), "%.*s", (int)(l - 8 - 6),
				 col + 8);
			v = by_key(staging, "model", name);
			ck_assert_msg(v != NULL, "%s: no staging model '%s'",
				      what, name);
			if (is_stage) {
				want = scalar(json_object_get(v, "stage"), buf,
					      sizeof(buf));
			} else {
				number_cell(what, col, cell,
					    json_object_get(v, "score"), json,
					    name);
				continue;
			}
		} else if (!strcmp(col, "first_recommendation"))
			want = scalar(json_object_get(json_array_get(recs, 0),
						      "action"),
				      buf, sizeof(buf));
		else if (!strcmp(col, "recommendations")) {
			snprintf(buf, sizeof(buf), "%zu", json_array_size(recs));
			want = buf;
		} else if (!strcmp(col, "warnings")) {
			codes[0] = '\0';
			for (i = 0, o = 0; i < json_array_size(warns); i++)
				o += (size_t)snprintf(
					codes + o, sizeof(codes) - o, "%s%s",
					i ? ";" : "",
					json_string_value(json_object_get(
						json_array_get(warns, i),
						"code")));
			ck_assert_uint_lt(o, sizeof(codes));
			want = codes;
		} else if (!strcmp(col, "critical")) {
			for (i = 0, crit = 0; i < json_array_size(warns); i++)
				crit += !strcmp(json_string_value(json_object_get(
							json_array_get(warns, i),
							"severity")),
						"critical");
			snprintf(buf, sizeof(buf), "%zu", crit);
			want = buf;
		} else if (!strcmp(col, "error"))
			want = "";
		else
			ck_abort_msg("%s: a column the test does not know: '%s'",
				     what, col);
		ck_assert_msg(!strcmp(cell, want), "%s: %s is '%s', not '%s'",
			      what, col, cell, want);
	}
}

/* Renders r both ways under the header of kb, and compares. */
static void check_result(const char *what, const tpath_kb *kb,
			 const tpath_result *r)
{
	tpath_error err;
	char *json, *csv, *head;
	const char *p;
	csv_row hrow, row;
	json_t *root;
	json_error_t jerr;

	ck_assert_int_eq(tpath_csv_header(&head, kb, &err), 0);
	ck_assert_int_eq(tpath_result_render(&json, r, TPATH_FORMAT_JSON_LINE,
					     &err),
			 0);
	ck_assert_int_eq(tpath_result_render(&csv, r, TPATH_FORMAT_CSV, &err),
			 0);
	root = json_loads(json, 0, &jerr);
	ck_assert_msg(root != NULL, "%s: JSON: %s", what, jerr.text);
	p = head;
	read_row(&p, &hrow, what);
	ck_assert_msg(*p == '\0', "%s: the header is more than one record",
		      what);
	p = csv;
	read_row(&p, &row, what);
	ck_assert_msg(*p == '\0', "%s: the row is more than one record", what);
	compare(what, &hrow, &row, root, json);
	row_free(&hrow);
	row_free(&row);
	json_decref(root);
	tpath_free(json);
	tpath_free(csv);
	tpath_free(head);
}

START_TEST(vignette_csv_equals_json)
{
	char path[512], *text, msg[1200];
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	test_vignette vo;
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	size_t len;

	snprintf(path, sizeof(path), VIGNETTE_DIR "/%s", vignettes[_i]);
	text = test_slurp(path, &len);
	test_vignette_read(&vo, text, path);
	if (tpath_history_load_buffer(&h, vo.kb, text, len, path, NULL, &err) <
	    0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s", msg);
	}
	test_vignette_options(&vo, &eo);
	ck_assert_int_eq(tpath_evaluate(&r, vo.kb, h, &eo, &err), 0);
	check_result(path, vo.kb, r);
	tpath_result_free(r);
	tpath_history_free(h);
	test_vignette_free(&vo);
	free(text);
}
END_TEST

START_TEST(example_csv_equals_json)
{
	char path[512], what[700];
	const tpath_kb *kb = test_kb();
	tpath_history *h;
	tpath_error err;
	size_t g;

	snprintf(path, sizeof(path), EXAMPLE_DIR "/%s", examples[_i]);
	ck_assert_int_eq(tpath_history_load_file(&h, kb, path, NULL, &err), 0);
	ck_assert_uint_gt(tpath_kb_guideline_count(kb), 0);
	for (g = 0; g < tpath_kb_guideline_count(kb); g++) {
		tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
		tpath_guideline_info gi;
		tpath_result *r;
		ck_assert_int_eq(tpath_kb_guideline(kb, g, &gi), 0);
		eo.guideline = gi.id;
		ck_assert_int_eq(tpath_evaluate(&r, kb, h, &eo, &err), 0);
		snprintf(what, sizeof(what), "%s under %s", path, gi.id);
		check_result(what, kb, r);
		tpath_result_free(r);
	}
	tpath_history_free(h);
}
END_TEST

/* An error row: the id, every other cell empty, the formatted error last,
 * quoted because it holds commas, quotes and a line break. */
START_TEST(error_row)
{
	tpath_error err;
	char *head, *s, line[1200];
	const char *p;
	csv_row hrow, row;
	size_t i;

	ck_assert_int_eq(tpath_csv_header(&head, test_kb(), &err), 0);
	memset(&err, 0, sizeof(err));
	err.code = TPATH_EINVALID;
	err.line = 3;
	err.column = 7;
	snprintf(err.source, sizeof(err.source), "a,b.yaml");
	snprintf(err.message, sizeof(err.message),
		 "unknown drug 'x\"y, z'\r\nand more");
	tpath_error_format(&err, line, sizeof(line));
	ck_assert_int_eq(tpath_error_render_csv(&s, test_kb(), &err, "h-1"), 0);
	p = head;
	read_row(&p, &hrow, "header");
	p = s;
	read_row(&p, &row, "error row");
	ck_assert_msg(*p == '\0', "the error row is more than one record");
	ck_assert_uint_eq(row.n, hrow.n);
	ck_assert_str_eq(hrow.cell[hrow.n - 1], "error");
	ck_assert_str_eq(row.cell[0], "h-1");
	for (i = 1; i + 1 < row.n; i++)
		ck_assert_str_eq(row.cell[i], "");
	ck_assert_str_eq(row.cell[row.n - 1], line);
	ck_assert_str_eq(row.cell[row.n - 1],
			 "a,b.yaml:3:7: unknown drug 'x\"y, z'\r\nand more");
	row_free(&row);
	tpath_free(s);
	/* without an id, the first cell is empty */
	ck_assert_int_eq(tpath_error_render_csv(&s, test_kb(), &err, NULL), 0);
	p = s;
	read_row(&p, &row, "error row without id");
	ck_assert_uint_eq(row.n, hrow.n);
	ck_assert_str_eq(row.cell[0], "");
	row_free(&row);
	row_free(&hrow);
	tpath_free(s);
	tpath_free(head);
}
END_TEST

/* A knowledge file may name a definition with a comma and a quote: its
 * header columns are quoted like any field, and a result's row still has
 * one cell per column (the JSON comparison then runs on that header). */
static const char odd_trd[] =
	"tpath: trd/1\n"
	"id: test-odd\n"
	"version: 1.0.0\n"
	"title: A definition with an odd id\n"
	"sources:\n"
	"  - id: test\n"
	"    citation: \"tpath test suite\"\n"
	"definitions:\n"
	"  - id: 'odd, \"one\"'\n"
	"    title: Two failed trials\n"
	"    source: test\n"
	"    min_failures: 2\n"
	"    min_distinct_classes: 1\n"
	"    trials:\n"
	"      failure_below_pct: 50\n"
	"      count_augmentation: false\n"
	"      inefficacy_without_scores: true\n"
	"      scope: current-episode\n";

START_TEST(header_quotes_odd_ids)
{
	tpath_buffer b = { "trd.yaml", odd_trd, sizeof(odd_trd) - 1 };
	tpath_kb *kb;
	tpath_history *h;
	tpath_result *r;
	tpath_error err;
	char *head, line[1200];
	const char *p;
	csv_row hrow;

	if (tpath_kb_open_buffers(&kb, &b, 1, NULL, &err) < 0) {
		tpath_error_format(&err, line, sizeof(line));
		ck_abort_msg("%s", line);
	}
	ck_assert_int_eq(tpath_csv_header(&head, kb, &err), 0);
	ck_assert_ptr_nonnull(strstr(head, ",\"trd_odd, \"\"one\"\"_met\","));
	p = head;
	read_row(&p, &hrow, "header");
	ck_assert_str_eq(hrow.cell[7], "trd_odd, \"one\"_met");
	ck_assert_str_eq(hrow.cell[8], "trd_odd, \"one\"_failed");
	row_free(&hrow);
	tpath_free(head);
	ck_assert_int_eq(tpath_history_load_file(&h, kb,
						 EXAMPLE_DIR "/demo-0001.yaml",
						 NULL, &err),
			 0);
	ck_assert_int_eq(tpath_evaluate(&r, kb, h, NULL, &err), 0);
	check_result("demo-0001 with an odd TRD id", kb, r);
	tpath_result_free(r);
	tpath_history_free(h);
	tpath_kb_free(kb);
}
END_TEST

START_TEST(usage_errors)
{
	tpath_error err, e0;
	char *s = (char *)1;
	memset(&e0, 0, sizeof(e0));
	ck_assert_int_eq(tpath_csv_header(&s, NULL, &err), TPATH_EUSAGE);
	ck_assert_ptr_null(s);
	ck_assert_int_eq(err.code, TPATH_EUSAGE);
	ck_assert_int_eq(tpath_csv_header(NULL, test_kb(), &err),
			 TPATH_EUSAGE);
	s = (char *)1;
	ck_assert_int_eq(tpath_error_render_csv(&s, NULL, &e0, NULL),
			 TPATH_EUSAGE);
	ck_assert_ptr_null(s);
	s = (char *)1;
	ck_assert_int_eq(tpath_error_render_csv(&s, test_kb(), NULL, NULL),
			 TPATH_EUSAGE);
	ck_assert_ptr_null(s);
	ck_assert_int_eq(tpath_error_render_csv(NULL, test_kb(), &e0, NULL),
			 TPATH_EUSAGE);
	/* the comparison has no CSV form */
	{
		tpath_history *h;
		tpath_result *r;
		const tpath_result *one[1];
		ck_assert_int_eq(tpath_history_load_file(
					 &h, test_kb(),
					 EXAMPLE_DIR "/demo-0001.yaml", NULL,
					 &err),
				 0);
		ck_assert_int_eq(tpath_evaluate(&r, test_kb(), h, NULL, &err),
				 0);
		one[0] = r;
		ck_assert_int_eq(tpath_compare_render(&s, one, 1,
						      TPATH_FORMAT_CSV, &err),
				 TPATH_EUSAGE);
		ck_assert_ptr_null(s);
		tpath_result_free(r);
		tpath_history_free(h);
	}
}
END_TEST

Suite *suite_csv(void)
{
	Suite *s = suite_create("csv");
	TCase *tc = tcase_create("csv");
	tcase_set_timeout(tc, 120);
	test_add_dir_loop(tc, vignette_csv_equals_json, VIGNETTE_DIR, ".yaml",
			  &vignettes);
	test_add_dir_loop(tc, example_csv_equals_json, EXAMPLE_DIR, ".yaml",
			  &examples);
	tcase_add_test(tc, error_row);
	tcase_add_test(tc, header_quotes_odd_ids);
	tcase_add_test(tc, usage_errors);
	suite_add_tcase(s, tc);
	return s;
}
