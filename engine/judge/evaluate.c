/*
 * evaluate.c - tpath_evaluate: the judges run over a history, filling the
 * typed result (model/model.h) section by section.
 */
#include "judge/judge.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static double round1(double x)
{
	return round(x * 10.0) / 10.0;
}

const char *tp_day_text(tp_eval *ev, int32_t day, bool *bad)
{
	char buf[32], *p = buf + sizeof(buf);
	tp_typed *m = ev->model;
	const char *s;
	size_t n;
	if (ev->h->dates == TP_DATES_RELATIVE) {
		/* "%ld" without printf: results write many days */
		uint32_t u = day < 0 ? 0u - (uint32_t)day : (uint32_t)day;
		do
			*--p = (char)('0' + u % 10);
		while ((u /= 10));
		if (day < 0)
			*--p = '-';
		n = (size_t)(buf + sizeof(buf) - p);
	} else {
		tp_format_day(ev->h, day, buf, sizeof(buf));
		p = buf;
		n = strlen(buf);
	}
	if (!(s = tp_arena_strndup(&m->arena, p, n)))
		*bad = true;
	return s;
}

/* Trial i of the evaluation into the model's record r (zeroed, its size
 * set); 0 or TPATH_ENOMEM. */
static int trial_rec(tp_eval *ev, size_t i, tp_trial_rec *r)
{
	const tp_trial *t = &ev->trials[i];
	const tp_course *co = t->course;
	tp_typed *m = ev->model;
	tpath_trial *p = &r->pub;
	const char *why = NULL;
	int adequate = 0;
	bool bad = false;
	size_t k, n;

	r->is_drug = t->is_drug;
	r->current_mg = NAN;
	if (t->is_drug) {
		adequate = tp_trial_adequacy(
			ev, t,
			ev->guideline ? ev->guideline->adequacy_weeks
				      : ev->kb->timeline.min_weeks.value,
			NULL, &why);
		p->drug = tp_typed_strdup(m, co->drug->name, &bad);
		p->klass = tp_typed_strdup(m, co->drug->klass, &bad);
	} else {
		p->intervention = tp_interventions[co->intervention];
		p->klass = p->intervention;
		r->kind = tp_typed_strdup(m, co->kind, &bad);
	}
	p->role = tp_role_words[t->role];
	p->role_inferred = t->role_inferred;
	p->start = tp_day_text(ev, t->start, &bad);
	p->stop = t->ongoing ? NULL : tp_day_text(ev, t->end, &bad);
	p->weeks = round1(t->weeks);
	p->weeks_at_therapeutic_dose =
		t->weeks_at_dose >= 0 ? round1(t->weeks_at_dose) : NAN;
	p->max_mg_per_day = t->max_mg >= 0 ? t->max_mg : NAN;
	p->adequate = t->is_drug && adequate >= 0 ? adequate : -1;
	p->not_adequate_because = tp_typed_strdup(m, why, &bad);
	p->scale = t->scale ? tp_typed_strdup(m, t->scale->id, &bad) : NULL;
	p->baseline = t->baseline ? t->baseline->score : -1;
	p->latest = t->latest ? t->latest->score : -1;
	p->improvement_pct = t->has_improvement ? round1(t->improvement) : NAN;
	p->outcome = tp_outcome_words[t->outcome];
	p->pdc = t->has_pdc ? round(t->pdc * 100.0) / 100.0 : NAN;
	r->judged_until =
		t->has_judged_until ? tp_day_text(ev, t->judge_end, &bad) : NULL;
	r->judged_weeks = round1(t->judged_weeks);
	r->judged_until_by = t->judged_until_by >= 0 ? t->judged_until_by : -1;
	r->regimen_outcome =
		t->regimen ? tp_outcome_words[t->regimen->outcome] : NULL;
	if (t->is_drug) {
		r->min_dose = t->min_dose >= 0 ? t->min_dose : NAN;
		r->dose_source = t->dose_row ? tp_typed_strdup(
					   m, t->dose_row->source->citation,
					   &bad)
				 : NULL;
		r->dose_unit = tp_typed_strdup(m, co->drug->unit, &bad);
		r->dose_optimized = t->optimized;
		r->adherence = tp_adherence_words[co->adherence];
		for (k = n = 0; k < co->ndoses; k++)
			n += co->doses[k].day <= ev->as_of;
		if (n && !(r->doses = tp_arena_alloc(&m->arena,
						     n * sizeof(*r->doses))))
			return TPATH_ENOMEM;
		for (k = 0; k < co->ndoses; k++) {
			tp_dose_rec *d;
			if (co->doses[k].day > ev->as_of)
				continue;
			if (t->ongoing)
				r->current_mg = co->doses[k].mg;
			d = &r->doses[r->ndoses++];
			d->date = tp_day_text(ev, co->doses[k].day, &bad);
			d->mg = co->doses[k].mg;
			d->at_dose = t->min_dose >= 0
					     ? co->doses[k].mg >= t->min_dose
					     : -1;
		}
	}
	r->stop_reason = co->stop_reason >= 0 && !t->ongoing
				 ? tp_stop_reasons[co->stop_reason]
				 : NULL;
	r->baseline_date =
		t->baseline ? tp_day_text(ev, t->baseline->day, &bad) : NULL;
	r->latest_date = t->latest ? tp_day_text(ev, t->latest->day, &bad) : NULL;
	r->in_episode = t->in_episode;
	r->line = co->line;
	r->adds_to = t->adds_to >= 0 ? t->adds_to : -1;
	/* The score at or below which the trial is a response (the rule of
	 * timeline.c: improvement >= response_pct), floored to one decimal
	 * so the line drawn is never above the boundary; none without a
	 * baseline above 0 (no improvement can be computed). */
	r->response_at_most =
		t->baseline && t->baseline->score > 0
			? floor((double)t->baseline->score *
				(1.0 - ev->kb->timeline.response_pct.value /
					       100.0) *
				10.0) /
				  10.0
			: NAN;
	return bad ? TPATH_ENOMEM : 0;
}

static int trials_rec(tp_eval *ev)
{
	tp_typed *m = ev->model;
	size_t i;
	int error;
	if (ev->ntrials &&
	    !(m->trials = tp_arena_alloc(&m->arena,
					 ev->ntrials * sizeof(*m->trials))))
		return TPATH_ENOMEM;
	for (i = 0; i < ev->ntrials; i++) {
		/* the record starts with the public struct, whose size is
		 * that struct's, not the record's (the arena zeroed the rest) */
		m->trials[i].pub.size = sizeof(tpath_trial);
		if ((error = trial_rec(ev, i, &m->trials[i])) < 0)
			return error;
		m->ntrials = i + 1;
	}
	return 0;
}

/* The episode at as_of (an addition to the contract's keys). */
static int episode_rec(tp_eval *ev)
{
	const tpath_history *h = ev->h;
	tp_episode_rec *e = &ev->model->episode;
	int32_t days = ev->as_of - h->episode_start;
	bool bad = false;
	e->start = tp_day_text(ev, h->episode_start, &bad);
	e->weeks = round1(days / 7.0);
	e->months = (long)floor(days / 30.4375);
	e->severity = h->severity >= 0 ? tp_severity_words[h->severity] : NULL;
	e->prior_episodes = h->prior_episodes >= 0 ? h->prior_episodes : -1;
	return bad ? TPATH_ENOMEM : 0;
}

/* The scores on or before as_of, in date order (file order within a day),
 * and the scales they use with their thresholds: additions, so that the
 * views draw from the result alone. */
static int measures_rec(tp_eval *ev)
{
	const tpath_history *h = ev->h;
	const tp_timeline_rules *tl = &ev->kb->timeline;
	tp_typed *md = ev->model;
	const tp_measure **m = NULL;
	size_t i, k, n = 0;
	bool bad = false;

	if (h->nmeasures == 0)
		return 0;
	if (!(m = tp_arena_alloc(&ev->arena, h->nmeasures * sizeof(*m))))
		return TPATH_ENOMEM;
	for (i = 0; i < h->nmeasures; i++)
		if (h->measures[i].day <= ev->as_of)
			m[n++] = &h->measures[i];
	if (n == 0)
		return 0;
	qsort(m, n, sizeof(*m), tp_cmp_measure_ptr);
	if (!(md->measures = tp_arena_alloc(&md->arena,
					    n * sizeof(*md->measures))) ||
	    !(md->scales = tp_arena_alloc(&md->arena,
					  n * sizeof(*md->scales))))
		return TPATH_ENOMEM;
	for (i = 0; i < n; i++) {
		tp_measure_rec *r = &md->measures[md->nmeasures++];
		const tp_scale *sc = m[i]->scale;
		bool seen = false;
		r->date = tp_day_text(ev, m[i]->day, &bad);
		r->score = m[i]->score;
		r->line = m[i]->line;
		/* the scales listed so far (a handful), not every earlier
		 * score: a history may hold 20,000 */
		for (k = 0; k < md->nscales && !seen; k++)
			if (!strcmp(md->scales[k].id, sc->id)) {
				seen = true;
				r->scale = md->scales[k].id;
			}
		if (!seen) {
			tp_scale_rec *x = &md->scales[md->nscales++];
			x->id = r->scale = tp_typed_strdup(md, sc->id, &bad);
			x->title = tp_typed_strdup(md, sc->title, &bad);
			x->min = sc->min;
			x->max = sc->max;
			x->remission_at_most =
				sc->remission_max >= 0 ? sc->remission_max : -1;
			x->remission_source =
				sc->remission_source
					? tp_typed_strdup(
						  md,
						  sc->remission_source->citation,
						  &bad)
					: NULL;
			x->response_pct = tl->response_pct.value;
			x->partial_pct = tl->partial_pct.value;
			x->provisional = sc->remission_provisional;
			if (sc->nbands &&
			    (x->bands = tp_arena_alloc(
				     &md->arena,
				     sc->nbands * sizeof(*x->bands)))) {
				size_t j;
				for (j = 0; j < sc->nbands; j++) {
					x->bands[j].from = sc->bands[j].from;
					x->bands[j].label = tp_typed_strdup(
						md, sc->bands[j].label, &bad);
				}
				x->nbands = sc->nbands;
				x->bands_source = tp_typed_strdup(
					md, sc->bands_source->citation, &bad);
			} else if (sc->nbands)
				bad = true;
			if (x->provisional)
				x->remission_reason = tp_typed_strdup(
					md,
					sc->remission_reason
						? sc->remission_reason
						: "",
					&bad);
		}
		if (bad)
			return TPATH_ENOMEM;
	}
	return 0;
}

static int guideline_rec(tp_eval *ev)
{
	const tp_guideline *g = ev->guideline;
	const tp_timeline_rules *t = &ev->kb->timeline;
	tp_typed *m = ev->model;
	tp_guideline_rec *r = &m->guideline_rec;
	bool bad = false;
	if (!g) {
		r->none = true;
		r->id = tp_typed_strdup(m, t->id, &bad);
		r->version = tp_typed_strdup(m, t->version, &bad);
		r->title = tp_typed_strdup(m, t->title, &bad);
		r->source = "no pathway guideline loaded: trials are judged "
			    "by tpath's timeline rules "
			    "(guidelines/timeline.yaml)";
	} else {
		r->id = tp_typed_strdup(m, g->id, &bad);
		r->version = tp_typed_strdup(m, g->version, &bad);
		r->title = tp_typed_strdup(m, g->title, &bad);
		r->source = tp_typed_strdup(m, g->citation, &bad);
		r->publisher = tp_typed_strdup(m, g->publisher, &bad);
		r->year = g->year;
		r->url = tp_typed_strdup(m, g->url, &bad);
		r->adequacy_min_weeks = g->adequacy_weeks;
		r->trd = tp_typed_strdup(m, g->trd->id, &bad);
	}
	m->guideline = r->id;
	m->guideline_trd = r->trd;
	return bad ? TPATH_ENOMEM : 0;
}

/* Where the answer came from: the engine's version, the knowledge files
 * the evaluation read and their hash (worked out when the knowledge base
 * was opened), the caller's parameter overrides as parsed, and whether any
 * of those files came from outside the built-in set; copied into the
 * result, which may outlive the knowledge base. */
static int provenance_rec(tp_eval *ev, const tpath_eval_options *opts)
{
	const tp_kb_prov *kp = tp_kb_prov_of(ev->kb, ev->guideline);
	tp_typed *m = ev->model;
	tp_provenance_rec *r = &m->provenance;
	const char *const *p;
	size_t i, k, n = 0;
	bool bad = false;

	r->knowledge = tp_typed_strdup(m, kp->knowledge, &bad);
	r->data_dir = kp->outside;
	if (kp->nread && !(r->files = tp_arena_alloc(
				   &m->arena, kp->nread * sizeof(*r->files))))
		return TPATH_ENOMEM;
	for (i = 0; i < kp->nread; i++) {
		const tp_kb_source *s = kp->read[i];
		tp_file_rec *f = &r->files[r->nfiles++];
		f->kind = tp_typed_strdup(m, s->kind, &bad);
		f->id = tp_typed_strdup(m, s->id, &bad);
		f->version = tp_typed_strdup(m, s->version, &bad);
		f->builtin = s->builtin;
		if (!s->ndefines)
			continue;
		if (!(f->defines = tp_arena_alloc(
			      &m->arena, s->ndefines * sizeof(*f->defines))))
			return TPATH_ENOMEM;
		for (k = 0; k < s->ndefines; k++)
			f->defines[k] = tp_typed_strdup(m, s->defines[k], &bad);
		f->ndefines = s->ndefines;
	}
	for (p = opts ? opts->params : NULL; p && *p; p++)
		n++;
	if (n && !(r->overrides = tp_arena_alloc(
			   &m->arena, n * sizeof(*r->overrides))))
		return TPATH_ENOMEM;
	/* pathway.c has checked them: NAME=NUMBER, the last one winning,
	 * in the place of the first */
	for (p = opts ? opts->params : NULL; p && *p; p++) {
		const char *eq = strchr(*p, '=');
		size_t len;
		double x;
		if (!eq || !tp_parse_decimal(eq + 1, strlen(eq + 1), &x))
			continue;
		len = (size_t)(eq - *p);
		for (k = 0; k < r->noverrides; k++)
			if (strlen(r->overrides[k].name) == len &&
			    !memcmp(r->overrides[k].name, *p, len))
				break;
		if (k == r->noverrides) {
			const char *name =
				tp_arena_strndup(&m->arena, *p, len);
			if (!name)
				return TPATH_ENOMEM;
			r->overrides[r->noverrides++].name = name;
		}
		r->overrides[k].value = x;
	}
	return bad ? TPATH_ENOMEM : 0;
}

/* Evaluates into ev->model; *trace receives the trace entries (an array,
 * empty without --explain). */
static int build(tp_eval *ev, const tpath_eval_options *opts, json_t **trace,
		 tpath_error *err)
{
	const tpath_history *h = ev->h;
	tp_typed *m = ev->model;
	size_t i;
	int error;
	bool bad = false;

	*trace = NULL;
	if ((error = tp_timeline_build(ev, err)) < 0)
		return error;
	if (!(*trace = json_array()))
		goto fail;
	m->relative_days = h->dates == TP_DATES_RELATIVE;
	m->history = tp_typed_strdup(m, h->id, &bad);
	m->as_of = tp_day_text(ev, ev->as_of, &bad);
	if (bad || episode_rec(ev) < 0 || guideline_rec(ev) < 0 ||
	    trials_rec(ev) < 0 || measures_rec(ev) < 0 ||
	    provenance_rec(ev, opts) < 0)
		goto fail;
	if ((error = tp_eval_trd(ev, *trace)) < 0 ||
	    (error = tp_eval_staging(ev, *trace)) < 0)
		goto fail;
	if ((error = tp_eval_pathway(ev, ev->guideline,
				     opts ? opts->params : NULL, *trace,
				     err)) < 0)
		return error;
	/* the timeline's warnings after the guideline's and safety's */
	for (i = 0; i < ev->nwarnings; i++) {
		const tp_warning *w = &ev->warnings[i];
		if (tp_result_warn(ev, w->code, w->severity, w->message,
				   w->source, NULL) < 0)
			goto fail;
	}
	m->own_trd = NULL;
	for (i = 0; i < m->ntrd && m->guideline_trd; i++)
		if (strcmp(m->trd[i].definition, m->guideline_trd) == 0)
			m->own_trd = &m->trd[i];
	return 0;
fail:
	return tp_error_oom(err, h->source);
}

static int evaluate(tpath_result **out, const tpath_kb *kb,
		    const tpath_history *h, const tpath_eval_options *opts,
		    tpath_error *err)
{
	tp_eval ev;
	tpath_result *r = NULL;
	int error;

	tp_error_clear(err);
	if (!out)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_evaluate: NULL out");
	*out = NULL;
	if (!kb || !h)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_evaluate: NULL argument");
	if (h->kb != kb)
		return tp_error_set(err, TPATH_EUSAGE, h->source, 0, 0,
				    "the history was loaded with another "
				    "knowledge base");
	memset(&ev, 0, sizeof(ev));
	tp_arena_init(&ev.arena);
	ev.kb = kb;
	ev.h = h;
	ev.as_of = h->as_of;
	ev.trace = opts && opts->version >= 2 && opts->trace;
	if (opts && opts->as_of &&
	    (error = tp_parse_as_of(h, opts->as_of, &ev.as_of, err)) < 0)
		goto cleanup;
	ev.guideline = tp_kb_default_guideline(kb);
	if (opts && opts->guideline &&
	    !(ev.guideline = tp_kb_find_guideline(kb, opts->guideline))) {
		char list[256];
		size_t i, o = 0;
		list[0] = '\0';
		/* Name every guideline there is: loaded, or built in but not
		 * loaded under the knowledge base's guideline filter. */
		for (i = 0; i < kb->nguidelines && o < sizeof(list); i++)
			o += (size_t)snprintf(list + o, sizeof(list) - o,
					      "%s%s", o ? ", " : "",
					      kb->guidelines[i].id);
		for (i = 0; i < tp_embedded_count && o < sizeof(list); i++)
			if (strcmp(tp_embedded_files[i].kind, "guideline/1") ==
				    0 &&
			    !tp_kb_find_guideline(kb, tp_embedded_files[i].id))
				o += (size_t)snprintf(list + o, sizeof(list) - o,
						      "%s%s", o ? ", " : "",
						      tp_embedded_files[i].id);
		error = tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				     "unknown guideline '%s' (known: %s)",
				     opts->guideline, list);
		goto cleanup;
	}
	if (!(r = tp_calloc(1, sizeof(*r)))) {
		error = tp_error_oom(err, h->source);
		goto cleanup;
	}
	r->al = tp_alloc_current();
	tp_arena_init(&r->model.arena);
	ev.model = &r->model;
	if ((error = build(&ev, opts, &r->trace, err)) < 0)
		goto cleanup;
	*out = r;
	r = NULL;
cleanup:
	tpath_result_free(r);
	tp_arena_release(&ev.arena);
	return error;
}

/* Evaluation allocates with the allocator the history was loaded with. */
int tpath_evaluate(tpath_result **out, const tpath_kb *kb,
		   const tpath_history *h, const tpath_eval_options *opts,
		   tpath_error *err)
{
	int error;
	if (!h) {
		tp_error_clear(err);
		if (out)
			*out = NULL;
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    out ? "tpath_evaluate: NULL argument"
					: "tpath_evaluate: NULL out");
	}
	TP_CALL(error, h->arena.al, out, err, h->source,
		evaluate(out, kb, h, opts, err));
	return error;
}

void tpath_result_free(tpath_result *r)
{
	if (!r)
		return;
	json_decref(r->trace);
	tp_arena_release(&r->model.arena);
	tp_free_with(r->al, r);
}

int tp_result_warn(tp_eval *ev, const char *code, const char *severity,
		   const char *message, const char *source, const char *rule)
{
	tp_typed *m = ev->model;
	tpath_warning *w;
	bool bad = false;
	if (!message)
		return TPATH_ENOMEM; /* the caller's formatting ran out */
	if (m->nwarnings == m->capwarnings) {
		size_t ncap = m->capwarnings ? m->capwarnings * 2 : 8;
		tpath_warning *nw =
			tp_arena_alloc(&m->arena, ncap * sizeof(*nw));
		if (!nw)
			return TPATH_ENOMEM;
		if (m->nwarnings)
			memcpy(nw, m->warnings,
			       m->nwarnings * sizeof(*nw));
		m->warnings = nw;
		m->capwarnings = ncap;
	}
	w = &m->warnings[m->nwarnings];
	memset(w, 0, sizeof(*w));
	w->size = sizeof(*w);
	w->code = tp_typed_strdup(m, code, &bad);
	w->severity = tp_typed_strdup(m, severity, &bad);
	w->message = tp_typed_strdup(m, message, &bad);
	w->source = tp_typed_strdup(m, source, &bad);
	w->rule = tp_typed_strdup(m, rule, &bad);
	if (bad)
		return TPATH_ENOMEM;
	m->nwarnings++;
	return 0;
}
