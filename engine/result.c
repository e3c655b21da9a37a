/*
 * result.c - tpath_evaluate: builds the result/1 object (trials, position,
 * recommendations, TRD, staging, warnings, trace) and renders it.
 */
#include "view.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char tp_result_notice[] =
	"Decision support, not a prescription: tpath restates published "
	"guidelines and definitions for a clinician to weigh; it does not know "
	"the patient.";

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
	tp_allocator previous;
	int error;
	if (!h) {
		tp_error_clear(err);
		if (out)
			*out = NULL;
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    out ? "tpath_evaluate: NULL argument"
					: "tpath_evaluate: NULL out");
	}
	previous = tp_alloc_enter(h->arena.al);
	TP_C_NUMERIC(error, out, err, h->source,
		     evaluate(out, kb, h, opts, err));
	tp_alloc_leave(previous);
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

/* The JSON text followed by a newline, as a text file should end, into a
 * buffer of the C library's malloc (what tpath_free releases). */
static char *dump_line(const json_t *root, bool indent)
{
	tp_sbuf b = { NULL, 0, 0, false };
	tp_jw_value(&b, root, indent, 0);
	tp_sb_put(&b, "\n", 1);
	return tp_sb_finish(&b);
}

static void write_indexes(tp_jw *w, const size_t *v, size_t n)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < n; i++)
		tp_jw_int(w, (long long)v[i]);
	tp_jw_close(w);
}

/* result.trd, in the order of result-format.md. */
static void write_trd(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->ntrd; i++) {
		const tpath_trd_verdict *v = &m->trd[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "definition");
		tp_jw_str(w, v->definition);
		tp_jw_key(w, "met");
		tp_jw_bool(w, v->met);
		tp_jw_key(w, "failed_trials");
		tp_jw_int(w, v->failed_trials);
		tp_jw_key(w, "counted");
		write_indexes(w, v->counted, v->ncounted);
		tp_jw_key(w, "counted_ongoing");
		write_indexes(w, v->counted_ongoing, v->ncounted_ongoing);
		tp_jw_key(w, "undetermined");
		write_indexes(w, v->undetermined, v->nundetermined);
		tp_jw_key(w, "source");
		tp_jw_str(w, v->source);
		tp_jw_key(w, "title");
		tp_jw_str(w, v->title);
		tp_jw_key(w, "distinct_classes");
		tp_jw_int(w, v->distinct_classes);
		tp_jw_key(w, "needs_failures");
		tp_jw_int(w, v->needs_failures);
		tp_jw_key(w, "needs_distinct_classes");
		tp_jw_int(w, v->needs_distinct_classes);
		if (v->status) {
			tp_jw_key(w, "status");
			tp_jw_str(w, v->status);
			tp_jw_key(w, "status_reason");
			tp_jw_str(w, v->status_reason);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

/* A day as the history writes them: a number or a date string. */
static void write_day(tp_jw *w, const tp_typed *m, const char *day)
{
	if (day && m->relative_days)
		tp_jw_int(w, strtoll(day, NULL, 10));
	else
		tp_jw_str(w, day);
}

static void write_index(tp_jw *w, long i)
{
	if (i >= 0)
		tp_jw_int(w, i);
	else
		tp_jw_null(w);
}

static void write_tristate(tp_jw *w, int v)
{
	if (v >= 0)
		tp_jw_bool(w, v);
	else
		tp_jw_null(w);
}

/* result.trials, in the order of result-format.md (and of the views'
 * additions after the contract's keys). */
void tp_write_trials(tp_jw *w, const tp_typed *m)
{
	size_t i, k;
	tp_jw_open(w, true);
	for (i = 0; i < m->ntrials; i++) {
		const tp_trial_rec *r = &m->trials[i];
		const tpath_trial *t = &r->pub;
		tp_jw_open(w, false);
		if (r->is_drug) {
			tp_jw_key(w, "drug");
			tp_jw_str(w, t->drug);
			tp_jw_key(w, "class");
			tp_jw_str(w, t->klass);
		} else {
			tp_jw_key(w, "intervention");
			tp_jw_str(w, t->intervention);
			tp_jw_key(w, "class");
			tp_jw_str(w, t->klass);
			if (r->kind) {
				tp_jw_key(w, "kind");
				tp_jw_str(w, r->kind);
			}
		}
		tp_jw_key(w, "role");
		tp_jw_str(w, t->role);
		tp_jw_key(w, "role_inferred");
		tp_jw_bool(w, t->role_inferred);
		tp_jw_key(w, "start");
		write_day(w, m, t->start);
		tp_jw_key(w, "stop");
		write_day(w, m, t->stop);
		tp_jw_key(w, "weeks");
		tp_jw_num(w, t->weeks);
		tp_jw_key(w, "weeks_at_therapeutic_dose");
		tp_jw_num(w, t->weeks_at_therapeutic_dose);
		tp_jw_key(w, "max_mg_per_day");
		tp_jw_num(w, t->max_mg_per_day);
		tp_jw_key(w, "adequate");
		write_tristate(w, t->adequate);
		tp_jw_key(w, "not_adequate_because");
		tp_jw_str(w, t->not_adequate_because);
		tp_jw_key(w, "scale");
		tp_jw_str(w, t->scale);
		tp_jw_key(w, "baseline");
		write_index(w, t->baseline);
		tp_jw_key(w, "latest");
		write_index(w, t->latest);
		tp_jw_key(w, "improvement_pct");
		tp_jw_num(w, t->improvement_pct);
		tp_jw_key(w, "outcome");
		tp_jw_str(w, t->outcome);
		tp_jw_key(w, "judged_until");
		write_day(w, m, r->judged_until);
		tp_jw_key(w, "pdc");
		tp_jw_num(w, t->pdc);
		tp_jw_key(w, "judged_weeks");
		tp_jw_num(w, r->judged_weeks);
		tp_jw_key(w, "judged_until_by");
		write_index(w, r->judged_until_by);
		tp_jw_key(w, "regimen_outcome");
		tp_jw_str(w, r->regimen_outcome);
		if (r->is_drug) {
			tp_jw_key(w, "min_therapeutic_mg_per_day");
			tp_jw_num(w, r->min_dose);
			tp_jw_key(w, "dose_source");
			tp_jw_str(w, r->dose_source);
			tp_jw_key(w, "dose_unit");
			tp_jw_str(w, r->dose_unit);
			tp_jw_key(w, "dose_optimized");
			tp_jw_bool(w, r->dose_optimized);
			tp_jw_key(w, "adherence");
			tp_jw_str(w, r->adherence);
		}
		tp_jw_key(w, "stop_reason");
		tp_jw_str(w, r->stop_reason);
		tp_jw_key(w, "baseline_date");
		write_day(w, m, r->baseline_date);
		tp_jw_key(w, "latest_date");
		write_day(w, m, r->latest_date);
		tp_jw_key(w, "in_current_episode");
		tp_jw_bool(w, r->in_episode);
		tp_jw_key(w, "line");
		tp_jw_int(w, r->line);
		tp_jw_key(w, "adds_to");
		write_index(w, r->adds_to);
		tp_jw_key(w, "response_at_most");
		tp_jw_num(w, r->response_at_most);
		if (r->is_drug) {
			tp_jw_key(w, "doses");
			tp_jw_open(w, true);
			for (k = 0; k < r->ndoses; k++) {
				tp_jw_open(w, false);
				tp_jw_key(w, "date");
				write_day(w, m, r->doses[k].date);
				tp_jw_key(w, "mg_per_day");
				tp_jw_num(w, r->doses[k].mg);
				tp_jw_key(w, "at_therapeutic_dose");
				write_tristate(w, r->doses[k].at_dose);
				tp_jw_close(w);
			}
			tp_jw_close(w);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_recommendations(tp_jw *w, const tp_typed *m)
{
	size_t i, k;
	tp_jw_open(w, true);
	for (i = 0; i < m->nrecs; i++) {
		const tp_rec_rec *r = &m->recs[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "action");
		tp_jw_str(w, r->pub.action);
		tp_jw_key(w, "options");
		tp_jw_open(w, true);
		for (k = 0; k < r->pub.noptions; k++)
			tp_jw_str(w, r->pub.options[k]);
		tp_jw_close(w);
		tp_jw_key(w, "option_details");
		tp_jw_open(w, true);
		for (k = 0; k < r->pub.noptions; k++) {
			const tp_option_rec *d = &r->details[k];
			tp_jw_open(w, false);
			tp_jw_key(w, "name");
			tp_jw_str(w, d->name);
			tp_jw_key(w, "line");
			write_index(w, d->line);
			tp_jw_key(w, "max_mg_per_day");
			tp_jw_num(w, d->max_mg);
			tp_jw_key(w, "tried");
			tp_jw_str(w, d->tried);
			tp_jw_key(w, "washout_days");
			write_index(w, d->washout_days);
			tp_jw_key(w, "note");
			tp_jw_str(w, d->note);
			tp_jw_close(w);
		}
		tp_jw_close(w);
		if (r->pub.nremoved) {
			tp_jw_key(w, "removed_options");
			tp_jw_open(w, true);
			for (k = 0; k < r->pub.nremoved; k++) {
				const tp_removed_rec *x = &r->removed[k];
				tp_jw_open(w, false);
				tp_jw_key(w, "name");
				tp_jw_str(w, x->name);
				tp_jw_key(w, "reason");
				tp_jw_str(w, x->reason);
				tp_jw_key(w, "source");
				tp_jw_str(w, x->source);
				tp_jw_close(w);
			}
			tp_jw_close(w);
		}
		tp_jw_key(w, "rule");
		tp_jw_str(w, r->pub.rule);
		tp_jw_key(w, "source");
		tp_jw_str(w, r->pub.source);
		tp_jw_key(w, "line");
		tp_jw_int(w, r->pub.line);
		tp_jw_key(w, "rationale");
		tp_jw_str(w, r->pub.rationale);
		if (r->pub.status) {
			tp_jw_key(w, "status");
			tp_jw_str(w, r->pub.status);
			tp_jw_key(w, "status_reason");
			tp_jw_str(w, r->status_reason);
		}
		if (r->pub.at_ceiling) {
			tp_jw_key(w, "at_ceiling");
			tp_jw_bool(w, true);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_position(tp_jw *w, const tp_typed *m)
{
	const tpath_position *p = &m->position;
	size_t i;
	tp_jw_open(w, false);
	tp_jw_key(w, "step");
	tp_jw_str(w, p->step);
	tp_jw_key(w, "label");
	tp_jw_str(w, p->label);
	tp_jw_key(w, "week");
	tp_jw_num(w, p->week);
	tp_jw_key(w, "decision_point");
	tp_jw_str(w, p->decision_point);
	tp_jw_key(w, "decision_point_state");
	tp_jw_str(w, p->decision_point_state);
	tp_jw_key(w, "status");
	tp_jw_str(w, p->status);
	tp_jw_key(w, "trial");
	write_index(w, p->trial);
	tp_jw_key(w, "decision_points");
	tp_jw_open(w, true);
	for (i = 0; i < m->npoints; i++) {
		const tp_point_rec *d = &m->points[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "id");
		tp_jw_str(w, d->id);
		tp_jw_key(w, "label");
		tp_jw_str(w, d->label);
		tp_jw_key(w, "from");
		tp_jw_str(w, d->from);
		tp_jw_key(w, "at_week");
		tp_jw_num(w, d->at_week);
		tp_jw_key(w, "until_week");
		tp_jw_num(w, d->until_week);
		tp_jw_key(w, "date");
		write_day(w, m, d->date);
		tp_jw_key(w, "until");
		write_day(w, m, d->until);
		tp_jw_key(w, "reached");
		tp_jw_bool(w, d->reached);
		tp_jw_key(w, "state");
		tp_jw_str(w, d->state);
		tp_jw_close(w);
	}
	tp_jw_close(w);
	tp_jw_close(w);
}

static void write_episode(tp_jw *w, const tp_typed *m)
{
	const tp_episode_rec *e = &m->episode;
	tp_jw_open(w, false);
	tp_jw_key(w, "start");
	write_day(w, m, e->start);
	tp_jw_key(w, "weeks");
	tp_jw_num(w, e->weeks);
	tp_jw_key(w, "months");
	tp_jw_int(w, e->months);
	tp_jw_key(w, "severity");
	tp_jw_str(w, e->severity);
	tp_jw_key(w, "prior_episodes");
	write_index(w, e->prior_episodes);
	tp_jw_close(w);
}

static void write_guideline(tp_jw *w, const tp_typed *m)
{
	const tp_guideline_rec *g = &m->guideline_rec;
	tp_jw_open(w, false);
	tp_jw_key(w, "id");
	tp_jw_str(w, g->id);
	tp_jw_key(w, "version");
	tp_jw_str(w, g->version);
	tp_jw_key(w, "title");
	tp_jw_str(w, g->title);
	tp_jw_key(w, "source");
	tp_jw_str(w, g->source);
	if (!g->none) {
		tp_jw_key(w, "publisher");
		tp_jw_str(w, g->publisher);
		tp_jw_key(w, "year");
		tp_jw_int(w, g->year);
		tp_jw_key(w, "url");
		tp_jw_str(w, g->url);
		tp_jw_key(w, "adequacy_min_weeks");
		tp_jw_num(w, g->adequacy_min_weeks);
		tp_jw_key(w, "trd");
		tp_jw_str(w, g->trd);
	}
	tp_jw_close(w);
}

static void write_measures(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->nmeasures; i++) {
		const tp_measure_rec *x = &m->measures[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "date");
		write_day(w, m, x->date);
		tp_jw_key(w, "scale");
		tp_jw_str(w, x->scale);
		tp_jw_key(w, "score");
		tp_jw_int(w, x->score);
		tp_jw_key(w, "line");
		tp_jw_int(w, x->line);
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_scales(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->nscales; i++) {
		const tp_scale_rec *x = &m->scales[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "id");
		tp_jw_str(w, x->id);
		tp_jw_key(w, "title");
		tp_jw_str(w, x->title);
		tp_jw_key(w, "min");
		tp_jw_int(w, x->min);
		tp_jw_key(w, "max");
		tp_jw_int(w, x->max);
		tp_jw_key(w, "remission_at_most");
		write_index(w, x->remission_at_most);
		tp_jw_key(w, "remission_source");
		tp_jw_str(w, x->remission_source);
		tp_jw_key(w, "response_pct");
		tp_jw_num(w, x->response_pct);
		tp_jw_key(w, "partial_pct");
		tp_jw_num(w, x->partial_pct);
		if (x->provisional) {
			tp_jw_key(w, "remission_status");
			tp_jw_str(w, "provisional");
			tp_jw_key(w, "remission_reason");
			tp_jw_str(w, x->remission_reason);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_provenance(tp_jw *w, const tp_typed *m)
{
	const tp_provenance_rec *p = &m->provenance;
	size_t i, k;
	tp_jw_open(w, false);
	tp_jw_key(w, "engine");
	tp_jw_str(w, TPATH_VERSION);
	tp_jw_key(w, "knowledge");
	tp_jw_str(w, p->knowledge);
	tp_jw_key(w, "guidelines");
	tp_jw_open(w, true);
	for (i = 0; i < p->nfiles; i++) {
		const tp_file_rec *f = &p->files[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "kind");
		tp_jw_str(w, f->kind);
		tp_jw_key(w, "id");
		tp_jw_str(w, f->id);
		tp_jw_key(w, "version");
		tp_jw_str(w, f->version);
		tp_jw_key(w, "builtin");
		tp_jw_bool(w, f->builtin);
		if (f->defines) {
			tp_jw_key(w, "defines");
			tp_jw_open(w, true);
			for (k = 0; k < f->ndefines; k++)
				tp_jw_str(w, f->defines[k]);
			tp_jw_close(w);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
	tp_jw_key(w, "overrides");
	tp_jw_open(w, false);
	for (i = 0; i < p->noverrides; i++) {
		tp_jw_key(w, p->overrides[i].name);
		tp_jw_num(w, p->overrides[i].value);
	}
	tp_jw_close(w);
	tp_jw_key(w, "data_dir");
	tp_jw_bool(w, p->data_dir);
	tp_jw_close(w);
}

/* result.staging: a ladder's components are yes/no, a score's points. */
static void write_staging(tp_jw *w, const tp_typed *m)
{
	size_t i, k;
	tp_jw_open(w, true);
	for (i = 0; i < m->nstaging; i++) {
		const tpath_staging *s = &m->staging[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "model");
		tp_jw_str(w, s->model);
		tp_jw_key(w, "applicable");
		tp_jw_bool(w, s->applicable);
		tp_jw_key(w, "source");
		tp_jw_str(w, s->source);
		tp_jw_key(w, "title");
		tp_jw_str(w, s->title);
		tp_jw_key(w, "failed_trials");
		tp_jw_int(w, s->failed_trials);
		tp_jw_key(w, "stage");
		tp_jw_str(w, s->stage);
		tp_jw_key(w, "score");
		tp_jw_num(w, s->score);
		tp_jw_key(w, "band");
		tp_jw_str(w, s->band);
		tp_jw_key(w, "components");
		tp_jw_open(w, false);
		for (k = 0; k < s->ncomponents; k++) {
			const tpath_stage_component *c = &s->components[k];
			tp_jw_key(w, c->name);
			if (c->is_boolean)
				tp_jw_bool(w, c->value != 0);
			else
				tp_jw_num(w, c->value);
		}
		tp_jw_close(w);
		if (s->reason) {
			tp_jw_key(w, "reason");
			tp_jw_str(w, s->reason);
		}
		if (s->status) {
			tp_jw_key(w, "status");
			tp_jw_str(w, s->status);
			tp_jw_key(w, "status_reason");
			tp_jw_str(w, s->status_reason);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

/* result.warnings: source null when none, rule only for a rule's. */
static void write_warnings(tp_jw *w, const tp_typed *m)
{
	size_t i;
	tp_jw_open(w, true);
	for (i = 0; i < m->nwarnings; i++) {
		const tpath_warning *x = &m->warnings[i];
		tp_jw_open(w, false);
		tp_jw_key(w, "code");
		tp_jw_str(w, x->code);
		tp_jw_key(w, "severity");
		tp_jw_str(w, x->severity);
		tp_jw_key(w, "message");
		tp_jw_str(w, x->message);
		tp_jw_key(w, "source");
		tp_jw_str(w, x->source);
		if (x->rule) {
			tp_jw_key(w, "rule");
			tp_jw_str(w, x->rule);
		}
		tp_jw_close(w);
	}
	tp_jw_close(w);
}

static void write_head(tp_jw *w, const tp_typed *m)
{
	(void)m;
	tp_jw_str(w, "result/1");
}

static void write_history(tp_jw *w, const tp_typed *m)
{
	tp_jw_str(w, m->history);
}

static void write_as_of(tp_jw *w, const tp_typed *m)
{
	write_day(w, m, m->as_of);
}

static void write_notice(tp_jw *w, const tp_typed *m)
{
	(void)m;
	tp_jw_str(w, tp_result_notice);
}

/* The result/1 text of r and a newline: its members in the order of
 * result-format.md, each written from the model (the trace is the one
 * section still held as JSON). */
static char *write_result(const tpath_result *r, bool indent)
{
	static const struct {
		const char *key;
		void (*write)(tp_jw *, const tp_typed *);
	} members[] = {
		{ "tpath", write_head },
		{ "history", write_history },
		{ "as_of", write_as_of },
		{ "episode", write_episode },
		{ "guideline", write_guideline },
		{ "trials", tp_write_trials },
		{ "position", write_position },
		{ "recommendations", write_recommendations },
		{ "trd", write_trd },
		{ "staging", write_staging },
		{ "warnings", write_warnings },
		{ "trace", NULL },
		{ "notice", write_notice },
		{ "measures", write_measures },
		{ "scales", write_scales },
		{ "provenance", write_provenance },
	};
	tp_sbuf b = { NULL, 0, 0, false };
	tp_jw w;
	size_t k;
	memset(&w, 0, sizeof(w));
	w.b = &b;
	w.indent = indent;
	tp_jw_open(&w, false);
	for (k = 0; k < sizeof(members) / sizeof(members[0]); k++) {
		tp_jw_key(&w, members[k].key);
		if (members[k].write)
			members[k].write(&w, &r->model);
		else
			tp_jw_json(&w, r->trace);
	}
	tp_jw_close(&w);
	tp_sb_put(&b, "\n", 1);
	return tp_sb_finish(&b);
}

static int render(char **out, const tpath_result *r, tpath_format format,
		  tpath_error *err)
{
	char *s = NULL;
	tp_error_clear(err);
	if (out)
		*out = NULL;
	if (!out || !r)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_result_render: NULL argument");
	switch (format) {
	case TPATH_FORMAT_JSON:
		s = write_result(r, true);
		break;
	case TPATH_FORMAT_JSON_LINE:
		s = write_result(r, false);
		break;
	case TPATH_FORMAT_TEXT:
	case TPATH_FORMAT_TEXT_COLOR:
		s = tp_report_text(r, false,
				   format == TPATH_FORMAT_TEXT_COLOR);
		break;
	case TPATH_FORMAT_TEXT_EXPLAIN:
	case TPATH_FORMAT_TEXT_EXPLAIN_COLOR:
		s = tp_report_text(r, true,
				   format == TPATH_FORMAT_TEXT_EXPLAIN_COLOR);
		break;
	case TPATH_FORMAT_HTML:
	case TPATH_FORMAT_HTML_EXPLAIN:
		s = tp_report_html(r,
				   format == TPATH_FORMAT_HTML_EXPLAIN);
		break;
	case TPATH_FORMAT_CSV:
		s = tp_csv_row(r);
		break;
	default:
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "tpath_result_render: unknown format %d",
				    (int)format);
	}
	if (!s)
		return tp_error_oom(err, NULL);
	*out = s;
	return 0;
}

int tpath_result_render(char **out, const tpath_result *r,
			tpath_format format, tpath_error *err)
{
	int error;
	TP_C_NUMERIC(error, out, err, NULL, render(out, r, format, err));
	return error;
}

void tpath_free(void *p)
{
	free(p);
}

int tpath_error_render_json(char **out, const tpath_error *e, size_t index)
{
	char line[1200];
	json_t *o;
	if (!out)
		return TPATH_EUSAGE;
	*out = NULL;
	if (!e)
		return TPATH_EUSAGE;
	tpath_error_format(e, line, sizeof(line));
	o = json_pack("{s:s, s:I, s:s, s:o, s:o, s:s, s:s, s:s}", "tpath",
		      "error/1", "index", (json_int_t)index, "source",
		      e->source, "line",
		      e->line ? json_integer(e->line) : json_null(), "column",
		      e->line ? json_integer(e->column) : json_null(), "code",
		      tpath_code_string(e->code), "message", e->message,
		      "error", line);
	if (!o)
		return TPATH_ENOMEM;
	*out = dump_line(o, false);
	json_decref(o);
	return *out ? 0 : TPATH_ENOMEM;
}
