/*
 * replay.c - `tpath replay FILE`: the history evaluated as of every day of
 * its episode (the library's tpath_walk_every_day), printing for
 * each day only what changed since the day before: the step and status,
 * the decision point, the verdict of the guideline's own TRD definition and
 * what to consider.  For teaching: a case stepped through as it unfolded.
 * Text within 80 columns, or JSON Lines (one object per day shown).
 */
#include "cli.h"

#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* What a day shows, one text per part; compared with the day before. */
enum { PART_STEP, PART_POINT, PART_TRD, PART_WARN, PART_CONSIDER, NPARTS };

typedef struct day {
	char part[NPARTS][4096];
} day;

typedef struct replay {
	int json;
	char head[512]; /* printed before the first day (text) */
	size_t days, shown;
	int failed; /* out of memory writing JSON */
	/* The last day walked, and the last one shown: the last day is
	 * always shown, "nothing changed" when nothing did. */
	char last[32], last_shown[32];
	double last_week;
	long last_trial;
	day prev, cur;
} replay;

static void put(char *buf, size_t n, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;

/* Appends to the text in buf (n bytes), cut short when full. */
static void put(char *buf, size_t n, const char *fmt, ...)
{
	size_t len = strlen(buf);
	va_list ap;
	if (len + 1 >= n)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + len, n - len, fmt, ap);
	va_end(ap);
}

/* Appends what and " #1, #2" (0-based indexes shown from 1) when n. */
static void trial_list(char *buf, const char *what, const size_t *idx,
		       size_t n)
{
	size_t j;
	if (n == 0)
		return;
	put(buf, sizeof(((day *)0)->part[0]), "%s", what);
	for (j = 0; j < n; j++)
		put(buf, sizeof(((day *)0)->part[0]), "%s #%zu", j ? "," : "",
		    idx[j] + 1);
}

/* The parts of a day, as text; a recommendation per line in CONSIDER. */
static void describe(day *d, const tpath_result *r)
{
	const tpath_position *p = tpath_result_position(r);
	const tpath_trd_verdict *t = tpath_result_own_trd(r);
	size_t i, j, n = tpath_result_recommendation_count(r);

	memset(d, 0, sizeof(*d));
	if (p) {
		put(d->part[PART_STEP], sizeof(d->part[0]), "%s (%s); status %s",
		    p->label ? p->label : p->step, p->step, p->status);
		if (p->decision_point)
			put(d->part[PART_POINT], sizeof(d->part[0]), "%s%s%s%s",
			    p->decision_point,
			    p->decision_point_state ? " (" : "",
			    p->decision_point_state ? p->decision_point_state
						    : "",
			    p->decision_point_state ? ")" : "");
		else
			put(d->part[PART_POINT], sizeof(d->part[0]), "none");
	}
	if (t) {
		put(d->part[PART_TRD], sizeof(d->part[0]),
		    "(%s): %s, %ld failed adequate trial%s", t->definition,
		    t->met ? "met" : "not met", t->failed_trials,
		    t->failed_trials == 1 ? "" : "s");
		/* as the report's summary words it, trials counted from 1 */
		trial_list(d->part[PART_TRD], ":", t->counted, t->ncounted);
		trial_list(d->part[PART_TRD], "; still running, so provisional:",
			   t->counted_ongoing, t->ncounted_ongoing);
		trial_list(d->part[PART_TRD], "; would fail, dose not judged:",
			   t->undetermined, t->nundetermined);
		if (t->status)
			put(d->part[PART_TRD], sizeof(d->part[0]),
			    " (%s encoding)", t->status);
	}
	/* the warnings compare by severity and code: a message may count
	 * the weeks since something, and change every day */
	for (i = 0; i < tpath_result_warning_count(r); i++) {
		const tpath_warning *w = tpath_result_warning(r, i);
		put(d->part[PART_WARN], sizeof(d->part[0]), "%s%s %s",
		    i ? "\n" : "", w->severity, w->code);
	}
	for (i = 0; i < n; i++) {
		const tpath_recommendation *rec =
			tpath_result_recommendation(r, i);
		put(d->part[PART_CONSIDER], sizeof(d->part[0]), "%s%s",
		    i ? "\n" : "", rec->action);
		for (j = 0; j < rec->noptions; j++)
			put(d->part[PART_CONSIDER], sizeof(d->part[0]), "%s%s",
			    j ? ", " : ": ", rec->options[j]);
		/* the rule, for a teacher to look up; what safety left out */
		put(d->part[PART_CONSIDER], sizeof(d->part[0]), " (rule %s%s",
		    rec->rule ? rec->rule : "?",
		    rec->status ? ", " : "");
		if (rec->status)
			put(d->part[PART_CONSIDER], sizeof(d->part[0]), "%s",
			    rec->status);
		if (rec->nremoved)
			put(d->part[PART_CONSIDER], sizeof(d->part[0]),
			    "; %zu option%s left out by the safety rules",
			    rec->nremoved, rec->nremoved == 1 ? "" : "s");
		put(d->part[PART_CONSIDER], sizeof(d->part[0]), ")");
	}
}

/* Whether as_of is a day number (a history in relative days), not a
 * date. */
static int is_day_number(const char *as_of)
{
	char *end;
	strtol(as_of, &end, 10);
	return !*end && end != as_of;
}

/* "day 28" for a history in relative days, else the date itself. */
static const char *day_word(const char *as_of)
{
	return is_day_number(as_of) ? "day " : "";
}

/* "2024-09-30, week 4.1 of trial 2": the day and the current trial
 * (trial < 0: none). */
static void print_heading(const char *as_of, double week, long trial)
{
	printf("\n%s%s", day_word(as_of), as_of);
	if (trial >= 0 && !isnan(week))
		printf(", week %.1f of trial %ld", week, trial + 1);
	printf("\n");
}

static void print_text(replay *rp, const char *as_of, const tpath_result *r,
		       int first)
{
	static const char *const lead[NPARTS] = {
		"  step: ", "  decision point: ", "  TRD ", "  warning: ",
		"  consider: "
	};
	const tpath_position *p = tpath_result_position(r);
	size_t k, i;

	print_heading(as_of, p ? p->week : NAN, p ? p->trial : -1);
	for (k = 0; k < NPARTS; k++) {
		const char *s = rp->cur.part[k];
		if (!first && strcmp(s, rp->prev.part[k]) == 0)
			continue;
		if (k == PART_WARN) {
			/* each warning with its message of the day */
			char text[2048];
			if (!*s)
				cli_wrap(stdout, "  warnings: ", 4, "none", 0);
			for (i = 0; i < tpath_result_warning_count(r); i++) {
				const tpath_warning *w =
					tpath_result_warning(r, i);
				snprintf(text, sizeof(text), "%s %s: %s",
					 w->severity, w->code, w->message);
				cli_wrap(stdout, lead[k], 4, text, 0);
			}
		} else if (k == PART_CONSIDER) {
			/* one wrapped line per recommendation, the day's
			 * whole list */
			char *copy = strdup(s), *line, *next;
			if (!*s)
				cli_wrap(stdout, lead[k], 4,
					 "nothing (no rule of the guideline "
					 "recommends an action)",
					 0);
			for (line = copy; copy && line && *line;
			     line = next) {
				next = strchr(line, '\n');
				if (next)
					*next++ = '\0';
				cli_wrap(stdout, lead[k], 4, line, 0);
			}
			free(copy);
		} else if (*s) {
			cli_wrap(stdout, lead[k], 4, s, 0);
		}
	}
}

/* The 0-based indexes as a JSON array, as result/1 writes them; NULL
 * when memory runs out (json_pack then fails). */
static json_t *indexes(const size_t *idx, size_t n)
{
	json_t *a = json_array();
	size_t j;
	for (j = 0; a && j < n; j++)
		if (json_array_append_new(a,
					  json_integer((json_int_t)idx[j]))) {
			json_decref(a);
			return NULL;
		}
	return a;
}

/* A JSON line's head: as_of (a number in relative days), week and trial
 * (null when none); NULL when memory runs out. */
static json_t *day_head(const char *as_of, double week, long trial)
{
	return json_pack("{s:o, s:o, s:o}", "as_of",
			 is_day_number(as_of)
				 ? json_integer(strtol(as_of, NULL, 10))
				 : json_string(as_of),
			 "week", isnan(week) ? json_null() : json_real(week),
			 "trial",
			 trial >= 0 ? json_integer(trial) : json_null());
}

/* Writes o as one line and releases it; bad (or o NULL): out of memory.
 * 0, or -1 out of memory. */
static int print_line(json_t *o, int bad)
{
	/* weeks are rounded to one decimal: "4.1", not 4.0999999999999996 */
	char *s = bad || !o ? NULL
			    : json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
						    JSON_REAL_PRECISION(6));
	json_decref(o);
	if (!s)
		return -1;
	printf("%s\n", s);
	free(s);
	return 0;
}

/* One JSON line: the day, the week and trial, then the parts that
 * changed (all of them on the first day). */
static int print_json(replay *rp, const char *as_of, const tpath_result *r,
		      int first)
{
	const tpath_position *p = tpath_result_position(r);
	const tpath_trd_verdict *t = tpath_result_own_trd(r);
	json_t *o = day_head(as_of, p ? p->week : NAN, p ? p->trial : -1);
	int bad = !o;

	if (o && p &&
	    (first || strcmp(rp->cur.part[PART_STEP],
			     rp->prev.part[PART_STEP]) != 0))
		bad |= json_object_set_new(
			o, "step",
			json_pack("{s:s, s:s?, s:s}", "id", p->step, "label",
				  p->label, "status", p->status));
	if (o && p &&
	    (first || strcmp(rp->cur.part[PART_POINT],
			     rp->prev.part[PART_POINT]) != 0))
		bad |= json_object_set_new(
			o, "decision_point",
			p->decision_point
				? json_pack("{s:s, s:s?}", "id",
					    p->decision_point, "state",
					    p->decision_point_state)
				: json_null());
	if (o && (first || strcmp(rp->cur.part[PART_TRD],
				  rp->prev.part[PART_TRD]) != 0))
		bad |= json_object_set_new(
			o, "trd",
			t ? json_pack("{s:s, s:b, s:I, s:o, s:o, s:o, s:s?}",
				      "definition", t->definition, "met",
				      t->met, "failed_trials",
				      (json_int_t)t->failed_trials, "counted",
				      indexes(t->counted, t->ncounted),
				      "counted_ongoing",
				      indexes(t->counted_ongoing,
					      t->ncounted_ongoing),
				      "undetermined",
				      indexes(t->undetermined,
					      t->nundetermined),
				      "status", t->status)
			  : json_null());
	if (o && (first || strcmp(rp->cur.part[PART_WARN],
				  rp->prev.part[PART_WARN]) != 0)) {
		json_t *ws = json_array();
		size_t i;
		for (i = 0; ws && i < tpath_result_warning_count(r); i++) {
			const tpath_warning *w = tpath_result_warning(r, i);
			bad |= json_array_append_new(
				ws, json_pack("{s:s, s:s, s:s}", "severity",
					      w->severity, "code", w->code,
					      "message", w->message));
		}
		bad |= json_object_set_new(o, "warnings", ws ? ws : json_null());
	}
	if (o && (first || strcmp(rp->cur.part[PART_CONSIDER],
				  rp->prev.part[PART_CONSIDER]) != 0)) {
		json_t *recs = json_array();
		size_t i, j;
		for (i = 0; recs && i < tpath_result_recommendation_count(r);
		     i++) {
			const tpath_recommendation *rec =
				tpath_result_recommendation(r, i);
			json_t *opts = json_array();
			for (j = 0; opts && j < rec->noptions; j++)
				bad |= json_array_append_new(
					opts, json_string(rec->options[j]));
			bad |= json_array_append_new(
				recs,
				json_pack("{s:s, s:o, s:s?, s:s?, s:I}",
					  "action", rec->action, "options",
					  opts ? opts : json_null(), "rule",
					  rec->rule, "status", rec->status,
					  "removed_options",
					  (json_int_t)rec->nremoved));
		}
		bad |= json_object_set_new(o, "recommendations",
					   recs ? recs : json_null());
	}
	return print_line(o, bad);
}

/* Describes the day's result and prints what changed since the day
 * before (everything on the first day); out of memory, stops the walk. */
static int on_day(const char *as_of, const tpath_result *r, void *ud)
{
	replay *rp = ud;
	const tpath_position *p = tpath_result_position(r);
	int first = rp->days == 0;
	size_t k;

	if (first && !rp->json)
		cli_wrap(stdout, "", 0, rp->head, 0);
	rp->days++;
	describe(&rp->cur, r);
	for (k = 0; !first && k < NPARTS; k++)
		if (strcmp(rp->cur.part[k], rp->prev.part[k]) != 0)
			break;
	snprintf(rp->last, sizeof(rp->last), "%s", as_of);
	rp->last_week = p ? p->week : NAN;
	rp->last_trial = p ? p->trial : -1;
	if (first || k < NPARTS) {
		rp->shown++;
		snprintf(rp->last_shown, sizeof(rp->last_shown), "%s", as_of);
		if (!rp->json)
			print_text(rp, as_of, r, first);
		else if (print_json(rp, as_of, r, first) < 0) {
			rp->failed = 1;
			return 1; /* stops the walk */
		}
	}
	rp->prev = rp->cur;
	return 0;
}

/* The last day, when nothing changed on it: shown all the same, so that
 * the reader sees where the case ends (JSON: the day, week and trial with
 * no part, as for any part unchanged).  0, or -1 out of memory. */
static int print_last(replay *rp)
{
	if (!rp->days || strcmp(rp->last, rp->last_shown) == 0)
		return 0;
	rp->shown++;
	if (!rp->json) {
		print_heading(rp->last, rp->last_week, rp->last_trial);
		printf("  the last day: nothing changed since %s%s\n",
		       day_word(rp->last_shown), rp->last_shown);
		return 0;
	}
	return print_line(day_head(rp->last, rp->last_week, rp->last_trial),
			  0);
}

int cmd_replay(int argc, char **argv)
{
	static const char *const formats[] = { "text", "json", NULL };
	static const struct option longopts[] = {
		{ "data-dir", required_argument, NULL, 'd' },
		{ "format", required_argument, NULL, 'f' },
		{ "guideline", required_argument, NULL, 'g' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	tpath_load_options opts = TPATH_LOAD_OPTIONS_INIT;
	tpath_eval_options eopts = TPATH_EVAL_OPTIONS_INIT;
	const char *data_dir = NULL, *guideline = NULL, *name;
	tpath_kb *kb = NULL;
	tpath_history *h = NULL;
	tpath_error err;
	replay *rp;
	char *buf = NULL;
	size_t len;
	int opt, rc, json = 0;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			data_dir = optarg;
			break;
		case 'f':
			if ((json = cli_choice("replay", "--format", optarg,
					       formats)) < 0)
				return EXIT_USAGE;
			break;
		case 'g':
			guideline = optarg;
			break;
		case 'a':
			eopts.as_of = optarg;
			break;
		case 'h':
			cli_usage(stdout, cli_find_command("replay"));
			return EXIT_OK;
		default:
			cli_fail("replay: unknown or incomplete option '%s'; "
				 "try 'tpath help replay'",
				 argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		cli_fail("replay: %s; try 'tpath help replay'",
			 argc == optind ? "no FILE given" : "one FILE only");
		return EXIT_USAGE;
	}
	if ((rc = cli_open_guideline(&kb, data_dir, guideline,
				     &eopts.guideline)) != 0)
		return rc;
	rc = cli_read_input(argv[optind], &buf, &len, &name, &err);
	if (rc == 0)
		rc = tpath_history_load_buffer(&h, kb, buf, len, name, &opts,
					       &err);
	free(buf);
	if (rc < 0) {
		cli_print_error(&err);
		tpath_kb_free(kb);
		return cli_exit_status(rc);
	}
	if (!(rp = calloc(1, sizeof(*rp)))) {
		cli_fail("out of memory");
		tpath_history_free(h);
		tpath_kb_free(kb);
		return EXIT_SYSTEM;
	}
	rp->json = json;
	if (!eopts.guideline) {
		size_t i;
		for (i = 0; i < tpath_kb_guideline_count(kb); i++) {
			tpath_guideline_info gi;
			if (tpath_kb_guideline(kb, i, &gi) == 0 &&
			    gi.is_default)
				eopts.guideline = gi.id;
		}
	}
	if (!json) {
		snprintf(rp->head, sizeof(rp->head),
			 "tpath replay: history %s under %s, evaluated as of "
			 "every day of its episode; a day is shown when the step, "
			 "the decision point, the TRD verdict, the warnings or "
			 "what to consider changed, with the parts that "
			 "changed, each whole.  Decision support, not a "
			 "prescription: it restates published guidelines for "
			 "a clinician to weigh.",
			 tpath_history_id(h),
			 eopts.guideline ? eopts.guideline : "?");
	}
	rc = tpath_walk_every_day(kb, h, &eopts, on_day, rp, &err);
	if (rc < 0) {
		cli_flag_words(&err);
		if (rc == TPATH_EUSAGE)
			cli_fail("replay: %s", err.message);
		else
			cli_print_error(&err);
		rc = cli_exit_status(rc);
	} else if (rp->failed || print_last(rp) < 0) {
		cli_fail("replay: out of memory");
		rc = EXIT_SYSTEM;
	} else {
		if (!json)
			printf("\n%zu days evaluated, %zu shown.\n", rp->days,
			       rp->shown);
		rc = EXIT_OK;
	}
	free(rp);
	tpath_history_free(h);
	tpath_kb_free(kb);
	return rc;
}
