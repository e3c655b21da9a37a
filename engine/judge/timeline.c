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
#include "judge/judge.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const tp_outcome_words[] = { "remission",	"response",
					 "partial-response", "nonresponse",
					 "relapse",	"intolerance",
					 "too-early",	"unknown" };

enum { STOP_INTOLERANCE = 1, STOP_REMISSION = 2, STOP_INEFFICACY = 0 };
enum { ADHERENCE_UNKNOWN = 3 }; /* index in tp_adherence_words */

double tp_trial_last_dose(const tp_trial *t)
{
	const tp_course *co = t->course;
	double mg = co->ndoses ? co->doses[0].mg : -1;
	size_t k;
	for (k = 0; k < co->ndoses && co->doses[k].day <= t->end; k++)
		mg = co->doses[k].mg;
	return mg;
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
 * whatever the file's order), then file order (a course's line: merged
 * duplicates live outside the history's array). */
static int cmp_trials(const void *pa, const void *pb)
{
	const tp_trial *a = pa, *b = pb;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->is_drug != b->is_drug)
		return a->is_drug ? -1 : 1;
	if (a->course->line != b->course->line)
		return a->course->line < b->course->line ? -1 : 1;
	return a->course->column < b->course->column ? -1
						     : a->course->column >
							       b->course->column;
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

/* Dose facts within the judgement window: the highest dose (the whole
 * course and the window), weeks at or above the minimum, and whether the
 * dose was optimised: raised from a dose already at or above the minimum
 * therapeutic dose (Fava 2003, as read in clinical reference section 12:
 * titration up to the minimum is not optimisation). */
static void dose_facts(tp_eval *ev, tp_trial *t)
{
	const tp_course *co = t->course;
	double judged_after = ev->kb->timeline.too_early_weeks.value;
	size_t k;

	t->max_mg = -1;
	t->judged_max_mg = -1;
	t->weeks_at_dose = -1;
	if (co->ndoses == 0) {
		t->dose_unknown = true;
		return;
	}
	t->max_mg = 0;
	t->judged_max_mg = 0;
	t->weeks_at_dose = t->min_dose >= 0 ? 0 : -1;
	for (k = 0; k < co->ndoses; k++) {
		const tp_dose *d = &co->doses[k];
		int32_t from = d->day, to;
		if (from > t->end)
			break;
		if (d->mg > t->max_mg)
			t->max_mg = d->mg;
		if (from > t->judge_end)
			continue;
		to = k + 1 < co->ndoses ? co->doses[k + 1].day : t->judge_end;
		if (to > t->judge_end)
			to = t->judge_end;
		if (d->mg > t->judged_max_mg)
			t->judged_max_mg = d->mg;
		/* a raise after the trial could be judged (too_early_weeks
		 * at or above the minimum): optimisation of a trial not
		 * responding, not titration */
		if (k > 0 && t->min_dose >= 0 && d->mg > co->doses[k - 1].mg &&
		    co->doses[k - 1].mg >= t->min_dose &&
		    t->weeks_at_dose >= judged_after)
			t->optimized = true;
		if (t->min_dose >= 0 && d->mg >= t->min_dose)
			t->weeks_at_dose += weeks_between(from, to);
	}
}

/* Proportion of the window's days covered by the fills: each fill covers
 * `days` days from the later of its date and the end of the supply before
 * it (a refill taken early carries its surplus forward). */
static void pdc(tp_trial *t)
{
	const tp_course *co = t->course;
	int32_t next = INT32_MIN, from, to;
	double covered = 0, span = (double)(t->judge_end - t->start) + 1;
	size_t k;

	if (co->nfills == 0)
		return;
	for (k = 0; k < co->nfills; k++) {
		const tp_fill *f = &co->fills[k];
		if (f->day > t->judge_end)
			break;
		from = f->day > next ? f->day : next;
		next = from + (int32_t)f->days;
		to = next - 1 < t->judge_end ? next - 1 : t->judge_end;
		if (from < t->start)
			from = t->start;
		if (to >= from)
			covered += (double)(to - from) + 1;
	}
	/* two decimals, rounded down: the value shown is the value judged */
	t->has_pdc = true;
	t->pdc = covered >= span ? 1.0 : floor(covered / span * 100.0) / 100.0;
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

int tp_cmp_measure_ptr(const void *a, const void *b)
{
	const tp_measure *x = *(const tp_measure *const *)a;
	const tp_measure *y = *(const tp_measure *const *)b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->column < y->column ? -1 : x->column > y->column;
}

const tp_param *tp_relapse_cut_off(const tp_timeline_rules *r,
				   const tp_scale *s)
{
	size_t i;
	for (i = 0; i < r->nrelapse; i++)
		if (r->relapse_scales[i] == s)
			return &r->relapse_at_least[i];
	return NULL;
}

static double improvement_of(const tp_trial *t, long score)
{
	return (double)(t->baseline->score - score) /
	       (double)t->baseline->score * 100.0;
}

static void scores(tp_eval *ev, tp_trial *t)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	const tpath_history *h = ev->h;
	int32_t window = (int32_t)r->baseline_days.value;
	size_t i;

	/* The first preferred scale with a baseline and a later score in the
	 * judgement window; else the first with either. */
	for (i = 0; i < r->nscale_pref && !t->latest; i++) {
		const tp_scale *s = r->scale_pref[i];
		const tp_measure *b = last_score(h, s, t->start - window,
						 t->start);
		const tp_measure *l = last_score(h, s, t->start + 1,
						 t->judge_end);
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
		t->latest = last_score(h, t->scale, t->start + 1, t->judge_end);
	if (t->baseline && t->latest && t->baseline->score > 0) {
		t->has_improvement = true;
		t->improvement = improvement_of(t, t->latest->score);
	}
}

static bool in_remission(const tp_scale *s, long score)
{
	return s->remission_max >= 0 && score <= s->remission_max;
}

/* Relapse (clinical reference section 12): a score before the latest, in
 * the window and at least relapse.after_weeks into the course, was a
 * remission or a response, and the latest is worse by the timeline's
 * relapse rule.  On a scale with its own cut-off (STAR*D: QIDS-SR16 >= 11
 * after remission) the earlier score must be a remission. */
static bool relapsed(tp_eval *ev, const tp_trial *t)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	const tpath_history *h = ev->h;
	const tp_param *at_least = NULL;
	int32_t from = t->start;
	bool earlier_good = false, worse;
	size_t i;

	if (r->relapse_after_weeks.present)
		from += (int32_t)(r->relapse_after_weeks.value * 7);

	if (!t->latest)
		return false;
	at_least = tp_relapse_cut_off(r, t->scale);
	if (at_least)
		worse = (double)t->latest->score >= at_least->value;
	else if (t->has_improvement)
		worse = t->improvement < r->relapse_below_pct.value;
	else
		return false; /* worsening cannot be measured */
	if (!worse)
		return false;
	for (i = 0; i < h->nmeasures && !earlier_good; i++) {
		const tp_measure *m = &h->measures[i];
		if (m->scale != t->scale || m->day <= t->start ||
		    m->day < from || m->day >= t->latest->day)
			continue;
		earlier_good = in_remission(m->scale, m->score) ||
			       (!at_least && t->baseline &&
				t->baseline->score > 0 &&
				improvement_of(t, m->score) >=
					r->response_pct.value);
	}
	return earlier_good;
}

static void outcome(tp_eval *ev, tp_trial *t)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	const tp_course *co = t->course;
	bool early = t->judged_weeks < r->too_early_weeks.value;

	if (co->stop_reason == STOP_INTOLERANCE && t->stopped_in_window) {
		t->outcome = TP_OUT_INTOLERANCE;
		return;
	}
	if (t->latest && in_remission(t->scale, t->latest->score)) {
		t->outcome = TP_OUT_REMISSION;
		return;
	}
	if (relapsed(ev, t)) {
		t->outcome = TP_OUT_RELAPSE;
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
	if (co->stop_reason == STOP_REMISSION && t->stopped_in_window)
		t->outcome = TP_OUT_REMISSION;
	else if (early)
		t->outcome = TP_OUT_TOO_EARLY;
	else
		t->outcome = TP_OUT_UNKNOWN;
}

/* The checks that do not need the dose: duration in the window, adherence
 * and the fills' coverage.  Returns false with *why when one fails. */
static bool adequate_apart_from_dose(tp_eval *ev, const tp_trial *t,
				     double min_weeks, const tp_failure_rule *rule,
				     const char **why)
{
	const bool *bad_adherence = rule && rule->has_adherence
					    ? rule->inadequate_adherence
					    : ev->kb->timeline.inadequate_adherence;
	if (t->judged_weeks < min_weeks) {
		if (why)
			*why = tp_arena_printf(&ev->arena, "only %.1f weeks",
					       t->judged_weeks);
		return false;
	}
	if (bad_adherence[t->course->adherence]) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena, "adherence %s",
				tp_adherence_words[t->course->adherence]);
		return false;
	}
	if (rule && rule->min_pdc.present && t->has_pdc &&
	    t->pdc < rule->min_pdc.value) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena,
				"fills cover %.0f%% of the days (needs %.0f%%)",
				floor(t->pdc * 100.0),
				rule->min_pdc.value * 100.0);
		return false;
	}
	return true;
}

int tp_trial_adequacy(tp_eval *ev, const tp_trial *t, double min_weeks,
		      const tp_failure_rule *rule, const char **why)
{
	/* The reason is formatted only when the caller asks for it (why not
	 * NULL): the counting loops call this often and need only the
	 * verdict. */
	if (why)
		*why = NULL;
	if (!t->is_drug) {
		if (why)
			*why = "adequacy is judged for drug trials only";
		return 0;
	}
	if (t->dose_unknown || t->min_dose < 0) {
		if (!adequate_apart_from_dose(ev, t, min_weeks, rule, why))
			return 0;
		if (why)
			*why = t->dose_unknown ? "dose not recorded"
					       : t->dose_issue;
		return -1;
	}
	if (t->judged_max_mg < t->min_dose) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena, "dose below minimum therapeutic %g %s",
				t->min_dose,
				strcmp(t->course->drug->unit, "mg/day")
					? t->course->drug->unit
					: "mg/day");
		return 0;
	}
	if (t->judged_weeks < min_weeks)
		return adequate_apart_from_dose(ev, t, min_weeks, rule, why);
	if (t->weeks_at_dose < min_weeks) {
		if (why)
			*why = tp_arena_printf(
				&ev->arena, "only %.1f weeks at or above %g %s",
				t->weeks_at_dose, t->min_dose,
				t->course->drug->unit);
		return 0;
	}
	return adequate_apart_from_dose(ev, t, min_weeks, rule, why) ? 1 : 0;
}

bool tp_trial_adequate(tp_eval *ev, const tp_trial *t, double min_weeks,
		       const char **why)
{
	return tp_trial_adequacy(ev, t, min_weeks, NULL, why) == 1;
}

/* Whether trial k, started while t continued, closes t's window. */
static bool closes_window(const tp_timeline_rules *r, const tp_trial *k)
{
	return k->is_drug ? r->closes_drug
			  : r->closes_intervention[k->course->intervention];
}

/* The judgement window of trial i: up to the start of the first treatment
 * started after it (not on its first day: that is one regimen) while it
 * was still taken, of a kind that closes windows. */
/* The day added drug o starts to count as a treatment of its own: its
 * start, or the first day its dose reaches its minimum therapeutic dose
 * (a hypnotic dose of trazodone beside an SSRI is not an antidepressant
 * addition); INT32_MAX when it never does.  With no dose or no minimum to
 * compare, its start. */
static int32_t counts_from(const tp_trial *o)
{
	const tp_course *co = o->course;
	size_t k;
	if (!o->is_drug || co->ndoses == 0 || o->min_dose < 0)
		return o->start;
	for (k = 0; k < co->ndoses && co->doses[k].day <= o->end; k++)
		if (co->doses[k].mg >= o->min_dose)
			return co->doses[k].day;
	return INT32_MAX;
}

static void judgement_window(tp_eval *ev, size_t i)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	int32_t together = r->same_regimen_days.present
				   ? (int32_t)r->same_regimen_days.value
				   : 0;
	tp_trial *t = &ev->trials[i];
	size_t k;

	t->judge_end = t->end;
	t->judged_until_by = -1;
	for (k = i + 1; k < ev->ntrials; k++) {
		const tp_trial *o = &ev->trials[k];
		int32_t day;
		if (o->start - t->start <= together || !closes_window(r, o))
			continue; /* one regimen, or not an addition */
		day = counts_from(o);
		if (day == INT32_MAX)
			continue;
		if (t->ongoing ? day > t->end : day >= t->end)
			continue;
		if (!t->has_judged_until || day < t->judge_end) {
			t->judge_end = day;
			t->has_judged_until = true;
			t->judged_until_by = (long)k;
		}
	}
	t->stopped_in_window = !t->ongoing && !t->has_judged_until;
	t->judged_weeks = weeks_between(t->start, t->judge_end);
}

/* With a judgement window, the whole course read as before windows
 * existed: how the regimen as a whole is doing (guideline rules read it
 * through current.outcome).  NULL when out of memory. */
static const tp_trial *regimen_of(tp_eval *ev, const tp_trial *t)
{
	tp_trial *w = tp_arena_alloc(&ev->arena, sizeof(*w));
	if (!w)
		return NULL;
	*w = *t;
	w->judge_end = t->end;
	w->judged_weeks = t->weeks;
	w->has_judged_until = false;
	w->stopped_in_window = !t->ongoing;
	w->scale = NULL;
	w->baseline = w->latest = NULL;
	w->has_improvement = false;
	w->regimen = NULL;
	scores(ev, w);
	outcome(ev, w);
	return w;
}

/* The daily dose of course co on day (0 outside it, or before its first
 * dose). */
static double dose_on(const tp_course *co, int32_t day)
{
	double mg = 0;
	size_t k;
	if (day < co->start || (co->has_stop && day > co->stop))
		return 0;
	for (k = 0; k < co->ndoses && co->doses[k].day <= day; k++)
		mg = co->doses[k].mg;
	return mg;
}

static int cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return x < y ? -1 : x > y;
}

/* One course made of two overlapping courses of the same drug: the span of
 * both, the doses added up where both are taken (as two strengths taken
 * together would be), the fills of both.  A course without recorded doses
 * adds nothing to the dose. */
static tp_course *merge_courses(tp_eval *ev, const tp_course *a,
				const tp_course *b)
{
	tp_course *m = tp_arena_alloc(&ev->arena, sizeof(*m));
	int32_t *days;
	size_t nd = 0, k, n = a->ndoses + b->ndoses + 2;

	if (!m || !(days = tp_arena_alloc(&ev->arena, n * sizeof(*days))))
		return NULL;
	*m = *a;
	m->start = a->start < b->start ? a->start : b->start;
	m->has_stop = a->has_stop && b->has_stop;
	if (m->has_stop)
		m->stop = a->stop > b->stop ? a->stop : b->stop;
	if (b->has_stop == m->has_stop && (!m->has_stop || b->stop == m->stop))
		m->stop_reason = b->stop_reason;
	/* the worse of two known adherences (full < partial < poor) */
	if (m->adherence == ADHERENCE_UNKNOWN ||
	    (b->adherence != ADHERENCE_UNKNOWN && b->adherence > m->adherence))
		m->adherence = b->adherence;
	for (k = 0; k < a->ndoses; k++)
		days[nd++] = a->doses[k].day;
	for (k = 0; k < b->ndoses; k++)
		days[nd++] = b->doses[k].day;
	if (a->ndoses && a->has_stop && (!m->has_stop || a->stop < m->stop))
		days[nd++] = a->stop + 1;
	if (b->ndoses && b->has_stop && (!m->has_stop || b->stop < m->stop))
		days[nd++] = b->stop + 1;
	qsort(days, nd, sizeof(*days), cmp_day);
	m->ndoses = 0;
	m->doses = nd ? tp_arena_alloc(&ev->arena, nd * sizeof(tp_dose)) : NULL;
	if (nd && !m->doses)
		return NULL;
	for (k = 0; k < nd; k++) {
		double mg = dose_on(a, days[k]) + dose_on(b, days[k]);
		if (k + 1 < nd && days[k + 1] == days[k])
			continue;
		if (m->ndoses && m->doses[m->ndoses - 1].mg == mg)
			continue;
		/* 0: only a course without recorded doses is taken that day;
		 * the dose recorded before it is read as going on */
		if (mg <= 0)
			continue;
		m->doses[m->ndoses].day = days[k];
		m->doses[m->ndoses].mg = mg;
		m->doses[m->ndoses].line = a->line;
		m->doses[m->ndoses].column = a->column;
		m->ndoses++;
	}
	m->nfills = a->nfills + b->nfills;
	if (m->nfills) {
		tp_fill *f = tp_arena_alloc(&ev->arena,
					    m->nfills * sizeof(tp_fill));
		size_t i = 0, j = 0, o = 0;
		if (!f)
			return NULL;
		while (i < a->nfills || j < b->nfills) {
			tp_fill next = j >= b->nfills ||
						       (i < a->nfills &&
							a->fills[i].day <=
								b->fills[j].day)
					       ? a->fills[i++]
					       : b->fills[j++];
			/* one fill recorded in both courses counts once */
			if (o && f[o - 1].day == next.day &&
			    f[o - 1].days == next.days)
				continue;
			f[o++] = next;
		}
		m->fills = f;
		m->nfills = o;
	}
	return m;
}

/* Overlapping courses of one drug (after alias resolution) are one course
 * recorded twice (clinical reference section 12): merged into the earlier
 * trial, with a duplicate-course warning naming both. */
static int merge_duplicates(tp_eval *ev)
{
	size_t i, j, n = 0;
	char a[32], b[32];

	for (i = 0; i < ev->ntrials; i++) {
		tp_trial *t = &ev->trials[i];
		tp_trial *into = NULL;
		for (j = 0; j < n && t->is_drug; j++) {
			tp_trial *o = &ev->trials[j];
			if (o->is_drug && o->course->drug == t->course->drug &&
			    (o->ongoing || o->end >= t->start))
				into = o;
		}
		if (!into) {
			ev->trials[n++] = *t;
			continue;
		}
		tp_format_day(ev->h, into->start, a, sizeof(a));
		tp_format_day(ev->h, t->start, b, sizeof(b));
		if (tp_warn(ev, "duplicate-course", "warning", NULL,
			    "%s is recorded twice for overlapping dates: the "
			    "course on line %u (from %s) and the course on "
			    "line %u (from %s) are read as one course, their "
			    "doses added where both are taken",
			    t->course->drug->name, into->course->line, a,
			    t->course->line, b) < 0)
			return TPATH_ENOMEM;
		if (!(into->course = merge_courses(ev, into->course, t->course)))
			return TPATH_ENOMEM;
		into->ongoing = !into->course->has_stop ||
				into->course->stop > ev->as_of;
		into->end = into->ongoing ? ev->as_of : into->course->stop;
		into->weeks = weeks_between(into->start, into->end);
	}
	ev->ntrials = n;
	return 0;
}

/* The latest score on or before as_of, when it is older than the
 * timeline's stale_score_weeks. */
static int stale_scores(tp_eval *ev)
{
	const tp_timeline_rules *r = &ev->kb->timeline;
	const tpath_history *h = ev->h;
	int32_t latest = INT32_MIN;
	char day[32];
	size_t i;

	if (!r->stale_score_weeks.present)
		return 0;
	for (i = 0; i < h->nmeasures; i++)
		if (h->measures[i].day <= ev->as_of &&
		    h->measures[i].day > latest)
			latest = h->measures[i].day;
	if (latest == INT32_MIN ||
	    ev->as_of - latest <= r->stale_score_weeks.value * 7)
		return 0;
	tp_format_day(h, latest, day, sizeof(day));
	return tp_warn(ev, "stale-scores", "warning", NULL,
		       "the latest score is from %s, %.1f weeks before the "
		       "day evaluated: outcomes rest on scores older than %g "
		       "weeks",
		       day, weeks_between(latest, ev->as_of),
		       r->stale_score_weeks.value);
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
		t->judged_max_mg = -1;
		t->weeks_at_dose = -1;
		t->min_dose = -1;
	}
	ev->ntrials = n;
	if (n > 1)
		qsort(ev->trials, n, sizeof(tp_trial), cmp_trials);
	if (merge_duplicates(ev) < 0)
		return tp_error_oom(err, h->source);
	n = ev->ntrials;
	for (i = 0; i < n; i++) {
		infer_role(ev, i);
		find_base(ev, i);
	}
	for (i = 0; i < n; i++)
		if (ev->trials[i].is_drug)
			dose_rule(ev, &ev->trials[i]);
	for (i = 0; i < n; i++)
		judgement_window(ev, i);
	for (i = 0; i < n; i++) {
		tp_trial *t = &ev->trials[i];
		if (t->is_drug) {
			dose_facts(ev, t);
			pdc(t);
		}
		scores(ev, t);
		outcome(ev, t);
		if (t->has_judged_until && !(t->regimen = regimen_of(ev, t)))
			return tp_error_oom(err, h->source);
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
	if (stale_scores(ev) < 0)
		return tp_error_oom(err, h->source);
	return 0;
}
