/*
 * facts.c - the named facts that guideline and safety rules read.
 *
 * Each fact has a name, a type and the context it is defined in; the table
 * below is the whole vocabulary, documented in docs/guideline-format.md.  A
 * fact whose input is missing (no current trial, no scores, no age) is
 * unknown, never guessed: comparisons with it are unknown too, and a rule
 * fires only when its condition is true.
 */
#include "judge/judge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "load/facts.h"

static tp_value unknown(tp_type t)
{
	tp_value v;
	memset(&v, 0, sizeof(v));
	v.type = t;
	return v;
}

static tp_value num(double x)
{
	tp_value v = unknown(TP_T_NUM);
	v.known = true;
	v.num = x;
	return v;
}

static tp_value boolean(bool b)
{
	tp_value v = unknown(TP_T_BOOL);
	v.known = true;
	v.b = b;
	return v;
}

static tp_value str(const char *s)
{
	tp_value v = unknown(TP_T_STR);
	if (s) {
		v.known = true;
		v.str = s;
	}
	return v;
}

static tp_value tolerated(const tp_trial *t)
{
	if (t->outcome == TP_OUT_INTOLERANCE)
		return boolean(false);
	if (t->course->tolerability == 1)
		return boolean(false);
	if (t->course->tolerability == 0)
		return boolean(true);
	return unknown(TP_T_BOOL);
}

static bool augmented(const tp_eval *ev, const tp_trial *cur)
{
	size_t i;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		if (t != cur && t->is_drug && t->ongoing &&
		    (t->role == TP_ROLE_AUGMENTATION ||
		     t->role == TP_ROLE_COMBINATION) &&
		    t->start >= cur->start)
			return true;
	}
	return false;
}

/* The usual maximum a history's dose can be compared with: none when the
 * catalog row is per kg of body weight (a history carries no weight). */
static const tp_dose_range *comparable_row(const tp_trial *t)
{
	return t->per_kg ? NULL : t->dose_row;
}

static tp_value trial_fact(const tp_fact_env *env, const tp_trial *t, int f)
{
	tp_eval *ev = env->ev;
	/* how the current regimen is doing: with treatments added to it, the
	 * whole course, additions included (timeline.c regimen_of) */
	const tp_trial *rt = t && t == env->current && t->regimen ? t->regimen
								   : t;

	if (!t)
		return f == F_CUR_EXISTS ? boolean(false)
					 : unknown(tp_facts[f].type);
	switch (f) {
	case F_CUR_EXISTS:
		return boolean(true);
	case F_CUR_ONGOING:
		return boolean(t->ongoing);
	case F_CUR_DRUG:
		return str(t->course->drug->name);
	case F_CUR_CLASS:
		return str(t->course->drug->klass);
	case F_CUR_ROLE:
		return str(tp_role_words[t->role]);
	case F_CUR_LINE:
		return t->course->drug->antidepressant.line
			       ? num(t->course->drug->antidepressant.line)
			       : unknown(TP_T_NUM);
	case F_CUR_WEEKS:
		return num(t->weeks);
	case F_CUR_WEEKS_AT_DOSE:
		return t->weeks_at_dose >= 0 ? num(t->weeks_at_dose)
					     : unknown(TP_T_NUM);
	case F_CUR_DOSE:
		return tp_trial_last_dose(t) >= 0 ? num(tp_trial_last_dose(t))
					 : unknown(TP_T_NUM);
	case F_CUR_MIN_DOSE:
		return t->min_dose >= 0 ? num(t->min_dose) : unknown(TP_T_NUM);
	case F_CUR_MAX_DOSE:
		return comparable_row(t) && t->dose_row->max >= 0
			       ? num(t->dose_row->max)
			       : unknown(TP_T_NUM);
	case F_CUR_AT_THERAPEUTIC:
		return t->min_dose >= 0 && tp_trial_last_dose(t) >= 0
			       ? boolean(tp_trial_last_dose(t) >= t->min_dose)
			       : unknown(TP_T_BOOL);
	case F_CUR_AT_MAX:
		return comparable_row(t) && t->dose_row->max >= 0 &&
				       tp_trial_last_dose(t) >= 0
			       ? boolean(tp_trial_last_dose(t) >= t->dose_row->max)
			       : unknown(TP_T_BOOL);
	case F_CUR_DOSE_RAISED:
		return boolean(t->optimized);
	case F_CUR_SCALE:
		return str(rt->scale ? rt->scale->id : NULL);
	case F_CUR_BASELINE:
		return rt->baseline ? num((double)rt->baseline->score)
				    : unknown(TP_T_NUM);
	case F_CUR_LATEST:
		return rt->latest ? num((double)rt->latest->score)
				  : unknown(TP_T_NUM);
	case F_CUR_IMPROVEMENT:
		return rt->has_improvement ? num(rt->improvement)
					   : unknown(TP_T_NUM);
	case F_CUR_OUTCOME:
		return str(tp_outcome_words[rt->outcome]);
	case F_CUR_REMISSION:
		return rt->latest && rt->scale->remission_max >= 0
			       ? boolean(rt->latest->score <=
					 rt->scale->remission_max)
			       : unknown(TP_T_BOOL);
	case F_CUR_RESPONSE:
		return rt->has_improvement || rt->outcome == TP_OUT_REMISSION
			       ? boolean(rt->outcome == TP_OUT_RESPONSE ||
					 rt->outcome == TP_OUT_REMISSION)
			       : unknown(TP_T_BOOL);
	case F_CUR_TOLERATED:
		return tolerated(t);
	case F_CUR_ADHERENCE:
		return str(tp_adherence_words[t->course->adherence]);
	case F_CUR_ADEQUATE: {
		int a = tp_trial_adequacy(ev, t, env->adequacy_weeks, NULL,
					  NULL);
		return a >= 0 ? boolean(a == 1) : unknown(TP_T_BOOL);
	}
	case F_CUR_AUGMENTED:
		return boolean(augmented(ev, t));
	case F_CUR_STOP_REASON:
		return !t->ongoing && t->course->stop_reason >= 0
			       ? str(tp_stop_reasons[t->course->stop_reason])
			       : unknown(TP_T_STR);
	case F_CUR_CEILING:
	case F_CUR_AT_CEILING: {
		tp_ceiling c;
		if (tp_ceiling_of(env, t->course->drug,
				  t->role == TP_ROLE_AUGMENTATION, &c) < 0 ||
		    !c.known)
			return unknown(tp_facts[f].type);
		if (f == F_CUR_CEILING)
			return num(c.max);
		return tp_trial_last_dose(t) >= 0 ? boolean(tp_trial_last_dose(t) >= c.max)
					 : unknown(TP_T_BOOL);
	}
	case F_CUR_WEEKS_SINCE_DOSE: {
		const tp_course *co = t->course;
		int32_t last = co->start;
		size_t k;
		for (k = 0; k < co->ndoses && co->doses[k].day <= t->end; k++)
			last = co->doses[k].day;
		return num((t->end - last) / 7.0);
	}
	default:
		return unknown(tp_facts[f].type);
	}
}

static tp_value course_fact(const tp_fact_env *env, const tp_trial *t, int f)
{
	const tp_drug *d;
	if (!t || !t->is_drug)
		return unknown(tp_facts[f].type);
	d = t->course->drug;
	switch (f) {
	case F_CO_DRUG:
	case F_A_DRUG:
	case F_B_DRUG:
		return str(d->name);
	case F_CO_CLASS:
	case F_A_CLASS:
	case F_B_CLASS:
		return str(d->klass);
	case F_CO_KIND:
	case F_A_KIND:
	case F_B_KIND:
		return str(tp_kind_words[d->kind]);
	case F_CO_ROLE:
		return str(tp_role_words[t->role]);
	case F_CO_ONGOING:
		return boolean(t->ongoing);
	case F_CO_MAX_DOSE:
		return t->max_mg >= 0 ? num(t->max_mg) : unknown(TP_T_NUM);
	case F_CO_USUAL_MAX:
		return comparable_row(t) && t->dose_row->max >= 0
			       ? num(t->dose_row->max)
			       : unknown(TP_T_NUM);
	case F_CO_HIGH_MAX:
		return !t->per_kg && d->high.present && d->high.max >= 0
			       ? num(d->high.max)
			       : unknown(TP_T_NUM);
	case F_CO_LABEL_MAX:
		return !t->per_kg && d->label_max.present &&
				       d->label_max.max >= 0
			       ? num(d->label_max.max)
			       : unknown(TP_T_NUM);
	case F_CO_SINCE_STOP:
		return t->ongoing ? unknown(TP_T_NUM)
				  : num((env->ev->as_of - t->end) / 7.0);
	case F_CO_CEILING: {
		tp_ceiling c;
		if (tp_ceiling_of(env, d, t->role == TP_ROLE_AUGMENTATION,
				  &c) < 0 ||
		    !c.known)
			return unknown(TP_T_NUM);
		return num(c.max);
	}
	case F_CO_MOOD: {
		const tp_eval *ev = env->ev;
		const tp_safety *sf = &ev->kb->safety;
		const tp_group *grp = NULL;
		size_t i;
		for (i = 0; i < sf->ngroups; i++)
			if (strcmp(sf->groups[i].id, "mood-stabilizers") == 0)
				grp = &sf->groups[i];
		if (!grp)
			return unknown(TP_T_BOOL);
		for (i = 0; i < ev->ntrials; i++)
			if (&ev->trials[i] != t && ev->trials[i].is_drug &&
			    ev->trials[i].ongoing &&
			    tp_group_has(grp, ev->trials[i].course->drug))
				return boolean(true);
		for (i = 0; i < ev->h->nconcomitant; i++)
			if (tp_group_has(grp, ev->h->concomitant[i].drug) &&
			    tp_taking_on(ev, ev->h->concomitant[i].drug,
					 ev->as_of))
				return boolean(true);
		return boolean(false);
	}
	default:
		return unknown(tp_facts[f].type);
	}
}

/* A last_step.* fact: the current-trial fact of the same meaning, read on
 * the step's own course (its scores judged from its own start, timeline.c
 * scores); the drug and dose facts are unknown for psychotherapy. */
static tp_value step_fact(const tp_fact_env *env, int f)
{
	static const struct {
		int step, cur;
		bool drug_only;
	} map[] = {
		{ F_STEP_DRUG, F_CUR_DRUG, true },
		{ F_STEP_ROLE, F_CUR_ROLE, false },
		{ F_STEP_SCALE, F_CUR_SCALE, false },
		{ F_STEP_LATEST, F_CUR_LATEST, false },
		{ F_STEP_REMISSION, F_CUR_REMISSION, false },
		{ F_STEP_OUTCOME, F_CUR_OUTCOME, false },
		{ F_STEP_TOLERATED, F_CUR_TOLERATED, false },
		{ F_STEP_STOP_REASON, F_CUR_STOP_REASON, false },
		{ F_STEP_AT_THERAPEUTIC, F_CUR_AT_THERAPEUTIC, true },
		{ F_STEP_AT_MAX, F_CUR_AT_MAX, true },
		{ F_STEP_AT_CEILING, F_CUR_AT_CEILING, true },
	};
	const tp_trial *t = env->last_step;
	size_t i;
	for (i = 0; i < TP_ARRAY_LEN(map); i++)
		if (map[i].step == f) {
			if (!t || (map[i].drug_only && !t->is_drug))
				return unknown(tp_facts[f].type);
			return trial_fact(env, t, map[i].cur);
		}
	return unknown(tp_facts[f].type);
}

tp_value tp_fact_value(const tp_fact_env *env, int f)
{
	const tp_eval *ev = env->ev;
	const tpath_history *h = ev->h;
	int32_t days = ev->as_of - h->episode_start;

	if (f >= TP_FACT_PARAM_BASE)
		return num(env->params[f - TP_FACT_PARAM_BASE]);
	if (f >= TP_FACT_FLAG_BASE) {
		const tp_flag *flag =
			&ev->kb->vocab.flags[f - TP_FACT_FLAG_BASE];
		size_t i;
		for (i = 0; i < h->nflags; i++)
			if (h->flags[i] == flag)
				return boolean(true);
		return boolean(false);
	}
	if (f <= F_CUR_AT_CEILING)
		return trial_fact(env, env->current, f);
	switch (f) {
	case F_PREV_EXISTS:
		return boolean(env->previous != NULL);
	case F_PREV_DRUG:
		return trial_fact(env, env->previous, F_CUR_DRUG);
	case F_PREV_CLASS:
		return trial_fact(env, env->previous, F_CUR_CLASS);
	case F_PREV_OUTCOME:
		return trial_fact(env, env->previous, F_CUR_OUTCOME);
	case F_PREV_WEEKS:
		return trial_fact(env, env->previous, F_CUR_WEEKS);
	case F_PREV_STOP_REASON:
		return trial_fact(env, env->previous, F_CUR_STOP_REASON);
	case F_EP_WEEKS:
		return num(days / 7.0);
	case F_EP_MONTHS:
		return num(floor(days / 30.4375));
	case F_EP_SEVERITY:
		return str(h->severity >= 0 ? tp_severity_words[h->severity]
					    : NULL);
	case F_EP_PRIOR:
		return h->prior_episodes >= 0 ? num((double)h->prior_episodes)
					      : unknown(TP_T_NUM);
	case F_EP_TRIALS:
		return num(env->trials);
	case F_EP_ADEQUATE:
		return num(env->adequate);
	case F_EP_FAILED:
		return num(env->failed);
	case F_EP_FAILED_CLASSES:
		return num(env->failed_classes);
	case F_EP_TRD:
		return boolean(env->trd);
	case F_EP_STEPS:
		return num(env->steps);
	case F_EP_PT_ALONE:
		return num(env->pt_alone);
	case F_EP_AUGMENTED:
		return boolean(env->augmented);
	case F_EP_ECT:
		return boolean(env->ect);
	case F_EP_PSYCHOTHERAPY:
		return boolean(env->psychotherapy);
	case F_EP_IN_REMISSION:
		return env->in_remission;
	case F_EP_REMISSION_WEEKS:
		return env->remission_weeks;
	case F_PAT_AGE:
		return h->age >= 0 ? num((double)h->age) : unknown(TP_T_NUM);
	case F_PAT_SEX:
		return str(h->sex >= 0 ? tp_sex_words[h->sex] : NULL);
	case F_STEP_WEEKS:
		return env->last_step ? num(env->last_step->weeks)
				      : unknown(TP_T_NUM);
	case F_STEP_ONGOING:
		return env->last_step ? boolean(env->last_step->ongoing)
				      : unknown(TP_T_BOOL);
	case F_STEP_PT:
		return env->last_step ? boolean(!env->last_step->is_drug)
				      : unknown(TP_T_BOOL);
	case F_STEP_DRUG:
	case F_STEP_ROLE:
	case F_STEP_SCALE:
	case F_STEP_LATEST:
	case F_STEP_REMISSION:
	case F_STEP_OUTCOME:
	case F_STEP_TOLERATED:
	case F_STEP_STOP_REASON:
	case F_STEP_AT_THERAPEUTIC:
	case F_STEP_AT_MAX:
	case F_STEP_AT_CEILING:
		return step_fact(env, f);
	case F_A_DRUG:
	case F_A_CLASS:
	case F_A_KIND:
		return course_fact(env, env->a, f);
	case F_B_DRUG:
	case F_B_CLASS:
	case F_B_KIND:
		return course_fact(env, env->b, f);
	case F_CHANGE_KIND:
		return str(env->change_kind);
	case F_CHANGE_WEEKS:
		return env->change_kind
			       ? num((ev->as_of - env->change_day) / 7.0)
			       : unknown(TP_T_NUM);
	case F_CHANGE_DRUG:
		return str(env->change_kind ? env->change_drug->name : NULL);
	case F_START_STOP_KIND:
		return str(env->move_kind);
	case F_START_STOP_WEEKS:
		return env->move_kind ? num((ev->as_of - env->move_day) / 7.0)
				      : unknown(TP_T_NUM);
	case F_START_STOP_DRUG:
		return str(env->move_kind ? env->move_drug->name : NULL);
	case F_PAIR_GAP:
		if (!env->a || !env->b || env->a->ongoing ||
		    env->a->end >= env->b->start)
			return unknown(TP_T_NUM);
		return num(env->b->start - env->a->end);
	case F_PAIR_OVERLAP:
		if (!env->a || !env->b)
			return unknown(TP_T_BOOL);
		return boolean(env->a->start <= env->b->start &&
			       (env->a->ongoing ||
				env->a->end >= env->b->start));
	default:
		return course_fact(env, env->course, f);
	}
}

/* A trial of the episode's sequence: an antidepressant taken as
 * monotherapy or switched to.  Augmentations and combinations are steps
 * on top of it (current.augmented). */
static bool is_trial_of_episode(const tp_trial *t)
{
	return t->is_drug && t->in_episode && t->antidepressant_kind &&
	       (t->role == TP_ROLE_MONOTHERAPY || t->role == TP_ROLE_SWITCH);
}

/* The remission run on scale s: whether the latest score is in remission,
 * and since when. */
static void remission_facts(tp_fact_env *env, const tp_scale *s)
{
	const tpath_history *h = env->ev->h;
	const tp_measure **m;
	int32_t run_start = 0;
	bool in = false;
	size_t i, n = 0;

	env->in_remission = unknown(TP_T_BOOL);
	env->remission_weeks = unknown(TP_T_NUM);
	if (!s || s->remission_max < 0 || h->nmeasures == 0)
		return;
	m = tp_arena_alloc(&env->ev->arena, h->nmeasures * sizeof(*m));
	if (!m)
		return; /* stays unknown; the caller's arena reports OOM */
	for (i = 0; i < h->nmeasures; i++)
		if (h->measures[i].scale == s &&
		    h->measures[i].day <= env->ev->as_of &&
		    h->measures[i].day >= h->episode_start)
			m[n++] = &h->measures[i];
	if (!n)
		return;
	qsort(m, n, sizeof(*m), tp_cmp_measure_ptr);
	for (i = 0; i < n; i++) {
		/* Of several scores on one day, the last in the file counts. */
		if (i + 1 < n && m[i + 1]->day == m[i]->day)
			continue;
		if (m[i]->score <= s->remission_max) {
			if (!in)
				run_start = m[i]->day;
			in = true;
		} else {
			in = false;
		}
	}
	env->in_remission = boolean(in);
	if (in)
		env->remission_weeks =
			num((env->ev->as_of - run_start) / 7.0);
}

/* The latest change of antidepressant treatment up to as_of: a start, a
 * stop or, with doses, a change of dose, into *kind (NULL: none), *day and
 * *drug.  A start and a stop that make one switch (the started drug
 * overlapping the stopped one, or started within the timeline's
 * cross_taper_days before its stop or same_regimen_days after it) are one
 * change: the alert of a cross-taper is one alert. */
static void latest_change(tp_fact_env *env, bool doses, const char **kind,
			  int32_t *day, const tp_drug **drug)
{
	tp_eval *ev = env->ev;
	const tp_timeline_rules *tr = &ev->kb->timeline;
	int32_t near = tr->same_regimen_days.present
			       ? (int32_t)tr->same_regimen_days.value
			       : 0;
	/* the role inference's cross-taper (timeline.c): the same reading */
	int32_t taper = (int32_t)tr->cross_taper_days.value;
	size_t i, k;
	*kind = NULL;
	*day = 0;
	*drug = NULL;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		const tp_course *co = t->course;
		if (!t->is_drug || !t->antidepressant_kind)
			continue;
		if (t->start <= ev->as_of && (!*kind || t->start >= *day)) {
			*kind = "start";
			*day = t->start;
			*drug = co->drug;
		}
		for (k = 1; doses && k < co->ndoses; k++)
			if (co->doses[k].day <= t->end &&
			    co->doses[k].mg != co->doses[k - 1].mg &&
			    co->doses[k].day >= *day) {
				*kind = co->doses[k].mg > co->doses[k - 1].mg
						? "dose-increase"
						: "dose-decrease";
				*day = co->doses[k].day;
				*drug = co->drug;
			}
		if (!t->ongoing && t->end >= *day) {
			*kind = "stop";
			*day = t->end;
			*drug = co->drug;
		}
	}
	if (!*kind)
		return;
	/* A start or stop that belongs with another antidepressant's stop or
	 * start is a switch. */
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		for (k = 0; k < ev->ntrials; k++) {
			const tp_trial *u = &ev->trials[k];
			if (!t->is_drug || !u->is_drug || t == u ||
			    !t->antidepressant_kind || !u->antidepressant_kind ||
			    t->ongoing || u->start > ev->as_of)
				continue;
			/* t stopped, u started within the timeline's
			 * cross_taper_days before (a cross-taper) or within
			 * same_regimen_days after */
			if (u->start < t->start || u->start < t->end - taper ||
			    u->start > t->end + near)
				continue;
			if ((strcmp(*kind, "stop") == 0 &&
			     t->course->drug == *drug && t->end == *day) ||
			    (strcmp(*kind, "start") == 0 &&
			     u->course->drug == *drug && u->start == *day)) {
				*kind = "switch";
				*drug = u->course->drug;
				return;
			}
		}
	}
}

int tp_fact_env_init(tp_fact_env *env, tp_eval *ev,
		     const struct tp_guideline *g, const double *params)
{
	const tp_failure_rule *rule = NULL;
	tp_failure_rule own;
	size_t i, classes = 0;
	int32_t last_step = INT32_MIN;


	memset(env, 0, sizeof(*env));
	env->ev = ev;
	env->params = params;
	env->adequacy_weeks = g ? g->adequacy_weeks
				: ev->kb->timeline.min_weeks.value;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		if (!t->in_episode)
			continue;
		if (is_trial_of_episode(t)) {
			env->previous = env->current;
			env->current = t;
			env->trials++;
			if (tp_trial_adequate(ev, t, env->adequacy_weeks, NULL))
				env->adequate++;
		}
		if (t->is_drug && (t->role == TP_ROLE_AUGMENTATION ||
				   t->role == TP_ROLE_COMBINATION))
			env->augmented = true;
		if (!t->is_drug) {
			const char *iv = tp_interventions[t->course->intervention];
			if (strcmp(iv, "ect") == 0)
				env->ect = true;
			if (strcmp(iv, "psychotherapy") == 0)
				env->psychotherapy = true;
		}
		/* Steps: distinct start days of drug courses and
		 * psychotherapy (trials are in start order). */
		if ((t->is_drug ||
		     strcmp(tp_interventions[t->course->intervention],
			    "psychotherapy") == 0) &&
		    t->start != last_step) {
			last_step = t->start;
			env->last_step = t;
			env->steps++;
			if (!t->is_drug && t->role == TP_ROLE_MONOTHERAPY)
				env->pt_alone++;
		}
	}
	if (g && g->trd)
		rule = &g->trd->rule;
	else if (ev->kb->trd.ndefs)
		rule = &ev->kb->trd.defs[0].rule;
	if (rule) {
		own = *rule;
		env->failed = (double)tp_count_failed(ev, &own, &classes);
		env->failed_classes = (double)classes;
		if (g && g->trd)
			env->trd = env->failed >= g->trd->min_failures &&
				   env->failed_classes >=
					   g->trd->min_distinct_classes;
	}
	latest_change(env, true, &env->change_kind, &env->change_day,
		      &env->change_drug);
	latest_change(env, false, &env->move_kind, &env->move_day,
		      &env->move_drug);
	remission_facts(env, env->current && env->current->scale
				     ? env->current->scale
				     : NULL);
	return 0;
}
