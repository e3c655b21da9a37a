/*
 * history.c - strict loading of history/1 documents.
 *
 * The contract (docs/history-format.md) is enforced here: a PHI scan of
 * every key in the file, then the schema, then the cross-field rules (one
 * date style per file, dose and fill dates inside their course and in
 * order, no event after as_of, scores inside their scale's range).  Drugs,
 * scales and flags are resolved against the knowledge base, so none of them
 * is named in this file.  Concomitant medicines (other drugs that matter
 * for safety) are read beside the treatments and never become courses.
 *
 * Validation (c->errs) reads on after an invalid part: each treatment,
 * measure, concomitant medicine and flag, and each field of the patient,
 * the episode and the top level, is a part (tp_go_on at its end); a part
 * stops at its own first error.
 */
#include "load/load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Contract vocabularies (history/1); clinical knowledge lives in YAML. */
const char *const tp_interventions[] = { "ect", "rtms", "tdcs", "vns",
					 "psychotherapy" };
const size_t tp_ninterventions = TP_ARRAY_LEN(tp_interventions);
const char *const tp_stop_reasons[] = { "inefficacy",  "intolerance",
					"remission",   "nonadherence",
					"patient-choice", "other" };
const size_t tp_nstop_reasons = TP_ARRAY_LEN(tp_stop_reasons);
const char *const tp_adherence_words[] = { "full", "partial", "poor",
					   "unknown" };
const size_t tp_nadherence = TP_ARRAY_LEN(tp_adherence_words);
const char *const tp_role_words[] = { "monotherapy", "switch", "augmentation",
				      "combination" };
const size_t tp_nroles = TP_ARRAY_LEN(tp_role_words);
const char *const tp_severity_words[] = { "subsyndromal", "mild", "moderate",
					  "severe", "severe-psychotic" };
const size_t tp_nseverities = TP_ARRAY_LEN(tp_severity_words);
const char *const tp_sex_words[] = { "female", "male", "other", "unknown" };
const char *const tp_tolerability_words[] = { "tolerated", "troublesome" };
const size_t tp_nsexes = TP_ARRAY_LEN(tp_sex_words);

/* Keys that name a direct identifier; refused anywhere in a history. */
static const char *const phi_keys[] = {
	"name",	   "given_name",    "family_name", "mrn",	 "ssn",
	"nhs_number", "address",   "postcode",	   "zip",	 "phone",
	"email",   "dob",	    "birth_date",  "date_of_birth"
};

#define TP_MIN_YEAR 1900
#define TP_MAX_YEAR 2199
#define TP_MAX_RELATIVE_DAY 100000L
#define TP_ADHERENCE_UNKNOWN 3
/* A fill covers 1 to 366 days: a year's supply (a leap year's) is the most
 * any pharmacy hands over at once; more is a data error, not a fill. */
#define TP_MAX_FILL_DAYS 366L

typedef struct hctx {
	tp_ctx *c;
	tpath_history *h;
	const tpath_kb *kb;
	const tp_node *first_date; /* decides the file's date style */
	int32_t latest;
	bool any_date;
	size_t nfills; /* fills read so far, in every course */
} hctx;

void tp_format_day(const tpath_history *h, int32_t day, char *buf, size_t n)
{
	if (h->dates == TP_DATES_ISO) {
		tp_date_format(day, buf, n);
	} else {
		snprintf(buf, n, "day %ld", (long)day);
	}
}

void tp_format_as_of(const tpath_history *h, int32_t day, char *buf, size_t n)
{
	if (h->dates == TP_DATES_RELATIVE)
		snprintf(buf, n, "%ld", (long)day);
	else
		tp_format_day(h, day, buf, n);
}

int tp_parse_as_of(const tpath_history *h, const char *s, int32_t *out,
		   tpath_error *err)
{
	char *end;
	long v;
	int y;
	unsigned m, d;

	if (h->dates != TP_DATES_RELATIVE &&
	    tp_date_parse(s, strlen(s), &y, &m, &d)) {
		if (!tp_date_day(s, strlen(s), out))
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "as_of %s is not a calendar date",
					    s);
	} else if (h->dates == TP_DATES_RELATIVE) {
		v = strtol(s, &end, 10);
		if (!*s || *end || v < -TP_MAX_RELATIVE_DAY ||
		    v > TP_MAX_RELATIVE_DAY)
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "as_of %s: the history uses "
					    "relative days, so a whole number "
					    "of days is expected",
					    s);
		*out = (int32_t)v;
	} else {
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "as_of %s: the history uses calendar "
				    "dates, so YYYY-MM-DD is expected",
				    s);
	}
	if (*out < h->episode_start) {
		char a[32];
		tp_format_day(h, h->episode_start, a, sizeof(a));
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "as_of %s is before the episode's start "
				    "%s",
				    s, a);
	}
	return 0;
}

static int phi_scan(tp_ctx *c, const tp_node *n)
{
	size_t i, j;
	int error;
	if (n->kind == TP_SCALAR)
		return 0;
	for (i = 0; i < n->n; i++) {
		if (n->kind == TP_MAPPING) {
			/* the first letter, folded, rules out most keys */
			char k0 = n->keys[i]->text[0];
			if (k0 >= 'A' && k0 <= 'Z')
				k0 = (char)(k0 - 'A' + 'a');
			for (j = 0; j < TP_ARRAY_LEN(phi_keys); j++)
				if (k0 == phi_keys[j][0] &&
				    tp_streq_ci(n->keys[i]->text, phi_keys[j])) {
					error = tp_fail(
						c, n->keys[i],
						"'%s': identifying key not "
						"allowed; a history must be "
						"anonymized (history/1 refuses "
						"direct identifiers)",
						n->keys[i]->text);
					if ((error = tp_go_on(c, error)) < 0)
						return error;
					break;
				}
		}
		if ((error = phi_scan(c, n->values[i])) < 0)
			return error;
	}
	return 0;
}

/* Reads a date (YYYY-MM-DD, plain or quoted, or a plain whole number of
 * days) and holds the file to one style. */
static int get_date(hctx *hc, const tp_node *v, const char *key,
		    int32_t *out)
{
	tp_ctx *c = hc->c;
	tpath_history *h = hc->h;
	tp_date_style style;
	int y;
	unsigned m, d;

	*out = 0;
	if (v->kind == TP_SCALAR && tp_date_parse(v->text, v->len, &y, &m, &d)) {
		if (y < TP_MIN_YEAR || y > TP_MAX_YEAR)
			return tp_fail(c, v,
				       "'%s': year %d is outside %d-%d", key,
				       y, TP_MIN_YEAR, TP_MAX_YEAR);
		if (m < 1 || m > 12)
			return tp_fail(c, v,
				       "'%s': %s is not a calendar date "
				       "(month %02u does not exist)",
				       key, v->text, m);
		if (d < 1 || d > tp_days_in_month(y, m))
			return tp_fail(c, v,
				       "'%s': %s is not a calendar date "
				       "(%04d-%02u has %u days)",
				       key, v->text, y, m,
				       tp_days_in_month(y, m));
		style = TP_DATES_ISO;
		*out = tp_days_from_civil(y, m, d);
	} else if (v->kind == TP_SCALAR && v->plain && tp_scalar_type(v) &&
		   strcmp(tp_scalar_type(v), "integer") == 0) {
		long day;
		int error = tp_get_int(c, v, key, -TP_MAX_RELATIVE_DAY,
				       TP_MAX_RELATIVE_DAY, &day);
		if (error < 0)
			return error;
		style = TP_DATES_RELATIVE;
		*out = (int32_t)day;
	} else {
		char got[128];
		tp_describe(got, sizeof(got), v);
		return tp_fail(c, v,
			       "'%s': a date expected (YYYY-MM-DD, or a whole "
			       "number of days written without quotes), got %s",
			       key, got);
	}
	if (!hc->first_date) {
		hc->first_date = v;
		h->dates = style;
	} else if (h->dates != style) {
		return tp_fail(c, v,
			       "'%s': %s, but the file's first date (line %u, "
			       "column %u) is %s; a file uses one style only",
			       key,
			       style == TP_DATES_ISO ? "a calendar date"
						     : "a relative day",
			       hc->first_date->line, hc->first_date->column,
			       h->dates == TP_DATES_ISO ? "a calendar date"
							: "a relative day");
	}
	if (!hc->any_date || *out > hc->latest)
		hc->latest = *out;
	hc->any_date = true;
	return 0;
}

/* A flag the vocabulary does not know: a misspelling of a known flag is
 * pointed at it; else the known flags are listed, with the closest by edit
 * distance among those holding the word's stem ("suicidal" in
 * "high-suicide-risk"). */
static int unknown_flag(hctx *hc, const tp_node *at, const char *id)
{
	const tp_vocab *vo = &hc->kb->vocab;
	char list[384], stem[64];
	const char *best = NULL;
	size_t bestd = (size_t)-1, o = 0, j, n = strlen(id);

	/* the stem: three quarters of the word, at least 5 letters */
	snprintf(stem, sizeof(stem), "%.*s",
		 (int)(n < 5 ? n : n * 3 / 4 < 5 ? 5 : n * 3 / 4), id);
	for (j = 0; j < vo->nflags; j++)
		if (tp_is_close(id, vo->flags[j].id))
			return tp_fail(hc->c, at,
				       "'flags': unknown flag '%s'; did you "
				       "mean '%s'?",
				       id, vo->flags[j].id);
	for (j = 0; j < vo->nflags; j++) {
		const char *f = vo->flags[j].id;
		size_t d = tp_edit_distance(id, f, 64);
		if (n >= 5 && strstr(f, stem) && d < bestd) {
			best = f;
			bestd = d;
		}
		if (o < sizeof(list))
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      "%s%s", j ? ", " : "", f);
	}
	if (best)
		return tp_fail(hc->c, at,
			       "'flags': unknown flag '%s'; did you mean "
			       "'%s'? (known flags: %s)",
			       id, best, list);
	return tp_fail(hc->c, at, "'flags': unknown flag '%s' (known flags: %s)",
		       id, list);
}

static int patient_from_node(hctx *hc, const tp_node *node)
{
	enum { AGE, SEX, FLAGS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "age", TP_F_SCALAR, false },
		{ "sex", TP_F_SCALAR, false },
		{ "flags", TP_F_SEQUENCE, false },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	tpath_history *h = hc->h;
	const tp_vocab *vo = &hc->kb->vocab;
	int error, sex;
	size_t i, j;

	if ((error = tp_map_check(c, node, "'patient'", fields, NFIELDS, v)) <
	    0)
		return error;
	if (v[AGE]) {
		long age;
		if ((error = tp_get_int(c, v[AGE], "age", 0, 1000000, &age)) ==
			    0 &&
		    age > 90)
			error = tp_fail(c, v[AGE],
					"'age': %ld is not allowed; ages over "
					"89 are written 90 (HIPAA safe harbor)",
					age);
		if (error == 0)
			h->age = age;
		else if ((error = tp_go_on(c, error)) < 0)
			return error;
	}
	if (v[SEX]) {
		if ((error = tp_get_enum(c, v[SEX], "sex", tp_sex_words,
					 tp_nsexes, &sex)) == 0)
			h->sex = sex;
		else if ((error = tp_go_on(c, error)) < 0)
			return error;
	}
	if (v[FLAGS]) {
		const tp_node *fl = v[FLAGS];
		h->flags = tp_arena_alloc(c->arena, (fl->n ? fl->n : 1) *
							    sizeof(tp_flag *));
		if (!h->flags)
			return tp_error_oom(c->err, c->source);
		for (i = 0; i < fl->n; i++) {
			const char *id;
			const tp_flag *f = NULL;
			error = tp_get_string(c, fl->values[i], "flags", &id);
			if (error == 0 && !(f = tp_vocab_flag(vo, id)))
				error = unknown_flag(hc, fl->values[i], id);
			for (j = 0; error == 0 && j < i; j++)
				if (h->flags[j] == f)
					error = tp_fail(c, fl->values[i],
							"'flags': '%s' is "
							"listed twice",
							id);
			if (error == 0)
				h->flags[h->nflags++] = f;
			else if ((error = tp_go_on(c, error)) < 0)
				return error;
		}
	}
	return 0;
}

static int episode_from_node(hctx *hc, const tp_node *node)
{
	enum { START, SEVERITY, PRIOR, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "start", TP_F_SCALAR, true },
		{ "severity", TP_F_SCALAR, false },
		{ "prior_episodes", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	tpath_history *h = hc->h;
	int error, sev;

	if ((error = tp_map_check(c, node, "'episode'", fields, NFIELDS, v)) <
		    0 ||
	    (error = tp_go_on(c, get_date(hc, v[START], "start",
					  &h->episode_start))) < 0)
		return error;
	if (v[SEVERITY]) {
		if ((error = tp_get_enum(c, v[SEVERITY], "severity",
					 tp_severity_words, tp_nseverities,
					 &sev)) == 0)
			h->severity = sev;
		else if ((error = tp_go_on(c, error)) < 0)
			return error;
	}
	if (v[PRIOR] &&
	    (error = tp_go_on(c, tp_get_int(c, v[PRIOR], "prior_episodes", 0,
					    1000, &h->prior_episodes))) < 0)
		return error;
	return 0;
}

static int unknown_drug(hctx *hc, const tp_node *at, const char *name)
{
	const char *s[3];
	size_t n = tp_catalog_suggest(&hc->kb->catalog, name, s, 3);
	tp_ctx *c = hc->c;
	switch (n) {
	case 0:
		return tp_fail(c, at,
			       "unknown drug '%s': not in the drug catalog", name);
	case 1:
		return tp_fail(c, at, "unknown drug '%s'; did you mean '%s'?",
			       name, s[0]);
	case 2:
		return tp_fail(c, at,
			       "unknown drug '%s'; did you mean '%s' or '%s'?",
			       name, s[0], s[1]);
	default:
		return tp_fail(c, at,
			       "unknown drug '%s'; did you mean '%s', '%s' or "
			       "'%s'?",
			       name, s[0], s[1], s[2]);
	}
}

/* A drug course's name with a dose after it ("sertraline 100mg",
 * "sertraline 100 mg/day"): when the words before the number name a
 * catalog drug, or are close to one ("sertralin 100mg"), an error saying
 * where the dose goes (and which drug was meant); 0 otherwise.  start is
 * the course's start node (NULL when absent), shown in the example. */
static int dose_in_name(hctx *hc, const tp_node *at, const char *name,
			const tp_node *start)
{
	char drug[128], dose[32], meant[512] = "";
	const char *p = strchr(name, ' '), *q, *unit, *s[3];
	size_t n, ns = 0, k;

	/* the first blank followed by a digit */
	while (p && !(p[1] >= '0' && p[1] <= '9'))
		p = strchr(p + 1, ' ');
	if (!p || (size_t)(p - name) >= sizeof(drug))
		return 0;
	for (q = p + 1; (*q >= '0' && *q <= '9') || *q == '.'; q++)
		;
	n = (size_t)(q - (p + 1));
	if (n >= sizeof(dose))
		return 0;
	snprintf(dose, sizeof(dose), "%.*s", (int)n, p + 1);
	unit = q + strspn(q, " ");
	if (*unit && !tp_streq_ci(unit, "mg") && !tp_streq_ci(unit, "mg/day") &&
	    !tp_streq_ci(unit, "mg/d") && !tp_streq_ci(unit, "mg daily"))
		return 0;
	snprintf(drug, sizeof(drug), "%.*s", (int)(p - name), name);
	while (*drug && drug[strlen(drug) - 1] == ' ')
		drug[strlen(drug) - 1] = '\0';
	if (!tp_catalog_find(&hc->kb->catalog, drug)) {
		if (!(ns = tp_catalog_suggest(&hc->kb->catalog, drug, s, 3)))
			return 0;
		/* ", and 'sertralin' is not in the drug catalog (did you
		 * mean 'a', 'b' or 'c'?)" */
		n = (size_t)snprintf(meant, sizeof(meant),
				     ", and '%s' is not in the drug catalog "
				     "(did you mean",
				     drug);
		for (k = 0; k < ns && n < sizeof(meant); k++)
			n += (size_t)snprintf(meant + n, sizeof(meant) - n,
					      "%s'%s'",
					      k == 0	       ? " "
					      : k + 1 == ns ? " or "
							       : ", ",
					      s[k]);
		if (n < sizeof(meant))
			snprintf(meant + n, sizeof(meant) - n, "?)");
	}
	return tp_fail(hc->c, at,
		       "'drug': '%s' has a dose in the drug's name%s; write "
		       "'drug: %s' and the dose under 'doses', in mg per day "
		       "from a date on: 'doses: [{date: %s, mg_per_day: %s}]'",
		       name, meant, ns ? ns == 1 ? s[0] : "NAME" : drug,
		       start && start->kind == TP_SCALAR ? start->text
							 : "START",
		       dose);
}

/* An intervention the history format does not know: a drug of the catalog
 * is a drug course; anything else not close to a known word is taken for
 * a kind of psychotherapy ("CBT"), written as one. */
static int unknown_intervention(hctx *hc, const tp_node *v)
{
	char list[128];
	size_t i, o = 0;
	for (i = 0; i < tp_ninterventions; i++) {
		if (tp_is_close(v->text, tp_interventions[i]) ||
		    tp_streq_ci(v->text, tp_interventions[i]))
			return 0;
		if (o < sizeof(list))
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      "%s%s", i ? ", " : "",
					      tp_interventions[i]);
	}
	if (tp_catalog_find(&hc->kb->catalog, v->text))
		return tp_fail(hc->c, v,
			       "'intervention': '%.80s' is a drug of the "
			       "catalog; write it as a drug course: 'drug: "
			       "%.80s'",
			       v->text, v->text);
	return tp_fail(hc->c, v,
		       "'intervention': unknown value '%.80s' (history/1 "
		       "knows %s); a psychotherapy is written 'intervention: "
		       "psychotherapy' with its kind: 'kind: %.80s'",
		       v->text, list, v->text);
}

/* A drug course naming a drug of kind interacting: it is no treatment
 * (never a trial), so it belongs under concomitant.  An alias is shown
 * with the catalog name it stands for. */
static int not_a_treatment(hctx *hc, const tp_node *at, const char *name,
			   const tp_drug *d)
{
	if (tp_streq_ci(name, d->name))
		return tp_fail(hc->c, at,
			       "'drug': '%s' (%s) is not a depression "
			       "treatment in the drug catalog; list it under "
			       "'concomitant'",
			       name, d->klass);
	return tp_fail(hc->c, at,
		       "'drug': '%s' (%s, %s) is not a depression treatment in "
		       "the drug catalog; list it under 'concomitant'",
		       name, d->name, d->klass);
}

/* start and the optional stop shared by drug courses, interventions and
 * concomitant medicines; whose ("course's") names the record's start in
 * the message when stop is before it. */
static int span(hctx *hc, const tp_node *start, const tp_node *stop,
		const char *whose, int32_t *from, int32_t *to, bool *has_to)
{
	int error;
	char a[32], b[32];
	if ((error = get_date(hc, start, "start", from)) < 0)
		return error;
	if (stop) {
		if ((error = get_date(hc, stop, "stop", to)) < 0)
			return error;
		*has_to = true;
		if (*to < *from) {
			tp_format_day(hc->h, *to, a, sizeof(a));
			tp_format_day(hc->h, *from, b, sizeof(b));
			return tp_fail(hc->c, stop,
				       "'stop': %s is before the %s start %s",
				       a, whose, b);
		}
	}
	return 0;
}

static int course_span(hctx *hc, tp_course *co, const tp_node *start,
		       const tp_node *stop)
{
	return span(hc, start, stop, "course's", &co->start, &co->stop,
		    &co->has_stop);
}

/* Reads a course's doses.  None (an empty sequence) means the dose was not
 * recorded: ndoses stays 0 and doses NULL. */
/* A dose or fill date (at node) must not be after the course's stop. */
static int within_stop(hctx *hc, const tp_course *co, const tp_node *node,
		       int32_t day)
{
	char a[32], b[32];
	if (!co->has_stop || day <= co->stop)
		return 0;
	tp_format_day(hc->h, day, a, sizeof(a));
	tp_format_day(hc->h, co->stop, b, sizeof(b));
	return tp_fail(hc->c, node, "'date': %s is after the course's stop %s",
		       a, b);
}

static int doses_from_node(hctx *hc, tp_course *co, const tp_node *seq)
{
	enum { DATE, MG, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "date", TP_F_SCALAR, true },
		{ "mg_per_day", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	char a[32], b[32];
	size_t i;
	int error;

	if (seq->n == 0)
		return 0; /* doses: [] is the same as no doses key */
	co->ndoses = seq->n;
	co->doses = tp_arena_alloc(c->arena, seq->n * sizeof(tp_dose));
	if (!co->doses)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		tp_dose *d = &co->doses[i];
		if ((error = tp_map_check(c, seq->values[i], "a dose", fields,
					  NFIELDS, v)) < 0 ||
		    (error = get_date(hc, v[DATE], "date", &d->day)) < 0 ||
		    (error = tp_get_number(c, v[MG], "mg_per_day", &d->mg)) < 0)
			return error;
		d->line = seq->values[i]->line;
		d->column = seq->values[i]->column;
		if (d->mg <= 0)
			return tp_fail(c, v[MG],
				       "'mg_per_day': must be greater than 0, "
				       "got %s",
				       v[MG]->text);
		tp_format_day(hc->h, d->day, a, sizeof(a));
		if (i == 0 && d->day != co->start) {
			tp_format_day(hc->h, co->start, b, sizeof(b));
			return tp_fail(c, v[DATE],
				       "'date': the first dose must be dated "
				       "the course's start %s, got %s",
				       b, a);
		}
		if (i > 0 && d->day <= co->doses[i - 1].day) {
			tp_format_day(hc->h, co->doses[i - 1].day, b, sizeof(b));
			return tp_fail(c, v[DATE],
				       "'date': dose dates must increase; %s "
				       "is not after the previous dose's %s",
				       a, b);
		}
		if ((error = within_stop(hc, co, v[DATE], d->day)) < 0)
			return error;
	}
	return 0;
}

/* The limits of the load in progress (the defaults when none were set). */
static const tp_limits *limits_of(const tp_ctx *c)
{
	static const tp_limits defaults = {
		TP_DEFAULT_MAX_BYTES, TP_DEFAULT_MAX_DEPTH,
		TP_DEFAULT_MAX_NODES, 0,
		TPATH_MAX_TREATMENTS, TPATH_MAX_MEASURES, TPATH_MAX_CONDITION,
		TPATH_MAX_FILLS, TPATH_MAX_CONCOMITANT
	};
	return c->limits ? c->limits : &defaults;
}

/* Reads a course's pharmacy fills into co->fills (NULL and nfills 0 for
 * an empty sequence).  Dates may repeat (two fills handed over on one day
 * happen, e.g. two strengths of one drug) but not go back, and lie within
 * the course; what a fill covers may run past the course's stop.  The
 * fills of all courses together are bounded by max_fills: hc->nfills
 * counts them.  Returns 0, or a negative code with the error set
 * (TPATH_ELIMIT at the first fill over the limit). */
static int fills_from_node(hctx *hc, tp_course *co, const tp_node *seq)
{
	enum { DATE, DAYS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "date", TP_F_SCALAR, true },
		{ "days", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	size_t max = limits_of(c)->max_fills;
	char a[32], b[32];
	size_t i;
	int error;

	if (seq->n > max - hc->nfills) {
		const tp_node *over = seq->values[max - hc->nfills];
		return tp_error_set(c->err, TPATH_ELIMIT, c->source,
				    over->line, over->column,
				    "more than %zu fills in one history "
				    "(limit)",
				    max);
	}
	hc->nfills += seq->n;
	if (seq->n == 0)
		return 0;
	co->nfills = seq->n;
	co->fills = tp_arena_alloc(c->arena, seq->n * sizeof(tp_fill));
	if (!co->fills)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		tp_fill *f = &co->fills[i];
		if ((error = tp_map_check(c, seq->values[i], "a fill", fields,
					  NFIELDS, v)) < 0 ||
		    (error = get_date(hc, v[DATE], "date", &f->day)) < 0 ||
		    (error = tp_get_int(c, v[DAYS], "days", 1,
					TP_MAX_FILL_DAYS, &f->days)) < 0)
			return error;
		f->line = seq->values[i]->line;
		f->column = seq->values[i]->column;
		tp_format_day(hc->h, f->day, a, sizeof(a));
		if (f->day < co->start) {
			tp_format_day(hc->h, co->start, b, sizeof(b));
			return tp_fail(c, v[DATE],
				       "'date': %s is before the course's "
				       "start %s",
				       a, b);
		}
		if (i > 0 && f->day < co->fills[i - 1].day) {
			tp_format_day(hc->h, co->fills[i - 1].day, b,
				      sizeof(b));
			return tp_fail(c, v[DATE],
				       "'date': fill dates must not decrease; "
				       "%s is before the previous fill's %s",
				       a, b);
		}
		if ((error = within_stop(hc, co, v[DATE], f->day)) < 0)
			return error;
	}
	return 0;
}

static int drug_course(hctx *hc, const tp_node *node, tp_course *co)
{
	enum { DRUG, START, STOP, DOSES, FILLS, ROLE, REASON, ADHERENCE,
	       TOLERABILITY, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "drug", TP_F_SCALAR, true },
		{ "start", TP_F_SCALAR, true },
		{ "stop", TP_F_SCALAR, false },
		{ "doses", TP_F_SEQUENCE, false },
		{ "fills", TP_F_SEQUENCE, false },
		{ "role", TP_F_SCALAR, false },
		{ "stop_reason", TP_F_SCALAR, false },
		{ "adherence", TP_F_SCALAR, false },
		{ "tolerability", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	const char *name;
	int error;

	if ((error = tp_map_check(c, node, "a drug course", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_get_string(c, v[DRUG], "drug", &name)) < 0)
		return error;
	if (!(co->drug = tp_catalog_find(&hc->kb->catalog, name))) {
		if ((error = dose_in_name(hc, v[DRUG], name, v[START])) < 0)
			return error;
		return unknown_drug(hc, v[DRUG], name);
	}
	if (co->drug->kind == TP_KIND_INTERACTING)
		return not_a_treatment(hc, v[DRUG], name, co->drug);
	if ((error = course_span(hc, co, v[START], v[STOP])) < 0 ||
	    (v[DOSES] && (error = doses_from_node(hc, co, v[DOSES])) < 0) ||
	    (v[FILLS] && (error = fills_from_node(hc, co, v[FILLS])) < 0))
		return error;
	if (v[ROLE] && (error = tp_get_enum(c, v[ROLE], "role", tp_role_words,
					    tp_nroles, &co->role)) < 0)
		return error;
	if (v[REASON] &&
	    (error = tp_get_enum(c, v[REASON], "stop_reason", tp_stop_reasons,
				 tp_nstop_reasons, &co->stop_reason)) < 0)
		return error;
	if (v[REASON] && !v[STOP])
		return tp_fail(c, v[REASON],
			       "'stop_reason': given for a course with no "
			       "'stop' date");
	if (v[ADHERENCE] &&
	    (error = tp_get_enum(c, v[ADHERENCE], "adherence",
				 tp_adherence_words, tp_nadherence,
				 &co->adherence)) < 0)
		return error;
	if (v[TOLERABILITY] &&
	    (error = tp_get_enum(c, v[TOLERABILITY], "tolerability",
				 tp_tolerability_words, 2,
				 &co->tolerability)) < 0)
		return error;
	return 0;
}

static int intervention(hctx *hc, const tp_node *node, tp_course *co)
{
	enum { INTERVENTION, KIND, START, STOP, SESSIONS, REASON, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "intervention", TP_F_SCALAR, true },
		{ "kind", TP_F_SCALAR, false },
		{ "start", TP_F_SCALAR, true },
		{ "stop", TP_F_SCALAR, false },
		{ "sessions", TP_F_SCALAR, false },
		{ "stop_reason", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	int error;

	if ((error = tp_map_check(c, node, "an intervention", fields, NFIELDS,
				  v)) < 0)
		return error;
	if ((error = tp_get_enum(c, v[INTERVENTION], "intervention",
				 tp_interventions, tp_ninterventions,
				 &co->intervention)) < 0) {
		int hint;
		/* a plain word tp_get_enum did not suggest a value for */
		if (error == TPATH_EINVALID &&
		    v[INTERVENTION]->kind == TP_SCALAR &&
		    !(v[INTERVENTION]->plain && tp_scalar_type(v[INTERVENTION])) &&
		    (hint = unknown_intervention(hc, v[INTERVENTION])) < 0)
			return hint;
		return error;
	}
	if (v[KIND] && (error = tp_get_string(c, v[KIND], "kind", &co->kind)) < 0)
		return error;
	if ((error = course_span(hc, co, v[START], v[STOP])) < 0)
		return error;
	if (v[SESSIONS] && (error = tp_get_int(c, v[SESSIONS], "sessions", 1,
					       100000, &co->sessions)) < 0)
		return error;
	if (v[REASON] &&
	    (error = tp_get_enum(c, v[REASON], "stop_reason", tp_stop_reasons,
				 tp_nstop_reasons, &co->stop_reason)) < 0)
		return error;
	if (v[REASON] && !v[STOP])
		return tp_fail(c, v[REASON],
			       "'stop_reason': given for a course with no "
			       "'stop' date");
	return 0;
}

static int treatments_from_node(hctx *hc, const tp_node *seq)
{
	tp_ctx *c = hc->c;
	const tp_limits *l = limits_of(c);
	tpath_history *h = hc->h;
	size_t i, j;
	int error;

	if (seq->n > l->max_treatments)
		return tp_error_set(c->err, TPATH_ELIMIT, c->source,
				    seq->values[l->max_treatments]->line,
				    seq->values[l->max_treatments]->column,
				    "more than %zu treatments in one history "
				    "(limit)",
				    l->max_treatments);
	h->ncourses = seq->n;
	h->courses = tp_arena_alloc(c->arena,
				    (seq->n ? seq->n : 1) * sizeof(tp_course));
	if (!h->courses)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		const tp_node *t = seq->values[i];
		tp_course *co = &h->courses[i];
		const tp_node *drug = NULL, *iv = NULL;

		co->intervention = -1;
		co->role = TP_ROLE_NONE;
		co->stop_reason = -1;
		co->adherence = TP_ADHERENCE_UNKNOWN;
		co->tolerability = -1;
		co->line = t->line;
		co->column = t->column;
		if (t->kind == TP_MAPPING) {
			for (j = 0; j < t->n; j++) {
				if (strcmp(t->keys[j]->text, "drug") == 0 &&
				    !drug)
					drug = t->keys[j];
				if (strcmp(t->keys[j]->text, "intervention") ==
					    0 &&
				    !iv)
					iv = t->keys[j];
			}
			if (drug && iv)
				error = tp_fail(c,
						drug->line > iv->line ||
								(drug->line ==
									 iv->line &&
								 drug->column >
									 iv->column)
							? drug
							: iv,
						"a treatment has either "
						"'drug' or 'intervention', "
						"not both");
			else if (!drug && !iv)
				error = tp_fail(c, t,
						"a treatment needs a 'drug' "
						"or an 'intervention' key");
			else
				error = 0;
			if (error < 0) {
				if ((error = tp_go_on(c, error)) < 0)
					return error;
				continue;
			}
		}
		error = iv ? intervention(hc, t, co) : drug_course(hc, t, co);
		if ((error = tp_go_on(c, error)) < 0)
			return error;
	}
	return 0;
}

/* One measure of the history into m. */
static int measure(hctx *hc, const tp_node *node, tp_measure *m)
{
	enum { DATE, SCALE, SCORE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "date", TP_F_SCALAR, true },
		{ "scale", TP_F_SCALAR, true },
		{ "score", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	const tp_vocab *vo = &hc->kb->vocab;
	const char *sid;
	size_t j;
	int error;

	if ((error = tp_map_check(c, node, "a measure", fields, NFIELDS, v)) <
		    0 ||
	    (error = get_date(hc, v[DATE], "date", &m->day)) < 0 ||
	    (error = tp_get_string(c, v[SCALE], "scale", &sid)) < 0)
		return error;
	m->line = node->line;
	m->column = node->column;
	if (!(m->scale = tp_vocab_scale(vo, sid))) {
		char list[256];
		size_t o = 0;
		for (j = 0; j < vo->nscales; j++)
			if (tp_is_close(sid, vo->scales[j].id))
				return tp_fail(c, v[SCALE],
					       "'scale': unknown scale '%s'; "
					       "did you mean '%s'?",
					       sid, vo->scales[j].id);
		for (j = 0; j < vo->nscales && o < sizeof(list); j++)
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      "%s%s", j ? ", " : "",
					      vo->scales[j].id);
		return tp_fail(c, v[SCALE],
			       "'scale': unknown scale '%s' (expected one of: "
			       "%s)",
			       sid, list);
	}
	if ((error = tp_get_int(c, v[SCORE], "score", -1000000, 1000000,
				&m->score)) < 0)
		return error;
	if (m->score < m->scale->min || m->score > m->scale->max)
		return tp_fail(c, v[SCORE],
			       "'score': %ld is out of range for %s (%ld-%ld)",
			       m->score, m->scale->id, m->scale->min,
			       m->scale->max);
	return 0;
}

static int measures_from_node(hctx *hc, const tp_node *seq)
{
	tp_ctx *c = hc->c;
	tpath_history *h = hc->h;
	size_t i;
	int error;

	if (seq->n > limits_of(c)->max_measures)
		return tp_error_set(c->err, TPATH_ELIMIT, c->source,
				    seq->values[limits_of(c)->max_measures]->line,
				    seq->values[limits_of(c)->max_measures]
					    ->column,
				    "more than %zu measures in one history "
				    "(limit)",
				    limits_of(c)->max_measures);
	h->nmeasures = seq->n;
	h->measures = tp_arena_alloc(c->arena, (seq->n ? seq->n : 1) *
						       sizeof(tp_measure));
	if (!h->measures)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++)
		if ((error = tp_go_on(c, measure(hc, seq->values[i],
						 &h->measures[i]))) < 0)
			return error;
	return 0;
}

/* Reads the other medicines that matter for safety (history/1
 * `concomitant`) into h->concomitant, in file order.  Each names any
 * catalog drug, an antidepressant taken for another reason included, and is
 * never a course.  Returns 0, or a negative code with the error set
 * (TPATH_ELIMIT at the first entry over max_concomitant). */
static int concomitant_from_node(hctx *hc, const tp_node *seq)
{
	enum { DRUG, START, STOP, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "drug", TP_F_SCALAR, true },
		{ "start", TP_F_SCALAR, true },
		{ "stop", TP_F_SCALAR, false },
	};
	const tp_node *v[NFIELDS];
	tp_ctx *c = hc->c;
	tpath_history *h = hc->h;
	size_t max = limits_of(c)->max_concomitant, i;
	const char *name;
	int error;

	if (seq->n > max)
		return tp_error_set(c->err, TPATH_ELIMIT, c->source,
				    seq->values[max]->line,
				    seq->values[max]->column,
				    "more than %zu concomitant medicines in "
				    "one history (limit)",
				    max);
	h->nconcomitant = seq->n;
	h->concomitant = tp_arena_alloc(c->arena, (seq->n ? seq->n : 1) *
							  sizeof(tp_concomitant));
	if (!h->concomitant)
		return tp_error_oom(c->err, c->source);
	for (i = 0; i < seq->n; i++) {
		tp_concomitant *m = &h->concomitant[i];
		m->line = seq->values[i]->line;
		m->column = seq->values[i]->column;
		if ((error = tp_map_check(c, seq->values[i],
					  "a concomitant medicine", fields,
					  NFIELDS, v)) == 0 &&
		    (error = tp_get_string(c, v[DRUG], "drug", &name)) == 0) {
			if (!(m->drug = tp_catalog_find(&hc->kb->catalog,
							name)))
				error = unknown_drug(hc, v[DRUG], name);
			else
				error = span(hc, v[START], v[STOP],
					     "medicine's", &m->start, &m->stop,
					     &m->has_stop);
		}
		if ((error = tp_go_on(c, error)) < 0)
			return error;
	}
	return 0;
}

static bool valid_id(const char *s)
{
	size_t n = strlen(s), i;
	if (n < 1 || n > 64)
		return false;
	for (i = 0; i < n; i++) {
		char ch = s[i];
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
		      (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' ||
		      ch == '-'))
			return false;
	}
	return true;
}

/* Nothing may happen after as_of: a history is read as of that day. */
static int check_as_of(hctx *hc, const tp_node *as_of_node)
{
	tpath_history *h = hc->h;
	char a[32], b[32];
	if (!h->has_as_of) {
		h->as_of = hc->latest;
		return 0;
	}
	if (hc->latest > h->as_of) {
		tp_format_day(h, hc->latest, a, sizeof(a));
		tp_format_day(h, h->as_of, b, sizeof(b));
		return tp_fail(hc->c, as_of_node,
			       "'as_of': %s is before the latest date in the "
			       "file, %s; a history holds nothing after its "
			       "as_of",
			       b, a);
	}
	return 0;
}

static int history_read(tpath_history *h, const tpath_kb *kb, tp_ctx *c,
			const tp_node *root)
{
	enum { TPATH, ID, AS_OF, PATIENT, EPISODE, TREATMENTS, MEASURES,
	       CONCOMITANT, NOTES, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "tpath", TP_F_SCALAR, true },
		{ "id", TP_F_SCALAR, true },
		{ "as_of", TP_F_SCALAR, false },
		{ "patient", TP_F_MAPPING, false },
		{ "episode", TP_F_MAPPING, true },
		{ "treatments", TP_F_SEQUENCE, true },
		{ "measures", TP_F_SEQUENCE, false },
		{ "concomitant", TP_F_SEQUENCE, false },
		{ "notes", TP_F_SCALAR, false },
	};
	static const tp_moved moved[] = {
		{ "age", "patient" },	   { "sex", "patient" },
		{ "flags", "patient" },	   { "severity", "episode" },
		{ "prior_episodes", "episode" },
	};
	const tp_node *v[NFIELDS];
	const char *tag;
	hctx hc;
	size_t before;
	int error;

	memset(&hc, 0, sizeof(hc));
	hc.c = c;
	hc.h = h;
	hc.kb = kb;
	h->kb = kb;
	h->age = -1;
	h->sex = -1;
	h->severity = -1;
	h->prior_episodes = -1;

	before = c->errs ? c->errs->n : 0;
	if ((error = phi_scan(c, root)) < 0)
		return error;
	if (c->errs && c->errs->n > before)
		return 0; /* identifying keys: the file is read no further */
	if ((error = tp_map_check_moved(c, root, "a history/1 document",
					fields, NFIELDS, v, moved,
					sizeof(moved) / sizeof(*moved))) < 0 ||
	    (error = tp_get_string(c, v[TPATH], "tpath", &tag)) < 0)
		return error;
	if (strcmp(tag, "history/1") != 0)
		return tp_fail(c, v[TPATH],
			       "'tpath': \"history/1\" expected, got \"%s\"",
			       tag);
	if ((error = tp_get_string(c, v[ID], "id", &h->id)) == 0 &&
	    !valid_id(h->id))
		error = tp_fail(c, v[ID],
				"'id': \"%s\" is not a valid id (1-64 "
				"characters of A-Z, a-z, 0-9, '.', '_', '-')",
				h->id);
	if ((error = tp_go_on(c, error)) < 0)
		return error;
	if (v[AS_OF]) {
		if ((error = get_date(&hc, v[AS_OF], "as_of", &h->as_of)) == 0)
			h->has_as_of = true;
		else if ((error = tp_go_on(c, error)) < 0)
			return error;
	}
	if ((v[PATIENT] && (error = tp_go_on(c, patient_from_node(
						       &hc, v[PATIENT]))) < 0) ||
	    (error = tp_go_on(c, episode_from_node(&hc, v[EPISODE]))) < 0 ||
	    (error = treatments_from_node(&hc, v[TREATMENTS])) < 0 ||
	    (v[MEASURES] &&
	     (error = measures_from_node(&hc, v[MEASURES])) < 0) ||
	    (v[CONCOMITANT] &&
	     (error = concomitant_from_node(&hc, v[CONCOMITANT])) < 0) ||
	    (v[NOTES] && (error = tp_go_on(c, tp_get_string(c, v[NOTES],
							     "notes",
							     &h->notes))) <
				 0))
		return error;
	return check_as_of(&hc, v[AS_OF]);
}

int tp_history_from_node(tpath_history *h, const tpath_kb *kb, tp_ctx *c,
			 const tp_node *root)
{
	return tp_errs_end(c, history_read(h, kb, c, root));
}

/* ---- public API ---- */

static int load_buffer(tpath_history **out, const tpath_kb *kb,
		       const char *buf, size_t len, const char *name,
		       const tpath_load_options *opts, tpath_error *err)
{
	tpath_history *h = NULL;
	tp_node *root;
	tp_limits limits;
	tp_ctx c = { 0 };
	int error;

	if (out)
		*out = NULL;
	tp_error_clear(err);
	if (!out || !kb || (!buf && len))
		return tp_error_set(err, TPATH_EUSAGE, name, 0, 0,
				    "tpath_history_load_buffer: NULL argument");
	if (!name)
		name = "<buffer>";
	if (!(h = tp_calloc(1, sizeof(*h))))
		return tp_error_oom(err, name);
	tp_arena_init(&h->arena);
	tp_limits_from_options(&limits, opts);
	if (!(h->source = tp_arena_strndup(&h->arena, name, strlen(name)))) {
		error = tp_error_oom(err, name);
		goto cleanup;
	}
	c.source = name;
	c.err = err;
	c.arena = &h->arena;
	c.limits = &limits;
	if ((error = tp_yaml_parse(&root, &h->arena, buf ? buf : "", len, name,
				   &limits, err)) < 0 ||
	    (error = tp_history_from_node(h, kb, &c, root)) < 0)
		goto cleanup;
	*out = h;
	h = NULL;
cleanup:
	tpath_history_free(h);
	return error;
}

int tpath_history_load_buffer(tpath_history **out, const tpath_kb *kb,
			      const char *buf, size_t len, const char *name,
			      const tpath_load_options *opts, tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_from_options(opts), out, err, name,
		load_buffer(out, kb, buf, len, name, opts, err));
	return error;
}

static int load_file(tpath_history **out, const tpath_kb *kb,
		     const char *path, const tpath_load_options *opts,
		     tpath_error *err)
{
	tp_limits limits;
	char *buf;
	size_t len;
	int error;

	if (out)
		*out = NULL;
	tp_error_clear(err);
	if (!path)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_history_load_file: NULL path");
	tp_limits_from_options(&limits, opts);
	if ((error = tp_read_file(&buf, &len, path, limits.max_bytes, err)) <
	    0)
		return error;
	error = load_buffer(out, kb, buf, len, path, opts, err);
	tp_free(buf);
	return error;
}

int tpath_history_load_file(tpath_history **out, const tpath_kb *kb,
			    const char *path, const tpath_load_options *opts,
			    tpath_error *err)
{
	int error;
	TP_CALL(error, tp_alloc_from_options(opts), out, err, path,
		load_file(out, kb, path, opts, err));
	return error;
}

void tpath_history_free(tpath_history *h)
{
	if (!h)
		return;
	tp_allocator al = h->arena.al;
	tp_arena_release(&h->arena);
	tp_free_with(al, h);
}

const char *tpath_history_id(const tpath_history *h)
{
	return h ? h->id : NULL;
}

size_t tpath_history_treatment_count(const tpath_history *h)
{
	return h ? h->ncourses : 0;
}

size_t tpath_history_measure_count(const tpath_history *h)
{
	return h ? h->nmeasures : 0;
}
