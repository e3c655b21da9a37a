/*
 * check_properties.c - properties every history must keep at every day of
 * its episode.  Each history is walked (tpath_walk) and each day's result
 * is read back from its JSON, as a client would read it:
 *
 *  (a) a trial counted as failed under a TRD definition once it has ended
 *      (stop not null) or been judged (judged_until not null, or another
 *      treatment started while it ran: settled_in()) stays counted
 *      under that definition at every later day;
 *  (b) failed_trials under a definition never falls from one day to the
 *      next, except when every trial that left `counted` was provisional
 *      the day before (ongoing and not settled) - an ongoing
 *      trial's failure is provisional and is undone when it responds;
 *  (c) once a trial's judged_until is set, its outcome, latest,
 *      improvement_pct and judged_until do not change on any later day;
 *  (d) every result has the result/1 contract's keys with their JSON types
 *      (shared/contracts/result-format.md, with the nulls that
 *      docs/result-format.md documents), and so does every trial, TRD
 *      entry, staging entry, warning and recommendation;
 *  (e) every recommendation keeps the safety bounds (S1-S6 below, at
 *      "(e): the safety invariant"), read from the history walked and the
 *      knowledge base's safety tables;
 *  (f) the position keeps the pathway's rules (issue 14): the decision
 *      point named is the one decision_points marks `now` or `next`, with
 *      the same decision_point_state, and no window marked `passed` is
 *      named; a point marked `now` has the result's as_of within its
 *      dates (date..until), one marked `next` starts after it; at most one
 *      point is `now` or `next`; a history out of the
 *      guideline's scope has no step, no decision point and no
 *      recommendation; each recommendation's options with a line of
 *      treatment are in order of line.
 *
 * A trial is the same trial from day to day when it has the same `line`
 * (its course's line in the history), whatever its index.
 *
 * The histories: every tests/vignettes/NAME.yaml (evaluated with its
 * # data-dir, # guideline and # set lines; walked to the history's own
 * as_of, past a # as-of line, so that every day is seen), every
 * docs/examples/NAME.yaml, GENERATED histories of build/gen (relative
 * days, adjuncts added to ongoing antidepressants), and the POPULATION made
 * here for the safety tables ("a population for (e)").  Under valgrind
 * (TPATH_SKIP_EXHAUSTIVE) only the examples and a few generated ones run.
 */
#include <ctype.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests.h"

#define VIGNETTE_DIR "tests/vignettes"
#define EXAMPLE_DIR "docs/examples"
#define GENERATED 24
#define GENERATED_UNDER_VALGRIND 3
#define STR_(x) #x
#define STR(x) STR_(x)

/* Keys of the contract the engine does not emit yet: their absence is not
 * an error (their type is checked when present).  Remove each as it lands
 * (the NULL stays). */
static const char *const pending_keys[] = {
	NULL,
};

/* Histories known to break (a), (b) or (c).  None: the judgement windows
 * of issue 12 fixed the ones found (an antidepressant credited with the
 * response of a treatment added to it, its failure then disappearing).
 * A trial is settled, for (a) and (b), when it has stopped, has a
 * judged_until, or when a drug, ECT or rTMS was started after it while it
 * ran (read from the trials, not from judged_until, so that an engine that
 * loses the window is caught: removing the windows from engine/timeline.c
 * makes 7 histories here fail).  A listed history must still break a
 * property (else the test says the entry is stale); (d) is checked for it
 * as for any other. */
static const char *const known_violations[] = {
	NULL /* ends the list */
};

/* ---- the histories ---- */

static char **vignettes, **examples;
static size_t nvignettes, nexamples;

static bool skip_exhaustive(void)
{
	return getenv("TPATH_SKIP_EXHAUSTIVE") != NULL;
}

/* ---- messages ---- */

#define MAX_SHOWN 12

/* Findings about one history: the first MAX_SHOWN lines kept, all
 * counted. */
typedef struct findings {
	char text[MAX_SHOWN * 400];
	size_t len, count;
} findings;

static void TP_PRINTF(2, 3) note(findings *f, const char *fmt, ...)
{
	va_list ap;
	if (f->count++ >= MAX_SHOWN || f->len >= sizeof(f->text) - 1)
		return;
	va_start(ap, fmt);
	f->len += (size_t)vsnprintf(f->text + f->len, sizeof(f->text) - f->len,
				    fmt, ap);
	va_end(ap);
	if (f->len > sizeof(f->text) - 2)
		f->len = sizeof(f->text) -
			 2; /* cut: keep room for the newline */
	f->text[f->len++] = '\n';
	f->text[f->len] = '\0';
}

/* ---- reading a result ---- */

static const char *trial_drug(const json_t *t)
{
	const char *s = json_string_value(json_object_get(t, "drug"));
	if (!s)
		s = json_string_value(json_object_get(t, "intervention"));
	return s ? s : "?";
}

static long trial_line(const json_t *t)
{
	const json_t *l = json_object_get(t, "line");
	return json_is_integer(l) ? (long)json_integer_value(l) : -1;
}

static json_t *trial_by_line(const json_t *root, long line)
{
	const json_t *trials = json_object_get(root, "trials");
	size_t i;
	for (i = 0; i < json_array_size(trials); i++)
		if (trial_line(json_array_get(trials, i)) == line)
			return json_array_get(trials, i);
	return NULL;
}

/* A key the contract has but the engine may not emit yet reads as null. */
static bool is_null_or_absent(const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);
	return !v || json_is_null(v);
}

/* Whether JSON day a is after b (both ISO date strings or both day
 * numbers, as one history writes them). */
static bool day_after(const json_t *a, const json_t *b)
{
	if (json_is_string(a) && json_is_string(b))
		return strcmp(json_string_value(a), json_string_value(b)) > 0;
	return json_is_number(a) && json_is_number(b) &&
	       json_number_value(a) > json_number_value(b);
}

/* Days since 1970-01-01 of "YYYY-MM-DD" (proleptic Gregorian). */
static long civil_day(const char *s)
{
	int y = 0, m = 0, d = 0;
	long era, yoe, doy, doe;
	if (sscanf(s, "%d-%d-%d", &y, &m, &d) != 3)
		return 0;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Days between two JSON days of one history (ISO strings or numbers); 0
 * when they cannot be compared. */
static long days_between(const json_t *from, const json_t *to)
{
	if (json_is_number(from) && json_is_number(to))
		return (long)(json_number_value(to) - json_number_value(from));
	if (json_is_string(from) && json_is_string(to))
		return civil_day(json_string_value(to)) -
		       civil_day(json_string_value(from));
	return 0;
}

/* The day added trial o counts as an addition: ECT or rTMS from its start;
 * a drug from its first dose step at a therapeutic dose (or its start when
 * the dose cannot be judged); NULL when it never reaches one. */
static const json_t *addition_day(const json_t *o)
{
	const char *iv = json_string_value(json_object_get(o, "intervention"));
	const json_t *doses = json_object_get(o, "doses"), *d;
	size_t i;
	if (iv)
		return !strcmp(iv, "ect") || !strcmp(iv, "rtms")
			       ? json_object_get(o, "start")
			       : NULL;
	if (json_array_size(doses) == 0)
		return json_object_get(o, "start");
	json_array_foreach(doses, i, d)
	{
		const json_t *at = json_object_get(d, "at_therapeutic_dose");
		if (!json_is_false(at))
			return json_object_get(d, "date");
	}
	return NULL;
}

/* Whether a treatment that closes a judgement window by default (a drug
 * at a therapeutic dose, ECT or rTMS, started more than 7 days after it:
 * guidelines/timeline.yaml judgement) was added while ongoing trial t ran.
 * Read from the trials, not from the engine's judged_until, so that an
 * engine which forgets the window is caught. */
static bool added_to(const json_t *root, const json_t *t)
{
	const json_t *trials = json_object_get(root, "trials"), *o;
	size_t i;
	json_array_foreach(trials, i, o)
	{
		const json_t *day = addition_day(o);
		if (o == t || !day ||
		    days_between(json_object_get(t, "start"),
				 json_object_get(o, "start")) <= 7)
			continue;
		if (day_after(day, json_object_get(t, "start")))
			return true;
	}
	return false;
}

/* Ended, judged, or added to: its failure is no longer provisional. */
static bool settled_in(const json_t *root, const json_t *t)
{
	return !is_null_or_absent(t, "stop") ||
	       !is_null_or_absent(t, "judged_until") || added_to(root, t);
}

static json_t *definition(const json_t *root, const char *id)
{
	const json_t *trd = json_object_get(root, "trd");
	size_t i;
	for (i = 0; i < json_array_size(trd); i++) {
		json_t *d = json_array_get(trd, i);
		const char *s =
			json_string_value(json_object_get(d, "definition"));
		if (s && strcmp(s, id) == 0)
			return d;
	}
	return NULL;
}

/* The trial at index counted[k] of a TRD entry, or NULL. */
static json_t *counted_trial(const json_t *root, const json_t *def, size_t k)
{
	const json_t *idx = json_array_get(json_object_get(def, "counted"), k);
	if (!json_is_integer(idx) || json_integer_value(idx) < 0)
		return NULL;
	return json_array_get(json_object_get(root, "trials"),
			      (size_t)json_integer_value(idx));
}

static bool counts_line(const json_t *root, const json_t *def, long line)
{
	size_t k, n = json_array_size(json_object_get(def, "counted"));
	for (k = 0; k < n; k++) {
		const json_t *t = counted_trial(root, def, k);
		if (t && trial_line(t) == line)
			return true;
	}
	return false;
}

/* Whether v is the string s. */
static bool is_string(const json_t *v, const char *s)
{
	const char *t = json_string_value(v);
	return t && strcmp(t, s) == 0;
}

/* Numbers compare by value (13 and 13.0), everything else exactly. */
static bool same(const json_t *a, const json_t *b)
{
	if (!a || !b)
		return a == b;
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	return json_equal(a, b);
}

static char *show(const json_t *v)
{
	static char buf[4][128];
	static int k;
	char *s = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%s", s ? s : "(absent)");
	free(s);
	return buf[k];
}

/* ---- (d): the contract's keys and types ---- */

enum {
	J_NULL = 1 << 0,
	J_BOOL = 1 << 1,
	J_INT = 1 << 2,
	J_REAL = 1 << 3,
	J_STR = 1 << 4,
	J_ARR = 1 << 5,
	J_OBJ = 1 << 6,
	J_DATE = 1 << 7, /* the history's style: "YYYY-MM-DD" or an integer */
	J_NUM = J_INT | J_REAL
};

typedef struct key_rule {
	const char *key;
	unsigned types;
	const char *const
		*words; /* the strings allowed (NULL-ended), or NULL */
	bool optional;	/* the contract lets it be absent */
} key_rule;

static const char *const result_tag[] = { "result/1", NULL };
static const char *const roles[] = { "monotherapy", "switch", "augmentation",
				     "combination", NULL };
static const char *const outcomes[] = {
	"remission",   "response", "partial-response",
	"nonresponse", "relapse",  "intolerance",
	"too-early",   "unknown",  NULL
};
static const char *const actions[] = { "continue", "increase-dose", "switch",
				       "augment", "combine",
				       "add-psychotherapy", "neuromodulation",
				       "reassess", "maintain", "refer", "taper",
				       /* not the contract's: the addition
					* docs/result-format.md documents
					* (choosing an initial treatment) */
				       "start", NULL };
static const char *const severities[] = { "info", "warning", "critical", NULL };
static const char *const tried_words[] = { "failed", "intolerance",
					   "inadequate", "ongoing", NULL };

static const key_rule top_rules[] = {
	{ "tpath", J_STR, result_tag, false },
	{ "history", J_STR, NULL, false },
	{ "as_of", J_DATE, NULL, false },
	{ "guideline", J_OBJ, NULL, false },
	{ "trials", J_ARR, NULL, false },
	{ "position", J_OBJ, NULL, false },
	{ "recommendations", J_ARR, NULL, false },
	{ "trd", J_ARR, NULL, false },
	{ "staging", J_ARR, NULL, false },
	{ "warnings", J_ARR, NULL, false },
	{ "trace", J_ARR, NULL, true }, /* "may always be present" */
	{ "provenance", J_OBJ, NULL, false },
};

static const key_rule guideline_rules[] = {
	{ "id", J_STR, NULL, false },
	{ "version", J_STR, NULL, false },
	{ "title", J_STR, NULL, false },
	{ "source", J_STR, NULL, false },
};

/* `drug` or `intervention` is checked apart: exactly one of them. */
static const key_rule trial_rules[] = {
	{ "class", J_STR, NULL, false },
	{ "role", J_STR, roles, false },
	{ "role_inferred", J_BOOL, NULL, false },
	{ "start", J_DATE, NULL, false },
	{ "stop", J_DATE | J_NULL, NULL, false },
	{ "weeks", J_NUM, NULL, false },
	/* null when the dose cannot be judged, or for an intervention
	 * (docs/result-format.md) */
	{ "weeks_at_therapeutic_dose", J_NUM | J_NULL, NULL, false },
	{ "max_mg_per_day", J_NUM | J_NULL, NULL, false },
	{ "adequate", J_BOOL | J_NULL, NULL, false },
	{ "not_adequate_because", J_STR | J_NULL, NULL, false },
	{ "scale", J_STR | J_NULL, NULL, false },
	{ "baseline", J_INT | J_NULL, NULL, false },
	{ "latest", J_INT | J_NULL, NULL, false },
	{ "improvement_pct", J_NUM | J_NULL, NULL, false },
	{ "outcome", J_STR, outcomes, false },
	{ "judged_until", J_DATE | J_NULL, NULL, false },
	{ "pdc", J_NUM | J_NULL, NULL, false },
	/* docs/result-format.md's addition that (a)-(c) identify trials by */
	{ "line", J_INT, NULL, false },
};

static const key_rule position_rules[] = {
	{ "step", J_STR | J_NULL, NULL, false }, /* null: no step holds */
	{ "label", J_STR, NULL, false },
	{ "week", J_NUM | J_NULL, NULL, false },
	{ "decision_point", J_STR | J_NULL, NULL, false },
	{ "status", J_STR, NULL, false },
};

static const key_rule recommendation_rules[] = {
	{ "action", J_STR, actions, false },
	{ "options", J_ARR, NULL, false },
	{ "option_details", J_ARR, NULL, false },
	{ "rule", J_STR, NULL, false },
	{ "source", J_STR, NULL, false },
	{ "line", J_INT, NULL, false },
	/* docs/result-format.md's additions (safety) */
	{ "removed_options", J_ARR, NULL, true },
	{ "at_ceiling", J_BOOL, NULL, true },
};

static const key_rule removed_option_rules[] = {
	{ "name", J_STR, NULL, false },
	{ "reason", J_STR, NULL, false },
	/* null when nothing is cited (an option tried in this episode is
	 * removed without a source), as warnings[].source */
	{ "source", J_STR | J_NULL, NULL, false },
};

static const key_rule option_detail_rules[] = {
	{ "name", J_STR, NULL, false },
	{ "line", J_INT | J_NULL, NULL, false },
	{ "max_mg_per_day", J_NUM | J_NULL, NULL, false },
	{ "tried", J_STR | J_NULL, tried_words, false },
	{ "washout_days", J_NUM | J_NULL, NULL, false },
	{ "note", J_STR | J_NULL, NULL, false },
};

static const key_rule trd_rules[] = {
	{ "definition", J_STR, NULL, false },
	{ "met", J_BOOL, NULL, false },
	{ "failed_trials", J_INT, NULL, false },
	{ "counted", J_ARR, NULL, false },
	{ "source", J_STR, NULL, false },
};

static const key_rule staging_rules[] = {
	{ "model", J_STR, NULL, false },
	{ "stage", J_STR | J_NULL, NULL, false },
	{ "score", J_NUM | J_NULL, NULL, false },
	{ "band", J_STR | J_NULL, NULL, false },
	{ "components", J_OBJ, NULL, false },
	{ "source", J_STR, NULL, false },
};

static const key_rule warning_rules[] = {
	{ "code", J_STR, NULL, false },
	{ "severity", J_STR, severities, false },
	{ "message", J_STR, NULL, false },
	{ "source", J_STR | J_NULL, NULL, false },
};

static const key_rule provenance_rules[] = {
	{ "engine", J_STR, NULL, false },
	{ "knowledge", J_STR, NULL, false },
	{ "guidelines", J_ARR | J_OBJ, NULL, false },
	{ "overrides", J_ARR | J_OBJ, NULL, false },
	{ "data_dir", J_BOOL, NULL, false },
};

static bool pending(const char *key)
{
	size_t i;
	for (i = 0; pending_keys[i]; i++)
		if (strcmp(pending_keys[i], key) == 0)
			return true;
	return false;
}

static const char *type_name(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
		return "an integer";
	case JSON_REAL:
		return "a real";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}

static void types_name(unsigned types, bool iso, char *buf, size_t n)
{
	static const struct {
		unsigned bit;
		const char *name;
	} names[] = { { J_STR, "string" }, { J_INT, "integer" },
		      { J_REAL, "real" },  { J_BOOL, "boolean" },
		      { J_ARR, "array" },  { J_OBJ, "object" },
		      { J_NULL, "null" } };
	size_t i, o = 0;
	buf[0] = '\0';
	if (types & J_DATE)
		o += (size_t)snprintf(buf, n, "%s",
				      iso ? "a YYYY-MM-DD date"
					  : "a relative day");
	if ((types & J_NUM) == J_NUM) {
		o += (size_t)snprintf(buf + o, n - o, "%snumber",
				      o ? " or " : "");
		types &= ~(unsigned)J_NUM;
	}
	for (i = 0; i < TP_ARRAY_LEN(names) && o < n; i++)
		if (types & names[i].bit)
			o += (size_t)snprintf(buf + o, n - o, "%s%s",
					      o ? " or " : "", names[i].name);
}

static bool is_iso_date(const char *s)
{
	int y;
	unsigned m, d;
	char extra;
	return strlen(s) == 10 &&
	       sscanf(s, "%4d-%2u-%2u%c", &y, &m, &d, &extra) == 3 && m >= 1 &&
	       m <= 12 && d >= 1 && d <= 31;
}

static bool has_type(const json_t *v, unsigned types, bool iso)
{
	switch (json_typeof(v)) {
	case JSON_NULL:
		return types & J_NULL;
	case JSON_TRUE:
	case JSON_FALSE:
		return types & J_BOOL;
	case JSON_INTEGER:
		return (types & J_INT) || ((types & J_DATE) && !iso);
	case JSON_REAL:
		return types & J_REAL;
	case JSON_STRING:
		return (types & J_STR) || ((types & J_DATE) && iso &&
					   is_iso_date(json_string_value(v)));
	case JSON_ARRAY:
		return types & J_ARR;
	case JSON_OBJECT:
		return types & J_OBJ;
	}
	return false;
}

/* Where one day's findings are. */
typedef struct place {
	const char *file, *as_of;
	bool iso; /* the history's date style */
	findings *f;
} place;

static void check_keys(const place *p, const json_t *o, const char *what,
		       const key_rule *rules, size_t n)
{
	size_t i;
	if (!json_is_object(o)) {
		note(p->f, "%s as of %s: %s is %s, expected an object", p->file,
		     p->as_of, what, o ? type_name(o) : "absent");
		return;
	}
	for (i = 0; i < n; i++) {
		const key_rule *r = &rules[i];
		const json_t *v = json_object_get(o, r->key);
		char want[96];
		if (!v) {
			if (!r->optional && !pending(r->key))
				note(p->f, "%s as of %s: %s: '%s' missing",
				     p->file, p->as_of, what, r->key);
			continue;
		}
		if (!has_type(v, r->types, p->iso)) {
			types_name(r->types, p->iso, want, sizeof(want));
			note(p->f,
			     "%s as of %s: %s: '%s' is %s %s, expected %s",
			     p->file, p->as_of, what, r->key, type_name(v),
			     show(v), want);
		} else if (r->words && json_is_string(v)) {
			size_t k;
			for (k = 0; r->words[k]; k++)
				if (strcmp(r->words[k], json_string_value(v)) ==
				    0)
					break;
			if (!r->words[k])
				note(p->f,
				     "%s as of %s: %s: '%s' is %s, not "
				     "one of the contract's words",
				     p->file, p->as_of, what, r->key, show(v));
		}
	}
}

/* Checks each element of array key of o against rules; label names an
 * element (index i) in messages. */
static void check_entries(const place *p, const json_t *root, const char *key,
			  const key_rule *rules, size_t n)
{
	const json_t *arr = json_object_get(root, key), *e;
	char what[160];
	size_t i;
	json_array_foreach(arr, i, e)
	{
		const char *id = json_string_value(json_object_get(
			e, !strcmp(key, "trd")	      ? "definition"
			   : !strcmp(key, "staging")  ? "model"
			   : !strcmp(key, "warnings") ? "code"
						      : "rule"));
		snprintf(what, sizeof(what), "%s[%zu] (%s)", key, i,
			 id ? id : "?");
		check_keys(p, e, what, rules, n);
	}
}

static void check_result(const place *p, const json_t *root)
{
	const json_t *trials = json_object_get(root, "trials"), *e, *x;
	const json_t *recs = json_object_get(root, "recommendations");
	char what[160];
	size_t i, k;

	check_keys(p, root, "the result", top_rules, TP_ARRAY_LEN(top_rules));
	if (json_object_get(root, "guideline"))
		check_keys(p, json_object_get(root, "guideline"), "guideline",
			   guideline_rules, TP_ARRAY_LEN(guideline_rules));
	if (json_object_get(root, "position"))
		check_keys(p, json_object_get(root, "position"), "position",
			   position_rules, TP_ARRAY_LEN(position_rules));
	if (json_object_get(root, "provenance"))
		check_keys(p, json_object_get(root, "provenance"), "provenance",
			   provenance_rules, TP_ARRAY_LEN(provenance_rules));
	json_array_foreach(trials, i, e)
	{
		bool drug = json_object_get(e, "drug") != NULL,
		     inter = json_object_get(e, "intervention") != NULL;
		snprintf(what, sizeof(what), "trials[%zu] (%s, line %ld)", i,
			 trial_drug(e), trial_line(e));
		if (drug == inter)
			note(p->f, "%s as of %s: %s: %s", p->file, p->as_of,
			     what,
			     drug ? "both 'drug' and 'intervention'"
				  : "neither 'drug' nor 'intervention'");
		else if (!json_is_string(json_object_get(
				 e, drug ? "drug" : "intervention")))
			note(p->f, "%s as of %s: %s: '%s' is not a string",
			     p->file, p->as_of, what,
			     drug ? "drug" : "intervention");
		check_keys(p, e, what, trial_rules, TP_ARRAY_LEN(trial_rules));
	}
	check_entries(p, root, "trd", trd_rules, TP_ARRAY_LEN(trd_rules));
	json_array_foreach(json_object_get(root, "trd"), i, e)
	{
		json_array_foreach(json_object_get(e, "counted"), k, x)
		{
			if (!json_is_integer(x) || json_integer_value(x) < 0 ||
			    (size_t)json_integer_value(x) >=
				    json_array_size(trials))
				note(p->f,
				     "%s as of %s: trd %s: counted[%zu] "
				     "is %s, not an index into trials",
				     p->file, p->as_of,
				     json_string_value(
					     json_object_get(e, "definition")),
				     k, show(x));
		}
	}
	check_entries(p, root, "staging", staging_rules,
		      TP_ARRAY_LEN(staging_rules));
	check_entries(p, root, "warnings", warning_rules,
		      TP_ARRAY_LEN(warning_rules));
	check_entries(p, root, "recommendations", recommendation_rules,
		      TP_ARRAY_LEN(recommendation_rules));
	json_array_foreach(recs, i, e)
	{
		const json_t *opts = json_object_get(e, "options");
		const json_t *details = json_object_get(e, "option_details");
		const char *rule =
			json_string_value(json_object_get(e, "rule"));
		json_array_foreach(opts, k, x)
		{
			if (!json_is_string(x))
				note(p->f,
				     "%s as of %s: recommendations[%zu] "
				     "(%s): options[%zu] is %s, expected "
				     "a string",
				     p->file, p->as_of, i, rule, k,
				     type_name(x));
		}
		json_array_foreach(json_object_get(e, "removed_options"), k, x)
		{
			snprintf(what, sizeof(what),
				 "recommendations[%zu] (%s): "
				 "removed_options[%zu]",
				 i, rule, k);
			check_keys(p, x, what, removed_option_rules,
				   TP_ARRAY_LEN(removed_option_rules));
		}
		if (json_is_false(json_object_get(e, "at_ceiling")))
			note(p->f,
			     "%s as of %s: recommendations[%zu] (%s): "
			     "'at_ceiling' is false: it is present only as "
			     "true",
			     p->file, p->as_of, i, rule);
		else if (json_is_true(json_object_get(e, "at_ceiling")) &&
			 !is_string(json_object_get(e, "action"), "continue") &&
			 !is_string(json_object_get(e, "action"), "taper"))
			note(p->f,
			     "%s as of %s: recommendations[%zu] (%s): "
			     "'at_ceiling' with action %s, expected "
			     "\"continue\" or \"taper\"",
			     p->file, p->as_of, i, rule,
			     show(json_object_get(e, "action")));
		if (!details)
			continue;
		if (json_array_size(details) != json_array_size(opts))
			note(p->f,
			     "%s as of %s: recommendations[%zu] (%s): "
			     "%zu option_details for %zu options",
			     p->file, p->as_of, i, rule,
			     json_array_size(details), json_array_size(opts));
		json_array_foreach(details, k, x)
		{
			snprintf(what, sizeof(what),
				 "recommendations[%zu] (%s): "
				 "option_details[%zu]",
				 i, rule, k);
			check_keys(p, x, what, option_detail_rules,
				   TP_ARRAY_LEN(option_detail_rules));
			if (!same(json_object_get(x, "name"),
				  json_array_get(opts, k)))
				note(p->f,
				     "%s as of %s: %s: name %s, but "
				     "options[%zu] is %s",
				     p->file, p->as_of, what,
				     show(json_object_get(x, "name")), k,
				     show(json_array_get(opts, k)));
		}
	}
}

/* ---- (a)-(c): what must not change from one day to the next ---- */

/* (a): a trial counted, ended or judged, under a definition since a day. */
typedef struct held {
	char def[64];
	long line;
	char drug[64], since[32], why[64];
	bool broken; /* reported once */
} held;

/* (c): a judged trial's values on the first day it was judged. */
typedef struct judged {
	long line;
	char drug[64], since[32];
	json_t *values; /* {outcome, latest, improvement_pct, judged_until} */
	bool broken;
} judged;

static const char *const judged_keys[] = { "outcome", "latest",
					   "improvement_pct", "judged_until" };

typedef struct walker {
	const char *file;
	bool iso_known, iso;
	json_t *prev;
	char prev_as_of[32];
	size_t days;
	held *held;
	size_t nheld;
	judged *judged;
	size_t njudged;
	findings props;	   /* (a)-(c) */
	findings schema;   /* (d) */
	findings safety;   /* (e) */
	findings pathway;  /* (f) */
	/* (e) reads the history walked and its knowledge base (NULL: (e) is
	 * not checked, as for the made-up days of checker_finds) */
	const tpath_history *h;
	const tpath_kb *kb;
	findings excused;  /* (b)'s exception, shown with
			      TPATH_PROPERTIES_VERBOSE */
	const char *fatal; /* the walk could not go on */
} walker;

static void check_held(walker *w, const char *as_of, const json_t *root)
{
	size_t i;
	for (i = 0; i < w->nheld; i++) {
		held *c = &w->held[i];
		const json_t *def = definition(root, c->def);
		if (c->broken || (def && counts_line(root, def, c->line)))
			continue;
		c->broken = true;
		note(&w->props,
		     "(a) %s as of %s: trd %s no longer counts %s (line %ld), "
		     "counted as failed since %s when it %s",
		     w->file, as_of, c->def, c->drug, c->line, c->since,
		     c->why);
	}
}

static void add_held(walker *w, const char *as_of, const json_t *root)
{
	const json_t *defs = json_object_get(root, "trd"), *def;
	size_t i, k, j;
	json_array_foreach(defs, i, def)
	{
		const char *id =
			json_string_value(json_object_get(def, "definition"));
		size_t n = json_array_size(json_object_get(def, "counted"));
		if (!id)
			continue;
		for (k = 0; k < n; k++) {
			const json_t *t = counted_trial(root, def, k);
			held *c;
			if (!t || !settled_in(root, t))
				continue;
			for (j = 0; j < w->nheld; j++)
				if (w->held[j].line == trial_line(t) &&
				    strcmp(w->held[j].def, id) == 0)
					break;
			if (j < w->nheld)
				continue;
			w->held = realloc(w->held,
					  (w->nheld + 1) * sizeof(*w->held));
			ck_assert_ptr_nonnull(w->held);
			c = &w->held[w->nheld++];
			memset(c, 0, sizeof(*c));
			snprintf(c->def, sizeof(c->def), "%s", id);
			c->line = trial_line(t);
			snprintf(c->drug, sizeof(c->drug), "%s", trial_drug(t));
			snprintf(c->since, sizeof(c->since), "%s", as_of);
			if (!is_null_or_absent(t, "stop"))
				snprintf(c->why, sizeof(c->why),
					 "had stopped (%s)",
					 show(json_object_get(t, "stop")));
			else
				snprintf(c->why, sizeof(c->why),
					 "had been judged (judged_until %s)",
					 show(json_object_get(t,
							      "judged_until")));
		}
	}
}

/* Writes "DRUG (line L)" for the k-th counted trial of def in root, and
 * the treatments added to it by then (adds_to), which would make it judged
 * once judged_until is emitted: for TPATH_PROPERTIES_VERBOSE. */
static size_t describe_gone(const json_t *root, const json_t *def, size_t k,
			    char *buf, size_t n, bool comma)
{
	const json_t *t = counted_trial(root, def, k), *u;
	const json_t *trials = json_object_get(root, "trials");
	json_int_t idx = json_integer_value(
		json_array_get(json_object_get(def, "counted"), k));
	size_t o, i;
	o = (size_t)snprintf(buf, n, "%s%s (line %ld", comma ? ", " : "",
			     trial_drug(t), trial_line(t));
	json_array_foreach(trials, i, u)
	{
		const json_t *to = json_object_get(u, "adds_to");
		if (o < n && json_is_integer(to) &&
		    json_integer_value(to) == idx)
			o += (size_t)snprintf(
				buf + o, n - o, "; %s added on %s",
				trial_drug(u),
				show(json_object_get(u, "start")));
	}
	if (o < n)
		o += (size_t)snprintf(buf + o, n - o, ")");
	return o;
}

/* (b) between the previous day's result and this one's. */
static void check_failed_count(walker *w, const char *as_of, const json_t *root)
{
	const json_t *defs = json_object_get(w->prev, "trd"), *before;
	size_t i, k;
	json_array_foreach(defs, i, before)
	{
		const char *id = json_string_value(
			json_object_get(before, "definition"));
		const json_t *now = id ? definition(root, id) : NULL;
		json_int_t was = json_integer_value(
				   json_object_get(before, "failed_trials")),
			   is;
		char settled_gone[400] = "", gone[400] = "";
		size_t ngone = 0, o = 0, g = 0;
		if (!id)
			continue;
		if (!now) {
			note(&w->props,
			     "(b) %s as of %s: trd %s is gone (it "
			     "was there as of %s)",
			     w->file, as_of, id, w->prev_as_of);
			continue;
		}
		is = json_integer_value(json_object_get(now, "failed_trials"));
		if (is >= was)
			continue;
		/* Which trials left `counted`, and were any of them settled
		 * the day before? */
		for (k = 0;
		     k < json_array_size(json_object_get(before, "counted"));
		     k++) {
			const json_t *t = counted_trial(w->prev, before, k);
			if (!t || counts_line(root, now, trial_line(t)))
				continue;
			ngone++;
			if (settled_in(w->prev, t) && o < sizeof(settled_gone))
				o += (size_t)snprintf(
					settled_gone + o,
					sizeof(settled_gone) - o,
					"%s%s (line %ld, stop %s, judged_until "
					"%s)",
					o ? ", " : "", trial_drug(t),
					trial_line(t),
					show(json_object_get(t, "stop")),
					show(json_object_get(t,
							     "judged_until")));
			if (g < sizeof(gone))
				g += describe_gone(w->prev, before, k, gone + g,
						   sizeof(gone) - g, g > 0);
		}
		if (ngone == 0)
			note(&w->props,
			     "(b) %s as of %s: trd %s failed_trials fell from "
			     "%lld (as of %s) to %lld with no trial leaving "
			     "counted",
			     w->file, as_of, id, (long long)was, w->prev_as_of,
			     (long long)is);
		else if (o == 0)
			note(&w->excused,
			     "(b) excused: %s as of %s: trd %s failed_trials "
			     "fell from %lld (as of %s) to %lld; left counted "
			     "while ongoing: %s",
			     w->file, as_of, id, (long long)was, w->prev_as_of,
			     (long long)is, gone);
		else
			note(&w->props,
			     "(b) %s as of %s: trd %s failed_trials fell from "
			     "%lld (as of %s) to %lld; left counted though not "
			     "provisional: %s",
			     w->file, as_of, id, (long long)was, w->prev_as_of,
			     (long long)is, settled_gone);
	}
}

static json_t *judged_values(const json_t *t)
{
	json_t *o = json_object();
	size_t i;
	for (i = 0; i < TP_ARRAY_LEN(judged_keys); i++) {
		json_t *v = json_object_get(t, judged_keys[i]);
		json_object_set_new(o, judged_keys[i],
				    v ? json_deep_copy(v) : json_null());
	}
	return o;
}

/* (c) */
static void check_judged(walker *w, const char *as_of, const json_t *root)
{
	const json_t *trials = json_object_get(root, "trials"), *t;
	size_t i, j, k;
	for (j = 0; j < w->njudged; j++) {
		judged *c = &w->judged[j];
		json_t *now;
		if (c->broken)
			continue;
		t = trial_by_line(root, c->line);
		if (!t) {
			c->broken = true;
			note(&w->props,
			     "(c) %s as of %s: %s (line %ld), judged "
			     "since %s, is gone",
			     w->file, as_of, c->drug, c->line, c->since);
			continue;
		}
		now = judged_values(t);
		for (k = 0; k < TP_ARRAY_LEN(judged_keys); k++) {
			const json_t *a = json_object_get(c->values,
							  judged_keys[k]),
				     *b = json_object_get(now, judged_keys[k]);
			if (!same(a, b) && !c->broken) {
				c->broken = true;
				note(&w->props,
				     "(c) %s as of %s: %s (line %ld): %s is "
				     "%s, "
				     "but was %s when judged (as of %s)",
				     w->file, as_of, c->drug, c->line,
				     judged_keys[k], show(b), show(a),
				     c->since);
			}
		}
		json_decref(now);
	}
	json_array_foreach(trials, i, t)
	{
		judged *c;
		if (is_null_or_absent(t, "judged_until"))
			continue;
		for (j = 0; j < w->njudged; j++)
			if (w->judged[j].line == trial_line(t))
				break;
		if (j < w->njudged)
			continue;
		w->judged = realloc(w->judged,
				    (w->njudged + 1) * sizeof(*w->judged));
		ck_assert_ptr_nonnull(w->judged);
		c = &w->judged[w->njudged++];
		memset(c, 0, sizeof(*c));
		c->line = trial_line(t);
		snprintf(c->drug, sizeof(c->drug), "%s", trial_drug(t));
		snprintf(c->since, sizeof(c->since), "%s", as_of);
		c->values = judged_values(t);
	}
}

/* ---- (e): the safety invariant ---- */

/* Written from the definitions of docs/result-format.md ("Safety bounds
 * every recommendation"), the labels of the clinical facts (section 12)
 * and the knowledge base's safety tables, reading the history itself: not
 * from engine/options.c, so that a rule that breaks the bounds is caught
 * whatever the engine's code says.  Each day's result (as_of) and each
 * recommendation:
 *
 *  S1 ceilings: for an option naming one drug, a dose written before
 *     " mg/day" in its text is at most its max_mg_per_day; citalopram's
 *     max_mg_per_day is at most 40, and 20 over 60, with hepatic impairment,
 *     for a CYP2C19 poor metabolizer, with a CYP2C19 inhibitor (flag, or
 *     cimetidine taken on as_of); escitalopram's at most 10 from 65 (FDA,
 *     EMA labels); every drug's at most each ceiling of safety/1 that has
 *     no condition.  A drug with such a bound has a max_mg_per_day;
 *  S2 no increase-dose of a drug whose latest dose on as_of (its ongoing
 *     course's last dose on or before as_of) is at its max_mg_per_day;
 *  S3 never together: an augment, combine or start option names no drug
 *     that safety/1 forbids with a drug taken on as_of (a course ongoing,
 *     a concomitant medicine); a switch option none forbidden with a
 *     concomitant medicine (the courses are replaced);
 *  S4 washouts: a start, switch, augment or combine option carries
 *     washout_days at least the wait left from each drug stopped on or
 *     before as_of (for a switch, each course ongoing stops on as_of);
 *  S5 gates: ECT only for a severe episode with psychotic features or high
 *     suicide risk, with catatonia, or once the guideline's TRD definition
 *     is met; esketamine and ketamine only once it is met; no paroxetine
 *     for a pregnant patient; no antipsychotic (SGA) added (augment,
 *     combine) while another one is taken;
 *  S6 tried: a start, switch, augment or combine option naming one drug
 *     does not name one ongoing in this episode or not tolerated in it.
 *
 * A class option ("SSRI", "same class") names no drug and is not checked.
 */

#define MAX_OPTION_DRUGS 8

/* One day's result checked against its history. */
typedef struct sday {
	const place *p;
	const tpath_history *h;
	const tpath_kb *kb;
	int32_t as_of;
	const char *trd_id; /* the guideline's TRD definition, or NULL */
	bool trd_met;
	/* the history line of the current trial's course (position.trial),
	 * 0 without one: a switch replaces that course only */
	unsigned current_line;
	/* the option being checked, for messages */
	size_t rec;
	const char *rule, *action, *option;
} sday;

static void TP_PRINTF(2, 3) violation(const sday *s, const char *fmt, ...)
{
	char what[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	note(s->p->f,
	     "(e) %s as of %s: recommendations[%zu] (rule %s): option '%s' "
	     "(%s): %s",
	     s->p->file, s->p->as_of, s->rec, s->rule ? s->rule : "?",
	     s->option, s->action ? s->action : "?", what);
}

/* A JSON day of the history (an ISO date or a relative day) as the
 * history's day number; false when it is neither. */
static bool json_day(const json_t *v, int32_t *out)
{
	int y;
	unsigned m, d;
	char extra;
	if (json_is_integer(v)) {
		*out = (int32_t)json_integer_value(v);
		return true;
	}
	if (json_is_string(v) && is_iso_date(json_string_value(v)) &&
	    sscanf(json_string_value(v), "%4d-%2u-%2u%c", &y, &m, &d,
		   &extra) == 3) {
		*out = tp_days_from_civil(y, m, d);
		return true;
	}
	return false;
}

static const char *day_text(const sday *s, int32_t day)
{
	static char buf[4][32];
	static int k;
	k = (k + 1) % 4;
	tp_format_day(s->h, day, buf[k], sizeof(buf[k]));
	return buf[k];
}

/* Whether text names w as a whole word: the rule of names_drug in
 * engine/guideline.c (ASCII case ignored; not inside a word, nor joined to
 * another by '-': "dextromethorphan-bupropion" does not name bupropion).
 * lower is text in lower case (tolower_ascii), for a plain strstr. */
static bool names_word(const char *lower, const char *w)
{
	char lw[128];
	size_t n = strlen(w), k;
	const char *q;
	if (n == 0 || n >= sizeof(lw))
		return false;
	for (k = 0; k <= n; k++)
		lw[k] = (char)tolower((unsigned char)w[k]);
	for (q = lower; (q = strstr(q, lw)); q++)
		if ((q == lower || (!isalnum((unsigned char)q[-1]) &&
				    q[-1] != '-')) &&
		    !isalnum((unsigned char)q[n]) && q[n] != '-')
			return true;
	return false;
}

static void tolower_ascii(char *out, size_t cap, const char *s)
{
	size_t k;
	for (k = 0; s[k] && k + 1 < cap; k++)
		out[k] = (char)tolower((unsigned char)s[k]);
	out[k] = '\0';
}

/* The catalog drugs text names (by name or alias), in catalog order. */
static size_t option_drugs(const tpath_kb *kb, const char *text,
			   const tp_drug **out)
{
	const tp_catalog *cat = &kb->catalog;
	char lower[512];
	size_t i, k, n = 0;
	tolower_ascii(lower, sizeof(lower), text);
	for (i = 0; i < cat->ndrugs && n < MAX_OPTION_DRUGS; i++) {
		const tp_drug *d = &cat->drugs[i];
		bool named = names_word(lower, d->name);
		for (k = 0; !named && k < d->naliases; k++)
			named = names_word(lower, d->aliases[k]);
		if (named)
			out[n++] = d;
	}
	return n;
}

static bool has_flag(const tpath_history *h, const char *id)
{
	size_t i;
	for (i = 0; i < h->nflags; i++)
		if (strcmp(h->flags[i]->id, id) == 0)
			return true;
	return false;
}

/* A drug course ongoing on day (the timeline's sense: a course stopping on
 * day has stopped). */
static bool course_ongoing(const tp_course *co, int32_t day)
{
	return co->drug && co->start <= day && (!co->has_stop || co->stop > day);
}

/* A concomitant medicine taken on day (docs/history-format.md). */
static bool concomitant_taken(const tp_concomitant *m, int32_t day)
{
	return m->start <= day && (!m->has_stop || m->stop >= day);
}

static bool taking_drug(const tpath_history *h, const char *name, int32_t day)
{
	size_t i;
	for (i = 0; i < h->ncourses; i++)
		if (course_ongoing(&h->courses[i], day) &&
		    strcmp(h->courses[i].drug->name, name) == 0)
			return true;
	for (i = 0; i < h->nconcomitant; i++)
		if (concomitant_taken(&h->concomitant[i], day) &&
		    strcmp(h->concomitant[i].drug->name, name) == 0)
			return true;
	return false;
}

static bool action_in(const char *action, const char *const *set)
{
	size_t i;
	for (i = 0; action && set[i]; i++)
		if (strcmp(action, set[i]) == 0)
			return true;
	return false;
}

static const char *const starting[] = { "start", "switch", "augment",
					"combine", NULL };
static const char *const adding[] = { "start", "augment", "combine", NULL };
static const char *const adjunct_actions[] = { "augment", "combine", NULL };

/* S1: the lowest bound the labels and safety/1's unconditional ceilings put
 * on d for this patient, with why; false when there is none. */
static bool dose_bound(const sday *s, const tp_drug *d, double *max,
		       char *why, size_t n)
{
	const tp_safety *sf = &s->kb->safety;
	const tpath_history *h = s->h;
	bool known = false;
	size_t i;
#define BOUND(mg, ...)                                                         \
	do {                                                                   \
		if (!known || (mg) < *max) {                                   \
			known = true;                                          \
			*max = (mg);                                           \
			snprintf(why, n, __VA_ARGS__);                         \
		}                                                              \
	} while (0)
	if (strcmp(d->name, "citalopram") == 0) {
		BOUND(40, "citalopram's label maximum, FDA 2011");
		if (h->age > 60)
			BOUND(20, "citalopram at age %ld, over 60", h->age);
		else if (has_flag(h, "hepatic-impairment"))
			BOUND(20, "citalopram with hepatic impairment");
		else if (has_flag(h, "cyp2c19-poor-metabolizer"))
			BOUND(20, "citalopram for a CYP2C19 poor metabolizer");
		else if (has_flag(h, "cyp2c19-inhibitor"))
			BOUND(20, "citalopram with a CYP2C19 inhibitor");
		else if (taking_drug(h, "cimetidine", s->as_of))
			BOUND(20, "citalopram with cimetidine taken on %s",
			      day_text(s, s->as_of));
	}
	if (strcmp(d->name, "escitalopram") == 0 && h->age >= 65)
		BOUND(10, "escitalopram at age %ld, 65 or older", h->age);
	for (i = 0; i < sf->nceilings; i++) {
		const tp_ceiling_rule *r = &sf->ceilings[i];
		if (r->drug == d && !r->when && !r->ntaking)
			BOUND(r->max, "safety/1 ceiling %s for everyone",
			      r->id);
	}
#undef BOUND
	return known;
}

/* S1 for an option naming one drug d. */
static void check_ceiling(const sday *s, const tp_drug *d, const char *text,
			  const json_t *max)
{
	double bound = 0;
	char why[160];
	bool has_bound = dose_bound(s, d, &bound, why, sizeof(why));
	const char *at;
	if (max && !json_is_number(max) && !json_is_null(max))
		return; /* (d) reports the type */
	if (json_is_number(max) && has_bound &&
	    json_number_value(max) > bound)
		violation(s,
			  "S1 ceiling: max_mg_per_day is %g, above %g mg/day "
			  "(%s)",
			  json_number_value(max), bound, why);
	else if (!json_is_number(max) && has_bound)
		violation(s,
			  "S1 ceiling: max_mg_per_day is %s, but %s is "
			  "limited to %g mg/day (%s)",
			  show(max), d->name, bound, why);
	/* every number written before " mg/day" */
	for (at = strstr(text, " mg/day"); at; at = strstr(at + 1, " mg/day")) {
		const char *b = at;
		double mg;
		while (b > text && (isdigit((unsigned char)b[-1]) || b[-1] == '.'))
			b--;
		if (b == at || sscanf(b, "%lf", &mg) != 1)
			continue;
		if (json_is_number(max) && mg > json_number_value(max))
			violation(s,
				  "S1 ceiling: the text names %g mg/day, above "
				  "its max_mg_per_day of %g",
				  mg, json_number_value(max));
		else if (has_bound && mg > bound)
			violation(s,
				  "S1 ceiling: the text names %g mg/day, above "
				  "%g mg/day (%s)",
				  mg, bound, why);
	}
}

/* S2: an increase-dose of d, whose latest dose on as_of must be below
 * max. */
static void check_increase(const sday *s, const tp_drug *d, const json_t *max)
{
	const tpath_history *h = s->h;
	const tp_course *latest = NULL;
	const tp_dose *dose = NULL;
	size_t i, k;
	if (!json_is_number(max))
		return;
	for (i = 0; i < h->ncourses; i++) {
		const tp_course *co = &h->courses[i];
		if (co->drug == d && course_ongoing(co, s->as_of) &&
		    (!latest || co->start >= latest->start))
			latest = co;
	}
	for (k = 0; latest && k < latest->ndoses; k++)
		if (latest->doses[k].day <= s->as_of &&
		    (!dose || latest->doses[k].day >= dose->day))
			dose = &latest->doses[k];
	if (dose && dose->mg >= json_number_value(max))
		violation(s,
			  "S2 at ceiling: raises %s, whose latest dose, %g "
			  "mg/day from %s (line %u), is already at or above its "
			  "max_mg_per_day of %g",
			  d->name, dose->mg, day_text(s, dose->day), dose->line,
			  json_number_value(max));
}

/* S3: option drug x against what is taken on as_of. */
static void check_together(const sday *s, const tp_drug *x)
{
	const tpath_history *h = s->h;
	const tp_safety *sf = &s->kb->safety;
	const tp_interaction *r;
	size_t i;
	/* what stays: every course taken on as_of, except, for a switch,
	 * the current trial it replaces */
	if (action_in(s->action, adding) ||
	    strcmp(s->action, "switch") == 0)
		for (i = 0; i < h->ncourses; i++) {
			const tp_course *co = &h->courses[i];
			if (strcmp(s->action, "switch") == 0 &&
			    co->line == s->current_line)
				continue;
			if (course_ongoing(co, s->as_of) &&
			    (r = tp_interaction_of(sf, x, co->drug)))
				violation(s,
					  "S3 never together: %s with %s (course "
					  "on line %u, taken on %s): safety/1 "
					  "interaction %s",
					  x->name, co->drug->name, co->line,
					  day_text(s, s->as_of), r->id);
		}
	for (i = 0; i < h->nconcomitant; i++) {
		const tp_concomitant *m = &h->concomitant[i];
		if (concomitant_taken(m, s->as_of) &&
		    (r = tp_interaction_of(sf, x, m->drug)))
			violation(s,
				  "S3 never together: %s with the concomitant "
				  "%s (line %u, taken on %s): safety/1 "
				  "interaction %s",
				  x->name, m->drug->name, m->line,
				  day_text(s, s->as_of), r->id);
	}
}

/* S4: the wait left before starting x, from every drug stopped (or, for a
 * switch, being replaced on as_of). */
static void check_washout(const sday *s, const tp_drug *x,
			  const json_t *washout)
{
	const tpath_history *h = s->h;
	const tp_safety *sf = &s->kb->safety;
	bool sw = strcmp(s->action, "switch") == 0;
	size_t i, n = h->ncourses + h->nconcomitant;
	long most = 0, need_most = 0;
	const tp_drug *from = NULL;
	const tp_washout *which = NULL;
	int32_t stopped = 0;
	unsigned line = 0;
	for (i = 0; i < n; i++) {
		const tp_drug *y;
		const tp_washout *w;
		int32_t stop;
		unsigned at;
		long need, left;
		if (i < h->ncourses) {
			const tp_course *co = &h->courses[i];
			if (!co->drug || co->start > s->as_of)
				continue;
			if (co->has_stop && co->stop <= s->as_of)
				stop = co->stop;
			else if (sw)
				stop = s->as_of; /* replaced by the switch */
			else
				continue;
			y = co->drug;
			at = co->line;
		} else {
			const tp_concomitant *m = &h->concomitant[i - h->ncourses];
			if (!m->has_stop || m->stop > s->as_of ||
			    m->start > s->as_of)
				continue;
			y = m->drug;
			stop = m->stop;
			at = m->line;
		}
		need = tp_washout_of(sf, y, x, &w);
		left = need - (long)(s->as_of - stop);
		if (need > 0 && left > most) {
			most = left;
			need_most = need;
			from = y;
			which = w;
			stopped = stop;
			line = at;
		}
	}
	if (most > 0 && !(json_is_number(washout) &&
			  json_number_value(washout) >= (double)most))
		violation(s,
			  "S4 washout: %ld more days needed after %s (line %u) "
			  "%s on %s (safety/1 washout %s, %ld days), but "
			  "washout_days is %s",
			  most, from->name, line,
			  stopped == s->as_of && sw ? "replaced" : "stopped",
			  day_text(s, stopped), which->id, need_most,
			  show(washout));
}

/* S5's ECT gate. */
static void check_ect(const sday *s)
{
	const tpath_history *h = s->h;
	const char *sev = h->severity >= 0 ? tp_severity_words[h->severity]
					   : NULL;
	if ((sev && strcmp(sev, "severe-psychotic") == 0) ||
	    (sev && strcmp(sev, "severe") == 0 &&
	     has_flag(h, "high-suicide-risk")) ||
	    has_flag(h, "catatonia") || s->trd_met)
		return;
	violation(s,
		  "S5 gate: ECT for an episode %s%s, without catatonia%s, and "
		  "the guideline's TRD definition (%s) not met",
		  sev ? "of severity " : "", sev ? sev : "of unknown severity",
		  sev && strcmp(sev, "severe") == 0 ? " or high suicide risk"
						    : "",
		  s->trd_id ? s->trd_id : "none");
}

/* S5's drug gates for option drug x. */
static void check_drug_gates(const sday *s, const tp_drug *x)
{
	const tpath_history *h = s->h;
	size_t i;
	if ((strcmp(x->name, "esketamine") == 0 ||
	     strcmp(x->name, "ketamine") == 0) &&
	    !s->trd_met)
		violation(s,
			  "S5 gate: %s before the guideline's TRD definition "
			  "(%s) is met",
			  x->name, s->trd_id ? s->trd_id : "none");
	if (strcmp(x->name, "paroxetine") == 0 && has_flag(h, "pregnant"))
		violation(s, "S5 gate: paroxetine for a pregnant patient");
	if (strcmp(x->klass, "SGA") != 0 || !action_in(s->action, adjunct_actions))
		return;
	for (i = 0; i < h->ncourses; i++) {
		const tp_course *co = &h->courses[i];
		if (course_ongoing(co, s->as_of) && co->drug != x &&
		    strcmp(co->drug->klass, "SGA") == 0)
			violation(s,
				  "S5 gate: %s (SGA) added while %s (SGA, "
				  "course on line %u) is taken",
				  x->name, co->drug->name, co->line);
	}
	for (i = 0; i < h->nconcomitant; i++) {
		const tp_concomitant *m = &h->concomitant[i];
		if (concomitant_taken(m, s->as_of) && m->drug != x &&
		    strcmp(m->drug->klass, "SGA") == 0)
			violation(s,
				  "S5 gate: %s (SGA) added while the "
				  "concomitant %s (SGA, line %u) is taken",
				  x->name, m->drug->name, m->line);
	}
}

/* S6: x tried in this episode (the result's trials). */
static void check_tried(const sday *s, const json_t *root, const tp_drug *x)
{
	const json_t *t;
	size_t i;
	json_array_foreach(json_object_get(root, "trials"), i, t)
	{
		int32_t start, stop;
		bool ongoing;
		if (!is_string(json_object_get(t, "drug"), x->name) ||
		    !json_day(json_object_get(t, "start"), &start) ||
		    start < s->h->episode_start)
			continue;
		ongoing = start <= s->as_of &&
			  (!json_day(json_object_get(t, "stop"), &stop) ||
			   stop > s->as_of);
		if (ongoing)
			violation(s,
				  "S6 tried: %s is being taken in this episode "
				  "(trials[%zu], line %ld, from %s)",
				  x->name, i, trial_line(t),
				  show(json_object_get(t, "start")));
		else if (is_string(json_object_get(t, "outcome"),
				   "intolerance"))
			violation(s,
				  "S6 tried: %s was not tolerated in this "
				  "episode (trials[%zu], line %ld, outcome "
				  "intolerance)",
				  x->name, i, trial_line(t));
	}
}

/* The guideline's TRD definition and whether the result says it is met. */
static void read_trd(sday *s, const json_t *root)
{
	const json_t *g = json_object_get(root, "guideline");
	const char *id = json_string_value(json_object_get(g, "id"));
	const char *said = json_string_value(json_object_get(g, "trd"));
	const tp_guideline *gl = id ? tp_kb_find_guideline(s->kb, id) : NULL;
	const json_t *def;
	s->trd_id = gl && gl->trd ? gl->trd->id : said;
	if (gl && gl->trd && said && strcmp(said, gl->trd->id) != 0)
		note(s->p->f,
		     "(e) %s as of %s: guideline.trd is \"%s\", but guideline "
		     "%s uses %s",
		     s->p->file, s->p->as_of, said, id, gl->trd->id);
	def = s->trd_id ? definition(root, s->trd_id) : NULL;
	s->trd_met = json_is_true(json_object_get(def, "met"));
}

/* (e) on one day's result of history h. */
static void check_safety(const place *p, const json_t *root,
			 const tpath_history *h, const tpath_kb *kb)
{
	const json_t *rec, *opt;
	size_t i, k, j;
	sday s;
	memset(&s, 0, sizeof(s));
	s.p = p;
	s.h = h;
	s.kb = kb;
	if (!json_day(json_object_get(root, "as_of"), &s.as_of)) {
		note(p->f, "(e) %s as of %s: as_of %s is not a day", p->file,
		     p->as_of, show(json_object_get(root, "as_of")));
		return;
	}
	read_trd(&s, root);
	{
		const json_t *pt = json_object_get(
			json_object_get(root, "position"), "trial");
		const json_t *tr = json_is_integer(pt)
					   ? json_array_get(
						     json_object_get(root,
								     "trials"),
						     (size_t)json_integer_value(
							     pt))
					   : NULL;
		s.current_line = tr ? (unsigned)trial_line(tr) : 0;
	}
	json_array_foreach(json_object_get(root, "recommendations"), i, rec)
	{
		const json_t *details = json_object_get(rec, "option_details");
		s.rec = i;
		s.rule = json_string_value(json_object_get(rec, "rule"));
		s.action = json_string_value(json_object_get(rec, "action"));
		if (!s.action)
			continue; /* (d) reports it */
		json_array_foreach(json_object_get(rec, "options"), k, opt)
		{
			const json_t *d = json_array_get(details, k);
			const tp_drug *drugs[MAX_OPTION_DRUGS];
			char lower[512];
			size_t n;
			if (!(s.option = json_string_value(opt)))
				continue;
			tolower_ascii(lower, sizeof(lower), s.option);
			if (names_word(lower, "ECT"))
				check_ect(&s);
			n = option_drugs(kb, s.option, drugs);
			if (n == 1) {
				check_ceiling(&s, drugs[0], s.option,
					      json_object_get(d,
							      "max_mg_per_day"));
				if (strcmp(s.action, "increase-dose") == 0)
					check_increase(
						&s, drugs[0],
						json_object_get(
							d, "max_mg_per_day"));
				if (action_in(s.action, starting))
					check_tried(&s, root, drugs[0]);
			}
			for (j = 0; j < n; j++) {
				check_drug_gates(&s, drugs[j]);
				if (action_in(s.action, starting)) {
					check_together(&s, drugs[j]);
					check_washout(
						&s, drugs[j],
						json_object_get(d,
								"washout_days"));
				}
			}
		}
	}
}

/* Checks one day's result (root, which it keeps) against the days
 * before. */
/* Days as the result writes them (ISO dates, or days relative to the
 * history's day 0): below, equal to or above zero as a is before, on or
 * after b. */
static int day_cmp(const json_t *a, const json_t *b)
{
	if (json_is_string(a) && json_is_string(b))
		return strcmp(json_string_value(a), json_string_value(b));
	if (json_is_integer(a) && json_is_integer(b))
		return json_integer_value(a) < json_integer_value(b)   ? -1
		       : json_integer_value(a) > json_integer_value(b) ? 1
								       : 0;
	return 0;
}

/* (f): the position and the order of options. */
static void check_pathway(const place *p, const json_t *root)
{
	const json_t *pos = json_object_get(root, "position");
	const json_t *pts = json_object_get(pos, "decision_points");
	const json_t *recs = json_object_get(root, "recommendations");
	const char *named = json_string_value(json_object_get(pos,
							      "decision_point"));
	const char *state = json_string_value(
		json_object_get(pos, "decision_point_state"));
	const json_t *asof = json_object_get(root, "as_of");
	size_t i, j, current = 0;
	bool found = false;

	for (i = 0; i < json_array_size(pts); i++) {
		const json_t *d = json_array_get(pts, i);
		const char *id = json_string_value(json_object_get(d, "id"));
		const char *st = json_string_value(json_object_get(d, "state"));
		bool cur = st && (strcmp(st, "now") == 0 ||
				  strcmp(st, "next") == 0);
		current += cur;
		if (st && strcmp(st, "now") == 0 &&
		    (day_cmp(json_object_get(d, "date"), asof) > 0 ||
		     day_cmp(json_object_get(d, "until"), asof) < 0))
			note(p->f,
			     "%s as of %s: decision point %s is marked now "
			     "outside its window",
			     p->file, p->as_of, id ? id : "?");
		if (st && strcmp(st, "next") == 0 &&
		    day_cmp(json_object_get(d, "date"), asof) <= 0)
			note(p->f,
			     "%s as of %s: decision point %s is marked next "
			     "but its window has begun",
			     p->file, p->as_of, id ? id : "?");
		if (named && id && strcmp(id, named) == 0) {
			found = true;
			if (!cur || !state || strcmp(st, state) != 0)
				note(p->f,
				     "%s as of %s: decision point %s is named "
				     "(%s) but marked %s",
				     p->file, p->as_of, named,
				     state ? state : "no state", st ? st : "-");
		}
	}
	if (named && json_array_size(pts) && !found)
		note(p->f, "%s as of %s: decision point %s is not listed",
		     p->file, p->as_of, named);
	if (current > 1 || (current == 1 && !named))
		note(p->f,
		     "%s as of %s: %zu decision points marked now/next, %s "
		     "named",
		     p->file, p->as_of, current, named ? named : "none");
	if (!named != !state)
		note(p->f,
		     "%s as of %s: decision_point and decision_point_state "
		     "disagree",
		     p->file, p->as_of);
	if (strcmp(json_string_value(json_object_get(pos, "status"))
			   ? json_string_value(json_object_get(pos, "status"))
			   : "",
		   "out-of-scope") == 0 &&
	    (json_array_size(recs) || named ||
	     json_is_string(json_object_get(pos, "step"))))
		note(p->f,
		     "%s as of %s: out of scope, yet a step, a decision point "
		     "or advice is given",
		     p->file, p->as_of);
	for (i = 0; i < json_array_size(recs); i++) {
		const json_t *det = json_object_get(json_array_get(recs, i),
						    "option_details");
		json_int_t last = 0;
		for (j = 0; j < json_array_size(det); j++) {
			json_int_t l = json_integer_value(json_object_get(
				json_array_get(det, j), "line"));
			if (l <= 0)
				continue;
			if (l < last)
				note(p->f,
				     "%s as of %s: recommendation %zu lists a "
				     "line-%lld option after a line-%lld one",
				     p->file, p->as_of, i, (long long)l,
				     (long long)last);
			last = l;
		}
	}
}

static void check_day(walker *w, const char *as_of, json_t *root)
{
	place p;
	if (!w->iso_known) {
		w->iso = json_is_string(json_object_get(root, "as_of"));
		w->iso_known = true;
	}
	p.file = w->file;
	p.as_of = as_of;
	p.iso = w->iso;
	p.f = &w->schema;
	check_result(&p, root);
	p.f = &w->pathway;
	check_pathway(&p, root);
	p.f = &w->schema;
	if (w->h && w->kb) {
		p.f = &w->safety;
		check_safety(&p, root, w->h, w->kb);
	}
	if (w->prev)
		check_failed_count(w, as_of, root);
	check_held(w, as_of, root);
	add_held(w, as_of, root);
	check_judged(w, as_of, root);
	json_decref(w->prev);
	w->prev = root;
	snprintf(w->prev_as_of, sizeof(w->prev_as_of), "%s", as_of);
	w->days++;
}

static void walker_free(walker *w)
{
	size_t i;
	json_decref(w->prev);
	for (i = 0; i < w->njudged; i++)
		json_decref(w->judged[i].values);
	free(w->judged);
	free(w->held);
}

static int visit(const char *as_of, const tpath_result *r, void *ud)
{
	walker *w = ud;
	tpath_error err;
	json_error_t jerr;
	char *text = NULL;
	json_t *root;

	if (tpath_result_render(&text, r, TPATH_FORMAT_JSON_LINE, &err) < 0) {
		w->fatal = "rendering failed";
		return 1;
	}
	root = json_loads(text, 0, &jerr);
	tpath_free(text);
	if (!root) {
		w->fatal = "the JSON did not parse";
		return 1;
	}
	check_day(w, as_of, root);
	return 0;
}

static bool known(const char *file)
{
	size_t i;
	for (i = 0; known_violations[i]; i++)
		if (strcmp(known_violations[i], file) == 0)
			return true;
	return false;
}

/* Walks history h (named file) with kb and options eo and checks every
 * property; fails the test with every finding. */
static void walk_and_check(const char *file, const tpath_kb *kb,
			   const tpath_history *h, const tpath_eval_options *eo)
{
	walker w;
	tpath_error err;
	char line[1200];
	int rc;

	memset(&w, 0, sizeof(w));
	w.file = file;
	w.h = h;
	w.kb = kb;
	rc = tpath_walk(kb, h, eo, visit, &w, &err);
	if (rc < 0) {
		tpath_error_format(&err, line, sizeof(line));
		ck_abort_msg("%s: %s", file, line);
	}
	ck_assert_msg(rc == 0, "%s as of %s: %s", file, w.prev_as_of, w.fatal);
	ck_assert_msg(w.days > 0, "%s: the walk saw no day", file);
	walker_free(&w);
	if (getenv("TPATH_PROPERTIES_VERBOSE"))
		fprintf(stderr, "%s%s", w.props.text, w.excused.text);
	ck_assert_msg(w.schema.count == 0,
		      "%s: %zu departures from the result/1 contract:\n%s",
		      file, w.schema.count, w.schema.text);
	ck_assert_msg(w.safety.count == 0,
		      "%s: %zu breaches of the safety invariant (e) over %zu "
		      "days:\n%s",
		      file, w.safety.count, w.days, w.safety.text);
	ck_assert_msg(w.pathway.count == 0,
		      "%s: %zu breaches of the pathway property (f) over %zu "
		      "days:\n%s",
		      file, w.pathway.count, w.days, w.pathway.text);
	if (known(file))
		ck_assert_msg(w.props.count > 0,
			      "%s holds every property now: remove it from "
			      "known_violations[] in %s",
			      file, __FILE__);
	else
		ck_assert_msg(w.props.count == 0,
			      "%s: %zu property violations over %zu days:\n%s",
			      file, w.props.count, w.days, w.props.text);
}

/* ---- the checker checked: each property fails when it should ---- */

/* Days of a made-up walk, reduced to what (a)-(c) read, and what the
 * findings must contain, or NULL for no finding. */
#define SERTRALINE_STOPPED                                                     \
	"{\"drug\": \"sertraline\", \"line\": 7, \"stop\": \"2024-03-01\", "   \
	"\"outcome\": \"nonresponse\", \"latest\": 18, "                       \
	"\"improvement_pct\": 10.0}"
#define SERTRALINE_ONGOING                                                     \
	"{\"drug\": \"sertraline\", \"line\": 7, \"stop\": null}"
#define SERTRALINE_JUDGED(outcome, latest)                                     \
	"{\"drug\": \"sertraline\", \"line\": 7, \"stop\": null, "             \
	"\"judged_until\": \"2024-02-01\", \"outcome\": \"" outcome "\", "     \
	"\"latest\": " latest ", \"improvement_pct\": 10.0}"
#define FLUOXETINE "{\"drug\": \"fluoxetine\", \"line\": 3, \"stop\": null}"
#define DAY(trials, failed, counted)                                           \
	"{\"trials\": [" trials "], \"trd\": [{\"definition\": \"two\", "      \
	"\"failed_trials\": " failed ", \"counted\": [" counted "]}]}"

static const struct {
	const char *name;
	const char *days[3];
	const char *want; /* in the first finding; NULL: none */
} checker_cases[] = {
	{ "(a): an ended trial leaves counted",
	  { DAY(SERTRALINE_STOPPED, "1", "0"),
	    DAY(SERTRALINE_STOPPED, "0", "") },
	  "(a) t as of d1: trd two no longer counts sertraline (line 7), "
	  "counted as failed since d0 when it had stopped (\"2024-03-01\")" },
	{ "(a): at every later day, not only the next",
	  { DAY(SERTRALINE_STOPPED, "1", "0"),
	    DAY(SERTRALINE_STOPPED, "1", "0"),
	    DAY(SERTRALINE_STOPPED, "1", "") },
	  "(a) t as of d2: trd two no longer counts sertraline (line 7)" },
	{ "(a): a judged trial leaves counted",
	  { DAY(SERTRALINE_JUDGED("nonresponse", "18"), "1", "0"),
	    DAY(SERTRALINE_JUDGED("nonresponse", "18"), "0", "") },
	  "had been judged (judged_until \"2024-02-01\")" },
	{ "(a): the trial is known by its line, not its index",
	  { DAY(SERTRALINE_STOPPED, "1", "0"),
	    DAY(FLUOXETINE ", " SERTRALINE_STOPPED, "1", "1") },
	  NULL },
	{ "(a): the same index, another trial",
	  { DAY(SERTRALINE_STOPPED, "1", "0"),
	    DAY(FLUOXETINE ", " SERTRALINE_STOPPED, "1", "0") },
	  "(a) t as of d1: trd two no longer counts sertraline (line 7)" },
	{ "(b): an ongoing trial's failure may be undone",
	  { DAY(SERTRALINE_ONGOING, "1", "0"),
	    DAY(SERTRALINE_ONGOING, "0", "") },
	  NULL },
	{ "(b): failed_trials falls with no trial leaving",
	  { DAY(SERTRALINE_ONGOING, "2", "0"),
	    DAY(SERTRALINE_ONGOING, "1", "0") },
	  "(b) t as of d1: trd two failed_trials fell from 2 (as of d0) to 1 "
	  "with no trial leaving counted" },
	{ "(b): a judged trial's failure may not be undone",
	  { DAY(SERTRALINE_JUDGED("nonresponse", "18") ", " FLUOXETINE, "2",
		"0, 1"),
	    DAY(SERTRALINE_JUDGED("nonresponse", "18") ", " FLUOXETINE, "1",
		"1") },
	  "left counted though not provisional: sertraline (line 7" },
	{ "(b): one leaver ongoing, one ended",
	  { DAY(SERTRALINE_STOPPED ", " FLUOXETINE, "2", "0, 1"),
	    DAY(SERTRALINE_STOPPED ", " FLUOXETINE, "0", "") },
	  "(a) t as of d1" },
	{ "(c): a judged trial's outcome changes",
	  { DAY(SERTRALINE_JUDGED("nonresponse", "18"), "1", "0"),
	    DAY(SERTRALINE_JUDGED("response", "6"), "1", "0") },
	  "(c) t as of d1: sertraline (line 7): outcome is \"response\", but "
	  "was \"nonresponse\" when judged (as of d0)" },
	{ "(c): judged_until goes away",
	  { DAY(SERTRALINE_JUDGED("nonresponse", "18"), "0", ""),
	    DAY(SERTRALINE_STOPPED, "0", "") },
	  "judged_until is null, but was \"2024-02-01\"" },
	{ "(c): judged, unchanged",
	  { DAY(SERTRALINE_JUDGED("nonresponse", "18"), "1", "0"),
	    DAY(SERTRALINE_JUDGED("nonresponse", "18"), "1", "0") },
	  NULL },
};

START_TEST(checker_finds)
{
	walker w;
	size_t k;
	memset(&w, 0, sizeof(w));
	w.file = "t";
	for (k = 0; k < 3 && checker_cases[_i].days[k]; k++) {
		char as_of[8];
		json_error_t jerr;
		json_t *root = json_loads(checker_cases[_i].days[k], 0, &jerr);
		ck_assert_msg(root != NULL, "%s: day %zu: %s",
			      checker_cases[_i].name, k, jerr.text);
		snprintf(as_of, sizeof(as_of), "d%zu", k);
		check_day(&w, as_of, root);
	}
	walker_free(&w);
	if (!checker_cases[_i].want)
		ck_assert_msg(w.props.count == 0, "%s: found\n%s",
			      checker_cases[_i].name, w.props.text);
	else
		ck_assert_msg(strstr(w.props.text, checker_cases[_i].want),
			      "%s: want '%s', found\n%s",
			      checker_cases[_i].name, checker_cases[_i].want,
			      w.props.text);
}
END_TEST

/* (d) on a real result, spoilt one way at a time. */
static const struct {
	const char *path;  /* an object holding key, '.'-separated */
	const char *key;   /* the key to change */
	const char *value; /* its new JSON value; NULL: removed */
	const char *want;  /* in the findings; NULL: none */
} schema_cases[] = {
	{ "", NULL, NULL, NULL }, /* as it is */
	{ "trials.0", "weeks", NULL,
	  "trials[0] (sertraline, line 6): 'weeks' missing" },
	{ "trials.0", "baseline", "\"19\"",
	  "trials[0] (sertraline, line 6): 'baseline' is a string \"19\", "
	  "expected integer or null" },
	{ "trials.0", "outcome", "\"better\"",
	  "'outcome' is \"better\", not one of the contract's words" },
	{ "trials.0", "stop", "12",
	  "'stop' is an integer 12, expected a YYYY-MM-DD date or null" },
	{ "trials.0", "stop", "\"2024-13-45\"", "expected a YYYY-MM-DD date" },
	{ "trials.0", "intervention", "\"ect\"",
	  "both 'drug' and 'intervention'" },
	{ "trials.0", "weeks_at_therapeutic_dose", "null", NULL },
	{ "trials.0", "pdc", "\"high\"", "'pdc' is a string" },
	{ "trd.0", "counted", "[0, 5]",
	  "trd two-adequate-trials: counted[1] is 5, not an index" },
	{ "trd.0", "met", "1", "'met' is an integer 1, expected boolean" },
	{ "", "tpath", "\"result/2\"", "'tpath' is \"result/2\"" },
	{ "", "trace", NULL, NULL },
	{ "", "staging", NULL, "the result: 'staging' missing" },
	{ "staging.0", "components", "[]", "'components' is an array" },
	{ "warnings", NULL,
	  "[{\"code\": \"x\", \"severity\": \"fatal\", "
	  "\"message\": \"m\", \"source\": null}]",
	  "warnings[0] (x): 'severity' is \"fatal\"" },
	{ "recommendations.0", "line", NULL, "'line' missing" },
	{ "recommendations.0", "options", "[1]", "options[0] is an integer" },
	{ "recommendations.0", "option_details", "[]",
	  "0 option_details for " },
	{ "recommendations.0", "option_details", NULL,
	  "'option_details' missing" },
	{ "recommendations.0.option_details.0", "washout_days", "\"none\"",
	  "'washout_days' is a string" },
	{ "recommendations.0", "removed_options",
	  "[{\"name\": \"x\", \"reason\": \"y\", \"source\": null}]",
	  NULL },
	{ "recommendations.0", "removed_options",
	  "[{\"name\": \"x\", \"reason\": \"y\"}]",
	  "removed_options[0]: 'source' missing" },
	{ "recommendations.0", "removed_options",
	  "[{\"name\": \"x\", \"reason\": 3}]",
	  "removed_options[0]: 'reason' is an integer 3" },
	{ "recommendations.0", "removed_options", "{}",
	  "'removed_options' is an object" },
	{ "recommendations.0", "at_ceiling", "false",
	  "'at_ceiling' is false: it is present only as true" },
	{ "recommendations.0", "at_ceiling", "true",
	  "'at_ceiling' with action \"switch\", expected \"continue\" or "
	  "\"taper\"" },
	{ "position", "label", "null", "position: 'label' is null" },
	{ "", "provenance", "[]", "'provenance' is an array" },
};

static json_t *at_path(json_t *root, const char *path)
{
	char step[64];
	while (*path && root) {
		size_t n = strcspn(path, ".");
		char *end;
		long idx;
		snprintf(step, sizeof(step), "%.*s", (int)n, path);
		path += n + (path[n] == '.');
		idx = strtol(step, &end, 10);
		root = *end ? json_object_get(root, step)
			    : json_array_get(root, (size_t)idx);
	}
	return root;
}

START_TEST(checker_schema)
{
	static const char history[] =
		"tpath: history/1\nid: schema\nas_of: 2024-05-01\n"
		"episode: {start: 2024-01-01, severity: moderate}\n"
		"treatments:\n"
		"  - drug: sertraline\n    start: 2024-01-01\n"
		"    stop: 2024-03-01\n    stop_reason: inefficacy\n"
		"    doses: [{date: 2024-01-01, mg_per_day: 100}]\n"
		"measures:\n  - {date: 2024-01-01, scale: phq9, score: 20}\n"
		"  - {date: 2024-03-01, scale: phq9, score: 19}\n";
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	char *text = NULL, line[200];
	json_t *root, *at;
	findings f;
	place p = { "t", "d0", true, NULL };

	ck_assert_msg(test_load(&h, history, line, sizeof(line)) == 0, "%s",
		      line);
	ck_assert_int_eq(tpath_evaluate(&r, test_kb(), h, NULL, &err), 0);
	ck_assert_int_eq(
		tpath_result_render(&text, r, TPATH_FORMAT_JSON_LINE, &err), 0);
	root = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(root);
	at = at_path(root, schema_cases[_i].path);
	ck_assert_ptr_nonnull(at);
	if (schema_cases[_i].key && !schema_cases[_i].value)
		json_object_del(at, schema_cases[_i].key);
	else if (schema_cases[_i].value) {
		json_t *v = json_loads(schema_cases[_i].value, JSON_DECODE_ANY,
				       NULL);
		ck_assert_ptr_nonnull(v);
		if (schema_cases[_i].key) {
			json_object_set_new(at, schema_cases[_i].key, v);
		} else { /* the array's elements replaced */
			json_array_clear(at);
			json_array_extend(at, v);
			json_decref(v);
		}
	}
	memset(&f, 0, sizeof(f));
	p.f = &f;
	check_result(&p, root);
	if (!schema_cases[_i].want)
		ck_assert_msg(f.count == 0, "case %d: found\n%s", _i, f.text);
	else
		ck_assert_msg(strstr(f.text, schema_cases[_i].want) != NULL,
			      "case %d: want '%s', found\n%s", _i,
			      schema_cases[_i].want, f.text);
	json_decref(root);
	tpath_free(text);
	tpath_result_free(r);
	tpath_history_free(h);
}
END_TEST

/* (e) on real results, spoilt one way at a time: each spoilt option must
 * be found, with the rule it breaks.  The histories, evaluated as of
 * their as_of under the default guideline (canmat-2023, whose TRD
 * definition is two-adequate-trials): */
static const char *const spoil_histories[] = {
	/* 0: mild, sertraline 100 mg/day for 10 weeks, no response */
	"tpath: history/1\nid: spoil-mild\nas_of: 70\n"
	"patient: {age: 45, sex: female}\n"
	"episode: {start: -14, severity: mild}\n"
	"treatments:\n"
	"  - {drug: sertraline, start: 0, doses: [{date: 0, mg_per_day: 100}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 14}\n"
	"  - {date: 28, scale: phq9, score: 14}\n"
	"  - {date: 56, scale: phq9, score: 13}\n"
	"  - {date: 70, scale: phq9, score: 13}\n",
	/* 1: 72 years old, venlafaxine stopped for inefficacy: the switch
	 * offers citalopram at 20 mg/day */
	"tpath: history/1\nid: spoil-older\nas_of: 70\n"
	"patient: {age: 72, sex: male}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: venlafaxine, start: 0, stop: 63, stop_reason: inefficacy,\n"
	"     doses: [{date: 0, mg_per_day: 150}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 19}\n"
	"  - {date: 56, scale: phq9, score: 19}\n"
	"  - {date: 70, scale: phq9, score: 19}\n",
	/* 2: 72 years old on citalopram 20 mg/day, no early improvement: the
	 * increase is at the ceiling (continue, at_ceiling) */
	"tpath: history/1\nid: spoil-at-ceiling\nas_of: 28\n"
	"patient: {age: 72, sex: male}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: citalopram, start: 0, doses: [{date: 0, mg_per_day: 20}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 14, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 19}\n",
	/* 3: fluoxetine stopped 10 days ago */
	"tpath: history/1\nid: spoil-after-fluoxetine\nas_of: 66\n"
	"patient: {age: 50, sex: female}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: fluoxetine, start: 0, stop: 56, stop_reason: inefficacy,\n"
	"     doses: [{date: 0, mg_per_day: 40}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 19}\n"
	"  - {date: 56, scale: phq9, score: 19}\n"
	"  - {date: 66, scale: phq9, score: 19}\n",
	/* 4: pregnant, on venlafaxine without response */
	"tpath: history/1\nid: spoil-pregnant\nas_of: 70\n"
	"patient: {age: 30, sex: female, flags: [pregnant]}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: venlafaxine, start: 0, doses: [{date: 0, mg_per_day: 150}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 19}\n"
	"  - {date: 56, scale: phq9, score: 19}\n"
	"  - {date: 70, scale: phq9, score: 19}\n",
	/* 5: sertraline with aripiprazole added */
	"tpath: history/1\nid: spoil-antipsychotic\nas_of: 98\n"
	"patient: {age: 40, sex: male}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: sertraline, start: 0, doses: [{date: 0, mg_per_day: 150}]}\n"
	"  - {drug: aripiprazole, start: 56, doses: [{date: 56, mg_per_day: 5}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 15}\n"
	"  - {date: 56, scale: phq9, score: 14}\n"
	"  - {date: 98, scale: phq9, score: 13}\n",
	/* 6: 50 years old, venlafaxine stopped, taking cimetidine (below) */
	"tpath: history/1\nid: spoil-cimetidine\nas_of: 70\n"
	"patient: {age: 50, sex: male}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: venlafaxine, start: 0, stop: 63, stop_reason: inefficacy,\n"
	"     doses: [{date: 0, mg_per_day: 150}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 19}\n"
	"  - {date: 56, scale: phq9, score: 19}\n"
	"  - {date: 70, scale: phq9, score: 19}\n",
	/* 7: 40 years old, venlafaxine stopped, with the concomitant
	 * medicines below */
	"tpath: history/1\nid: spoil-concomitant\nas_of: 70\n"
	"patient: {age: 40, sex: female}\n"
	"episode: {start: -14, severity: moderate}\n"
	"treatments:\n"
	"  - {drug: venlafaxine, start: 0, stop: 63, stop_reason: inefficacy,\n"
	"     doses: [{date: 0, mg_per_day: 150}]}\n"
	"measures:\n"
	"  - {date: 0, scale: phq9, score: 20}\n"
	"  - {date: 28, scale: phq9, score: 19}\n"
	"  - {date: 56, scale: phq9, score: 19}\n"
	"  - {date: 70, scale: phq9, score: 19}\n",
};

/* Concomitant medicines set into a loaded history (history/1 cannot state
 * them yet: its parser is being added elsewhere), before it is evaluated,
 * so that the engine and (e) both read them. */
static const struct {
	int history;
	const char *drug; /* a catalog drug, or "cimetidine" */
	int32_t start, stop;
	bool has_stop;
	unsigned line;
} spoil_concomitants[] = {
	{ 6, "cimetidine", -30, 0, false, 100 },
	{ 7, "selegiline", -30, 0, false, 100 },
	{ 7, "fluoxetine", -100, 60, true, 101 },
	{ 7, "quetiapine", -30, 0, false, 102 },
};

/* Cimetidine, named only as a concomitant medicine (a CYP2C19 inhibitor:
 * citalopram 20 mg/day at most), is not in this catalog. */
static const tp_drug spoil_cimetidine = { .name = "cimetidine",
					  .klass = "H2-antagonist",
					  .kind = TP_KIND_INTERACTING,
					  .unit = "mg/day" };

static const struct {
	int history;
	const char *action; /* the first recommendation with it, or a new one
			       (rule "spoilt") */
	const char *option; /* the option changed, by name; NULL: a new one */
	const char *text;   /* its text afterwards; NULL: unchanged */
	const char *detail; /* JSON object merged into its option_details */
	const char *new_action; /* the recommendation's action afterwards */
	const char *want;	/* in the findings; NULL: none */
} spoil_cases[] = {
	/* as they are */
	{ 0, NULL, NULL, NULL, NULL, NULL, NULL },
	{ 1, NULL, NULL, NULL, NULL, NULL, NULL },
	{ 2, NULL, NULL, NULL, NULL, NULL, NULL },
	{ 3, NULL, NULL, NULL, NULL, NULL, NULL },
	{ 4, NULL, NULL, NULL, NULL, NULL, NULL },
	{ 5, NULL, NULL, NULL, NULL, NULL, NULL },
	/* S5: ECT for a mild episode, without TRD */
	{ 0, "switch", NULL, "ECT", NULL, NULL,
	  "(e) t as of 70: recommendations[1] (rule nonresponse-switch): "
	  "option 'ECT' (switch): S5 gate: ECT for an episode of severity "
	  "mild, without catatonia, and the guideline's TRD definition "
	  "(two-adequate-trials) not met" },
	{ 0, "neuromodulation", NULL, "ECT", NULL, NULL,
	  "recommendations[3] (rule spoilt): option 'ECT' (neuromodulation): "
	  "S5 gate: ECT for an episode of severity mild" },
	/* S5: esketamine without TRD */
	{ 0, "augment", NULL, "esketamine", NULL, NULL,
	  "recommendations[3] (rule spoilt): option 'esketamine' (augment): "
	  "S5 gate: esketamine before the guideline's TRD definition "
	  "(two-adequate-trials) is met" },
	/* S1: citalopram 40 mg/day at 72 */
	{ 1, "switch", "citalopram", "citalopram 40 mg/day", NULL, NULL,
	  "(e) t as of 70: recommendations[0] (rule nonresponse-switch): "
	  "option 'citalopram 40 mg/day' (switch): S1 ceiling: the text names "
	  "40 mg/day, above its max_mg_per_day of 20" },
	{ 1, "switch", "citalopram", "citalopram 40 mg/day",
	  "{\"max_mg_per_day\": 40}", NULL,
	  "option 'citalopram 40 mg/day' (switch): S1 ceiling: "
	  "max_mg_per_day is 40, above 20 mg/day (citalopram at age 72, over "
	  "60)" },
	{ 1, "switch", "escitalopram", NULL, "{\"max_mg_per_day\": null}",
	  NULL,
	  "option 'escitalopram' (switch): S1 ceiling: max_mg_per_day is null, "
	  "but escitalopram is limited to 10 mg/day (escitalopram at age 72, "
	  "65 or older)" },
	{ 1, "switch", "mirtazapine", "mirtazapine (up to 60 mg/day)",
	  "{\"max_mg_per_day\": 60}", NULL,
	  "S1 ceiling: max_mg_per_day is 60, above 45 mg/day (safety/1 ceiling "
	  "mirtazapine-label for everyone)" },
	/* S2: the increase at the ceiling put back */
	{ 2, "continue", "citalopram", NULL, NULL, "increase-dose",
	  "(e) t as of 28: recommendations[0] (rule "
	  "no-early-improvement-increase): option 'citalopram' "
	  "(increase-dose): S2 at ceiling: raises citalopram, whose latest "
	  "dose, 20 mg/day from day 0 (line 7), is already at or above its "
	  "max_mg_per_day of 20" },
	/* S3: an MAOI added to sertraline, which continues */
	{ 0, "augment", NULL, "tranylcypromine", NULL, NULL,
	  "option 'tranylcypromine' (augment): S3 never together: "
	  "tranylcypromine with sertraline (course on line 7, taken on day "
	  "70): safety/1 interaction maoi-with-serotonergic" },
	{ 0, "switch", NULL, "tranylcypromine", "{\"washout_days\": 14}",
	  NULL, NULL }, /* a switch replaces sertraline: only the washout */
	/* S4: phenelzine 10 days after fluoxetine */
	{ 3, "switch", NULL, "phenelzine", NULL, NULL,
	  "(e) t as of 66: recommendations[0] (rule nonresponse-switch): "
	  "option 'phenelzine' (switch): S4 washout: 25 more days needed "
	  "after fluoxetine (line 7) stopped on day 56 (safety/1 washout "
	  "fluoxetine-to-maoi, 35 days), but washout_days is null" },
	{ 3, "switch", NULL, "phenelzine", "{\"washout_days\": 14}", NULL,
	  "but washout_days is 14" },
	{ 3, "switch", NULL, "phenelzine", "{\"washout_days\": 25}", NULL,
	  NULL },
	/* S4 for a switch: the ongoing sertraline is replaced today */
	{ 0, "switch", NULL, "phenelzine", NULL, NULL,
	  "S4 washout: 14 more days needed after sertraline (line 7) replaced "
	  "on day 70 (safety/1 washout serotonergic-to-maoi, 14 days), but "
	  "washout_days is null" },
	/* S5: paroxetine in pregnancy */
	{ 4, "switch", NULL, "paroxetine", NULL, NULL,
	  "option 'paroxetine' (switch): S5 gate: paroxetine for a pregnant "
	  "patient" },
	/* S5: a second antipsychotic */
	{ 5, "augment", NULL, "brexpiprazole", NULL, NULL,
	  "option 'brexpiprazole' (augment): S5 gate: brexpiprazole (SGA) "
	  "added while aripiprazole (SGA, course on line 8) is taken" },
	/* S6: offered again while taken, or after intolerance */
	{ 0, "switch", NULL, "sertraline", NULL, NULL,
	  "option 'sertraline' (switch): S6 tried: sertraline is being taken "
	  "in this episode (trials[0], line 7, from 0)" },
	{ 5, "augment", NULL, "aripiprazole", NULL, NULL,
	  "S6 tried: aripiprazole is being taken in this episode" },
	/* class options name no drug */
	{ 0, "augment", NULL, "MAOI", NULL, NULL, NULL },
	/* S1 with cimetidine taken.  No "as it is" case for history 6: its
	 * citalopram option has max_mg_per_day 40 until safety/1's
	 * citalopram-at-risk ceiling gains when_taking: [cimetidine] (#MERGE
	 * in guidelines/safety.yaml, with the concomitant parser): (e) finds
	 * that on the engine's own result today. */
	{ 6, "switch", "citalopram", NULL, "{\"max_mg_per_day\": 40}", NULL,
	  "option 'citalopram' (switch): S1 ceiling: max_mg_per_day is 40, "
	  "above 20 mg/day (citalopram with cimetidine taken on day 70)" },
	{ 6, "switch", "citalopram", NULL, "{\"max_mg_per_day\": 20}", NULL,
	  NULL },
	/* concomitant medicines: the engine's result holds, and what they
	 * forbid is found */
	{ 7, NULL, NULL, NULL, NULL, NULL, NULL },
	{ 7, "switch", NULL, "sertraline", NULL, NULL,
	  "option 'sertraline' (switch): S3 never together: sertraline with "
	  "the concomitant selegiline (line 100, taken on day 70): safety/1 "
	  "interaction maoi-with-serotonergic" },
	{ 7, "switch", NULL, "phenelzine", NULL, NULL,
	  "option 'phenelzine' (switch): S4 washout: 25 more days needed "
	  "after fluoxetine (line 101) stopped on day 60 (safety/1 washout "
	  "fluoxetine-to-maoi, 35 days), but washout_days is null" },
	{ 7, "augment", NULL, "aripiprazole", NULL, NULL,
	  "option 'aripiprazole' (augment): S5 gate: aripiprazole (SGA) added "
	  "while the concomitant quetiapine (SGA, line 102) is taken" },
};

/* The recommendation of root with action, or a new one (rule "spoilt"). */
static json_t *spoil_rec(json_t *root, const char *action)
{
	json_t *recs = json_object_get(root, "recommendations"), *r;
	size_t i;
	json_array_foreach(recs, i, r)
	{
		if (is_string(json_object_get(r, "action"), action))
			return r;
	}
	r = json_pack("{s:s, s:[], s:[], s:s, s:s, s:i}", "action", action,
		      "options", "option_details", "rule", "spoilt", "source",
		      "t", "line", 1);
	ck_assert_ptr_nonnull(r);
	json_array_append_new(recs, r);
	return r;
}

START_TEST(checker_safety)
{
	const char *history = spoil_histories[spoil_cases[_i].history];
	tpath_history *h = NULL;
	tpath_result *r = NULL;
	tpath_error err;
	char *text = NULL, line[200];
	json_t *root, *rec;
	findings f;
	place p = { "t", NULL, false, NULL };

	tp_concomitant conc[TP_ARRAY_LEN(spoil_concomitants)];
	size_t nconc = 0, c;

	ck_assert_msg(test_load(&h, history, line, sizeof(line)) == 0, "%s",
		      line);
	for (c = 0; c < TP_ARRAY_LEN(spoil_concomitants); c++) {
		tp_concomitant *m = &conc[nconc];
		if (spoil_concomitants[c].history != spoil_cases[_i].history)
			continue;
		memset(m, 0, sizeof(*m));
		m->drug = strcmp(spoil_concomitants[c].drug, "cimetidine") == 0
				  ? &spoil_cimetidine
				  : tp_catalog_find(&test_kb()->catalog,
						    spoil_concomitants[c].drug);
		ck_assert_ptr_nonnull(m->drug);
		m->start = spoil_concomitants[c].start;
		m->stop = spoil_concomitants[c].stop;
		m->has_stop = spoil_concomitants[c].has_stop;
		m->line = spoil_concomitants[c].line;
		nconc++;
	}
	if (nconc) {
		h->concomitant = conc;
		h->nconcomitant = nconc;
	}
	ck_assert_int_eq(tpath_evaluate(&r, test_kb(), h, NULL, &err), 0);
	ck_assert_int_eq(
		tpath_result_render(&text, r, TPATH_FORMAT_JSON_LINE, &err), 0);
	root = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(root);
	if (spoil_cases[_i].action) {
		json_t *opts, *details, *d = NULL, *x;
		size_t k;
		rec = spoil_rec(root, spoil_cases[_i].action);
		opts = json_object_get(rec, "options");
		details = json_object_get(rec, "option_details");
		if (spoil_cases[_i].option) {
			json_array_foreach(opts, k, x)
			{
				if (is_string(x, spoil_cases[_i].option))
					break;
			}
			ck_assert_msg(k < json_array_size(opts),
				      "case %d: no option '%s'", _i,
				      spoil_cases[_i].option);
			d = json_array_get(details, k);
		} else {
			k = json_array_size(opts);
			d = json_pack("{s:s, s:n, s:n, s:n, s:n, s:n}", "name",
				      spoil_cases[_i].text, "line",
				      "max_mg_per_day", "tried", "washout_days",
				      "note");
			json_array_append_new(opts,
					      json_string(spoil_cases[_i].text));
			json_array_append_new(details, d);
		}
		if (spoil_cases[_i].text) {
			json_array_set_new(opts, k,
					   json_string(spoil_cases[_i].text));
			json_object_set_new(d, "name",
					    json_string(spoil_cases[_i].text));
		}
		if (spoil_cases[_i].detail) {
			json_t *v = json_loads(spoil_cases[_i].detail, 0, NULL);
			ck_assert_ptr_nonnull(v);
			json_object_update(d, v);
			json_decref(v);
		}
		if (spoil_cases[_i].new_action) {
			json_object_set_new(
				rec, "action",
				json_string(spoil_cases[_i].new_action));
			json_object_del(rec, "at_ceiling");
		}
	}
	memset(&f, 0, sizeof(f));
	p.f = &f;
	p.as_of = json_string_value(json_object_get(root, "as_of"));
	if (!p.as_of) { /* relative days: as_of is a number */
		snprintf(line, sizeof(line), "%lld",
			 (long long)json_integer_value(
				 json_object_get(root, "as_of")));
		p.as_of = line;
	}
	check_safety(&p, root, h, test_kb());
	if (!spoil_cases[_i].want)
		ck_assert_msg(f.count == 0, "case %d: found\n%s", _i, f.text);
	else
		ck_assert_msg(strstr(f.text, spoil_cases[_i].want) != NULL,
			      "case %d: want '%s', found\n%s", _i,
			      spoil_cases[_i].want, f.text);
	/* the spoilt result still keeps the contract (d) */
	memset(&f, 0, sizeof(f));
	check_result(&p, root);
	ck_assert_msg(f.count == 0, "case %d: (d) found\n%s", _i, f.text);
	json_decref(root);
	tpath_free(text);
	tpath_result_free(r);
	h->concomitant = NULL; /* on this stack, not in the history's arena */
	h->nconcomitant = 0;
	tpath_history_free(h);
}
END_TEST

/* A pending key's absence passes; once it is out of pending_keys[], it
 * must be there. */
START_TEST(checker_pending)
{
	json_t *trial =
		json_pack("{s:s, s:i}", "drug", "sertraline", "line", 7);
	findings f;
	place p = { "t", "d0", true, NULL };
	static const key_rule only_pdc[] = { { "pdc", J_NUM | J_NULL, NULL,
					       false } };
	memset(&f, 0, sizeof(f));
	p.f = &f;
	check_keys(&p, trial, "trials[0]", only_pdc, 1);
	ck_assert_uint_eq(f.count, pending("pdc") ? 0 : 1);
	json_decref(trial);
}
END_TEST

/* ---- the three sources of histories ---- */

START_TEST(vignette_properties)
{
	char path[512], *text, msg[1200];
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	test_vignette vo;
	tpath_history *h;
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
	eo.as_of = NULL; /* every day, up to the history's own as_of */
	walk_and_check(path, vo.kb, h, &eo);
	tpath_history_free(h);
	test_vignette_free(&vo);
	free(text);
}
END_TEST

START_TEST(example_properties)
{
	char path[512], msg[1200];
	tpath_history *h;
	tpath_error err;

	snprintf(path, sizeof(path), EXAMPLE_DIR "/%s", examples[_i]);
	if (tpath_history_load_file(&h, test_kb(), path, NULL, &err) < 0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s", msg);
	}
	walk_and_check(path, test_kb(), h, NULL);
	tpath_history_free(h);
}
END_TEST

/* The _i-th history of `build/gen GENERATED` (its default seed). */
START_TEST(generated_properties)
{
	FILE *p = popen("build/gen " STR(GENERATED), "r");
	char *buf = NULL, *doc, *end, name[64], msg[1200];
	size_t len = 0, cap = 0, got;
	tpath_history *h;
	tpath_error err;
	int k;

	ck_assert_msg(p != NULL, "cannot run build/gen (run via make check)");
	do {
		if (cap - len < 4096) {
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap);
			ck_assert_ptr_nonnull(buf);
		}
		got = fread(buf + len, 1, cap - len - 1, p);
		len += got;
	} while (got > 0);
	ck_assert_msg(pclose(p) == 0, "build/gen failed (run via make check)");
	buf[len] = '\0';
	/* Each document starts with a "---" line; take the _i-th. */
	doc = strstr(buf, "---\n");
	for (k = 0; doc && k < _i; k++)
		doc = strstr(doc + 4, "---\n");
	ck_assert_msg(doc != NULL, "build/gen wrote fewer than %d histories",
		      _i + 1);
	doc += 4;
	if ((end = strstr(doc, "---\n")))
		*end = '\0';
	snprintf(name, sizeof(name), "build/gen " STR(GENERATED) " #%d", _i);
	if (tpath_history_load_buffer(&h, test_kb(), doc, strlen(doc), name,
				      NULL, &err) < 0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s", msg);
	}
	walk_and_check(name, test_kb(), h, NULL);
	tpath_history_free(h);
	free(buf);
}
END_TEST

/* ---- a population for (e) ---- */

/* Histories made to meet the safety tables (build/gen also feeds `make
 * bench`, whose input stays as it is): one of eight scenarios (_i % 8),
 * each under one of the guidelines (_i % 3: the 24 cover every pair), in
 * one of three variants (_i / 8), with ages, doses, gaps and scores drawn
 * from a linear congruential generator seeded by _i, so that each history
 * is the same on every run and machine:
 *
 *   0 citalopram 20-40 mg/day over 60 (variant 0, 2) or, younger, with
 *     hepatic impairment (1); in variant 2 stopped for intolerance, then
 *     sertraline;
 *   1 escitalopram 10-20 mg/day from 65;
 *   2 an SSRI, SNRI, vortioxetine or clomipramine (variant 0: fluoxetine;
 *     2: stopped for intolerance), then phenelzine or tranylcypromine 1-20
 *     days after it;
 *     except in variant 1 the MAOI stops and sertraline follows within 20
 *     days;
 *   3 an SSRI with aripiprazole added; except in variant 1 the SSRI is
 *     replaced by another while aripiprazole goes on;
 *   4 pregnant, on an SNRI, bupropion, mirtazapine or paroxetine (variant 2:
 *     venlafaxine, stopped for intolerance);
 *   5 subsyndromal to severe-psychotic, with high suicide risk, catatonia
 *     or a bipolar history, untreated for the first days;
 *   6 two failed adequate trials, then citalopram for a CYP2C19 poor
 *     metabolizer under 60 (variant 0, ongoing), or escitalopram (1) or
 *     mirtazapine (2), which fail too;
 *   7 an MAOI first, then vortioxetine 3-20 days after it.
 *
 * Ages run 18-90; any scenario may add a flag; other courses stop for
 * inefficacy.  Relative days; PHQ-9 (QIDS-C16 under STAR*D, whose decisions
 * read it) every 7 or 14 days, weekly in the 4 weeks after each change. */
#define POPULATION 24
#define POPULATION_UNDER_VALGRIND 8

static const char *const population_guidelines[] = { "canmat-2023",
						     "nice-ng222", "star-d" };

typedef struct gen_course {
	const char *drug;
	int start, stop; /* stop < 0: ongoing */
	int doses[3][2]; /* {day, mg}; mg 0 ends */
	const char *stop_reason;
	double ratio; /* score at 6 weeks / score at its start */
	bool antidepressant; /* drives the scores */
} gen_course;

typedef struct gen {
	unsigned long long state;
	char text[8192];
	size_t len;
	gen_course courses[6];
	size_t ncourses;
} gen;

static unsigned pick(gen *g, unsigned n)
{
	g->state = g->state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((g->state >> 33) % n);
}

static void TP_PRINTF(2, 3) put(gen *g, const char *fmt, ...)
{
	va_list ap;
	int k;
	va_start(ap, fmt);
	k = vsnprintf(g->text + g->len, sizeof(g->text) - g->len, fmt, ap);
	va_end(ap);
	ck_assert_msg(k >= 0 && (size_t)k < sizeof(g->text) - g->len,
		      "the generated history outgrew its buffer");
	g->len += (size_t)k;
}

/* Adds a course: doses mg0 from start, mg1 from start + 14 and mg2 from
 * start + 28 (0: no such step; steps after stop are left out). */
static gen_course *add_course(gen *g, const char *drug, int start, int stop,
			      int mg0, int mg1, int mg2, double ratio)
{
	gen_course *c = &g->courses[g->ncourses++];
	int mg[3], k, n = 0;
	mg[0] = mg0;
	mg[1] = mg1;
	mg[2] = mg2;
	memset(c, 0, sizeof(*c));
	c->drug = drug;
	c->start = start;
	c->stop = stop;
	c->ratio = ratio;
	c->antidepressant = true;
	c->stop_reason = stop >= 0 ? "inefficacy" : NULL;
	for (k = 0; k < 3; k++)
		if (mg[k] > 0 && (stop < 0 || start + 14 * k <= stop)) {
			c->doses[n][0] = start + 14 * k;
			c->doses[n++][1] = mg[k];
		}
	return c;
}

/* A response pattern: mostly no or partial response, so that the rules
 * that change treatment fire. */
static double ratio_of(gen *g)
{
	static const double r[] = { 0.95, 0.85, 0.7, 0.6, 0.4 };
	return r[pick(g, 5)];
}

static int score_on(const gen *g, int day, int base)
{
	double level = base;
	size_t i;
	for (i = 0; i < g->ncourses; i++) {
		const gen_course *c = &g->courses[i];
		double t;
		if (!c->antidepressant || c->start > day)
			continue;
		/* each course moves the score from where it was */
		t = (double)(day - c->start) / 42.0;
		level = level * (1.0 - (1.0 - c->ratio) * (t > 1.0 ? 1.0 : t));
	}
	return level > 27 ? 27 : (int)(level + 0.5);
}

/* The _i-th history of the population (its text in g->text). */
static void population_history(gen *g, int i, const char *scale)
{
	static const struct {
		const char *drug;
		int mg[2];
	} prior[] = {
		{ "fluoxetine", { 20, 40 } },	{ "sertraline", { 100, 150 } },
		{ "citalopram", { 20, 40 } },	{ "paroxetine", { 20, 40 } },
		{ "escitalopram", { 10, 20 } }, { "venlafaxine", { 75, 150 } },
		{ "vortioxetine", { 10, 20 } }, { "clomipramine", { 100, 150 } },
	};
	static const char *const ssris[] = { "sertraline", "escitalopram",
					     "citalopram", "fluoxetine" };
	static const int ssri_mg[][2] = { { 50, 150 }, { 10, 20 }, { 20, 40 },
					  { 20, 40 } };
	static const char *const pregnant_on[] = { "venlafaxine", "duloxetine",
						   "bupropion", "mirtazapine",
						   "paroxetine" };
	static const int pregnant_mg[][2] = { { 75, 150 }, { 60, 90 },
					      { 150, 300 }, { 15, 30 },
					      { 20, 30 } };
	static const char *const episode_severities[] = {
		"subsyndromal", "mild", "moderate", "severe", "severe-psychotic"
	};
	const char *flags[4] = { NULL, NULL, NULL, NULL };
	const char *severity = "moderate", *sex;
	int scenario = i % 8, variant = i / 8 % 3, age, first = 0, episode;
	int last = 0, base, d;
	size_t nflags = 0, k;

	memset(g, 0, sizeof(*g));
	/* splitmix64 of i: neighbouring seeds give unrelated streams */
	g->state = 0x9e3779b97f4a7c15ULL * (unsigned long long)(i + 1);
	g->state = (g->state ^ (g->state >> 30)) * 0xbf58476d1ce4e5b9ULL;
	g->state = (g->state ^ (g->state >> 27)) * 0x94d049bb133111ebULL;
	g->state ^= g->state >> 31;
	age = 18 + (int)pick(g, 73);
	episode = 7 + (int)pick(g, 60);
	sex = pick(g, 2) ? "female" : "male";
	base = 16 + (int)pick(g, 10);
	switch (scenario) {
	case 0: {
		int stop = 42 + 7 * (int)pick(g, 7);
		if (variant != 1) {
			age = 61 + (int)pick(g, 30);
		} else {
			age = 25 + (int)pick(g, 36);
			flags[nflags++] = "hepatic-impairment";
		}
		if (variant == 2) {
			add_course(g, "citalopram", 0, stop, 20,
				   20 + 10 * (int)pick(g, 3), 40, ratio_of(g))
				->stop_reason = "intolerance";
			add_course(g, "sertraline", stop + 1, -1, 50, 100, 0,
				   ratio_of(g));
		} else {
			add_course(g, "citalopram", 0, -1, 20,
				   20 + 10 * (int)pick(g, 3), 0, ratio_of(g));
		}
		break;
	}
	case 1:
		age = 65 + (int)pick(g, 26);
		add_course(g, "escitalopram", 0, -1, 10, pick(g, 2) ? 20 : 15,
			   20, ratio_of(g));
		break;
	case 2: {
		/* variant 0: fluoxetine, whose washout is 5 weeks */
		unsigned p = variant == 0 ? 0 : pick(g, 8);
		int stop = 42 + 7 * (int)pick(g, 4), gap = 1 + (int)pick(g, 20);
		int maoi = stop + gap, maoi_stop = maoi + 35 + 7 * (int)pick(g, 4);
		bool phen = pick(g, 2);
		add_course(g, prior[p].drug, 0, stop, prior[p].mg[0],
			   prior[p].mg[1], 0, 0.9)
			->stop_reason = variant == 2 ? "intolerance"
						     : "inefficacy";
		add_course(g, phen ? "phenelzine" : "tranylcypromine", maoi,
			   variant == 1 ? -1 : maoi_stop, phen ? 15 : 10,
			   phen ? 45 : 30, phen ? 60 : 40, ratio_of(g));
		if (g->courses[1].stop >= 0)
			add_course(g, "sertraline",
				   maoi_stop + 1 + (int)pick(g, 20), -1, 50, 100,
				   0, ratio_of(g));
		break;
	}
	case 3: {
		unsigned s = pick(g, 4);
		int add = 42 + 7 * (int)pick(g, 3);
		gen_course *c;
		bool then = variant != 1; /* the SSRI replaced under it */
		add_course(g, ssris[s], 0, then ? add + 28 : -1, ssri_mg[s][0],
			   ssri_mg[s][1], 0, 0.7);
		c = add_course(g, "aripiprazole", add, -1,
			       2 + 3 * (int)pick(g, 3), 0, 0, 0.9);
		c->antidepressant = false;
		if (then) {
			s = (s + 1 + pick(g, 3)) % 4;
			add_course(g, ssris[s], add + 29, -1, ssri_mg[s][0],
				   ssri_mg[s][1], 0, 0.7);
		}
		break;
	}
	case 4: {
		/* the third: venlafaxine, not tolerated */
		unsigned p = variant == 2 ? 0 : pick(g, 5);
		sex = "female";
		age = 18 + (int)pick(g, 27);
		flags[nflags++] = "pregnant";
		add_course(g, pregnant_on[p], 0,
			   variant == 2 || pick(g, 2) ? 70 : -1,
			   pregnant_mg[p][0], pregnant_mg[p][1], 0, 0.9)
			->stop_reason = variant == 2 ? "intolerance"
						     : "inefficacy";
		break;
	}
	case 5: {
		static const char *const f[] = { "high-suicide-risk",
						 "catatonia",
						 "bipolar-history" };
		unsigned s = pick(g, 4);
		severity = episode_severities[pick(g, 5)];
		for (k = 0; k < 3; k++)
			if (pick(g, 2))
				flags[nflags++] = f[k];
		first = 7 + (int)pick(g, 14);
		add_course(g, ssris[s], first, -1, ssri_mg[s][0],
			   ssri_mg[s][1], 0, ratio_of(g));
		break;
	}
	case 6: {
		static const char *const third[] = { "citalopram",
						     "escitalopram",
						     "mirtazapine" };
		static const int third_mg[][3] = { { 20, 40, 40 },
						   { 10, 20, 20 },
						   { 30, 45, 45 } };
		unsigned t = (unsigned)variant;
		if (variant == 0) { /* citalopram under 60, at risk */
			age = 40 + (int)pick(g, 21);
			flags[nflags++] = "cyp2c19-poor-metabolizer";
		} else {
			age = 40 + (int)pick(g, 51);
		}
		add_course(g, "sertraline", 0, 56, 100, 150, 150, 0.95);
		add_course(g, "venlafaxine", 57, 113, 75, 150, 225, 0.95);
		d = 114 + (int)pick(g, 7);
		add_course(g, third[t], d, variant == 0 ? -1 : d + 56,
			   third_mg[t][0], third_mg[t][1], third_mg[t][2],
			   0.9);
		break;
	}
	default: { /* 7 */
		bool phen = pick(g, 2);
		int stop = 56 + 7 * (int)pick(g, 4);
		add_course(g, phen ? "phenelzine" : "tranylcypromine", 0, stop,
			   phen ? 15 : 10, phen ? 45 : 30, phen ? 60 : 40, 0.7);
		add_course(g, "vortioxetine", stop + 3 + (int)pick(g, 18), -1,
			   10, 20, 0, ratio_of(g));
		break;
	}
	}
	/* any scenario may carry another flag */
	if (pick(g, 6) == 0 && nflags < 3)
		flags[nflags++] = pick(g, 2) ? "bipolar-history"
					     : "high-suicide-risk";
	if (scenario != 5 && pick(g, 3) == 0)
		severity = episode_severities[1 + pick(g, 4)];
	for (k = 0; k < nflags; k++) /* each flag once */
		for (d = 0; d < (int)k; d++)
			if (flags[d] && flags[k] && !strcmp(flags[d], flags[k]))
				flags[k] = NULL;

	put(g, "tpath: history/1\nid: safety-%02d\n", i);
	put(g, "patient: {age: %d, sex: %s, flags: [", age, sex);
	for (k = 0, d = 0; k < nflags; k++)
		if (flags[k])
			put(g, "%s%s", d++ ? ", " : "", flags[k]);
	put(g, "]}\nepisode: {start: -%d, severity: %s}\ntreatments:\n",
	    episode, severity);
	for (k = 0; k < g->ncourses; k++) {
		const gen_course *c = &g->courses[k];
		size_t s;
		put(g, "  - drug: %s\n    start: %d\n", c->drug, c->start);
		if (c->stop >= 0)
			put(g, "    stop: %d\n    stop_reason: %s\n", c->stop,
			    c->stop_reason);
		put(g, "    doses:\n");
		for (s = 0; s < 3 && c->doses[s][1]; s++)
			put(g, "      - {date: %d, mg_per_day: %d}\n",
			    c->doses[s][0], c->doses[s][1]);
		last = c->stop > last ? c->stop : c->start > last ? c->start
								   : last;
	}
	/* scores from the episode's first week to 8 weeks past the last
	 * change: every 7 or 14 days, weekly in the 4 weeks after a change */
	last += 56;
	put(g, "measures:\n");
	for (d = first > 0 ? -episode + 7 : 0; d <= last;) {
		bool near = false;
		put(g, "  - {date: %d, scale: %s, score: %d}\n", d, scale,
		    score_on(g, d, base));
		for (k = 0; k < g->ncourses; k++) {
			const gen_course *c = &g->courses[k];
			near |= d >= c->start && d < c->start + 28;
			near |= c->stop >= 0 && d >= c->stop && d < c->stop + 28;
		}
		d += near ? 7 : 7 + 7 * (int)pick(g, 2);
	}
}

/* NICE offers ECT, and augmentation with it, after 2 failed trials, as
 * its TRD definition says: none of its rules offers ECT before the gate
 * allows it.  Under NICE, variants 0 and 2 move both to 1 failed trial (as
 * a user may, with --set), so that the ECT gate has something to remove. */
static const char *const nice_earlier[] = { "ect_after_failed=1",
					    "specialist_after_failed=1", NULL };

/* The _i-th history of the population, walked under its guideline. */
START_TEST(population_properties)
{
	gen g;
	char name[64], msg[1200];
	tpath_eval_options eo = TPATH_EVAL_OPTIONS_INIT;
	tpath_history *h;
	tpath_error err;

	eo.guideline = population_guidelines[_i % 3];
	if (_i % 3 == 1 && _i / 8 != 1)
		eo.params = nice_earlier;
	/* STAR*D decides on QIDS-C16 */
	population_history(&g, _i,
			   _i % 3 == 2 ? "qids-c16" : "phq9");
	snprintf(name, sizeof(name), "safety population #%d (%s%s)", _i,
		 eo.guideline, eo.params ? ", ECT after 1 failed trial" : "");
	if (tpath_history_load_buffer(&h, test_kb(), g.text, g.len, name, NULL,
				      &err) < 0) {
		tpath_error_format(&err, msg, sizeof(msg));
		ck_abort_msg("%s\n%s", msg, g.text);
	}
	if (getenv("TPATH_PROPERTIES_VERBOSE"))
		fprintf(stderr, "--- %s\n%s", name, g.text);
	walk_and_check(name, test_kb(), h, &eo);
	tpath_history_free(h);
}
END_TEST

Suite *suite_properties(void)
{
	Suite *s = suite_create("properties");
	TCase *tc = tcase_create("every-day");
	tcase_set_timeout(tc, 60);
	/* an empty or missing directory adds a failing case (check_main.c) */
	if (!skip_exhaustive())
		nvignettes = test_add_dir_loop(tc, vignette_properties,
					       VIGNETTE_DIR, ".yaml",
					       &vignettes);
	nexamples = test_add_dir_loop(tc, example_properties, EXAMPLE_DIR,
				      ".yaml", &examples);
	tcase_add_loop_test(tc, generated_properties, 0,
			    skip_exhaustive() ? GENERATED_UNDER_VALGRIND
					      : GENERATED);
	tcase_add_loop_test(tc, population_properties, 0,
			    skip_exhaustive() ? POPULATION_UNDER_VALGRIND
					      : POPULATION);
	suite_add_tcase(s, tc);
	tc = tcase_create("checker");
	tcase_add_loop_test(tc, checker_finds, 0,
			    (int)TP_ARRAY_LEN(checker_cases));
	tcase_add_loop_test(tc, checker_schema, 0,
			    (int)TP_ARRAY_LEN(schema_cases));
	tcase_add_loop_test(tc, checker_safety, 0,
			    (int)TP_ARRAY_LEN(spoil_cases));
	tcase_add_test(tc, checker_pending);
	suite_add_tcase(s, tc);
	return s;
}
