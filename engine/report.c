/*
 * report.c - the text report: a readable view of the result/1 object for a
 * terminal.  It reads only the JSON object, so it cannot disagree with the
 * JSON output.  Lines fit 80 columns; colour (ANSI) is optional and never
 * the only carrier of a meaning: every coloured word is also written.
 */
#include "view.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct report {
	tp_sbuf b;
	const tp_typed *m; /* the typed result: the sections that read it */
	bool color;
	tp_sbuf scratch; /* what f() formats: any length, reused */
} report;

/* printf into the report's scratch string, which the next call reuses;
 * "" after a failed allocation (the report then fails as a whole). */
static const char *f(report *r, const char *fmt, ...) TP_PRINTF(2, 3);
static const char *f(report *r, const char *fmt, ...)
{
	va_list ap;
	r->scratch.n = 0;
	if (r->scratch.s)
		r->scratch.s[0] = '\0';
	va_start(ap, fmt);
	tp_sb_vadd(&r->scratch, fmt, ap);
	va_end(ap);
	r->b.oom |= r->scratch.oom;
	return r->scratch.s && !r->scratch.oom ? r->scratch.s : "";
}

/* ANSI colour sequences; on() gives "" without colour. */
#define BOLD "\033[1m"
#define RED "\033[31m"
#define GREEN "\033[32m"
#define YELLOW "\033[33m"

static const char *on(const report *r, const char *seq)
{
	return r->color ? seq : "";
}

static const char *off(const report *r)
{
	return r->color ? "\033[0m" : "";
}

static void heading(report *r, const char *title)
{
	tp_sb_add(&r->b, "\n%s%s%s\n", on(r, BOLD), title, off(r));
}

static const char *outcome_color(const char *outcome)
{
	if (!strcmp(outcome, "remission") || !strcmp(outcome, "response"))
		return GREEN;
	if (!strcmp(outcome, "partial-response") ||
	    !strcmp(outcome, "relapse"))
		return YELLOW;
	if (!strcmp(outcome, "nonresponse") || !strcmp(outcome, "intolerance"))
		return RED;
	return NULL;
}

/* An outcome word, coloured when colour is on. */
static void outcome_word(const report *r, const char *outcome, char *buf,
			 size_t n)
{
	const char *c = outcome_color(outcome);
	snprintf(buf, n, "%s%s%s", c ? on(r, c) : "", outcome,
		 c ? off(r) : "");
}


/* ---- the course timeline ---------------------------------------------- */

#define CHART_W 34
#define LABEL_W 19 /* "NN name" or "NN + name" */

typedef tp_view_span axis;

static int col_of(const axis *a, int32_t day)
{
	double c;
	if (day <= a->d0)
		return 0;
	if (day >= a->d1)
		return CHART_W - 1;
	c = (double)(day - a->d0) * (CHART_W - 1) / (double)(a->d1 - a->d0);
	return (int)(c + 0.5);
}

static int32_t day_of_col(const axis *a, int c)
{
	return a->d0 + (int32_t)((double)c * (double)(a->d1 - a->d0) /
				 (CHART_W - 1));
}


/* The dose step taken on day (the last on or before it; the first before
 * the first), or NULL without doses. */
static const json_t *step_on(const json_t *t, int32_t day)
{
	const json_t *doses = json_object_get(t, "doses"), *step = NULL;
	size_t k;
	for (k = 0; k < json_array_size(doses); k++) {
		const json_t *d = json_array_get(doses, k);
		int32_t dd;
		if (!tp_view_day(json_object_get(d, "date"), &dd))
			continue;
		if (!step || dd <= day)
			step = d;
	}
	return step;
}

static void chart_row(report *r, const axis *a, const json_t *root,
		      const tpath_trd_verdict *own, size_t i)
{
	const json_t *t = json_array_get(json_object_get(root, "trials"), i);
	char bar[CHART_W + 1], label[96], prefix[32], word[48];
	int32_t start, end;
	int c, c0, c1;
	bool counted = tp_view_counted(own, i);
	bool ongoing = json_is_null(json_object_get(t, "stop"));

	memset(bar, ' ', CHART_W);
	bar[CHART_W] = '\0';
	if (!tp_view_day(json_object_get(t, "start"), &start))
		return;
	if (ongoing || !tp_view_day(json_object_get(t, "stop"), &end))
		end = a->d1;
	c0 = col_of(a, start);
	c1 = col_of(a, end);
	for (c = c0; c <= c1; c++) {
		int32_t day = day_of_col(a, c);
		const json_t *ther;
		if (day < start)
			day = start;
		/* the result says whether each step is therapeutic */
		ther = json_object_get(step_on(t, day), "at_therapeutic_dose");
		if (!json_object_get(t, "drug"))
			bar[c] = '#';
		else if (json_is_boolean(ther))
			bar[c] = json_is_true(ther) ? '=' : '-';
		else
			bar[c] = '~';
	}
	/* the end: a failure counted toward TRD, and whether it goes on */
	if (counted && ongoing && c1 > c0) {
		bar[c1 - 1] = 'X';
		bar[c1] = '>';
	} else {
		bar[c1] = counted ? 'X' : ongoing ? '>' : '|';
	}
	snprintf(prefix, sizeof(prefix), "%-2zu %s", i + 1,
		 json_is_integer(json_object_get(t, "adds_to")) ? "+ " : "");
	snprintf(label, sizeof(label), "%s", prefix);
	tp_view_fit(label + strlen(label), sizeof(label) - strlen(label),
		    tp_view_treatment(t), LABEL_W - tp_view_cols(prefix));
	outcome_word(r, tp_jstr(t, "outcome"), word, sizeof(word));
	tp_sb_add(&r->b, "  %s", label);
	for (c = (int)tp_view_cols(label); c <= LABEL_W; c++)
		tp_sb_put(&r->b, " ", 1);
	/* the bar, with the failure marker coloured */
	for (c = 0; c < CHART_W; c++) {
		if (bar[c] == 'X')
			tp_sb_add(&r->b, "%sX%s", on(r, RED BOLD), off(r));
		else
			tp_sb_put(&r->b, &bar[c], 1);
	}
	tp_sb_add(&r->b, " %4.1fw %s\n",
		  json_number_value(json_object_get(t, "weeks")), word);
}

/* Tick labels (weeks since the episode started) and the axis line. */
static void chart_axis(report *r, const axis *a)
{
	char labels[CHART_W + 16], line[CHART_W + 1];
	int step = tp_view_tick_step((a->d1 - a->d0) / 7.0, 4), w,
	    lastend = -1;
	size_t k;

	memset(labels, ' ', sizeof(labels) - 1);
	labels[sizeof(labels) - 1] = '\0';
	memset(line, '-', CHART_W);
	line[CHART_W] = '\0';
	/* weeks from the origin, multiples of step, within [d0, d1] */
	for (w = -((a->origin - a->d0) / 7 / step) * step;
	     a->origin + w * 7 <= a->d1; w += step) {
		char num[16];
		int c, n;
		if (a->origin + w * 7 < a->d0)
			continue;
		c = col_of(a, a->origin + w * 7);
		n = snprintf(num, sizeof(num), "%d", w);
		line[c] = '+';
		if (c > lastend && c + n <= CHART_W + 3) {
			memcpy(labels + c, num, (size_t)n);
			lastend = c + n;
		}
	}
	/* trim the labels' trailing blanks */
	for (k = sizeof(labels) - 1; k > 0 && labels[k - 1] == ' '; k--)
		labels[k - 1] = '\0';
	tp_sb_add(&r->b, "  %-*s %s\n", LABEL_W, "week", labels);
	tp_sb_add(&r->b, "  %-*s %s\n", LABEL_W, "", line);
}

/* One row per scale: each score written at its day, where it fits. */
/* One row per scale: each score written at its day, where it fits; a
 * score at or below the scale's remission cut-off is marked '*' (and
 * green).  Scores are placed from the latest back, so the latest is always
 * shown; one that would land more than a column from its day is left out
 * and counted. */
typedef struct placed {
	int col, len;
	bool below;
	char text[24];
} placed;

static void chart_scores(report *r, const axis *a, const json_t *root)
{
	const json_t *scales = json_object_get(root, "scales");
	const json_t *ms = json_object_get(root, "measures");
	size_t s, k, nms = json_array_size(ms);
	placed *p = malloc((nms ? nms : 1) * sizeof(*p));

	if (!p) {
		r->b.oom = true;
		return;
	}
	for (s = 0; s < json_array_size(scales); s++) {
		const json_t *sc = json_array_get(scales, s);
		const char *id = tp_jstr(sc, "id");
		const json_t *rem = json_object_get(sc, "remission_at_most");
		int limit = CHART_W + 2, col = 0;
		size_t skipped = 0, np = 0, q;

		for (k = nms; k-- > 0;) {
			const json_t *m = json_array_get(ms, k);
			int32_t day;
			long long score;
			int c, pos, n;
			bool below;
			char text[24];
			if (strcmp(tp_jstr(m, "scale"), id) != 0 ||
			    !tp_view_day(json_object_get(m, "date"), &day))
				continue;
			score = (long long)json_integer_value(
				json_object_get(m, "score"));
			below = json_is_integer(rem) &&
				score <= json_integer_value(rem);
			n = snprintf(text, sizeof(text), "%lld%s", score,
				     below ? "*" : "");
			c = col_of(a, day);
			pos = c + n > limit ? limit - n : c;
			if (pos < 0 || c - pos > 1) {
				skipped++;
				continue;
			}
			p[np].col = pos;
			p[np].len = n;
			p[np].below = below;
			memcpy(p[np].text, text, sizeof(text));
			np++;
			limit = pos - 1;
		}
		tp_sb_add(&r->b, "  %-*s ", LABEL_W, id);
		for (q = np; q-- > 0;) {
			while (col < p[q].col) {
				tp_sb_put(&r->b, " ", 1);
				col++;
			}
			tp_sb_add(&r->b, "%s%s%s", p[q].below ? on(r, GREEN) : "",
				  p[q].text, p[q].below ? off(r) : "");
			col += p[q].len;
		}
		/* no trailing blank when nothing was written */
		if (np == 0 && !r->b.oom && r->b.n > 0)
			r->b.s[--r->b.n] = '\0';
		tp_sb_put(&r->b, "\n", 1);
		if (skipped)
			tp_sb_add(&r->b, "  %-*s (%zu earlier %s score%s, too "
					 "close to show here)\n",
				  LABEL_W, "", skipped, id,
				  skipped == 1 ? "" : "s");
	}
	free(p);
}

static void timeline_section(report *r, const json_t *root)
{
	const json_t *trials = json_object_get(root, "trials");
	const tpath_trd_verdict *own = r->m->own_trd;
	const json_t *scales = json_object_get(root, "scales");
	axis a;
	size_t i, s, n, *order;
	const char *line;

	heading(r, "COURSES");
	if (json_array_size(trials) == 0 && json_array_size(scales) == 0) {
		tp_sb_add(&r->b, "  no treatment or score recorded\n");
		return;
	}
	if (!tp_view_span_of(root, &a))
		return;
	chart_axis(r, &a);
	order = malloc((json_array_size(trials) + 1) * sizeof(*order));
	if (!order) {
		r->b.oom = true;
		return;
	}
	n = tp_view_lane_order(trials, order);
	for (i = 0; i < n; i++)
		chart_row(r, &a, root, own, order[i]);
	free(order);
	chart_scores(r, &a, root);
	line = f(r,
		 "= at or above the minimum therapeutic dose, - below it, ~ "
		 "dose not judged, # intervention; X failure counted toward "
		 "TRD (%s), > ongoing (X> both), | stopped; + added to the "
		 "course above.",
		 tp_jstr(json_object_get(root, "guideline"), "trd"));
	tp_sb_wrap(&r->b, "  ", line);
	for (s = 0; s < json_array_size(scales); s++) {
		const json_t *sc = json_array_get(scales, s);
		const json_t *rem = json_object_get(sc, "remission_at_most");
		char remtext[48];
		if (json_is_integer(rem))
			snprintf(remtext, sizeof(remtext),
				 "remission at %lld or less (*)%s",
				 (long long)json_integer_value(rem),
				 json_is_string(json_object_get(sc, "remission_status"))
					 ? ", provisional"
					 : "");
		else
			snprintf(remtext, sizeof(remtext),
				 "no remission cut-off");
		line = f(r,
			 "%s (%s, %lld-%lld): %s; response a %g%% fall from the "
			 "trial's baseline.",
			 tp_jstr(sc, "id"), tp_jstr(sc, "title"),
			 (long long)json_integer_value(
				 json_object_get(sc, "min")),
			 (long long)json_integer_value(
				 json_object_get(sc, "max")),
			 remtext,
			 json_number_value(json_object_get(sc, "response_pct")));
		tp_sb_wrap(&r->b, "  ", line);
	}
}

/* ---- tables ------------------------------------------------------------ */

/* For a course whose judgement window closed: the day and what was added,
 * so the reader knows whose outcome the scores after it are. */
static void judged_line(report *r, const json_t *trials, const json_t *t)
{
	const json_t *until = json_object_get(t, "judged_until");
	const json_t *by = json_array_get(
		trials, (size_t)json_integer_value(
				json_object_get(t, "judged_until_by")));
	char day[32];

	if (json_is_null(until) || !until)
		return;
	tp_view_day_text(until, day, sizeof(day));
	tp_sb_wrap(&r->b, "     ",
		   f(r,
		     "judged on its own up to %s, when %s was added; the "
		     "course with it: %s",
		     day, by ? tp_view_treatment(by) : "another treatment",
		     tp_jstr(t, "regimen_outcome")));
}

static void doses_line(report *r, const json_t *t)
{
	const json_t *doses = json_object_get(t, "doses");
	tp_sbuf line = { NULL, 0, 0, false };
	char day[24];
	size_t k;
	if (json_array_size(doses) == 0)
		return;
	tp_sb_add(&line, "doses:");
	for (k = 0; k < json_array_size(doses); k++) {
		const json_t *d = json_array_get(doses, k);
		tp_view_day_text(json_object_get(d, "date"), day, sizeof(day));
		tp_sb_add(&line, "%s %g%s from %s", k ? "," : "",
			  json_number_value(json_object_get(d, "mg_per_day")),
			  k ? "" : " mg/day", day);
	}
	r->b.oom |= line.oom;
	if (line.s)
		tp_sb_wrap(&r->b, "     ", line.s);
	free(line.s);
}

static void trials_section(report *r, const json_t *root)
{
	const json_t *trials = json_object_get(root, "trials");
	size_t i;
	char start[24], weeks[16], maxmg[16];
	const char *line;

	heading(r, "TRIALS");
	if (json_array_size(trials) == 0) {
		tp_sb_add(&r->b, "  none\n");
		return;
	}
	tp_sb_add(&r->b, "  #  %-16s %-9s %-13s %-10s %5s %6s  %s\n",
		  "treatment", "class", "role", "start", "weeks", "max mg",
		  "adequate");
	for (i = 0; i < json_array_size(trials); i++) {
		const json_t *t = json_array_get(trials, i);
		const json_t *ad = json_object_get(t, "adequate");
		char role[24], word[48];
		snprintf(role, sizeof(role), "%s%s", tp_jstr(t, "role"),
			 json_is_true(json_object_get(t, "role_inferred"))
				 ? ""
				 : "*");
		tp_view_day_text(json_object_get(t, "start"), start,
				 sizeof(start));
		snprintf(weeks, sizeof(weeks), "%.1f",
			 json_number_value(json_object_get(t, "weeks")));
		tp_view_num_text(json_object_get(t, "max_mg_per_day"), maxmg,
				 sizeof(maxmg));
		if (tp_view_cols(tp_view_treatment(t)) > 16 ||
		    tp_view_cols(tp_jstr(t, "class")) > 9 ||
		    strlen(start) > 10 || i + 1 > 99) {
			/* too wide for the columns: name and class on a line
			 * of their own */
			tp_sb_add(&r->b, "  %-2zu %s, %s\n", i + 1,
				  tp_view_treatment(t), tp_jstr(t, "class"));
			tp_sb_add(&r->b, "     %-16s %-9s %-13s %-10s %5s %6s  %s\n",
				  "", "", role, strlen(start) > 10 ? "" : start,
				  weeks, maxmg,
				  json_is_null(ad)   ? "-"
				  : json_is_true(ad) ? "yes"
						     : "no");
			if (strlen(start) > 10)
				tp_sb_add(&r->b, "     started %s\n", start);
		} else {
			tp_sb_add(&r->b,
				  "  %-2zu %-16s %-9s %-13s %-10s %5s %6s  %s\n",
				  i + 1, tp_view_treatment(t), tp_jstr(t, "class"),
				  role, start, weeks, maxmg,
				  json_is_null(ad)   ? "-"
				  : json_is_true(ad) ? "yes"
						     : "no");
		}
		{
			const char *ongoing =
				json_is_null(json_object_get(t, "stop"))
					? "; ongoing"
					: "";
			const json_t *bl = json_object_get(t, "baseline");
			const json_t *lt = json_object_get(t, "latest");
			char base[16], latest[16], pct[16];
			tp_view_num_text(bl, base, sizeof(base));
			tp_view_num_text(lt, latest, sizeof(latest));
			tp_view_num_text(json_object_get(t, "improvement_pct"),
					 pct, sizeof(pct));
			outcome_word(r, tp_jstr(t, "outcome"), word,
				     sizeof(word));
			if (!json_is_string(json_object_get(t, "scale")))
				line = f(r, "no scores: %s%s",
					 word, ongoing);
			else if (json_is_number(bl) && json_is_number(lt))
				line = f(r,
					 "%s %s -> %s (improvement %s%%): %s%s",
					 tp_jstr(t, "scale"), base, latest, pct,
					 word, ongoing);
			else if (json_is_number(lt))
				line = f(r,
					 "%s latest %s, no baseline: %s%s",
					 tp_jstr(t, "scale"), latest, word,
					 ongoing);
			else
				line = f(r,
					 "%s baseline %s, no later score: %s%s",
					 tp_jstr(t, "scale"), base, word,
					 ongoing);
		}
		tp_sb_wrap(&r->b, "     ", line);
		judged_line(r, trials, t);
		doses_line(r, t);
		if (json_is_number(json_object_get(t, "pdc"))) {
			char pdc[16];
			tp_view_num_text(json_object_get(t, "pdc"), pdc,
					 sizeof(pdc));
			line = f(r,
				 "fills cover %.0f%% of the days it is judged "
				 "on (PDC %s)",
				 json_number_value(json_object_get(t, "pdc")) *
					 100.0,
				 pdc);
			tp_sb_wrap(&r->b, "     ", line);
		}
		if (json_is_string(json_object_get(t, "not_adequate_because")) &&
		    json_object_get(t, "drug")) {
			line = f(r, "%s: %s",
				 json_is_null(json_object_get(t, "adequate"))
					 ? "adequacy not judged"
					 : "not adequate",
				 tp_jstr(t, "not_adequate_because"));
			tp_sb_wrap(&r->b, "     ", line);
		}
	}
	for (i = 0; i < json_array_size(trials); i++)
		if (json_is_false(json_object_get(json_array_get(trials, i),
						  "role_inferred"))) {
			tp_sb_add(&r->b, "  * role stated in the history\n");
			break;
		}
}

/* " what 1, 2" for n trial indices, numbered from 1; none when n is 0. */
static void trial_list(tp_sbuf *text, const char *what, const size_t *a,
		       size_t n)
{
	size_t j;
	if (n == 0)
		return;
	tp_sb_add(text, "%s", what);
	for (j = 0; j < n; j++)
		tp_sb_add(text, "%s %zu", j ? "," : "", a[j] + 1);
}

static void trd_section(report *r)
{
	const tp_typed *m = r->m;
	const char *own = m->guideline_trd ? m->guideline_trd : "";
	size_t i;
	const char *line;

	line = f(r,
		 "TREATMENT-RESISTANT DEPRESSION%s%s%s", *own ? " (" : "", own,
		 *own ? " is the guideline's)" : "");
	heading(r, line);
	if (m->ntrd == 0)
		tp_sb_add(&r->b, "  no definition loaded\n");
	for (i = 0; i < m->ntrd; i++) {
		const tpath_trd_verdict *d = &m->trd[i];
		bool met = d->met;
		tp_sbuf text = { NULL, 0, 0, false };
		char prefix[96];
		snprintf(prefix, sizeof(prefix), "  %-26s %s%-7s%s ",
			 d->definition, met ? on(r, YELLOW BOLD) : "",
			 met ? "MET" : "not met", met ? off(r) : "");
		tp_sb_add(&text, "%ld failed (needs %ld", d->failed_trials,
			  d->needs_failures);
		if (d->needs_distinct_classes > 1)
			tp_sb_add(&text, " from %ld classes; %ld found",
				  d->needs_distinct_classes,
				  d->distinct_classes);
		tp_sb_add(&text, ")%s", d->ncounted ? ": trials" : "");
		trial_list(&text, "", d->counted, d->ncounted);
		trial_list(&text, "; still running, so provisional:",
			   d->counted_ongoing, d->ncounted_ongoing);
		trial_list(&text, "; would fail, dose not judged (not counted):",
			   d->undetermined, d->nundetermined);
		r->b.oom |= text.oom;
		if (text.s)
			tp_sb_hang(&r->b, prefix,
				   "                                     ",
				   text.s);
		free(text.s);
	}
}

static void staging_section(report *r)
{
	const tp_typed *tm = r->m;
	size_t i, k;
	char head[64];

	heading(r, "STAGING");
	if (tm->nstaging == 0)
		tp_sb_add(&r->b, "  no model loaded\n");
	for (i = 0; i < tm->nstaging; i++) {
		const tpath_staging *m = &tm->staging[i];
		tp_sbuf line = { NULL, 0, 0, false };

		tp_view_staging_verdict(m, head, sizeof(head));
		tp_sb_add(&r->b, "  %-11s %s%s%s%s\n", m->model, on(r, BOLD),
			  head, off(r),
			  m->status ? "  [provisional encoding]" : "");
		for (k = 0; k < m->ncomponents; k++) {
			const tpath_stage_component *c = &m->components[k];
			char v[16];
			if (c->is_boolean)
				snprintf(v, sizeof(v), "%s",
					 c->value ? "yes" : "no");
			else
				tp_view_real_text(c->value, v, sizeof(v));
			tp_sb_add(&line, "%s%s %s", line.n ? ", " : "",
				  c->name, v);
		}
		r->b.oom |= line.oom;
		if (line.s)
			tp_sb_wrap(&r->b, "              ", line.s);
		free(line.s);
		if (m->reason)
			tp_sb_wrap(&r->b, "              ", m->reason);
	}
}

/* Critical warnings (critical true) or the others. */
static void warnings_section(report *r, bool critical)
{
	size_t i;
	bool any = false;
	const char *line;
	for (i = 0; i < r->m->nwarnings; i++) {
		const tpath_warning *x = &r->m->warnings[i];
		bool crit = !strcmp(x->severity, "critical");
		if (crit != critical)
			continue;
		if (!any)
			heading(r, critical ? "CRITICAL WARNINGS" : "WARNINGS");
		any = true;
		line = f(r, "%s%s%s %s: %s%s%s%s",
			 crit ? on(r, RED BOLD) : "", x->severity,
			 crit ? off(r) : "", x->code, x->message,
			 x->source ? " [" : "", x->source ? x->source : "",
			 x->source ? "]" : "");
		tp_sb_wrap(&r->b, "  ", line);
	}
}

/* What safety found for each option, and the options it removed. */
static void option_lines(report *r, const json_t *rc)
{
	const json_t *det = json_object_get(rc, "option_details");
	const json_t *rem = json_object_get(rc, "removed_options");
	size_t j;
	for (j = 0; j < json_array_size(det); j++) {
		const json_t *d = json_array_get(det, j);
		const json_t *mx = json_object_get(d, "max_mg_per_day");
		const json_t *wo = json_object_get(d, "washout_days");
		const char *tried = tp_jstr(d, "tried");
		const char *note = tp_jstr(d, "note");
		tp_sbuf t = { NULL, 0, 0, false };
		if (!json_is_integer(wo) && !*tried && !*note)
			continue;
		tp_sb_add(&t, "%s:", tp_jstr(d, "name"));
		if (json_is_number(mx))
			tp_sb_add(&t, " at most %g mg/day for this patient;",
				  json_number_value(mx));
		if (json_is_integer(wo))
			tp_sb_add(&t, " wait %lld days before starting it;",
				  (long long)json_integer_value(wo));
		if (*tried)
			tp_sb_add(&t, " tried in this episode: %s;", tried);
		if (*note)
			tp_sb_add(&t, " %s", note);
		r->b.oom |= t.oom;
		if (t.s)
			tp_sb_wrap(&r->b, "      ", t.s);
		free(t.s);
	}
	for (j = 0; j < json_array_size(rem); j++) {
		const json_t *d = json_array_get(rem, j);
		const char *src = tp_jstr(d, "source");
		tp_sbuf t = { NULL, 0, 0, false };
		tp_sb_add(&t, "not offered: %s: %s", tp_jstr(d, "name"),
			  tp_jstr(d, "reason"));
		if (*src)
			tp_sb_add(&t, " [%s]", src);
		r->b.oom |= t.oom;
		if (t.s)
			tp_sb_wrap(&r->b, "      ", t.s);
		free(t.s);
	}
}

/* ": a, b" or, when the options span lines of treatment, ": first line:
 * a, b; second line: c" (an option without a line in its own group, in
 * its place). */
static void options_by_line(tp_sbuf *text, const json_t *rc)
{
	static const char *const names[] = { "", "first line", "second line",
					     "third line" };
	const json_t *opts = json_object_get(rc, "options");
	const json_t *det = json_object_get(rc, "option_details");
	json_int_t first = 0, prev = -1;
	bool mixed = false;
	size_t j;
	for (j = 0; j < json_array_size(det); j++) {
		json_int_t l = json_integer_value(
			json_object_get(json_array_get(det, j), "line"));
		if (l < 1 || l > 3)
			continue;
		if (!first)
			first = l;
		mixed |= l != first;
	}
	for (j = 0; j < json_array_size(opts); j++) {
		json_int_t l = json_integer_value(
			json_object_get(json_array_get(det, j), "line"));
		const char *name = json_string_value(json_array_get(opts, j));
		if (l < 1 || l > 3)
			l = 0;
		if (!mixed)
			tp_sb_add(text, "%s%s", j ? ", " : ": ", name);
		else if (l != prev || !l)
			tp_sb_add(text, "%s%s%s%s", j ? "; " : ": ", names[l],
				  l ? ": " : "", name);
		else
			tp_sb_add(text, ", %s", name);
		prev = l;
	}
}

/* buf gets "; decision point now: ID (label)" or "; next decision point:
 * ID (label), week N on DATE", or "" (f()'s scratch is not used: the
 * caller formats the line with it). */
static const char *point_text(const json_t *pos, char *buf, size_t n)
{
	const char *id = json_string_value(json_object_get(pos,
							   "decision_point"));
	const json_t *pts = json_object_get(pos, "decision_points");
	size_t i;
	buf[0] = '\0';
	if (!id) {
		if (json_array_size(pts))
			snprintf(buf, n, "; its decision points have passed");
		return buf;
	}
	snprintf(buf, n, "; decision point: %s", id);
	for (i = 0; i < json_array_size(pts); i++) {
		const json_t *d = json_array_get(pts, i);
		if (strcmp(tp_jstr(d, "id"), id) != 0)
			continue;
		const char *of = strcmp(tp_jstr(d, "from"), "step") == 0
					 ? " of the latest treatment step"
					 : "";
		if (strcmp(tp_jstr(pos, "decision_point_state"), "now") == 0)
			snprintf(buf, n, "; decision point now: %s (%s%s)", id,
				 tp_jstr(d, "label"), of);
		else
			snprintf(buf, n,
				 "; next decision point: %s (%s), week %g%s%s%s",
				 id, tp_jstr(d, "label"),
				 json_number_value(
					 json_object_get(d, "at_week")), of,
				 json_is_string(json_object_get(d, "date"))
					 ? " on "
					 : "",
				 json_is_string(json_object_get(d, "date"))
					 ? tp_jstr(d, "date")
					 : "");
	}
	return buf;
}

static void pathway_section(report *r, const json_t *root)
{
	const json_t *pos = json_object_get(root, "position");
	const json_t *recs = json_object_get(root, "recommendations");
	const char *line;
	char title[128], pbuf[1024];
	size_t i;

	heading(r, "WHERE THE HISTORY SITS");
	line = f(r, "step: %s%s%s%s%s%s; status: %s%s%s",
		 on(r, BOLD),
		 json_is_string(json_object_get(pos, "step"))
			 ? tp_jstr(pos, "step")
			 : "none",
		 off(r),
		 json_is_string(json_object_get(pos, "step")) ? " (" : "",
		 json_is_string(json_object_get(pos, "step"))
			 ? tp_jstr(pos, "label")
			 : "",
		 json_is_string(json_object_get(pos, "step")) ? ")" : "",
		 on(r, BOLD), tp_jstr(pos, "status"), off(r));
	tp_sb_wrap(&r->b, "  ", line);
	if (json_is_number(json_object_get(pos, "week"))) {
		const json_t *tr = json_array_get(
			json_object_get(root, "trials"),
			(size_t)json_integer_value(json_object_get(pos, "trial")));
		line = f(r, "week %.1f of the current trial%s%s%s%s",
			 json_number_value(json_object_get(pos, "week")),
			 tr ? " (" : "", tr ? tp_view_treatment(tr) : "",
			 tr ? ")" : "", point_text(pos, pbuf, sizeof(pbuf)));
		tp_sb_wrap(&r->b, "  ", line);
	}
	snprintf(title, sizeof(title), "TO CONSIDER (%s)",
		 tp_jstr(json_object_get(root, "guideline"), "id"));
	heading(r, title);
	if (json_array_size(recs) == 0)
		tp_sb_add(&r->b, "  nothing: no rule of the guideline applies\n");
	for (i = 0; i < json_array_size(recs); i++) {
		const json_t *rc = json_array_get(recs, i);
		tp_sbuf text = { NULL, 0, 0, false };
		tp_sb_add(&text, "%s%s%s", on(r, BOLD), tp_jstr(rc, "action"),
			  off(r));
		options_by_line(&text, rc);
		r->b.oom |= text.oom;
		if (text.s)
			tp_sb_hang(&r->b, "  - ", "    ", text.s);
		free(text.s);
		line = f(r, "%s [%s; rule %s, line %lld%s]",
			 tp_jstr(rc, "rationale"), tp_jstr(rc, "source"),
			 tp_jstr(rc, "rule"),
			 (long long)json_integer_value(json_object_get(rc, "line")),
			 json_is_string(json_object_get(rc, "status"))
				 ? "; provisional"
				 : "");
		tp_sb_wrap(&r->b, "    ", line);
		option_lines(r, rc);
	}
}

/* ---- --explain: the trace as prose ------------------------------------ */

static void explain_section(report *r, const json_t *root)
{
	const json_t *trace = json_object_get(root, "trace");
	const char *last = NULL;
	size_t i, k;
	char line[4096];

	heading(r, "EXPLANATION");
	tp_sb_wrap(&r->b, "  ", tp_view_explain_intro);
	for (i = 0; i < json_array_size(trace); i++) {
		const json_t *t = json_array_get(trace, i);
		const json_t *trials = json_object_get(t, "trials");
		const char *group = tp_view_explain(root, t, line, sizeof(line));
		if (group != last) {
			tp_sb_add(&r->b, "\n  %s%s%s\n", on(r, BOLD), group,
				  off(r));
			last = group;
		}
		tp_sb_hang(&r->b, "  - ", "    ", line);
		for (k = 0; k < json_array_size(json_object_get(
					t, "removed_options"));
		     k++) {
			const json_t *d = json_array_get(
				json_object_get(t, "removed_options"), k);
			snprintf(line, sizeof(line),
				 "removed for this patient: %s: %s%s%s%s",
				 tp_jstr(d, "name"), tp_jstr(d, "reason"),
				 *tp_jstr(d, "source") ? " [" : "",
				 tp_jstr(d, "source"),
				 *tp_jstr(d, "source") ? "]" : "");
			tp_sb_wrap(&r->b, "      ", line);
		}
		for (k = 0; k < json_array_size(trials); k++) {
			tp_view_explain_trial(json_array_get(trials, k), line,
					      sizeof(line));
			tp_sb_wrap(&r->b, "      ", line);
		}
	}
}

static void sources_section(report *r, const json_t *root)
{
	const json_t *g = json_object_get(root, "guideline");
	const tp_typed *m = r->m;
	size_t i;
	const char *line;
	heading(r, "SOURCES");
	line = f(r, "%s: %s", tp_jstr(g, "id"),
		 tp_jstr(g, "source"));
	tp_sb_wrap(&r->b, "  ", line);
	for (i = 0; i < m->ntrd; i++) {
		line = f(r, "%s: %s", m->trd[i].definition, m->trd[i].source);
		tp_sb_wrap(&r->b, "  ", line);
	}
	for (i = 0; i < m->nstaging; i++) {
		line = f(r, "%s: %s", m->staging[i].model,
			 m->staging[i].source);
		tp_sb_wrap(&r->b, "  ", line);
	}
}

char *tp_report_text(const tpath_result *res, bool explain, bool color)
{
	json_t *root = tp_result_tree(res);
	report r;
	char asof[24];
	const char *line;
	const json_t *g = json_object_get(root, "guideline");
	const json_t *ep = json_object_get(root, "episode");

	if (!root)
		return NULL;
	memset(&r, 0, sizeof(r));
	r.m = &res->model;
	r.color = color;
	tp_view_day_text(json_object_get(root, "as_of"), asof, sizeof(asof));
	line = f(&r, "%stpath: history %s, as of %s%s",
		 on(&r, BOLD), tp_jstr(root, "history"), asof, off(&r));
	tp_sb_wrap(&r.b, "", line);
	tp_sb_wrap(&r.b, "", tp_jstr(root, "notice"));
	line = f(&r, "Rules: %s (%s %s)", tp_jstr(g, "title"),
		 tp_jstr(g, "id"), tp_jstr(g, "version"));
	tp_sb_wrap(&r.b, "", line);
	if (json_is_number(json_object_get(ep, "weeks"))) {
		line = f(&r,
			 "Episode: week %.1f since %s%s%s.",
			 json_number_value(json_object_get(ep, "weeks")),
			 json_is_string(json_object_get(ep, "start"))
				 ? tp_jstr(ep, "start")
				 : "day",
			 json_is_string(json_object_get(ep, "severity"))
				 ? ", severity "
				 : "",
			 tp_jstr(ep, "severity"));
		if (json_is_integer(json_object_get(ep, "start")))
			line = f(&r,
				 "Episode: week %.1f since day %lld%s%s.",
				 json_number_value(json_object_get(ep, "weeks")),
				 (long long)json_integer_value(
					 json_object_get(ep, "start")),
				 json_is_string(json_object_get(ep, "severity"))
					 ? ", severity "
					 : "",
				 tp_jstr(ep, "severity"));
		tp_sb_wrap(&r.b, "", line);
	}
	warnings_section(&r, true);
	timeline_section(&r, root);
	pathway_section(&r, root);
	warnings_section(&r, false);
	trials_section(&r, root);
	trd_section(&r);
	staging_section(&r);
	if (explain)
		explain_section(&r, root);
	sources_section(&r, root);
	free(r.scratch.s);
	json_decref(root);
	return tp_sb_finish(&r.b);
}
