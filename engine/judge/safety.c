/*
 * safety.c - the safety tables (load/safety.c) asked of this history: what
 * is taken when, this patient's dose ceilings, and the warnings for
 * combinations taken together, washouts not kept and doses above a label
 * ceiling.
 */
#include "judge/judge.h"

#include <stdio.h>
#include <string.h>

/* Drug d is taken on day: a drug course or a concomitant medicine. */
bool tp_taking_on(const tp_eval *ev, const tp_drug *d, int32_t day)
{
	const tpath_history *h = ev->h;
	size_t i;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		if (t->is_drug && t->course->drug == d && t->start <= day &&
		    day <= t->end && (t->ongoing || t->end >= day))
			return true;
	}
	for (i = 0; i < h->nconcomitant; i++) {
		const tp_concomitant *m = &h->concomitant[i];
		if (m->drug == d && m->start <= day &&
		    (!m->has_stop || m->stop >= day))
			return true;
	}
	return false;
}

int tp_ceiling_of(const tp_fact_env *env, const tp_drug *d, bool adjunct,
		  tp_ceiling *out)
{
	const tp_safety *s = &env->ev->kb->safety;
	const tp_dose_range *row;
	size_t i, k;

	memset(out, 0, sizeof(*out));
	if (strcmp(d->unit, "mg/day") != 0)
		return 0;
	for (i = 0; i < s->nceilings; i++) {
		const tp_ceiling_rule *r = &s->ceilings[i];
		bool applies = !r->when && !r->ntaking;
		if (r->drug != d)
			continue;
		if (r->when) {
			tp_value v = tp_expr_eval(r->when, env);
			applies |= v.known && v.b;
		}
		for (k = 0; k < r->ntaking; k++)
			applies |= tp_taking_on(env->ev, r->taking[k],
						env->ev->as_of);
		if (applies && (!out->known || r->max < out->max)) {
			out->known = true;
			out->label = true;
			out->max = r->max;
			out->rule = r;
			out->source = r->source;
			out->reason = r->reason;
		}
	}
	if (out->known)
		return 0;
	/* No label limit verified for this drug: the range maximum of the
	 * catalog row, provisional. */
	row = adjunct && d->adjunct.present ? &d->adjunct
	      : d->antidepressant.present   ? &d->antidepressant
					    : &d->adjunct;
	if (!row->present || row->max <= 0)
		return 0;
	out->known = true;
	out->max = row->max;
	out->source = row->source;
	out->provisional = true;
	return 0;
}

/* ---- warnings on the history ---------------------------------------- */

size_t tp_exposures(const tp_eval *ev, tp_exposure *x)
{
	const tpath_history *h = ev->h;
	size_t i, n = 0;
	for (i = 0; i < ev->ntrials; i++) {
		const tp_trial *t = &ev->trials[i];
		if (!t->is_drug)
			continue;
		x[n].drug = t->course->drug;
		x[n].trial = t;
		x[n].start = t->start;
		x[n].end = t->end;
		x[n++].ongoing = t->ongoing;
	}
	for (i = 0; i < h->nconcomitant; i++) {
		const tp_concomitant *m = &h->concomitant[i];
		if (m->start > ev->as_of)
			continue;
		x[n].drug = m->drug;
		x[n].trial = NULL;
		x[n].start = m->start;
		x[n].ongoing = !m->has_stop || m->stop >= ev->as_of;
		x[n].end = x[n].ongoing ? ev->as_of : m->stop;
		n++;
	}
	return n;
}

/* msg with {a} and {b} replaced. */
static char *fill_ab(tp_arena *ar, const char *msg, const char *a,
		     const char *b)
{
	char *out = tp_arena_printf(ar, "%s", "");
	const char *p = msg;
	while (out && *p) {
		if (strncmp(p, "{a}", 3) == 0 || strncmp(p, "{b}", 3) == 0) {
			out = tp_arena_printf(ar, "%s%s", out,
					      p[1] == 'a' ? a : b);
			p += 3;
		} else {
			const char *q = strchr(p + 1, '{');
			size_t len = q ? (size_t)(q - p) : strlen(p);
			out = tp_arena_printf(ar, "%s%.*s", out, (int)len, p);
			p += len;
		}
	}
	return out;
}

static int warn(tp_eval *ev, const char *code, const char *severity,
		const char *message, const tp_source *src, const char *rule)
{
	return tp_result_warn(ev, code, severity, message, src->citation,
			      rule);
}

static int trace_entry(tp_eval *ev, json_t *trace, const char *id,
		       const tp_source *src, unsigned line, bool fired,
		       json_t *facts)
{
	json_t *o;
	if (!ev->trace) {
		json_decref(facts);
		return 0;
	}
	o = json_pack("{s:s, s:s, s:s, s:I, s:o}", "rule",
		      tp_arena_printf(&ev->arena, "safety:%s", id), "source",
		      src->citation, "verdict", fired ? "true" : "false", "line",
		      (json_int_t)line, "facts", facts ? facts : json_object());
	return !o || json_array_append_new(trace, o) < 0 ? TPATH_ENOMEM : 0;
}

int tp_safety_table_warnings(tp_eval *ev, const tp_fact_env *env,
			     json_t *trace)
{
	const tp_safety *s = &ev->kb->safety;
	tp_exposure *x = tp_arena_alloc(&ev->arena,
					(ev->ntrials + ev->h->nconcomitant + 1) *
						sizeof(tp_exposure));
	size_t n, i, j, r;
	if (!x)
		return TPATH_ENOMEM;
	n = tp_exposures(ev, x);
	/* Never together: each overlapping pair once. */
	for (r = 0; r < s->ninteractions; r++) {
		const tp_interaction *it = &s->interactions[r];
		bool fired = false;
		for (i = 0; i < n; i++)
			for (j = i + 1; j < n; j++) {
				const tp_exposure *a = &x[i], *b = &x[j];
				if (a->start > b->end || b->start > a->end ||
				    tp_interaction_of(s, a->drug, b->drug) !=
					    it)
					continue;
				/* {a} is the drug of the entry's first side */
				if (!tp_member_has(&it->a, a->drug)) {
					const tp_exposure *t = a;
					a = b;
					b = t;
				}
				fired = true;
				if (warn(ev, it->code, it->severity,
					 fill_ab(&ev->arena, it->message,
						 a->drug->name, b->drug->name),
					 it->source, it->id) < 0 ||
				    trace_entry(ev, trace, it->id, it->source,
						it->line, true,
						json_pack("{s:s, s:s}", "a",
							  a->drug->name, "b",
							  b->drug->name)) < 0)
					return TPATH_ENOMEM;
			}
		if (!fired && trace_entry(ev, trace, it->id, it->source,
					  it->line, false, NULL) < 0)
			return TPATH_ENOMEM;
	}
	/* Washouts: a start too soon after a stop. */
	for (r = 0; r < s->nwashouts; r++) {
		const tp_washout *w = &s->washouts[r];
		bool fired = false;
		for (i = 0; i < n; i++)
			for (j = 0; j < n; j++) {
				const tp_washout *which;
				long gap, need;
				if (i == j || x[i].ongoing ||
				    x[j].start <= x[i].end)
					continue;
				gap = (long)(x[j].start - x[i].end);
				need = tp_washout_of(s, x[i].drug, x[j].drug,
						     &which);
				if (which != w || gap >= need)
					continue;
				fired = true;
				if (warn(ev, "maoi-washout", "critical",
					 tp_arena_printf(
						 &ev->arena,
						 "%s started %ld days after %s "
						 "stopped; the washout from %s "
						 "to %s is %ld days",
						 x[j].drug->name, gap,
						 x[i].drug->name,
						 x[i].drug->name,
						 x[j].drug->name, need),
					 w->source, w->id) < 0 ||
				    trace_entry(ev, trace, w->id, w->source,
						w->line, true,
						json_pack("{s:s, s:s, s:I}",
							  "from",
							  x[i].drug->name,
							  "to",
							  x[j].drug->name,
							  "gap_days",
							  (json_int_t)gap)) < 0)
					return TPATH_ENOMEM;
			}
		if (!fired && trace_entry(ev, trace, w->id, w->source, w->line,
					  false, NULL) < 0)
			return TPATH_ENOMEM;
	}
	/* Doses above this patient's label ceiling: every course for a
	 * ceiling for everyone, the ongoing ones for a conditional one (the
	 * patient's facts are those of as_of). */
	for (r = 0; r < s->nceilings; r++) {
		const tp_ceiling_rule *c = &s->ceilings[r];
		bool fired = false;
		for (i = 0; i < ev->ntrials; i++) {
			const tp_trial *t = &ev->trials[i];
			tp_ceiling ceil;
			double dose;
			if (!t->is_drug || t->course->drug != c->drug ||
			    t->max_mg < 0 || (!t->ongoing && c->when) ||
			    (!t->ongoing && c->ntaking))
				continue;
			if (tp_ceiling_of(env, c->drug,
					  t->role == TP_ROLE_AUGMENTATION,
					  &ceil) < 0)
				return TPATH_ENOMEM;
			/* a conditional ceiling is about the patient now:
			 * the dose taken on as_of, not the course's highest */
			dose = c->when || c->ntaking ? tp_trial_last_dose(t)
						     : t->max_mg;
			if (!ceil.known || ceil.rule != c || dose <= ceil.max)
				continue;
			fired = true;
			if (warn(ev, c->code, c->severity,
				 tp_arena_printf(
					 &ev->arena,
					 "%s %s %g mg/day: above this "
					 "patient's maximum of %g mg/day%s%s",
					 c->drug->name,
					 c->when || c->ntaking ? "at"
							       : "reached",
					 dose, c->max,
					 c->reason ? " (" : "",
					 c->reason ? tp_arena_printf(
							     &ev->arena, "%s)",
							     c->reason)
						   : ""),
				 c->source, c->id) < 0 ||
			    trace_entry(ev, trace, c->id, c->source, c->line,
					true,
					json_pack("{s:s, s:f, s:f}", "drug",
						  c->drug->name, "max_dose",
						  t->max_mg, "ceiling",
						  c->max)) < 0)
				return TPATH_ENOMEM;
		}
		if (!fired && trace_entry(ev, trace, c->id, c->source, c->line,
					  false, NULL) < 0)
			return TPATH_ENOMEM;
	}
	return 0;
}
