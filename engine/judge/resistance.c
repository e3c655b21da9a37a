/*
 * resistance.c - the generic vocabulary that TRD definitions (trd.yaml) and
 * staging models (staging.yaml) are written in: counting failed adequate
 * trials under a failure rule, ladders of conditions, and points tables
 * with bands.  Results are written straight into the result's JSON, with a
 * trace entry per rule that records each trial's verdict and the values
 * read, so a reader can check every count.
 */
#include "judge/judge.h"

#include <jansson.h>
#include <math.h>
#include <string.h>


enum { STOP_INEFFICACY = 0, STOP_INTOLERANCE = 1 };
#define DAYS_PER_MONTH 30.4375 /* 365.25 / 12 */

static double rule_weeks(const tp_eval *ev, const tp_failure_rule *r)
{
	return r->min_weeks.present ? r->min_weeks.value
				    : ev->kb->timeline.min_weeks.value;
}

static bool is_addition(const tp_trial *t)
{
	return t->role == TP_ROLE_AUGMENTATION ||
	       t->role == TP_ROLE_COMBINATION;
}

/* The weeks trial t needs under r: an augmenting or combined drug has its
 * own parameter where the rule gives one. */
static double weeks_for(const tp_eval *ev, const tp_failure_rule *r,
			const tp_trial *t)
{
	if (is_addition(t) && r->augmentation_min_weeks.present)
		return r->augmentation_min_weeks.value;
	return rule_weeks(ev, r);
}

/* Whether t counts in the episode a rule looks at: from the history's
 * episode start, or, for a model whose episodes end after a long
 * remission, from the recurrence after it (from; INT32_MIN: none). */
static bool in_scope(const tp_trial *t, const tp_failure_rule *r,
		     int32_t from)
{
	if (r->scope == TP_SCOPE_LIFETIME)
		return true;
	return t->in_episode && t->start >= from;
}

/* Judges one scored course (drug or intervention) against the rule's
 * failure threshold.  Returns true when it failed; *why explains. */
static bool response_failed(tp_eval *ev, const tp_trial *t,
			    const tp_failure_rule *r, const char **why)
{
	const char *sc = t->scale ? t->scale->id : "";
	if (!ev->trace) {
		/* The verdict alone: no reason strings to format. */
		*why = NULL;
		if (t->outcome == TP_OUT_REMISSION ||
		    t->outcome == TP_OUT_RELAPSE)
			return false;
		if (t->has_improvement)
			return t->improvement < r->failure_below_pct;
		return t->course->stop_reason == STOP_INEFFICACY &&
		       t->stopped_in_window && r->inefficacy_without_scores;
	}
	if (t->outcome == TP_OUT_REMISSION) {
		*why = "remission";
		return false;
	}
	if (t->outcome == TP_OUT_RELAPSE) {
		*why = "relapse after remission or response: not a failed "
		       "trial";
		return false;
	}
	if (t->has_improvement) {
		if (t->improvement < r->failure_below_pct) {
			*why = tp_arena_printf(&ev->arena,
					       "improvement %.1f%% on %s is "
					       "below %g%%",
					       t->improvement, sc,
					       r->failure_below_pct);
			return true;
		}
		*why = tp_arena_printf(&ev->arena,
				       "improvement %.1f%% on %s is not below "
				       "%g%%",
				       t->improvement, sc, r->failure_below_pct);
		return false;
	}
	if (t->course->stop_reason == STOP_INEFFICACY && t->stopped_in_window) {
		if (r->inefficacy_without_scores) {
			*why = "stopped for inefficacy (no scores to measure "
			       "improvement)";
			return true;
		}
		*why = "stopped for inefficacy, but this rule needs measured "
		       "improvement";
		return false;
	}
	*why = "no baseline and later score to measure improvement";
	return false;
}

/* A trial's verdict under a failure rule. */
enum { NOT_FAILED = 0, FAILED = 1, UNDETERMINED = 2 };

/* Whether trial t is a failed adequate antidepressant trial under r:
 * FAILED, NOT_FAILED, or UNDETERMINED when it would have failed but its
 * dose was not recorded (or cannot be judged) and the rule does not count
 * such trials.  *why explains (formatted only when tracing). */
static int trial_verdict(tp_eval *ev, const tp_trial *t,
			 const tp_failure_rule *r, int32_t from,
			 const char **why)
{
	const char *adequacy = NULL, *resp;
	bool aug = is_addition(t);
	int adequate;

	*why = NULL;
	if (!t->is_drug) {
		*why = "not a drug trial";
		return NOT_FAILED;
	}
	if (!in_scope(t, r, from)) {
		*why = t->in_episode ? "started before the episode this model "
				       "scores (after a long remission)"
				     : "started before the current episode";
		return NOT_FAILED;
	}
	if (aug && !r->count_augmentation) {
		if (ev->trace)
			*why = tp_arena_printf(&ev->arena,
					       "%s trials do not count under "
					       "this rule",
					       tp_role_words[t->role]);
		return NOT_FAILED;
	}
	if (!aug && !t->antidepressant_kind) {
		*why = "not an antidepressant";
		return NOT_FAILED;
	}
	if (t->course->stop_reason == STOP_INTOLERANCE &&
	    t->stopped_in_window) {
		*why = "stopped for intolerance";
		return NOT_FAILED;
	}
	adequate = tp_trial_adequacy(ev, t, weeks_for(ev, r, t), r,
				     ev->trace ? &adequacy : NULL);
	if (adequate == 0) {
		if (ev->trace)
			*why = tp_arena_printf(&ev->arena, "not adequate: %s",
					       adequacy);
		return NOT_FAILED;
	}
	if (!response_failed(ev, t, r, &resp)) {
		if (ev->trace)
			*why = tp_arena_printf(&ev->arena, "%s, not failed: %s",
					       adequate == 1
						       ? "adequate"
						       : "adequacy undetermined",
					       resp);
		return NOT_FAILED;
	}
	if (adequate < 0) {
		if (ev->trace)
			*why = tp_arena_printf(
				&ev->arena,
				"%s; adequacy undetermined (%s): %s",
				resp, adequacy,
				r->count_undetermined
					? "counted as failed under this rule"
					: "not counted as a failure");
		return r->count_undetermined ? FAILED : UNDETERMINED;
	}
	if (ev->trace)
		*why = tp_arena_printf(&ev->arena,
				       "failed: adequate (%.1f weeks at or "
				       "above %g %s); %s",
				       t->weeks_at_dose, t->min_dose,
				       t->course->drug->unit, resp);
	return FAILED;
}

static bool trial_failed(tp_eval *ev, const tp_trial *t,
			 const tp_failure_rule *r, int32_t from,
			 const char **why)
{
	return trial_verdict(ev, t, r, from, why) == FAILED;
}

size_t tp_count_failed(tp_eval *ev, const tp_failure_rule *r,
		       size_t *classes)
{
	const char *seen[64], *why;
	size_t i, j, nseen = 0, failed = 0;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		if (!trial_failed(ev, t, r, INT32_MIN, &why))
			continue;
		failed++;
		for (j = 0; j < nseen; j++)
			if (strcmp(seen[j], t->course->drug->klass) == 0)
				break;
		if (j == nseen && nseen < TP_ARRAY_LEN(seen))
			seen[nseen++] = t->course->drug->klass;
	}
	if (classes)
		*classes = nseen;
	return failed;
}

/* What the counting found for one rule. */
typedef struct tally {
	size_t failed, optimized, classes, augmentation, ect;
	int32_t first_failure_start;
	/* Trial indices (room for every trial, in the result's arena): the
	 * counted failures, those still running (provisional), and those
	 * that would fail but whose dose cannot be judged. */
	size_t *counted, *ongoing, *undetermined;
	size_t nongoing, nundetermined; /* (failed counts counted) */
	json_t *verdicts; /* trace: one per trial; NULL without the trace */
} tally;

/* A counted failure is provisional while its trial is still running and
 * was not judged up to an addition: later scores may still change it. */
static bool provisional_failure(const tp_trial *t)
{
	return t->ongoing && !t->has_judged_until;
}

static int count(tp_eval *ev, const tp_failure_rule *r, int32_t from,
		 tally *k)
{
	const char *seen[64];
	size_t i, j, nseen = 0;

	memset(k, 0, sizeof(*k));
	k->counted = tp_arena_alloc(&ev->model->arena,
				    3 * (ev->ntrials + 1) * sizeof(size_t));
	if (!k->counted ||
	    (ev->trace && !(k->verdicts = json_array())))
		return TPATH_ENOMEM;
	k->ongoing = k->counted + ev->ntrials + 1;
	k->undetermined = k->ongoing + ev->ntrials + 1;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		const char *why;
		int verdict = trial_verdict(ev, t, r, from, &why);
		bool failed = verdict == FAILED;
		if (in_scope(t, r, from) && t->is_drug && is_addition(t))
			k->augmentation++;
		if (in_scope(t, r, from) && !t->is_drug &&
		    strcmp(tp_interventions[t->course->intervention], "ect") ==
			    0)
			k->ect++;
		if (ev->trace &&
		    json_array_append_new(
			    k->verdicts,
			    json_pack("{s:I, s:s, s:b, s:s}", "trial",
				      (json_int_t)i, "treatment",
				      t->is_drug ? t->course->drug->name
						 : tp_interventions
							   [t->course
								    ->intervention],
				      "counted", failed, "because",
				      why ? why : "")) < 0)
			return TPATH_ENOMEM;
		if (verdict == UNDETERMINED)
			k->undetermined[k->nundetermined++] = i;
		if (!failed)
			continue;
		if (k->failed == 0)
			k->first_failure_start = t->start;
		k->failed++;
		if (t->optimized)
			k->optimized++;
		for (j = 0; j < nseen; j++)
			if (strcmp(seen[j], t->course->drug->klass) == 0)
				break;
		if (j == nseen && nseen < TP_ARRAY_LEN(seen))
			seen[nseen++] = t->course->drug->klass;
		k->counted[k->failed - 1] = i;
		if (provisional_failure(t))
			k->ongoing[k->nongoing++] = i;
	}
	k->classes = nseen;
	return 0;
}

static void tally_free(tally *k)
{
	json_decref(k->verdicts);
}

static json_t *rule_json(tp_eval *ev, const tp_failure_rule *r,
			 double weeks)
{
	const bool *ad = r->has_adherence
				 ? r->inadequate_adherence
				 : ev->kb->timeline.inadequate_adherence;
	json_t *adherence = json_array();
	size_t i;
	for (i = 0; adherence && i < tp_nadherence; i++)
		if (ad[i] && json_array_append_new(
				     adherence,
				     json_string(tp_adherence_words[i])) < 0) {
			json_decref(adherence);
			return NULL;
		}
	return json_pack("{s:f, s:f, s:f, s:b, s:b, s:s, s:o, s:o, s:b, s:o}",
			 "failure_below_pct", r->failure_below_pct,
			 "min_weeks", weeks, "augmentation_min_weeks",
			 r->augmentation_min_weeks.present
				 ? r->augmentation_min_weeks.value
				 : weeks,
			 "count_augmentation", r->count_augmentation,
			 "inefficacy_without_scores",
			 r->inefficacy_without_scores, "scope",
			 r->scope == TP_SCOPE_LIFETIME ? "lifetime"
						       : "current-episode",
			 "inadequate_adherence", adherence, "min_pdc",
			 r->min_pdc.present ? json_real(r->min_pdc.value)
					    : json_null(),
			 "count_undetermined", r->count_undetermined,
			 "remission_ends_episode_months",
			 r->remission_ends_episode_months.present
				 ? json_real(r->remission_ends_episode_months
						     .value)
				 : json_null());
}

int tp_eval_trd(tp_eval *ev, json_t *trace)
{
	tp_typed *res = ev->model;
	size_t d;
	if (!(res->trd = tp_typed_entries(ev->model, ev->kb->trd.ndefs,
				 sizeof(tpath_trd_verdict))))
		return TPATH_ENOMEM;
	for (d = 0; d < ev->kb->trd.ndefs; d++) {
		const tp_trd_def *def = &ev->kb->trd.defs[d];
		tpath_trd_verdict *v = &res->trd[d];
		tally k;
		json_t *tr;
		bool met, bad = false;
		int error;

		if ((error = count(ev, &def->rule, INT32_MIN, &k)) < 0) {
			tally_free(&k);
			return error;
		}
		met = k.failed >= (size_t)def->min_failures &&
		      k.classes >= (size_t)def->min_distinct_classes;
		v->definition = tp_typed_strdup(ev->model, def->id, &bad);
		v->title = tp_typed_strdup(ev->model, def->title, &bad);
		v->source = tp_typed_strdup(ev->model, def->source->citation, &bad);
		v->met = met;
		v->failed_trials = (long)k.failed;
		v->distinct_classes = (long)k.classes;
		v->needs_failures = def->min_failures;
		v->needs_distinct_classes = def->min_distinct_classes;
		v->counted = k.counted;
		v->ncounted = k.failed;
		v->counted_ongoing = k.ongoing;
		v->ncounted_ongoing = k.nongoing;
		v->undetermined = k.undetermined;
		v->nundetermined = k.nundetermined;
		if (def->provisional) {
			v->status = "provisional";
			v->status_reason = tp_typed_strdup(ev->model, def->reason ? def->reason : "",
						&bad);
		}
		res->ntrd = d + 1;
		if (bad) {
			tally_free(&k);
			return TPATH_ENOMEM;
		}
		/* The trace entry is built only when the trace is asked
		 * for: without it, it was most of a batch's TRD cost. */
		tr = !ev->trace ? NULL :
		     json_pack("{s:s, s:s, s:s, s:I, s:o, s:o, s:O}", "rule",
			       tp_arena_printf(&ev->arena, "trd:%s", def->id),
			       "source", def->source->citation, "verdict",
			       met ? "met" : "not met", "line",
			       (json_int_t)def->line, "parameters",
			       rule_json(ev, &def->rule,
					 rule_weeks(ev, &def->rule)),
			       "facts",
			       json_pack("{s:I, s:I}", "failed_trials",
					 (json_int_t)k.failed,
					 "distinct_classes",
					 (json_int_t)k.classes),
			       "trials", k.verdicts);
		tally_free(&k);
		if (ev->trace && (!tr || json_array_append_new(trace, tr) < 0))
			return TPATH_ENOMEM;
	}
	return 0;
}

/* ---- staging ---- */

typedef struct stage_facts {
	tally k;
	double episode_months;
	int severity;
	double resistant_months;
	int32_t from; /* the model's own episode start, or INT32_MIN */
} stage_facts;

static bool failed_intervention(tp_eval *ev, const tp_model *m,
				const tp_rung *rg, int32_t from)
{
	size_t i;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		const char *why;
		if (t->is_drug || t->course->intervention !=
					  rg->failed_intervention ||
		    !in_scope(t, &m->rule, from))
			continue;
		if (rg->intervention_kind &&
		    (!t->course->kind ||
		     strcmp(t->course->kind, rg->intervention_kind) != 0))
			continue;
		if (response_failed(ev, t, &m->rule, &why))
			return true;
	}
	return false;
}

static bool failed_class(tp_eval *ev, const tp_model *m, const char *klass,
			 int32_t from)
{
	size_t i;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		const char *why;
		if (t->is_drug && strcmp(t->course->drug->klass, klass) == 0 &&
		    trial_failed(ev, t, &m->rule, from, &why))
			return true;
	}
	return false;
}

static bool rung_holds(tp_eval *ev, const tp_model *m, const tp_rung *rg,
		       const stage_facts *f)
{
	if (rg->failed_trials && f->k.failed < (size_t)rg->failed_trials)
		return false;
	if (rg->distinct_classes &&
	    f->k.classes < (size_t)rg->distinct_classes)
		return false;
	if (rg->failed_class &&
	    !failed_class(ev, m, rg->failed_class, f->from))
		return false;
	if (rg->failed_intervention >= 0 &&
	    !failed_intervention(ev, m, rg, f->from))
		return false;
	if (rg->augmentation >= 0 &&
	    (f->k.augmentation > 0) != (rg->augmentation == 1))
		return false;
	if (rg->resistant_months &&
	    (f->k.failed == 0 ||
	     f->resistant_months < (double)rg->resistant_months))
		return false;
	return true;
}

static int ladder(tp_eval *ev, const tp_model *m, const stage_facts *f,
		  tpath_staging *o)
{
	tpath_stage_component *comp =
		tp_arena_alloc(&ev->model->arena,
			       (m->nrungs + 1) * sizeof(*comp));
	const char *stage = NULL;
	size_t i;
	bool chain = true;

	if (!comp)
		return TPATH_ENOMEM;
	for (i = 0; i < m->nrungs; i++) {
		bool holds = rung_holds(ev, m, &m->rungs[i], f);
		bool bad = false;
		if (!(comp[i].name = tp_typed_strdup(ev->model, m->rungs[i].stage, &bad)))
			return TPATH_ENOMEM;
		comp[i].value = holds;
		comp[i].is_boolean = 1;
		if (m->cumulative) {
			chain = chain && holds;
			if (chain)
				stage = m->rungs[i].stage;
		} else if (holds) {
			stage = m->rungs[i].stage;
		}
	}
	o->stage = stage ? tp_arena_strndup(&ev->model->arena, stage,
					    strlen(stage))
			 : NULL;
	if (stage && !o->stage)
		return TPATH_ENOMEM;
	o->score = NAN;
	o->components = comp;
	o->ncomponents = m->nrungs;
	if (!stage)
		o->reason = "no stage reached: no failed adequate trial meets "
			    "the first stage";
	return 0;
}

static double band_points(const tp_band *b, size_t n, double value)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!b[i].has_max || value <= b[i].max)
			return b[i].points;
	return 0;
}

static int points(tp_eval *ev, const tp_model *m, const stage_facts *f,
		  tpath_staging *o)
{
	tpath_stage_component *comp =
		tp_arena_alloc(&ev->model->arena,
			       (m->ncomponents + 1) * sizeof(*comp));
	double total = 0;
	const char *missing = NULL;
	size_t i, n = 0;

	if (!comp)
		return TPATH_ENOMEM;
	for (i = 0; i < m->ncomponents; i++) {
		const tp_component *c = &m->components[i];
		double value = 0, pts = 0;
		switch (c->of) {
		case TP_FACT_FAILED_TRIALS:
			value = (double)f->k.failed;
			break;
		case TP_FACT_OPTIMIZED_FAILED:
			value = (double)f->k.optimized;
			break;
		case TP_FACT_AUGMENTATION_COURSES:
			value = (double)f->k.augmentation;
			break;
		case TP_FACT_ECT_COURSES:
			value = (double)f->k.ect;
			break;
		case TP_FACT_EPISODE_MONTHS:
			value = f->episode_months;
			break;
		case TP_FACT_SEVERITY:
			value = f->severity;
			break;
		}
		switch (c->form) {
		case TP_SCORE_EACH:
			pts = c->points * value;
			break;
		case TP_SCORE_IF_ANY:
			pts = value > 0 ? c->points : 0;
			break;
		case TP_SCORE_BANDS:
			pts = band_points(c->bands, c->nbands, value);
			break;
		case TP_SCORE_VALUES:
			if (f->severity < 0 || !c->has_value[f->severity]) {
				missing = "the episode's baseline severity is "
					  "not given";
				continue;
			}
			pts = c->values[f->severity];
			break;
		}
		total += pts;
		if (!(comp[n].name = tp_arena_strndup(&ev->model->arena, c->id,
						      strlen(c->id))))
			return TPATH_ENOMEM;
		comp[n].value = pts;
		comp[n].is_boolean = 0;
		n++;
	}
	o->stage = NULL;
	o->score = NAN;
	o->components = comp;
	o->ncomponents = n;
	if (m->min_failed_trials && f->k.failed < (size_t)m->min_failed_trials)
		missing = tp_arena_printf(
			&ev->model->arena,
			"the model needs at least %ld failed adequate trial%s; "
			"%zu found",
			m->min_failed_trials,
			m->min_failed_trials == 1 ? "" : "s", f->k.failed);
	if (missing) {
		o->applicable = 0;
		o->reason = missing;
		return o->reason ? 0 : TPATH_ENOMEM;
	}
	o->score = total;
	for (i = 0; i < m->nbands; i++)
		if (!m->bands[i].has_max || total <= m->bands[i].max) {
			bool bad = false;
			o->band = tp_typed_strdup(ev->model, m->bands[i].label, &bad);
			return bad ? TPATH_ENOMEM : 0;
		}
	return 0;
}

/* "stage II", "score 7 (moderate)", "not applicable", "no stage". */
static const char *stage_verdict(tp_eval *ev, const tpath_staging *o)
{
	if (o->stage)
		return tp_arena_printf(&ev->arena, "stage %s", o->stage);
	if (!isnan(o->score))
		return tp_arena_printf(&ev->arena, "score %g%s%s%s", o->score,
				       o->band ? " (" : "",
				       o->band ? o->band : "",
				       o->band ? ")" : "");
	if (!o->applicable)
		return "not applicable";
	return "no stage";
}

/* Whether score m, after a remission, is a recurrence by the timeline's
 * relapse rule: at or above its scale's relapse cut-off, else an
 * improvement below relapse.below_pct from the episode's highest score
 * on that scale before (peak; 0 when none). */
static bool recurrence(const tp_eval *ev, const tp_measure *m, long peak)
{
	const tp_param *at_least =
		tp_relapse_cut_off(&ev->kb->timeline, m->scale);
	if (at_least)
		return (double)m->score >= at_least->value;
	return peak > 0 && (double)(peak - m->score) / (double)peak * 100.0 <
				   ev->kb->timeline.relapse_below_pct.value;
}

/* For a model whose episodes end after a long remission (Maudsley: two
 * months of remission separate two episodes, Fekadu 2009): *from is the
 * day of the first recurrence (recurrence() above) after the latest
 * remission run that lasted that long (first to last remitted score, each
 * score judged on its own scale's cut-off), with a warning; else
 * INT32_MIN.  A score out of remission that is no recurrence ends the run
 * without starting an episode.  The history's episode start is never
 * changed: only this model scores from the later day. */
static int model_episode(tp_eval *ev, const tp_model *m, int32_t *from)
{
	const tpath_history *h = ev->h;
	const tp_param *months = &m->rule.remission_ends_episode_months;
	const tp_measure **ms;
	const tp_scale *peak_scale[16];
	long peak[16];
	int32_t run_start = 0, run_last = 0, found = INT32_MIN, ended = 0;
	bool in = false;
	size_t i, k, n = 0, npeaks = 0;
	char a[32], b[32];

	*from = INT32_MIN;
	if (!months->present || h->nmeasures == 0)
		return 0;
	if (!(ms = tp_arena_alloc(&ev->arena, h->nmeasures * sizeof(*ms))))
		return TPATH_ENOMEM;
	for (i = 0; i < h->nmeasures; i++)
		if (h->measures[i].day >= h->episode_start &&
		    h->measures[i].day <= ev->as_of &&
		    h->measures[i].scale->remission_max >= 0)
			ms[n++] = &h->measures[i];
	qsort(ms, n, sizeof(*ms), tp_cmp_measure_ptr);
	for (i = 0; i < n; i++) {
		bool remitted = ms[i]->score <= ms[i]->scale->remission_max;
		for (k = 0; k < npeaks && peak_scale[k] != ms[i]->scale; k++)
			;
		if (k == npeaks && npeaks < TP_ARRAY_LEN(peak)) {
			peak_scale[npeaks] = ms[i]->scale;
			peak[npeaks++] = 0;
		}
		if (remitted) {
			if (!in)
				run_start = ms[i]->day;
			run_last = ms[i]->day;
			in = true;
			continue;
		}
		if (in && (double)(run_last - run_start) >=
				  months->value * DAYS_PER_MONTH &&
		    recurrence(ev, ms[i], k < npeaks ? peak[k] : 0)) {
			found = ms[i]->day;
			ended = run_last;
			/* the new episode's peak starts here */
			for (k = 0; k < npeaks; k++)
				peak[k] = 0;
			for (k = 0; k < npeaks && peak_scale[k] != ms[i]->scale;
			     k++)
				;
		}
		if (k < npeaks && ms[i]->score > peak[k])
			peak[k] = ms[i]->score;
		in = false;
	}
	if (found == INT32_MIN)
		return 0;
	*from = found;
	tp_format_day(h, ended, a, sizeof(a));
	tp_format_day(h, found, b, sizeof(b));
	return tp_warn(ev, "staging-new-episode", "info",
		       m->source->citation,
		       "%s: remission lasting at least %g months ended %s; "
		       "this model scores the episode that recurred on %s "
		       "(the history's episode start is unchanged for "
		       "everything else)",
		       m->id, months->value, a, b) < 0
		       ? TPATH_ENOMEM
		       : 0;
}

int tp_eval_staging(tp_eval *ev, json_t *trace)
{
	const tpath_history *h = ev->h;
	tp_typed *res = ev->model;
	size_t i;
	if (!(res->staging = tp_typed_entries(ev->model, ev->kb->staging.nmodels,
				     sizeof(tpath_staging))))
		return TPATH_ENOMEM;
	for (i = 0; i < ev->kb->staging.nmodels; i++) {
		const tp_model *m = &ev->kb->staging.models[i];
		tpath_staging *o = &res->staging[i];
		stage_facts f;
		json_t *tr;
		bool bad = false;
		int error;

		if ((error = model_episode(ev, m, &f.from)) < 0)
			return error;
		if ((error = count(ev, &m->rule, f.from, &f.k)) < 0) {
			tally_free(&f.k);
			return error;
		}
		f.episode_months =
			floor((double)(ev->as_of - (f.from > h->episode_start
							    ? f.from
							    : h->episode_start)) /
			      DAYS_PER_MONTH);
		f.severity = h->severity;
		f.resistant_months =
			f.k.failed ? floor((double)(ev->as_of -
						    f.k.first_failure_start) /
					   DAYS_PER_MONTH)
				   : 0;
		o->model = tp_typed_strdup(ev->model, m->id, &bad);
		o->applicable = 1;
		o->source = tp_typed_strdup(ev->model, m->source->citation, &bad);
		o->title = tp_typed_strdup(ev->model, m->title, &bad);
		o->failed_trials = (long)f.k.failed;
		o->band = NULL;
		o->reason = NULL;
		error = m->kind == TP_MODEL_LADDER ? ladder(ev, m, &f, o)
						   : points(ev, m, &f, o);
		if (m->provisional) {
			o->status = "provisional";
			o->status_reason = tp_typed_strdup(ev->model, m->reason ? m->reason : "",
						&bad);
		}
		res->nstaging = i + 1;
		if (bad && error >= 0)
			error = TPATH_ENOMEM;
		tr = error < 0 || !ev->trace ? NULL :
		     json_pack(
			"{s:s, s:s, s:s, s:I, s:o, s:o, s:O}", "rule",
			tp_arena_printf(&ev->arena, "staging:%s", m->id),
			"source", m->source->citation, "verdict",
			stage_verdict(ev, o),
			"line", (json_int_t)m->line, "parameters",
			rule_json(ev, &m->rule, rule_weeks(ev, &m->rule)), "facts",
			json_pack("{s:I, s:I, s:I, s:I, s:I, s:f, s:f}",
				  "failed_trials", (json_int_t)f.k.failed,
				  "distinct_classes", (json_int_t)f.k.classes,
				  "optimized_failed_trials",
				  (json_int_t)f.k.optimized,
				  "augmentation_courses",
				  (json_int_t)f.k.augmentation, "ect_courses",
				  (json_int_t)f.k.ect, "episode_months",
				  f.episode_months, "resistant_months",
				  f.resistant_months),
			"trials", f.k.verdicts);
		tally_free(&f.k);
		if (error < 0)
			return error;
		if (ev->trace && (!tr || json_array_append_new(trace, tr) < 0))
			return TPATH_ENOMEM;
	}
	return 0;
}
