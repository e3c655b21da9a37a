/*
 * check_history.c - what a valid history/1 file means once loaded: dates in
 * both styles, decimals, defaults, aliases, interventions, flags, courses
 * without doses, pharmacy fills, concomitant medicines.
 */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

START_TEST(contract_example_absolute)
{
	tpath_history *h;
	char line[1200];
	size_t len;
	char *buf = test_slurp("docs/examples/demo-0001.yaml", &len);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), 0);
	ck_assert_str_eq(tpath_history_id(h), "demo-0001");
	ck_assert_uint_eq(tpath_history_treatment_count(h), 2);
	ck_assert_uint_eq(tpath_history_measure_count(h), 5);
	ck_assert_int_eq(h->dates, TP_DATES_ISO);
	ck_assert_int_eq(h->as_of, tp_days_from_civil(2025, 3, 3));
	ck_assert_int_eq(h->age, 47);
	ck_assert_str_eq(tp_sex_words[h->sex], "female");
	ck_assert_str_eq(tp_severity_words[h->severity], "moderate");
	ck_assert_str_eq(h->courses[0].drug->name, "sertraline");
	ck_assert(h->courses[0].has_stop);
	ck_assert_int_eq(h->courses[0].stop - h->courses[0].start, 76);
	ck_assert_str_eq(tp_stop_reasons[h->courses[0].stop_reason],
			 "inefficacy");
	ck_assert(!h->courses[1].has_stop);
	ck_assert_uint_eq(h->courses[1].ndoses, 2);
	ck_assert_double_eq(h->courses[1].doses[1].mg, 150);
	ck_assert_str_eq(tp_adherence_words[h->courses[1].adherence],
			 "unknown");
	ck_assert_int_eq(h->courses[1].role, TP_ROLE_NONE);
	ck_assert_str_eq(h->measures[4].scale->id, "phq9");
	ck_assert_int_eq(h->measures[4].score, 13);
	tpath_history_free(h);
	free(buf);
}
END_TEST

START_TEST(contract_example_relative)
{
	tpath_history *h;
	char line[1200];
	char *buf = test_slurp("docs/examples/demo-0002.yaml", NULL);
	ck_assert_int_eq(test_load(&h, buf, line, sizeof(line)), 0);
	ck_assert_int_eq(h->dates, TP_DATES_RELATIVE);
	ck_assert_int_eq(h->episode_start, -30);
	ck_assert_int_eq(h->as_of, 70);
	ck_assert_int_eq(h->courses[0].doses[1].day, 28);
	tpath_history_free(h);
	free(buf);
}
END_TEST

START_TEST(as_of_defaults_to_latest_date)
{
	tpath_history *h;
	char line[1200];
	const char *doc = "tpath: history/1\nid: x\nepisode: {start: -10}\n"
			  "treatments:\n"
			  "  - {drug: Lexapro, start: 0, stop: 40,\n"
			  "     doses: [{date: 0, mg_per_day: 10}]}\n"
			  "measures: [{date: 12, scale: madrs, score: 30}]\n";
	ck_assert_int_eq(test_load(&h, doc, line, sizeof(line)), 0);
	ck_assert(!h->has_as_of);
	ck_assert_int_eq(h->as_of, 40);
	/* a brand name resolves to the canonical generic name */
	ck_assert_str_eq(h->courses[0].drug->name, "escitalopram");
	tpath_history_free(h);
}
END_TEST

START_TEST(decimal_doses_interventions_flags)
{
	tpath_history *h;
	char line[1200];
	const char *doc =
		"tpath: history/1\nid: v.2_x-3\nepisode: {start: 2024-01-01, "
		"prior_episodes: 2}\n"
		"patient: {age: 90, sex: unknown, flags: [pregnant, "
		"cyp2c19-poor-metabolizer]}\n"
		"treatments:\n"
		"  - drug: venlafaxine\n    start: 2024-01-02\n"
		"    doses: [{date: 2024-01-02, mg_per_day: 37.5}]\n"
		"    role: monotherapy\n    adherence: partial\n"
		"  - {intervention: ect, kind: bilateral, start: 2024-03-01, "
		"stop: 2024-04-01, sessions: 12, stop_reason: remission}\n"
		"notes: |\n  free text: not interpreted, even 12 or yes\n";
	ck_assert_int_eq(test_load(&h, doc, line, sizeof(line)), 0);
	ck_assert_double_eq(h->courses[0].doses[0].mg, 37.5);
	ck_assert_int_eq(h->courses[0].role, TP_ROLE_MONOTHERAPY);
	ck_assert_str_eq(tp_adherence_words[h->courses[0].adherence],
			 "partial");
	ck_assert_ptr_null(h->courses[1].drug);
	ck_assert_str_eq(tp_interventions[h->courses[1].intervention], "ect");
	ck_assert_str_eq(h->courses[1].kind, "bilateral");
	ck_assert_int_eq(h->courses[1].sessions, 12);
	ck_assert_uint_eq(h->nflags, 2);
	ck_assert_str_eq(h->flags[1]->id, "cyp2c19-poor-metabolizer");
	ck_assert_int_eq(h->age, 90);
	ck_assert_int_eq(h->prior_episodes, 2);
	ck_assert_str_eq(h->notes,
			 "free text: not interpreted, even 12 or yes\n");
	tpath_history_free(h);
}
END_TEST

START_TEST(quoted_iso_dates_accepted)
{
	/* Emitters such as PyYAML quote date-like strings; a quoted ISO date
	 * is unambiguous.  A quoted relative day is not accepted. */
	tpath_history *h;
	char line[1200];
	const char *ok = "tpath: history/1\nid: x\n"
			 "episode: {start: '2024-01-01'}\ntreatments: []\n";
	const char *bad = "tpath: history/1\nid: x\n"
			  "episode: {start: '10'}\ntreatments: []\n";
	ck_assert_int_eq(test_load(&h, ok, line, sizeof(line)), 0);
	tpath_history_free(h);
	ck_assert_int_eq(test_load(&h, bad, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_ptr_null(h);
	ck_assert_str_eq(line,
			 "t.yaml:3:18: 'start': a date expected (YYYY-MM-DD, "
			 "or a whole number of days written without quotes), "
			 "got quoted string \"10\"");
}
END_TEST

START_TEST(phi_keys_any_case)
{
	tpath_history *h;
	char line[1200];
	const char *doc = "tpath: history/1\nid: x\nepisode: {start: 0}\n"
			  "treatments: []\nPhone: 555\n";
	ck_assert_int_eq(test_load(&h, doc, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_str_eq(line, "t.yaml:5:1: 'Phone': identifying key not "
			       "allowed; a history must be anonymized "
			       "(history/1 refuses direct identifiers)");
}
END_TEST

START_TEST(doses_optional)
{
	/* No doses key and doses: [] both mean the dose was not recorded;
	 * the course is still a course. */
	tpath_history *h;
	char line[1200];
	char *buf = test_slurp("tests/data/history/doses-absent.yaml", NULL);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	ck_assert_uint_eq(tpath_history_treatment_count(h), 1);
	ck_assert_str_eq(h->courses[0].drug->name, "sertraline");
	ck_assert_uint_eq(h->courses[0].ndoses, 0);
	ck_assert_ptr_null(h->courses[0].doses);
	ck_assert_uint_eq(h->courses[0].nfills, 0);
	ck_assert_ptr_null(h->courses[0].fills);
	ck_assert_int_eq(h->as_of, tp_days_from_civil(2024, 12, 1));
	tpath_history_free(h);
	free(buf);
	buf = test_slurp("tests/data/history/doses-empty.yaml", NULL);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	ck_assert_str_eq(h->courses[0].drug->name, "venlafaxine");
	ck_assert_uint_eq(h->courses[0].ndoses, 0);
	ck_assert_ptr_null(h->courses[0].doses);
	tpath_history_free(h);
	free(buf);
}
END_TEST

START_TEST(fills_loaded)
{
	tpath_history *h;
	char line[1200];
	const tp_course *co;
	char *buf = test_slurp("tests/data/history/fills.yaml", NULL);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	co = &h->courses[0];
	ck_assert_uint_eq(co->ndoses, 2);
	ck_assert_uint_eq(co->nfills, 4);
	ck_assert_int_eq(co->fills[0].day, co->start);
	ck_assert_int_eq(co->fills[0].days, 14);
	/* two fills on one day are kept, in file order */
	ck_assert_int_eq(co->fills[1].day, tp_days_from_civil(2024, 9, 30));
	ck_assert_int_eq(co->fills[2].day, co->fills[1].day);
	ck_assert_int_eq(co->fills[3].day, co->stop);
	ck_assert_int_eq(co->fills[3].days, 90);
	ck_assert_uint_eq(co->fills[1].line, 17);
	ck_assert_uint_eq(co->fills[1].column, 9);
	co = &h->courses[1];
	ck_assert_uint_eq(co->ndoses, 0);
	ck_assert_ptr_null(co->doses);
	ck_assert_uint_eq(co->nfills, 2);
	ck_assert_int_eq(co->fills[0].days, 1);
	ck_assert_int_eq(co->fills[1].day, tp_days_from_civil(2024, 12, 3));
	ck_assert_int_eq(co->fills[1].days, 366);
	ck_assert_uint_eq(co->fills[1].line, 23);
	ck_assert_uint_eq(co->fills[1].column, 42);
	tpath_history_free(h);
	free(buf);
}
END_TEST

START_TEST(fills_relative_days)
{
	/* Fill dates follow the file's date style; a fill counts toward the
	 * latest date (the default as_of), its coverage does not. */
	tpath_history *h;
	char line[1200];
	const char *doc = "tpath: history/1\nid: x\nepisode: {start: -10}\n"
			  "treatments:\n"
			  "  - {drug: sertraline, start: 0, doses: [],\n"
			  "     fills: [{date: 0, days: 30}, {date: 31, "
			  "days: 90}]}\n";
	const char *mixed = "tpath: history/1\nid: x\nepisode: {start: -10}\n"
			    "treatments:\n"
			    "  - {drug: sertraline, start: 0,\n"
			    "     fills: [{date: 2024-01-01, days: 30}]}\n";
	ck_assert_msg(test_load(&h, doc, line, sizeof(line)) == 0, "%s", line);
	ck_assert_int_eq(h->as_of, 31);
	ck_assert_int_eq(h->courses[0].fills[1].day, 31);
	ck_assert_int_eq(h->courses[0].fills[1].days, 90);
	tpath_history_free(h);
	ck_assert_int_eq(test_load(&h, mixed, line, sizeof(line)),
			 TPATH_EINVALID);
	ck_assert_ptr_null(h);
	ck_assert_str_eq(line, "t.yaml:6:21: 'date': a calendar date, but the "
			       "file's first date (line 3, column 18) is a "
			       "relative day; a file uses one style only");
}
END_TEST

START_TEST(concomitant_loaded)
{
	tpath_history *h;
	char line[1200];
	const tp_concomitant *m;
	char *buf = test_slurp("tests/data/history/concomitant.yaml", NULL);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	/* never a course: the one treatment is still the only one */
	ck_assert_uint_eq(tpath_history_treatment_count(h), 1);
	ck_assert_uint_eq(h->nconcomitant, 5);
	m = &h->concomitant[0];
	ck_assert_str_eq(m->drug->name, "methylphenidate"); /* Ritalin */
	ck_assert_int_eq(m->start, tp_days_from_civil(2023, 5, 1));
	ck_assert(!m->has_stop);
	ck_assert_uint_eq(m->line, 18);
	ck_assert_uint_eq(m->column, 5);
	m = &h->concomitant[1];
	ck_assert_str_eq(m->drug->name, "selegiline");
	ck_assert_int_eq(m->start, tp_days_from_civil(2024, 2, 1));
	ck_assert(m->has_stop);
	ck_assert_int_eq(m->stop, tp_days_from_civil(2024, 8, 15));
	ck_assert_uint_eq(m->line, 19);
	ck_assert_uint_eq(m->column, 5);
	/* interacting drugs, by name and alias, in file order */
	m = &h->concomitant[2];
	ck_assert_str_eq(m->drug->name, "tramadol");
	ck_assert_int_eq(m->drug->kind, TP_KIND_INTERACTING);
	ck_assert_int_eq(m->stop - m->start, 10);
	ck_assert_uint_eq(m->line, 22);
	ck_assert_str_eq(h->concomitant[3].drug->name, "st-johns-wort");
	ck_assert_str_eq(h->concomitant[4].drug->name, "methylene-blue");
	ck_assert_int_eq(h->concomitant[4].start, h->concomitant[4].stop);
	tpath_history_free(h);
	free(buf);
}
END_TEST

START_TEST(concomitant_relative_days)
{
	/* Relative days; a concomitant date counts toward the latest date
	 * (the default as_of) like any other date of the file. */
	tpath_history *h;
	char line[1200];
	char *buf = test_slurp("tests/data/history/concomitant-relative.yaml",
			       NULL);
	ck_assert_msg(test_load(&h, buf, line, sizeof(line)) == 0, "%s", line);
	ck_assert_int_eq(h->dates, TP_DATES_RELATIVE);
	ck_assert_int_eq(h->as_of, 42);
	ck_assert_uint_eq(tpath_history_treatment_count(h), 1);
	ck_assert_uint_eq(h->nconcomitant, 5);
	ck_assert_int_eq(h->concomitant[0].start, -400);
	ck_assert_int_eq(h->concomitant[0].stop, -200);
	ck_assert_ptr_eq(h->concomitant[0].drug, h->concomitant[1].drug);
	ck_assert_int_eq(h->concomitant[1].start, 10);
	ck_assert_str_eq(h->concomitant[2].drug->name, "selegiline");
	ck_assert(!h->concomitant[2].has_stop);
	ck_assert_str_eq(h->concomitant[3].drug->name, "linezolid");
	ck_assert_str_eq(h->concomitant[4].drug->name, "sumatriptan");
	tpath_history_free(h);
	free(buf);
	/* absent and empty are the same: nothing */
	ck_assert_msg(test_load(&h,
				"tpath: history/1\nid: x\nepisode: {start: 0}\n"
				"treatments: []\nconcomitant: []\n",
				line, sizeof(line)) == 0,
		      "%s", line);
	ck_assert_uint_eq(h->nconcomitant, 0);
	tpath_history_free(h);
}
END_TEST

START_TEST(file_loading_and_usage_errors)
{
	tpath_history *h = (tpath_history *)1;
	tpath_error err;
	ck_assert_int_eq(tpath_history_load_file(&h, test_kb(),
						 "docs/examples/demo-0002.yaml",
						 NULL, &err),
			 0);
	ck_assert_str_eq(tpath_history_id(h), "demo-0002");
	tpath_history_free(h);
	ck_assert_int_eq(tpath_history_load_file(&h, test_kb(), "no/such.yaml",
						 NULL, &err),
			 TPATH_EIO);
	ck_assert_ptr_null(h);
	ck_assert_str_eq(err.source, "no/such.yaml");
	ck_assert_str_eq(err.message,
			 "cannot open: No such file or directory");
	ck_assert_int_eq(tpath_history_load_buffer(&h, NULL, "x", 1, "n",
						   NULL, &err),
			 TPATH_EUSAGE);
	/* a NULL error pointer is allowed */
	ck_assert_int_eq(tpath_history_load_buffer(&h, test_kb(), "x: [", 4,
						   "n", NULL, NULL),
			 TPATH_EINVALID);
}
END_TEST

/* tpath_validate_buffer_each collects what it is given */
typedef struct seen {
	size_t n;
	tpath_error e[8];
} seen;

static void see(void *ud, const tpath_error *err)
{
	seen *s = ud;
	if (s->n < 8)
		s->e[s->n] = *err;
	s->n++;
}

/* tpath_validate_buffer_each reads a history on after an invalid part and
 * passes every error on, in the order found; it returns the first error's
 * code with that error in err, as tpath_validate_buffer does.  A valid
 * document gives no call; a knowledge file (read to its first error) and a
 * YAML syntax error give one; NULL for the callback and the error are
 * allowed. */
START_TEST(validate_each_error)
{
	static const char three[] =
		"tpath: history/1\nid: t\nepisode: {start: 0}\n"
		"treatments:\n"
		"  - {drug: sertralin, start: 0}\n"
		"  - {drug: sertraline, start: 0}\n"
		"  - {intervention: ect, start: 5, stop: 1}\n"
		"measures: [{date: 1, scale: phq9, score: 99}]\n";
	const char *kind = "x";
	seen s;
	tpath_error err, first;
	size_t len;
	char *buf;

	memset(&s, 0, sizeof(s));
	ck_assert_int_eq(tpath_validate_buffer_each(&kind, test_kb(), three,
						    strlen(three), "h", NULL,
						    see, &s, &err),
			 TPATH_EINVALID);
	ck_assert_ptr_null(kind);
	ck_assert_uint_eq(s.n, 3);
	ck_assert_uint_eq(s.e[0].line, 5);
	ck_assert_uint_eq(s.e[0].column, 12);
	ck_assert_str_eq(s.e[0].message,
			 "unknown drug 'sertralin'; did you mean 'sertraline'?");
	ck_assert_uint_eq(s.e[1].line, 7);
	ck_assert_uint_eq(s.e[1].column, 41);
	ck_assert_str_eq(s.e[1].message,
			 "'stop': day 1 is before the course's start day 5");
	ck_assert_uint_eq(s.e[2].line, 8);
	ck_assert_uint_eq(s.e[2].column, 42);
	ck_assert_str_eq(s.e[2].message,
			 "'score': 99 is out of range for phq9 (0-27)");
	ck_assert_uint_eq(err.line, 5);
	ck_assert_str_eq(err.message, s.e[0].message);
	/* the same first error as tpath_validate_buffer's */
	ck_assert_int_eq(tpath_validate_buffer(&kind, test_kb(), three,
					       strlen(three), "h", NULL,
					       &first),
			 TPATH_EINVALID);
	ck_assert_str_eq(first.message, err.message);
	/* NULL callback and error */
	ck_assert_int_eq(tpath_validate_buffer_each(&kind, test_kb(), three,
						    strlen(three), "h", NULL,
						    NULL, NULL, NULL),
			 TPATH_EINVALID);
	/* valid: no call */
	memset(&s, 0, sizeof(s));
	buf = test_slurp("docs/examples/demo-0001.yaml", &len);
	ck_assert_int_eq(tpath_validate_buffer_each(&kind, test_kb(), buf, len,
						    "d", NULL, see, &s, &err),
			 0);
	ck_assert_str_eq(kind, "history/1");
	ck_assert_uint_eq(s.n, 0);
	free(buf);
	/* a syntax error, a knowledge file: one call each */
	ck_assert_int_eq(tpath_validate_buffer_each(&kind, test_kb(), "x: [",
						    4, "y", NULL, see, &s,
						    &err),
			 TPATH_EINVALID);
	ck_assert_uint_eq(s.n, 1);
	ck_assert_int_eq(
		tpath_validate_buffer_each(&kind, test_kb(),
					   "tpath: drugs/1\nbogus: 1\n", 24,
					   "k", NULL, see, &s, &err),
		TPATH_EINVALID);
	ck_assert_uint_eq(s.n, 2);
	ck_assert_str_eq(s.e[1].message, err.message);
}
END_TEST

/* The kinds of the import's findings (tpath_fhir_options.finding, version
 * 3): counted per kind, each call with the same where and message warn
 * gets; an options struct of version 2 never has finding called. */
typedef struct finding_count {
	size_t kinds[8], warns, other_where_condition;
	char last_excluded[600];
} finding_count;

static void count_finding(void *ud, tpath_fhir_finding kind,
			  const char *where, const char *message)
{
	finding_count *c = ud;
	ck_assert_int_ge((int)kind, 0);
	ck_assert_int_lt((int)kind, 8);
	c->kinds[kind]++;
	if (kind == TPATH_FHIR_FINDING_EXCLUDED_DIAGNOSIS)
		snprintf(c->last_excluded, sizeof(c->last_excluded), "%s: %s",
			 where, message);
	if (kind == TPATH_FHIR_FINDING_NO_DIAGNOSIS)
		ck_assert_str_eq(where, "Condition");
}

static void count_warn(void *ud, const char *where, const char *message)
{
	(void)where;
	(void)message;
	((finding_count *)ud)->warns++;
}

static void import_findings(const char *file, unsigned version,
			    finding_count *c)
{
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	tpath_buffer b;
	tpath_error err;
	char *yaml = NULL, *data;
	size_t len;

	memset(c, 0, sizeof(*c));
	fo.version = version;
	fo.warn = count_warn;
	fo.finding = count_finding;
	fo.ud = c;
	data = test_slurp(file, &len);
	b.data = data;
	b.len = len;
	b.name = file;
	ck_assert_int_eq(tpath_fhir_import(&yaml, test_kb(), &b, 1, &fo, &err),
			 0);
	tpath_free(yaml);
	free(data);
}

START_TEST(fhir_import_finding_kinds)
{
	finding_count c;
	size_t i, sum = 0;

	import_findings("tests/fhir/diagnoses/exclusion.json", 3, &c);
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_EXCLUDED_DIAGNOSIS], 2);
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_NO_DIAGNOSIS], 0);
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_UNDER_AGE], 0);
	ck_assert_str_eq(c.last_excluded,
			 "Condition/schizophrenia: outside the guidelines' "
			 "scope: SNOMED CT 111482003 \"Subchronic "
			 "schizophrenia with acute exacerbations (disorder)\" "
			 "is schizophrenia or a psychotic disorder, which the "
			 "depression measures exclude (CMS159); the "
			 "guidelines' advice is for major depression without "
			 "it, and nothing is left out");
	for (i = 0; i < 8; i++)
		sum += c.kinds[i];
	ck_assert_uint_eq(sum, c.warns); /* every warning, once each */

	import_findings("tests/fhir/diagnoses/none.json", 3, &c);
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_NO_DIAGNOSIS], 1);
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_EXCLUDED_DIAGNOSIS], 0);

	/* Records left out, and their summary. */
	import_findings("tests/fhir/shapes/phq9-shapes.json", 3, &c);
	/* the third, a score met twice, is only counted in the summary */
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_LEFT_OUT], 2);
	ck_assert_uint_eq(c.kinds[TPATH_FHIR_FINDING_SUMMARY], 1);

	/* Version 2: warn only. */
	import_findings("tests/fhir/diagnoses/exclusion.json", 2, &c);
	for (i = 0; i < 8; i++)
		ck_assert_uint_eq(c.kinds[i], 0);
	ck_assert_uint_eq(c.warns, 2);
}
END_TEST

/* The library's import reports what it wrote and left out, by reason
 * (tpath_fhir_options.summary, version 2), also when the import fails for
 * want of anything clinical; the reasons are named by tpath_fhir_reason. */
START_TEST(fhir_import_summary)
{
	tpath_fhir_options fo = TPATH_FHIR_OPTIONS_INIT;
	tpath_fhir_summary sum;
	tpath_buffer b;
	tpath_error err;
	char *yaml = NULL, *data;
	size_t len, i, n;

	fo.summary = &sum;
	data = test_slurp("tests/fhir/shapes/phq9-shapes.json", &len);
	b.data = data;
	b.len = len;
	b.name = "phq9-shapes.json";
	ck_assert_int_eq(tpath_fhir_import(&yaml, test_kb(), &b, 1, &fo, &err),
			 0);
	ck_assert_uint_eq(sum.courses, 1);
	ck_assert_uint_eq(sum.concomitant, 0);
	ck_assert_uint_eq(sum.procedures, 0);
	ck_assert_uint_eq(sum.scores, 5);
	ck_assert_uint_eq(sum.left_out, 3);
	for (n = 0; tpath_fhir_reason(n); n++)
		;
	ck_assert_uint_le(n, TPATH_FHIR_REASONS_MAX);
	for (i = 0; i < n; i++) {
		const char *r = tpath_fhir_reason(i);
		if (strcmp(r, "scores not final, amended or corrected") == 0 ||
		    strcmp(r, "scores without a whole-number value in "
			      "range") == 0 ||
		    strncmp(r, "scores met twice", 16) == 0)
			ck_assert_uint_eq(sum.by_reason[i], 1);
		else
			ck_assert_uint_eq(sum.by_reason[i], 0);
	}
	tpath_free(yaml);
	free(data);

	data = test_slurp("tests/fhir/nothing-clinical.json", &len);
	b.data = data;
	b.len = len;
	yaml = NULL;
	ck_assert_int_eq(tpath_fhir_import(&yaml, test_kb(), &b, 1, &fo, &err),
			 TPATH_EINVALID);
	ck_assert_ptr_null(yaml);
	ck_assert_uint_eq(sum.courses + sum.scores + sum.procedures, 0);
	ck_assert_uint_eq(sum.left_out, 2);
	free(data);
}
END_TEST

Suite *suite_history(void)
{
	Suite *s = suite_create("history");
	TCase *tc = tcase_create("load");
	tcase_add_test(tc, contract_example_absolute);
	tcase_add_test(tc, contract_example_relative);
	tcase_add_test(tc, as_of_defaults_to_latest_date);
	tcase_add_test(tc, decimal_doses_interventions_flags);
	tcase_add_test(tc, quoted_iso_dates_accepted);
	tcase_add_test(tc, phi_keys_any_case);
	tcase_add_test(tc, doses_optional);
	tcase_add_test(tc, fills_loaded);
	tcase_add_test(tc, fills_relative_days);
	tcase_add_test(tc, concomitant_loaded);
	tcase_add_test(tc, concomitant_relative_days);
	tcase_add_test(tc, file_loading_and_usage_errors);
	tcase_add_test(tc, validate_each_error);
	tcase_add_test(tc, fhir_import_summary);
	tcase_add_test(tc, fhir_import_finding_kinds);
	suite_add_tcase(s, tc);
	return s;
}
