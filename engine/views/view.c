/*
 * view.c - helpers shared by the views of a result (see view.h).
 */
#include "views/view.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Columns of the first len bytes: one per UTF-8 character, none for an
 * ANSI colour sequence (ESC [ ... m). */
size_t tp_view_cols_n(const char *s, size_t len)
{
	size_t n = 0, i;
	for (i = 0; i < len; i++) {
		if (s[i] == '\033') {
			while (i + 1 < len && s[i] != 'm')
				i++;
			continue;
		}
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	}
	return n;
}

size_t tp_view_cols(const char *s)
{
	return tp_view_cols_n(s, strlen(s));
}

void tp_view_fit(char *buf, size_t n, const char *s, size_t cols)
{
	size_t i = 0, c = 0, keep = 0;
	if (n == 0)
		return;
	if (tp_view_cols(s) <= cols) {
		snprintf(buf, n, "%s", s);
		tp_utf8_trim(buf);
		return;
	}
	/* room for the characters that fit before "..." */
	while (s[i] && c + 3 < cols) {
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		c++;
	}
	keep = i;
	snprintf(buf, n, "%.*s...", (int)keep, s);
	tp_utf8_trim(buf);
}

void tp_sb_hang(tp_sbuf *b, const char *first, const char *indent,
		const char *text)
{
	size_t ind = tp_view_cols(indent), fst = tp_view_cols(first);
	size_t width = TP_VIEW_WIDTH - ind;
	size_t col = fst > ind ? fst - ind : 0;
	const char *p = text;

	tp_sb_add(b, "%s", first);
	while (*p) {
		const char *w = p;
		size_t len, wc;
		while (*p && *p != ' ')
			p++;
		len = (size_t)(p - w);
		wc = tp_view_cols_n(w, len);
		if (col > 0 && col + 1 + wc > width) {
			tp_sb_add(b, "\n%s", indent);
			col = 0;
		} else if (col > 0) {
			tp_sb_put(b, " ", 1);
			col++;
		}
		tp_sb_put(b, w, len);
		col += wc;
		while (*p == ' ')
			p++;
	}
	tp_sb_put(b, "\n", 1);
}

void tp_sb_wrap(tp_sbuf *b, const char *indent, const char *text)
{
	tp_sb_hang(b, indent, indent, text);
}

void tp_sb_html(tp_sbuf *b, const char *text)
{
	tp_sb_html_n(b, text, strlen(text));
}

void tp_sb_html_n(tp_sbuf *b, const char *text, size_t len)
{
	const char *p = text, *run = text, *end = text + len;
	for (; p < end; p++) {
		const char *rep;
		switch (*p) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		case '\'':
			rep = "&#39;";
			break;
		default:
			continue;
		}
		tp_sb_put(b, run, (size_t)(p - run));
		tp_sb_add(b, "%s", rep);
		run = p + 1;
	}
	tp_sb_put(b, run, (size_t)(p - run));
}

const char *tp_trace_str(const json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

void tp_view_real_text(double v, char *buf, size_t n)
{
	if (isnan(v))
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%g", v);
}

int tp_view_tick_step(double weeks, double max_ticks)
{
	static const int steps[] = { 1,	  2,   4,   8,	  12,	26,  52,
				     104, 260, 520, 1040, 2600, 5200 };
	size_t k;
	for (k = 0; k + 1 < sizeof(steps) / sizeof(steps[0]); k++)
		if (weeks / steps[k] <= max_ticks)
			break;
	return steps[k];
}

void tp_view_staging_verdict(const tpath_staging *m, char *buf, size_t n)
{
	if (m->stage)
		snprintf(buf, n, "stage %s", m->stage);
	else if (!isnan(m->score))
		snprintf(buf, n, "score %g%s%s%s", m->score,
			 m->band ? " (" : "", m->band ? m->band : "",
			 m->band ? ")" : "");
	else if (!m->applicable)
		snprintf(buf, n, "not applicable");
	else
		snprintf(buf, n, "no stage");
}

static bool listed(const size_t *list, size_t n, size_t i)
{
	size_t k;
	for (k = 0; k < n; k++)
		if (list[k] == i)
			return true;
	return false;
}

bool tp_view_counted(const tpath_trd_verdict *own_trd, size_t i)
{
	return own_trd && listed(own_trd->counted, own_trd->ncounted, i);
}

bool tp_view_counted_so_far(const tpath_trd_verdict *own_trd, size_t i)
{
	return own_trd && listed(own_trd->counted_ongoing,
				 own_trd->ncounted_ongoing, i);
}

/* ---- readers of the typed result ---------------------------------------- */

void tp_view_day_text(const tp_typed *m, const char *day, char *buf, size_t n)
{
	if (!day)
		snprintf(buf, n, "-");
	else if (m->relative_days)
		snprintf(buf, n, "day %lld", strtoll(day, NULL, 10));
	else
		snprintf(buf, n, "%s", day);
}

bool tp_view_day(const tp_typed *m, const char *day, int32_t *out)
{
	if (!day)
		return false;
	if (m->relative_days) {
		*out = (int32_t)strtoll(day, NULL, 10);
		return true;
	}
	/* the result writes its own dates: YYYY-MM-DD */
	return tp_date_day(day, strlen(day), out);
}

void tp_view_long_text(long v, char *buf, size_t n)
{
	if (v < 0)
		snprintf(buf, n, "-");
	else
		snprintf(buf, n, "%g", (double)v);
}

const char *tp_view_treatment(const tp_trial_rec *t)
{
	return tp_view_s(t->is_drug ? t->pub.drug : t->pub.intervention);
}

bool tp_view_span_of(const tp_typed *m, tp_view_span *g)
{
	int32_t d;
	size_t i;
	if (!tp_view_day(m, m->episode.start, &g->origin) ||
	    !tp_view_day(m, m->as_of, &g->d1))
		return false;
	g->d0 = g->origin;
	for (i = 0; i < m->ntrials; i++)
		if (tp_view_day(m, m->trials[i].pub.start, &d) && d < g->d0)
			g->d0 = d;
	if (g->d1 <= g->d0)
		g->d1 = g->d0 + 1;
	return true;
}

size_t tp_view_lane_order(const tp_typed *m, size_t *order)
{
	size_t i, j, n = 0, count = m->ntrials;
	for (i = 0; i < count; i++) {
		if (m->trials[i].adds_to >= 0)
			continue;
		order[n++] = i;
		for (j = i + 1; j < count; j++)
			if (m->trials[j].adds_to == (long)i)
				order[n++] = j;
	}
	/* an adjunct whose course is not listed (not in a well-formed
	 * result) is still drawn */
	for (i = 0; i < count && n < count; i++) {
		bool seen = false;
		for (j = 0; j < n; j++)
			seen |= order[j] == i;
		if (!seen)
			order[n++] = i;
	}
	return n;
}

/* ---- the summary -------------------------------------------------------- */

/* " #2 venlafaxine" for each of n trial indexes, after what (when n). */
static void summary_trials(tp_sbuf *b, const tp_typed *m, const char *what,
			   const size_t *idx, size_t n, bool names)
{
	size_t j;
	if (n == 0)
		return;
	tp_sb_add(b, "%s", what);
	for (j = 0; j < n; j++) {
		tp_sb_add(b, "%s #%zu", j ? "," : "", idx[j] + 1);
		if (names && idx[j] < m->ntrials)
			tp_sb_add(b, " %s", tp_view_treatment(&m->trials[idx[j]]));
	}
}

static void summary_trd(const tp_typed *m, tp_view_summary *s)
{
	const tpath_trd_verdict *d = m->own_trd;
	tp_sbuf *b = &s->text[s->n];
	if (!d) {
		s->head[s->n++] = "TRD";
		tp_sb_add(b, ": no definition loaded");
		return;
	}
	s->head[s->n] = d->met ? "TRD met" : "TRD not met";
	s->emphasis[s->n] = d->met ? 1 : 0;
	s->n++;
	tp_sb_add(b, " (%s): %ld failed trial%s counted, %ld needed",
		  d->definition, d->failed_trials,
		  d->failed_trials == 1 ? "" : "s", d->needs_failures);
	if (d->needs_distinct_classes > 1)
		tp_sb_add(b, " from %ld classes (%ld found)",
			  d->needs_distinct_classes, d->distinct_classes);
	summary_trials(b, m, ":", d->counted, d->ncounted, true);
	summary_trials(b, m, "; still running, so provisional:",
		       d->counted_ongoing, d->ncounted_ongoing, false);
	summary_trials(b, m, "; would fail, dose not judged:",
		       d->undetermined, d->nundetermined, false);
	if (d->status)
		tp_sb_add(b, " (%s encoding)", d->status);
}

/* The scores of trial t as "; phq9 17 -> 13 (-23.5%) since it started"
 * (since #N started when several courses are taken, t being #N).  A trial
 * judged only up to the day a course was added to it says so ("up to #2
 * mirtazapine's addition on DATE") and, when the scale has a later score,
 * gives it ("; latest phq9 14 on DATE"): the trial's figures stop at its
 * judgement window, the patient's scores do not. */
static void summary_scores(tp_sbuf *b, const tp_typed *m,
			   const tp_trial_rec *t, bool several)
{
	const tpath_trial *p = &t->pub;
	const tp_measure_rec *last = NULL;
	bool cut = t->judged_until && t->judged_until_by >= 0 &&
		   (size_t)t->judged_until_by < m->ntrials;
	int32_t until = 0, d;
	char since[160], day[32];
	size_t k;
	if (cut) {
		const tp_trial_rec *by = &m->trials[t->judged_until_by];
		tp_view_day_text(m, t->judged_until, day, sizeof(day));
		snprintf(since, sizeof(since), "up to #%ld %s's addition on %s",
			 t->judged_until_by + 1, tp_view_treatment(by), day);
		cut = tp_view_day(m, t->judged_until, &until);
	} else if (several)
		snprintf(since, sizeof(since), "since #%zu started",
			 (size_t)(t - m->trials) + 1);
	else
		snprintf(since, sizeof(since), "since it started");
	if (!p->scale) {
		tp_sb_add(b, "; no score %s", since);
		return;
	}
	if (p->baseline >= 0 && p->latest >= 0) {
		tp_sb_add(b, "; %s %ld -> %ld", p->scale, p->baseline,
			  p->latest);
		if (!isnan(p->improvement_pct))
			tp_sb_add(b, " (%+g%%)",
				  p->improvement_pct == 0 ? 0.0
							  : -p->improvement_pct);
		tp_sb_add(b, " %s", since);
	} else if (p->latest >= 0) {
		tp_sb_add(b, "; latest %s %ld%s%s, no baseline", p->scale,
			  p->latest, cut ? " " : "", cut ? since : "");
	} else {
		tp_sb_add(b, "; %s %ld at baseline, no later score%s%s",
			  p->scale, p->baseline, cut ? " " : "",
			  cut ? since : "");
	}
	if (!cut)
		return;
	for (k = 0; k < m->nmeasures; k++)
		if (!strcmp(tp_view_s(m->measures[k].scale), p->scale))
			last = &m->measures[k];
	if (last && tp_view_day(m, last->date, &d) && d > until) {
		tp_view_day_text(m, last->date, day, sizeof(day));
		tp_sb_add(b, "; latest %s %ld on %s", p->scale, last->score,
			  day);
	}
}

static void summary_now(const tp_typed *m, tp_view_summary *s)
{
	tp_sbuf *b = &s->text[s->n];
	const tp_trial_rec *scored = NULL;
	size_t i, n = 0;
	s->head[s->n++] = "Now";
	for (i = 0; i < m->ntrials; i++) {
		const tp_trial_rec *t = &m->trials[i];
		if (t->pub.stop || !t->in_episode)
			continue;
		tp_sb_add(b, "%s#%zu %s", n++ ? " + " : ": ", i + 1,
			  tp_view_treatment(t));
		if (t->is_drug && !isnan(t->current_mg))
			tp_sb_add(b, " %g mg/day", t->current_mg);
		else if (t->is_drug)
			tp_sb_add(b, " (no dose recorded)");
		tp_sb_add(b, " for %.1f weeks", t->pub.weeks);
		if (!scored || (long)i == m->position.trial)
			scored = t;
	}
	if (scored) {
		summary_scores(b, m, scored, n > 1);
		return;
	}
	tp_sb_add(b, ": no course ongoing");
	if (m->nmeasures) {
		const tp_measure_rec *x = &m->measures[m->nmeasures - 1];
		char day[32];
		tp_view_day_text(m, x->date, day, sizeof(day));
		tp_sb_add(b, "; latest score %s %ld on %s", tp_view_s(x->scale),
			  x->score, day);
	}
}

static void summary_position(const tp_typed *m, tp_view_summary *s)
{
	const tpath_position *pos = &m->position;
	tp_sbuf *b = &s->text[s->n];
	size_t i;
	s->head[s->n++] = "Position";
	tp_sb_add(b, ": step %s, status %s", pos->step ? pos->step : "none",
		  tp_view_s(pos->status));
	if (!pos->decision_point)
		return;
	if (!strcmp(tp_view_s(pos->decision_point_state), "now")) {
		tp_sb_add(b, "; decision point now: %s", pos->decision_point);
		return;
	}
	tp_sb_add(b, "; next decision point: %s", pos->decision_point);
	for (i = 0; i < m->npoints; i++)
		if (!strcmp(tp_view_s(m->points[i].id), pos->decision_point) &&
		    !isnan(m->points[i].at_week)) {
			tp_sb_add(b, " at week %g", m->points[i].at_week);
			break;
		}
}

/* The warning severities, least severe first. */
static int severity_rank(const char *severity)
{
	static const char *const ranks[] = { "info", "warning", "critical" };
	int k;
	for (k = 0; k < 3; k++)
		if (!strcmp(tp_view_s(severity), ranks[k]))
			return k;
	return -1;
}

static void summary_warning(const tp_typed *m, tp_view_summary *s)
{
	const tpath_warning *top = NULL;
	tp_sbuf *b = &s->text[s->n];
	size_t i;
	for (i = 0; i < m->nwarnings; i++)
		if (!top || severity_rank(m->warnings[i].severity) >
				    severity_rank(top->severity))
			top = &m->warnings[i];
	if (!top) {
		s->head[s->n++] = "Warnings";
		tp_sb_add(b, ": none");
		return;
	}
	s->emphasis[s->n] = !strcmp(top->severity, "critical") ? 2 : 0;
	s->head[s->n++] = m->nwarnings == 1 ? "Warning" : "Most severe warning";
	tp_sb_add(b, ": %s %s: %s", top->severity, top->code, top->message);
	if (m->nwarnings > 1)
		tp_sb_add(b, " (%zu warnings in all)", m->nwarnings);
}

bool tp_view_summary_of(const tp_typed *m, tp_view_summary *s)
{
	size_t k;
	bool ok = true;
	memset(s, 0, sizeof(*s));
	summary_trd(m, s);
	summary_now(m, s);
	summary_position(m, s);
	summary_warning(m, s);
	for (k = 0; k < s->n; k++)
		ok &= !s->text[k].oom && s->text[k].s;
	return ok;
}

void tp_view_summary_free(tp_view_summary *s)
{
	size_t k;
	for (k = 0; k < TP_SUMMARY_ITEMS; k++)
		free(s->text[k].s);
}

/* ---- the trace as prose ------------------------------------------------ */

const char tp_view_explain_intro[] =
	"Every rule tpath evaluated, in order: what it decided, the facts it "
	"read from the history, and where the rule comes from (its source and "
	"its line in the knowledge file).";

/* A fact's value as a reader would say it. */
static void fact_value(const json_t *v, char *buf, size_t n)
{
	if (json_is_null(v))
		snprintf(buf, n, "unknown");
	else if (json_is_true(v))
		snprintf(buf, n, "yes");
	else if (json_is_false(v))
		snprintf(buf, n, "no");
	else if (json_is_string(v))
		tp_view_fit(buf, n, json_string_value(v), n > 4 ? n - 4 : 0);
	else if (json_is_number(v)) {
		/* whole numbers whole; others to 4 significant digits, never
		 * in exponent form for the sizes facts have */
		double x = json_number_value(v);
		if (x == (double)(long long)x && x > -1e15 && x < 1e15)
			snprintf(buf, n, "%lld", (long long)x);
		else if (x > -1e4 && x < 1e4)
			snprintf(buf, n, "%.4g", x);
		else
			snprintf(buf, n, "%.1f", x);
	} else {
		/* a list: its items */
		size_t k, o = 0;
		buf[0] = '\0';
		for (k = 0; k < json_array_size(v) && o < n; k++) {
			char item[64];
			fact_value(json_array_get(v, k), item, sizeof(item));
			o += (size_t)snprintf(buf + o, n - o, "%s%s",
					      k ? ", " : "", item);
		}
		if (o >= n && n > 4) {
			/* cut on a character, marked */
			buf[n - 4] = '\0';
			tp_utf8_trim(buf);
			strcat(buf, "...");
		}
	}
}

typedef struct kind_word {
	const char *prefix, *title, *noun;
} kind_word;

static const kind_word kinds[] = {
	{ "trd", "Definitions of treatment-resistant depression",
	  "Definition" },
	{ "staging", "Staging models", "Model" },
	{ "step", "Where in the pathway (the last step that holds is used)",
	  "Step" },
	{ "status", "Status (the first that holds is used)", "Status" },
	{ "rule", "Rules of the guideline", "Rule" },
	{ "warning", "Warning rules of the guideline", "Warning rule" },
	{ "safety", "Safety checks", "Check" },
};

static const kind_word *kind_of(const char *rule, size_t *idlen)
{
	const char *colon = strchr(rule, ':');
	size_t k, n = colon ? (size_t)(colon - rule) : 0;
	*idlen = n;
	for (k = 0; colon && k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (strlen(kinds[k].prefix) == n &&
		    !strncmp(kinds[k].prefix, rule, n))
			return &kinds[k];
	return NULL;
}

static void verdict_phrase(const char *verdict, char *buf, size_t n)
{
	if (!strcmp(verdict, "true"))
		snprintf(buf, n, "holds");
	else if (!strcmp(verdict, "false"))
		snprintf(buf, n, "does not hold");
	else if (!strcmp(verdict, "unknown"))
		snprintf(buf, n, "cannot be decided: a fact it needs is not "
				 "known");
	else if (!strcmp(verdict, "met"))
		snprintf(buf, n, "is met");
	else if (!strcmp(verdict, "not met"))
		snprintf(buf, n, "is not met");
	else
		snprintf(buf, n, "gives %s", verdict);
}

/* The recommendation a rule produced, or NULL. */
static const tp_rec_rec *rec_of(const tp_typed *m, const char *id)
{
	size_t i;
	for (i = 0; i < m->nrecs; i++)
		if (!strcmp(tp_view_s(m->recs[i].pub.rule), id))
			return &m->recs[i];
	return NULL;
}

const char *tp_view_explain(const tp_typed *m, const json_t *t, char *line,
			    size_t n)
{
	const char *rule = tp_trace_str(t, "rule");
	json_t *facts = json_object_get(t, "facts");
	const tp_rec_rec *rec;
	const kind_word *kind;
	const char *key;
	json_t *val;
	char verdict[96];
	size_t idlen, o, nf = 0, f = 0;

	kind = kind_of(rule, &idlen);
	verdict_phrase(tp_trace_str(t, "verdict"), verdict, sizeof(verdict));
	o = (size_t)snprintf(line, n, "%s %s %s", kind ? kind->noun : "Rule",
			     rule + (idlen ? idlen + 1 : 0), verdict);
	json_object_foreach(facts, key, val)
		nf++;
	json_object_foreach(facts, key, val)
	{
		char v[512];
		fact_value(val, v, sizeof(v));
		if (o < n)
			o += (size_t)snprintf(line + o, n - o, "%s%s is %s",
					      f == 0	       ? ": it read that "
					      : f + 1 == nf ? " and "
							    : ", ",
					      key, v);
		f++;
	}
	if (o < n)
		o += (size_t)snprintf(line + o, n - o, ".");
	if (json_is_string(json_object_get(t, "source")) && o < n)
		o += (size_t)snprintf(line + o, n - o, " Source: %s",
				      tp_trace_str(t, "source"));
	if (json_is_integer(json_object_get(t, "line")) && o < n)
		o += (size_t)snprintf(
			line + o, n - o, "%s line %lld.",
			json_is_string(json_object_get(t, "source"))
				? ";"
				: " Written at",
			(long long)json_integer_value(json_object_get(t, "line")));
	if (kind && !strcmp(kind->prefix, "rule") &&
	    (rec = rec_of(m, rule + idlen + 1)) && o < n)
		o += (size_t)snprintf(line + o, n - o,
				      " So the guideline says: %s",
				      tp_view_s(rec->pub.rationale));
	if (o >= n) {
		line[n - 1] = '\0';
		tp_utf8_trim(line);
	}
	return kind ? kind->title : "Other";
}

void tp_view_explain_trial(const json_t *tr, char *line, size_t n)
{
	snprintf(line, n, "Trial %lld (%s): %s.",
		 (long long)json_integer_value(json_object_get(tr, "trial")) + 1,
		 tp_trace_str(tr, "treatment"), tp_trace_str(tr, "because"));
}

/* ": a, b" or, when the options span lines of treatment, ": first-line:
 * a, b; second-line: c" (an option without a line in its own group, in
 * its place). */
void tp_view_options_by_line(tp_sbuf *text, const tp_rec_rec *rc)
{
	static const char *const names[] = { "", "first-line", "second-line",
					     "third-line" };
	long first = 0, prev = -1;
	bool mixed = false;
	size_t j;
	for (j = 0; j < rc->pub.noptions; j++) {
		long l = rc->details[j].line;
		if (l < 1 || l > 3)
			continue;
		if (!first)
			first = l;
		mixed |= l != first;
	}
	for (j = 0; j < rc->pub.noptions; j++) {
		long l = rc->details[j].line;
		const char *name = rc->pub.options[j];
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
