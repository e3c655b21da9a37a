/*
 * timeline.c - facts about each trial of a history, as of a day: start
 * order, role, weeks, weeks at a therapeutic dose, dose optimization, the
 * scale and scores used, improvement and outcome.
 *
 * Every threshold comes from the knowledge base (timeline.yaml, the drug
 * catalog and the vocabulary); this file holds only the arithmetic.  The
 * conventions are documented in docs/result-format.md:
 *   - weeks = (end - start) / 7, end being the stop or as_of;
 *   - a dose applies from its date to the next dose's date (or the end);
 *   - the baseline is the last score on or before the start, within the
 *     baseline window; the latest is the last score after the start and on
 *     or before the end.
 */
#include "tpath_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const tp_outcome_words[] = { "remission",	"response",
					 "partial-response", "nonresponse",
					 "intolerance", "too-early",
					 "unknown" };

enum { STOP_INTOLERANCE = 1, STOP_REMISSION = 2, STOP_INEFFICACY = 0 };

char *tp_arena_printf(tp_arena *a, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	return tp_arena_strndup(a, buf, strlen(buf));
}

int tp_warn(tp_eval *ev, const char *code, const char *severity,
	    const char *source, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	tp_warning *w;

	if (ev->nwarnings == ev->capwarnings) {
		size_t ncap = ev->capwarnings ? ev->capwarnings * 2 : 8;
		tp_warning *nw = tp_arena_alloc(&ev->arena,
						ncap * sizeof(tp_warning));
		if (!nw)
			return TPATH_ENOMEM;
		if (ev->nwarnings)
			memcpy(nw, ev->warnings,
			       ev->nwarnings * sizeof(tp_warning));
		ev->warnings = nw;
		ev->capwarnings = ncap;
	}
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	w = &ev->warnings[ev->nwarnings];
	w->code = code;
	w->severity = severity;
	w->source = source;
	if (!(w->message = tp_arena_strndup(&ev->arena, buf, strlen(buf))))
		return TPATH_ENOMEM;
	ev->nwarnings++;
	return 0;
}

static double weeks_between(int32_t a, int32_t b)
{
	return (double)(b - a) / 7.0;
}

/* Start order; on one day drug courses before interventions (so that
 * psychotherapy started with an antidepressant is read as added to it
 * whatever the file's order), then file order. */
static int cmp_trials(const void *pa, const void *pb)
{
	const tp_trial *a = pa, *b = pb;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->is_drug != b->is_drug)
		return a->is_drug ? -1 : 1;
	return a->course < b->course ? -1 : a->course > b->course;
}

static bool is_ad_kind(const tp_drug *d)
{
	return d && d->kind != TP_KIND_AUGMENTING;
}

/* Whether trial o (an antidepressant course) is being taken on day. */
static bool taken_on(const tp_trial *o, int32_t day)
{
	return o->start <= day && (o->ongoing || o->end >= day);
}

/* Role inference (history/1 contract): a drug started while an
 * antidepressant continues is an augmentation or combination, unless that
 * antidepressant stops within the cross-taper window (a switch); a drug
 * started within the switch gap after an antidepressant stopped is a
 * switch; anything else is monotherapy. */
static void infer_role(tp_eval *ev, size_t i)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	tp_trial *t = &ev->trials[i];
	bool overlap_kept = false, tapered = false, after_gap = false;
	size_t j;

	if (t->course->role != TP_ROLE_NONE) {
		t->role = t->course->role;
		t->role_inferred = false;
		return;
	}
	t->role_inferred = true;
	for (j = 0; j < i; j++) {
		const tp_trial *o = &ev->trials[j];
		if (!o->is_drug || !o->antidepressant_kind ||
		    o->role == TP_ROLE_AUGMENTATION)
			continue;
		if (taken_on(o, t->start)) {
			if (!o->ongoing &&
			    o->end - t->start <= r->cross_taper_days.value &&
			    t->is_drug && t->antidepressant_kind)
				tapered = true;
			else
				overlap_kept = true;
		} else if (t->start - o->end <= r->switch_gap_days.value) {
			after_gap = true;
		}
	}
	if (overlap_kept)
		t->role = t->is_drug ? t->course->drug->when_added
				     : TP_ROLE_AUGMENTATION;
	else if ((tapered || after_gap) && t->is_drug &&
		 t->antidepressant_kind)
		t->role = TP_ROLE_SWITCH;
	else
		t->role = TP_ROLE_MONOTHERAPY;
}

/* The antidepressant an augmentation or combination was added to: the
 * latest-started one, not itself an adjunct (an augmentation, or a course
 * added to another), taken on its first day. */
static void find_base(tp_eval *ev, size_t i)
{
	tp_trial *t = &ev->trials[i];
	size_t j;

	t->adds_to = -1;
	if (t->role != TP_ROLE_AUGMENTATION && t->role != TP_ROLE_COMBINATION)
		return;
	for (j = 0; j < i; j++) {
		const tp_trial *o = &ev->trials[j];
		if (o->is_drug && o->antidepressant_kind &&
		    o->role != TP_ROLE_AUGMENTATION && o->adds_to < 0 &&
		    taken_on(o, t->start))
			t->adds_to = (long)j;
	}
}

/* Chooses the dose row and minimum for a drug trial. */
static void dose_rule(tp_eval *ev, tp_trial *t)
{
	const tp_drug *d = t->course->drug;
	bool as_adjunct = t->role == TP_ROLE_AUGMENTATION ||
			  t->role == TP_ROLE_COMBINATION;
	const tp_dose_range *row = NULL;

	if (as_adjunct && d->adjunct.present)
		row = &d->adjunct;
	else if (d->antidepressant.present)
		row = &d->antidepressant;
	else if (d->adjunct.present)
		row = &d->adjunct;
	t->dose_row = row;
	t->min_dose = -1;
	t->per_kg = strcmp(d->unit, "mg/kg/session") == 0;
	if (t->per_kg) {
		t->dose_issue = "dose cannot be judged: the catalog range is "
				"per kg of body weight, which a history does "
				"not carry";
		return;
	}
	if (!row || row->min < 0) {
		t->dose_issue = tp_arena_printf(
			&ev->arena,
			"dose cannot be judged: the catalog gives no minimum "
			"therapeutic dose for %s",
			d->name);
		if (!t->dose_issue)
			t->dose_issue = "dose cannot be judged: the catalog "
					"gives no minimum therapeutic dose";
		return;
	}
	t->min_dose = row->min;
}

static void dose_facts(tp_trial *t)
{
	const tp_course *co = t->course;
	double first = co->doses[0].mg;
	size_t k;

	t->max_mg = 0;
	t->weeks_at_dose = t->min_dose >= 0 ? 0 : -1;
	for (k = 0; k < co->ndoses; k++) {
		const tp_dose *d = &co->doses[k];
		int32_t from = d->day, to;
		if (from > t->end)
			break;
		to = k + 1 < co->ndoses ? co->doses[k + 1].day : t->end;
		if (to > t->end)
			to = t->end;
		if (d->mg > t->max_mg)
			t->max_mg = d->mg;
		if (d->mg > first)
			t->optimized = true;
		if (t->min_dose >= 0 && d->mg >= t->min_dose)
			t->weeks_at_dose += weeks_between(from, to);
	}
}

/* Last measure on scale s in [from, to], or NULL. */
static const tp_measure *last_score(const tpath_history *h, const tp_scale *s,
				    int32_t from, int32_t to)
{
	const tp_measure *best = NULL;
	size_t i;
	for (i = 0; i < h->nmeasures; i++) {
		const tp_measure *m = &h->measures[i];
		if (m->scale != s || m->day < from || m->day > to)
			continue;
		if (!best || m->day >= best->day)
			best = m;
	}
	return best;
}

static void scores(tp_eval *ev, tp_trial *t)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	const tpath_history *h = ev->h;
	int32_t window = (int32_t)r->baseline_days.value;
	size_t i;

	/* The first preferred scale with a baseline and a later score; else
	 * the first with either. */
	for (i = 0; i < r->nscale_pref && !t->latest; i++) {
		const tp_scale *s = r->scale_pref[i];
		const tp_measure *b = last_score(h, s, t->start - window,
						 t->start);
		const tp_measure *l = last_score(h, s, t->start + 1, t->end);
		if (b && l) {
			t->scale = s;
			t->baseline = b;
			t->latest = l;
		} else if (!t->scale && (b || l)) {
			t->scale = s;
			t->baseline = b;
		}
	}
	if (t->scale && !t->latest)
		t->latest = last_score(h, t->scale, t->start + 1, t->end);
	if (t->baseline && t->latest && t->baseline->score > 0) {
		t->has_improvement = true;
		t->improvement = (double)(t->baseline->score - t->latest->score) /
				 (double)t->baseline->score * 100.0;
	}
}

static void outcome(tp_eval *ev, tp_trial *t)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	const tp_course *co = t->course;
	bool early = t->weeks < r->too_early_weeks.value;

	if (co->stop_reason == STOP_INTOLERANCE && !t->ongoing) {
		t->outcome = TP_OUT_INTOLERANCE;
		return;
	}
	if (t->latest && t->scale->remission_max >= 0 &&
	    t->latest->score <= t->scale->remission_max) {
		t->outcome = TP_OUT_REMISSION;
		return;
	}
	if (t->has_improvement) {
		if (t->improvement >= r->response_pct.value)
			t->outcome = TP_OUT_RESPONSE;
		else if (early)
			t->outcome = TP_OUT_TOO_EARLY;
		else if (t->improvement >= r->partial_pct.value)
			t->outcome = TP_OUT_PARTIAL;
		else
			t->outcome = TP_OUT_NONRESPONSE;
		return;
	}
	if (co->stop_reason == STOP_REMISSION && !t->ongoing)
		t->outcome = TP_OUT_REMISSION;
	else if (early)
		t->outcome = TP_OUT_TOO_EARLY;
	else
		t->outcome = TP_OUT_UNKNOWN;
}

bool tp_trial_adequate(tp_eval *ev, const tp_trial *t, double min_weeks,
		       const char **why)
{
	/* The reason is formatted only when the caller asks for it (why not
	 * NULL): the counting loops call this often and need only the
	 * verdict. */
	const tp_timeline_rules *r = &ev->kb->timeline;
	if (why)
		*why = NULL;
	if (!t->is_drug) {
		if (why)
			*why = "adequacy is judged for drug trials only";
		return false;
	}
	if (t->min_dose < 0) {
		if (why)
			*why = t->dose_issue;
		return false;
	}
	if (t->max_mg < t->min_dose) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena, "dose below minimum therapeutic %g %s",
				t->min_dose,
				strcmp(t->course->drug->unit, "mg/day")
					? t->course->drug->unit
					: "mg/day");
		return false;
	}
	if (t->weeks < min_weeks) {
		if (why)
			*why = tp_arena_printf(&ev->arena, "only %.1f weeks",
					       t->weeks);
		return false;
	}
	if (t->weeks_at_dose < min_weeks) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena, "only %.1f weeks at or above %g %s",
				t->weeks_at_dose, t->min_dose,
				t->course->drug->unit);
		return false;
	}
	if (r->inadequate_adherence[t->course->adherence]) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena, "adherence %s",
				tp_adherence_words[t->course->adherence]);
		return false;
	}
	return true;
}

int tp_timeline_build(tp_eval *ev, tpath_error *err)
{
	const tpath_history *h = ev->h;
	size_t i, n = 0;
	char day[32];

	ev->trials = tp_arena_alloc(&ev->arena,
				    (h->ncourses + 1) * sizeof(tp_trial));
	if (!ev->trials)
		return tp_error_oom(err, h->source);
	for (i = 0; i < h->ncourses; i++) {
		const tp_course *co = &h->courses[i];
		tp_trial *t;
		if (co->start > ev->as_of)
			continue; /* not yet started as of the day asked */
		t = &ev->trials[n++];
		t->course = co;
		t->start = co->start;
		t->ongoing = !co->has_stop || co->stop > ev->as_of;
		t->end = t->ongoing ? ev->as_of : co->stop;
		t->weeks = weeks_between(t->start, t->end);
		t->is_drug = co->drug != NULL;
		t->antidepressant_kind = is_ad_kind(co->drug);
		t->in_episode = co->start >= h->episode_start;
		t->max_mg = -1;
		t->weeks_at_dose = -1;
		t->min_dose = -1;
	}
	ev->ntrials = n;
	if (n > 1)
		qsort(ev->trials, n, sizeof(tp_trial), cmp_trials);
	for (i = 0; i < n; i++) {
		tp_trial *t = &ev->trials[i];
		infer_role(ev, i);
		find_base(ev, i);
		if (t->is_drug) {
			dose_rule(ev, t);
			dose_facts(t);
		}
		scores(ev, t);
		outcome(ev, t);
		if (h->nmeasures > 0 && t->is_drug && t->antidepressant_kind &&
		    !t->baseline) {
			tp_format_day(h, t->start, day, sizeof(day));
			if (tp_warn(ev, "missing-baseline", "warning", NULL,
				    "%s (started %s) has no score in the %g "
				    "days up to its start: response cannot be "
				    "judged",
				    t->course->drug->name, day,
				    ev->kb->timeline.baseline_days.value) < 0)
				return tp_error_oom(err, h->source);
		}
	}
	if (h->nmeasures == 0 && n > 0 &&
	    tp_warn(ev, "no-measures", "warning", NULL,
		    "the history has no rating-scale scores: response and "
		    "remission cannot be judged, only dose and duration") < 0)
		return tp_error_oom(err, h->source);
	return 0;
}
