/*
 * report.c - the text report: a readable view of the result for a
 * terminal.  It reads only the typed result the JSON output is written
 * from, so it cannot disagree with the JSON output.  Lines fit 80
 * columns; colour (ANSI) is optional and never the only carrier of a
 * meaning: every coloured word is also written.
 */
#include "views/view.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct report {
	tp_sbuf b;
	const tp_typed *m; /* the typed result */
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
static const tp_dose_rec *step_on(const tp_typed *m, const tp_trial_rec *t,
				  int32_t day)
{
	const tp_dose_rec *step = NULL;
	size_t k;
	for (k = 0; k < t->ndoses; k++) {
		const tp_dose_rec *d = &t->doses[k];
		int32_t dd;
		if (!tp_view_day(m, d->date, &dd))
			continue;
		if (!step || dd <= day)
			step = d;
	}
	return step;
}

static void chart_row(report *r, const axis *a, const tpath_trd_verdict *own,
		      size_t i)
{
	const tp_typed *m = r->m;
	const tp_trial_rec *t = &m->trials[i];
	char bar[CHART_W + 1], label[96], prefix[32], word[48];
	int32_t start, end;
	int c, c0, c1;
	bool counted = tp_view_counted(own, i);
	bool ongoing = !t->pub.stop;

	memset(bar, ' ', CHART_W);
	bar[CHART_W] = '\0';
	if (!tp_view_day(m, t->pub.start, &start))
		return;
	if (ongoing || !tp_view_day(m, t->pub.stop, &end))
		end = a->d1;
	c0 = col_of(a, start);
	c1 = col_of(a, end);
	for (c = c0; c <= c1; c++) {
		int32_t day = day_of_col(a, c);
		const tp_dose_rec *step;
		if (day < start)
			day = start;
		/* the result says whether each step is therapeutic */
		step = t->is_drug ? step_on(m, t, day) : NULL;
		if (!t->is_drug)
			bar[c] = '#';
		else if (step && step->at_dose >= 0)
			bar[c] = step->at_dose ? '=' : '-';
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
		 t->adds_to >= 0 ? "+ " : "");
	snprintf(label, sizeof(label), "%s", prefix);
	tp_view_fit(label + strlen(label), sizeof(label) - strlen(label),
		    tp_view_treatment(t), LABEL_W - tp_view_cols(prefix));
	outcome_word(r, tp_view_s(t->pub.outcome), word, sizeof(word));
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
	tp_sb_add(&r->b, " %4.1fw %s\n", tp_view_or0(t->pub.weeks), word);
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

static void chart_scores(report *r, const axis *a)
{
	const tp_typed *m = r->m;
	size_t s, k, nms = m->nmeasures;
	placed *p = malloc((nms ? nms : 1) * sizeof(*p));

	if (!p) {
		r->b.oom = true;
		return;
	}
	for (s = 0; s < m->nscales; s++) {
		const tp_scale_rec *sc = &m->scales[s];
		const char *id = tp_view_s(sc->id);
		long rem = sc->remission_at_most;
		int limit = CHART_W + 2, col = 0;
		size_t skipped = 0, np = 0, q;

		for (k = nms; k-- > 0;) {
			const tp_measure_rec *ms = &m->measures[k];
			int32_t day;
			long long score;
			int c, pos, n;
			bool below;
			char text[24];
			if (strcmp(tp_view_s(ms->scale), id) != 0 ||
			    !tp_view_day(m, ms->date, &day))
				continue;
			score = ms->score;
			below = rem >= 0 && score <= rem;
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

static void timeline_section(report *r)
{
	const tp_typed *m = r->m;
	const tpath_trd_verdict *own = m->own_trd;
	axis a;
	size_t i, s, n, *order;
	const char *line;

	heading(r, "COURSES");
	if (m->ntrials == 0 && m->nscales == 0) {
		tp_sb_add(&r->b, "  no treatment or score recorded\n");
		return;
	}
	if (!tp_view_span_of(m, &a))
		return;
	chart_axis(r, &a);
	order = malloc((m->ntrials + 1) * sizeof(*order));
	if (!order) {
		r->b.oom = true;
		return;
	}
	n = tp_view_lane_order(m, order);
	for (i = 0; i < n; i++)
		chart_row(r, &a, own, order[i]);
	free(order);
	chart_scores(r, &a);
	line = f(r,
		 "= at or above the minimum therapeutic dose, - below it, ~ "
		 "dose not judged, # intervention; X failure counted toward "
		 "TRD (%s), > ongoing (X> both), | stopped; + added to the "
		 "course above.",
		 tp_view_trd_id(m));
	tp_sb_wrap(&r->b, "  ", line);
	for (s = 0; s < m->nscales; s++) {
		const tp_scale_rec *sc = &m->scales[s];
		char remtext[64];
		if (sc->remission_at_most >= 0)
			snprintf(remtext, sizeof(remtext),
				 "remission at %lld or less (*)%s",
				 (long long)sc->remission_at_most,
				 sc->provisional ? ", provisional" : "");
		else
			snprintf(remtext, sizeof(remtext),
				 "no remission cut-off");
		line = f(r,
			 "%s (%s, %lld-%lld): %s; response a %g%% fall from the "
			 "trial's baseline.",
			 tp_view_s(sc->id), tp_view_s(sc->title),
			 (long long)sc->min, (long long)sc->max, remtext,
			 tp_view_or0(sc->response_pct));
		tp_sb_wrap(&r->b, "  ", line);
	}
}

/* ---- tables ------------------------------------------------------------ */

/* For a course whose judgement window closed: the day and what was added,
 * so the reader knows whose outcome the scores after it are. */
static void judged_line(report *r, const tp_trial_rec *t)
{
	const tp_typed *m = r->m;
	size_t byi = t->judged_until_by >= 0 ? (size_t)t->judged_until_by : 0;
	const tp_trial_rec *by = byi < m->ntrials ? &m->trials[byi] : NULL;
	char day[32];

	if (!t->judged_until)
		return;
	tp_view_day_text(m, t->judged_until, day, sizeof(day));
	tp_sb_wrap(&r->b, "     ",
		   f(r,
		     "judged on its own up to %s, when %s was added; the "
		     "course with it: %s",
		     day, by ? tp_view_treatment(by) : "another treatment",
		     tp_view_s(t->regimen_outcome)));
}

static void doses_line(report *r, const tp_trial_rec *t)
{
	tp_sbuf line = { NULL, 0, 0, false };
	char day[24];
	size_t k;
	if (!t->is_drug || t->ndoses == 0)
		return;
	tp_sb_add(&line, "doses:");
	for (k = 0; k < t->ndoses; k++) {
		const tp_dose_rec *d = &t->doses[k];
		tp_view_day_text(r->m, d->date, day, sizeof(day));
		tp_sb_add(&line, "%s %g%s from %s", k ? "," : "",
			  tp_view_or0(d->mg), k ? "" : " mg/day", day);
	}
	r->b.oom |= line.oom;
	if (line.s)
		tp_sb_wrap(&r->b, "     ", line.s);
	free(line.s);
}

static const char *adequate_word(int adequate)
{
	return adequate < 0 ? "-" : adequate ? "yes" : "no";
}

static void trials_section(report *r)
{
	const tp_typed *m = r->m;
	size_t i;
	char start[24], weeks[16], maxmg[16];
	const char *line;

	heading(r, "TRIALS");
	if (m->ntrials == 0) {
		tp_sb_add(&r->b, "  none\n");
		return;
	}
	tp_sb_add(&r->b, "  #  %-16s %-9s %-13s %-10s %5s %6s  %s\n",
		  "treatment", "class", "role", "start", "weeks", "max mg",
		  "adequate");
	for (i = 0; i < m->ntrials; i++) {
		const tp_trial_rec *t = &m->trials[i];
		const tpath_trial *p = &t->pub;
		const char *klass = tp_view_s(p->klass);
		char role[24], word[48];
		snprintf(role, sizeof(role), "%s%s", tp_view_s(p->role),
			 p->role_inferred ? "" : "*");
		tp_view_day_text(m, p->start, start, sizeof(start));
		snprintf(weeks, sizeof(weeks), "%.1f", tp_view_or0(p->weeks));
		tp_view_real_text(p->max_mg_per_day, maxmg, sizeof(maxmg));
		if (tp_view_cols(tp_view_treatment(t)) > 16 ||
		    tp_view_cols(klass) > 9 || strlen(start) > 10 || i + 1 > 99) {
			/* too wide for the columns: name and class on a line
			 * of their own */
			tp_sb_add(&r->b, "  %-2zu %s, %s\n", i + 1,
				  tp_view_treatment(t), klass);
			tp_sb_add(&r->b, "     %-16s %-9s %-13s %-10s %5s %6s  %s\n",
				  "", "", role, strlen(start) > 10 ? "" : start,
				  weeks, maxmg, adequate_word(p->adequate));
			if (strlen(start) > 10)
				tp_sb_add(&r->b, "     started %s\n", start);
		} else {
			tp_sb_add(&r->b,
				  "  %-2zu %-16s %-9s %-13s %-10s %5s %6s  %s\n",
				  i + 1, tp_view_treatment(t), klass, role, start,
				  weeks, maxmg, adequate_word(p->adequate));
		}
		{
			const char *ongoing = !p->stop ? "; ongoing" : "";
			const char *scale = tp_view_s(p->scale);
			char base[16], latest[16], pct[16];
			tp_view_long_text(p->baseline, base, sizeof(base));
			tp_view_long_text(p->latest, latest, sizeof(latest));
			tp_view_real_text(p->improvement_pct, pct, sizeof(pct));
			outcome_word(r, tp_view_s(p->outcome), word,
				     sizeof(word));
			if (!p->scale)
				line = f(r, "no scores: %s%s",
					 word, ongoing);
			else if (p->baseline >= 0 && p->latest >= 0)
				line = f(r,
					 "%s %s -> %s (improvement %s%%): %s%s",
					 scale, base, latest, pct, word,
					 ongoing);
			else if (p->latest >= 0)
				line = f(r,
					 "%s latest %s, no baseline: %s%s",
					 scale, latest, word, ongoing);
			else
				line = f(r,
					 "%s baseline %s, no later score: %s%s",
					 scale, base, word, ongoing);
		}
		tp_sb_wrap(&r->b, "     ", line);
		judged_line(r, t);
		doses_line(r, t);
		if (!isnan(p->pdc)) {
			char pdc[16];
			tp_view_real_text(p->pdc, pdc, sizeof(pdc));
			line = f(r,
				 "fills cover %.0f%% of the days it is judged "
				 "on (PDC %s)",
				 p->pdc * 100.0, pdc);
			tp_sb_wrap(&r->b, "     ", line);
		}
		if (p->not_adequate_because && t->is_drug) {
			line = f(r, "%s: %s",
				 p->adequate < 0 ? "adequacy not judged"
						 : "not adequate",
				 p->not_adequate_because);
			tp_sb_wrap(&r->b, "     ", line);
		}
	}
	for (i = 0; i < m->ntrials; i++)
		if (!m->trials[i].pub.role_inferred) {
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
static void option_lines(report *r, const tp_rec_rec *rc)
{
	size_t j;
	for (j = 0; j < rc->pub.noptions; j++) {
		const tp_option_rec *d = &rc->details[j];
		const char *tried = tp_view_s(d->tried);
		const char *note = tp_view_s(d->note);
		tp_sbuf t = { NULL, 0, 0, false };
		if (d->washout_days < 0 && !*tried && !*note)
			continue;
		tp_sb_add(&t, "%s:", tp_view_s(d->name));
		if (!isnan(d->max_mg))
			tp_sb_add(&t, " at most %g mg/day for this patient;",
				  d->max_mg);
		if (d->washout_days >= 0)
			tp_sb_add(&t, " wait %ld days before starting it;",
				  d->washout_days);
		if (*tried)
			tp_sb_add(&t, " tried in this episode: %s;", tried);
		if (*note)
			tp_sb_add(&t, " %s", note);
		r->b.oom |= t.oom;
		if (t.s)
			tp_sb_wrap(&r->b, "      ", t.s);
		free(t.s);
	}
	for (j = 0; j < rc->pub.nremoved; j++) {
		const tp_removed_rec *d = &rc->removed[j];
		const char *src = tp_view_s(d->source);
		tp_sbuf t = { NULL, 0, 0, false };
		tp_sb_add(&t, "not offered: %s: %s", tp_view_s(d->name),
			  tp_view_s(d->reason));
		if (*src)
			tp_sb_add(&t, " [%s]", src);
		r->b.oom |= t.oom;
		if (t.s)
			tp_sb_wrap(&r->b, "      ", t.s);
		free(t.s);
	}
}

/* buf gets "; decision point now: ID (label)" or "; next decision point:
 * ID (label), week N on DATE", or "" (f()'s scratch is not used: the
 * caller formats the line with it). */
static const char *point_text(const tp_typed *m, char *buf, size_t n)
{
	const tpath_position *pos = &m->position;
	const char *id = pos->decision_point;
	size_t i;
	buf[0] = '\0';
	if (!id) {
		if (m->npoints)
			snprintf(buf, n, "; its decision points have passed");
		return buf;
	}
	snprintf(buf, n, "; decision point: %s", id);
	for (i = 0; i < m->npoints; i++) {
		const tp_point_rec *d = &m->points[i];
		/* a date, not a relative day, is named */
		const char *date = m->relative_days ? NULL : d->date;
		if (strcmp(tp_view_s(d->id), id) != 0)
			continue;
		const char *of = strcmp(tp_view_s(d->from), "step") == 0
					 ? " of the latest treatment step"
					 : "";
		if (strcmp(tp_view_s(pos->decision_point_state), "now") == 0)
			snprintf(buf, n, "; decision point now: %s (%s%s)", id,
				 tp_view_s(d->label), of);
		else
			snprintf(buf, n,
				 "; next decision point: %s (%s), week %g%s%s%s",
				 id, tp_view_s(d->label),
				 tp_view_or0(d->at_week), of,
				 date ? " on " : "", tp_view_s(date));
	}
	return buf;
}

/* The trial the position is in (the first while none is), or NULL. */
static const tp_trial_rec *position_trial(const tp_typed *m)
{
	size_t i = m->position.trial >= 0 ? (size_t)m->position.trial : 0;
	return i < m->ntrials ? &m->trials[i] : NULL;
}

static void pathway_section(report *r)
{
	const tp_typed *m = r->m;
	const tpath_position *pos = &m->position;
	const char *line;
	char title[128], pbuf[1024];
	size_t i;

	heading(r, "WHERE THE HISTORY SITS");
	line = f(r, "step: %s%s%s%s%s%s; status: %s%s%s",
		 on(r, BOLD), pos->step ? pos->step : "none", off(r),
		 pos->step ? " (" : "",
		 pos->step ? tp_view_s(pos->label) : "",
		 pos->step ? ")" : "",
		 on(r, BOLD), tp_view_s(pos->status), off(r));
	tp_sb_wrap(&r->b, "  ", line);
	if (!isnan(pos->week)) {
		const tp_trial_rec *tr = position_trial(m);
		line = f(r, "week %.1f of the current trial%s%s%s%s",
			 pos->week, tr ? " (" : "",
			 tr ? tp_view_treatment(tr) : "", tr ? ")" : "",
			 point_text(m, pbuf, sizeof(pbuf)));
		tp_sb_wrap(&r->b, "  ", line);
	}
	snprintf(title, sizeof(title), "TO CONSIDER (%s)",
		 tp_view_s(m->guideline_rec.id));
	heading(r, title);
	if (m->nrecs == 0)
		tp_sb_add(&r->b, "  nothing: no rule of the guideline applies\n");
	for (i = 0; i < m->nrecs; i++) {
		const tp_rec_rec *rc = &m->recs[i];
		tp_sbuf text = { NULL, 0, 0, false };
		tp_sb_add(&text, "%s%s%s", on(r, BOLD),
			  tp_view_s(rc->pub.action), off(r));
		tp_view_options_by_line(&text, rc);
		r->b.oom |= text.oom;
		if (text.s)
			tp_sb_hang(&r->b, "  - ", "    ", text.s);
		free(text.s);
		line = f(r, "%s [%s; rule %s, line %ld%s]",
			 tp_view_s(rc->pub.rationale),
			 tp_view_s(rc->pub.source), tp_view_s(rc->pub.rule),
			 rc->pub.line, rc->pub.status ? "; provisional" : "");
		tp_sb_wrap(&r->b, "    ", line);
		option_lines(r, rc);
	}
}

/* ---- --explain: the trace as prose ------------------------------------ */

static void explain_section(report *r, const json_t *trace)
{
	const char *last = NULL;
	size_t i, k;
	char line[4096];

	heading(r, "EXPLANATION");
	tp_sb_wrap(&r->b, "  ", tp_view_explain_intro);
	for (i = 0; i < json_array_size(trace); i++) {
		const json_t *t = json_array_get(trace, i);
		const json_t *trials = json_object_get(t, "trials");
		const char *group = tp_view_explain(r->m, t, line, sizeof(line));
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
				 tp_trace_str(d, "name"), tp_trace_str(d, "reason"),
				 *tp_trace_str(d, "source") ? " [" : "",
				 tp_trace_str(d, "source"),
				 *tp_trace_str(d, "source") ? "]" : "");
			tp_sb_wrap(&r->b, "      ", line);
		}
		for (k = 0; k < json_array_size(trials); k++) {
			tp_view_explain_trial(json_array_get(trials, k), line,
					      sizeof(line));
			tp_sb_wrap(&r->b, "      ", line);
		}
	}
}

static void sources_section(report *r)
{
	const tp_typed *m = r->m;
	size_t i;
	const char *line;
	heading(r, "SOURCES");
	line = f(r, "%s: %s", tp_view_s(m->guideline_rec.id),
		 tp_view_s(m->guideline_rec.source));
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

/* The summary under the title (issue 19): the TRD verdict, what is taken
 * now, the position and the most severe warning, a line each (wrapped). */
static void summary_lines(report *r)
{
	tp_view_summary s;
	size_t k;
	if (!tp_view_summary_of(r->m, &s))
		r->b.oom = true;
	for (k = 0; k < s.n && !r->b.oom; k++) {
		const char *c = s.emphasis[k] == 1   ? YELLOW BOLD
				: s.emphasis[k] == 2 ? RED BOLD
						     : BOLD;
		tp_sb_hang(&r->b, "", "  ",
			   f(r, "%s%s%s%s", on(r, c), s.head[k], off(r),
			     s.text[k].s));
	}
	tp_view_summary_free(&s);
}

char *tp_report_text(const tpath_result *res, bool explain, bool color)
{
	const tp_typed *m = &res->model;
	const tp_guideline_rec *g = &m->guideline_rec;
	const tp_episode_rec *ep = &m->episode;
	report r;
	char asof[24];
	const char *line;

	memset(&r, 0, sizeof(r));
	r.m = m;
	r.color = color;
	tp_view_day_text(m, m->as_of, asof, sizeof(asof));
	line = f(&r, "%stpath: history %s, as of %s%s",
		 on(&r, BOLD), tp_view_s(m->history), asof, off(&r));
	tp_sb_wrap(&r.b, "", line);
	summary_lines(&r);
	tp_sb_wrap(&r.b, "", tp_result_notice);
	line = f(&r, "Rules: %s (%s %s)", tp_view_s(g->title),
		 tp_view_s(g->id), tp_view_s(g->version));
	tp_sb_wrap(&r.b, "", line);
	if (!isnan(ep->weeks)) {
		const char *sev = ep->severity;
		if (ep->start && m->relative_days)
			line = f(&r, "Episode: week %.1f since day %lld%s%s.",
				 ep->weeks, strtoll(ep->start, NULL, 10),
				 sev ? ", recorded severity " : "", tp_view_s(sev));
		else
			line = f(&r, "Episode: week %.1f since %s%s%s.",
				 ep->weeks, ep->start ? ep->start : "day",
				 sev ? ", recorded severity " : "", tp_view_s(sev));
		tp_sb_wrap(&r.b, "", line);
	}
	warnings_section(&r, true);
	timeline_section(&r);
	pathway_section(&r);
	warnings_section(&r, false);
	trials_section(&r);
	trd_section(&r);
	staging_section(&r);
	if (explain)
		explain_section(&r, res->trace);
	sources_section(&r);
	free(r.scratch.s);
	return tp_sb_finish(&r.b);
}
