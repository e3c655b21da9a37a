/*
 * pathway.c - evaluating a pathway guideline and the safety rules against
 * a history: the step it sits at, its status and decision point, the
 * recommendations whose conditions hold, warnings, and a trace entry for
 * every rule with the facts it read.
 */
#include "judge/judge.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parameter values with the caller's overrides "ID=NUMBER" applied. */
static int param_values(const tp_guideline *g, const char *const *over,
			double **out, tp_arena *a, tpath_error *err)
{
	double *v = tp_arena_alloc(a, (g->nparams + 1) * sizeof(double));
	size_t i;
	if (!v)
		return tp_error_oom(err, NULL);
	for (i = 0; i < g->nparams; i++)
		v[i] = g->params[i].value;
	for (; over && *over; over++) {
		const char *eq = strchr(*over, '=');
		double x;
		bool found = false;
		if (!eq)
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "parameter override '%s': NAME=NUMBER "
					    "expected",
					    *over);
		if (!tp_parse_decimal(eq + 1, strlen(eq + 1), &x))
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "parameter override '%s': '%s' is "
					    "not a number",
					    *over, eq + 1);
		for (i = 0; i < g->nparams; i++)
			if (strlen(g->params[i].id) == (size_t)(eq - *over) &&
			    strncmp(g->params[i].id, *over,
				    (size_t)(eq - *over)) == 0) {
				v[i] = x;
				found = true;
			}
		if (!found)
			return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
					    "parameter override '%s': %s has "
					    "no parameter '%.*s'",
					    *over, g->id, (int)(eq - *over),
					    *over);
	}
	*out = v;
	return 0;
}

static const char *verdict_word(tp_value v)
{
	return !v.known ? "unknown" : v.b ? "true" : "false";
}

/* A trace entry for the rule KIND:ID, only when the trace is asked for
 * (the name is formatted only then). */
static int trace_add(tp_eval *ev, json_t *trace, const char *kind,
		     const char *id, const tp_source *src, unsigned line,
		     tp_value verdict, const tp_expr *when,
		     const tp_fact_env *env)
{
	json_t *facts, *o;
	const char *rule;
	if (!ev->trace)
		return 0;
	if (!(rule = tp_arena_printf(&ev->arena, "%s:%s", kind, id)))
		return TPATH_ENOMEM;
	facts = tp_expr_facts_json(when, env);
	o = json_pack("{s:s, s:s?, s:s, s:I, s:o}", "rule", rule,
			      "source", src ? src->citation : NULL, "verdict",
			      verdict_word(verdict), "line", (json_int_t)line,
			      "facts", facts ? facts : json_object());
	if (!o || json_array_append_new(trace, o) < 0)
		return TPATH_ENOMEM;
	return 0;
}

/* The message with each {fact.name} replaced by its value (numbers with
 * one decimal), or NULL when out of memory. */
static char *interpolate(tp_eval *ev, const char *msg,
			 const tp_fact_env *env, const tp_names *names)
{
	size_t cap = strlen(msg) + 128, o = 0;
	char *out = tp_arena_alloc(&ev->arena, cap);
	const char *p = msg;

	while (out && *p) {
		char piece[160];
		size_t len;
		const char *end;
		if (*p != '{' || !(end = strchr(p, '}'))) {
			piece[0] = *p++;
			piece[1] = '\0';
		} else {
			char name[128];
			size_t i;
			tp_value v;
			int fact = -1;
			memset(&v, 0, sizeof(v));
			snprintf(name, sizeof(name), "%.*s", (int)(end - p - 1),
				 p + 1);
			for (i = 0; i < tp_nfacts; i++)
				if (strcmp(tp_facts[i].name, name) == 0)
					fact = (int)i;
			for (i = 0; names && i < names->nparams; i++)
				if (strncmp(name, "param.", 6) == 0 &&
				    strcmp(name + 6, names->params[i]) == 0)
					fact = TP_FACT_PARAM_BASE + (int)i;
			if (fact >= 0)
				v = tp_fact_value(env, fact);
			if (!v.known)
				snprintf(piece, sizeof(piece), "unknown");
			else if (v.type == TP_T_NUM)
				snprintf(piece, sizeof(piece), "%.1f", v.num);
			else if (v.type == TP_T_STR)
				snprintf(piece, sizeof(piece), "%s", v.str);
			else
				snprintf(piece, sizeof(piece), "%s",
					 v.b ? "yes" : "no");
			p = end + 1;
		}
		len = strlen(piece);
		if (o + len + 1 > cap) {
			char *bigger;
			size_t ncap = (o + len + 1) * 2;
			if (!(bigger = tp_arena_alloc(&ev->arena, ncap)))
				return NULL;
			memcpy(bigger, out, o);
			out = bigger;
			cap = ncap;
		}
		memcpy(out + o, piece, len);
		o += len;
		out[o] = '\0';
	}
	return out;
}

static int add_warning(tp_eval *ev, const tp_grule *r,
		       const tp_fact_env *env, const tp_names *names)
{
	return tp_result_warn(ev, r->code, r->severity,
			      interpolate(ev, r->message, env, names),
			      r->source->citation, r->id);
}

/* Safety rules: once, per course, or per ordered pair of courses. */
static int safety(tp_eval *ev, tp_fact_env *env, json_t *trace)
{
	const tp_safety *s = &ev->kb->safety;
	size_t r, i, j;
	for (r = 0; r < s->nrules; r++) {
		const tp_grule *rule = &s->rules[r];
		size_t fired = 0;
		tp_value v;
		/* History rules run once; course rules once per drug course;
		 * pair rules once per pair (i started before j). */
		for (i = 0; i < (rule->context == TP_CTX_HISTORY ? 1 : ev->ntrials);
		     i++) {
			size_t jn = rule->context == TP_CTX_PAIR ? ev->ntrials
								 : i + 2;
			for (j = rule->context == TP_CTX_PAIR ? i + 1 : i + 1;
			     j < jn; j++) {
				const tp_trial *a = rule->context ==
								    TP_CTX_HISTORY
							    ? NULL
							    : &ev->trials[i];
				const tp_trial *b = rule->context == TP_CTX_PAIR
							    ? &ev->trials[j]
							    : NULL;
				if (rule->context == TP_CTX_COURSE &&
				    (j != i + 1 || !a->is_drug))
					continue;
				if (rule->context == TP_CTX_PAIR &&
				    (!a->is_drug || !b->is_drug))
					continue;
				env->course = a;
				env->a = a;
				env->b = b;
				v = tp_expr_eval(rule->when, env);
				if (v.known && v.b) {
					fired++;
					if (add_warning(ev, rule, env,
							NULL) < 0 ||
					    trace_add(ev, trace, "safety",
						      rule->id, rule->source, rule->line,
						      v, rule->when, env) < 0)
						return TPATH_ENOMEM;
				}
			}
		}
		env->course = env->a = env->b = NULL;
		if (!fired && ev->trace) {
			char *id = tp_arena_printf(&ev->arena, "safety:%s",
						   rule->id);
			json_t *o = id ? json_pack(
				"{s:s, s:s, s:s, s:I, s:{}}", "rule", id,
				"source", rule->source->citation, "verdict",
				"false", "line", (json_int_t)rule->line,
				"facts") : NULL;
			if (!o || json_array_append_new(trace, o) < 0)
				return TPATH_ENOMEM;
		}
	}
	return 0;
}

/* A dose increase not advised at this patient's maximum says what the
 * guideline offers instead: the other recommendations it made. */
static int ceiling_next(tp_eval *ev)
{
	tp_typed *m = ev->model;
	size_t i, j, k;
	for (i = 0; i < m->nrecs; i++) {
		tp_rec_rec *r = &m->recs[i];
		const char *text, *note = NULL;
		bool any = false, bad = false;
		if (!r->pub.at_ceiling)
			continue;
		/* the note of the option at its ceiling: the one the
		 * increase is of */
		for (k = 0; !note && k < r->pub.noptions; k++)
			if (r->details[k].note &&
			    strstr(r->details[k].note,
				   "this patient's maximum"))
				note = r->details[k].note;
		text = tp_arena_printf(
			&ev->arena, "%s Not advised for this patient: %s.",
			r->pub.rationale,
			note ? note : "the dose is at this patient's maximum");
		for (j = 0; text && j < m->nrecs; j++) {
			const tp_rec_rec *o = &m->recs[j];
			if (j == i || strcmp(o->pub.action, "continue") == 0 ||
			    o->pub.at_ceiling)
				continue;
			text = tp_arena_printf(
				&ev->arena, "%s%s %s (%s)", text,
				any ? "," : " The guideline offers instead:",
				o->pub.action, o->pub.rule);
			any = true;
		}
		if (text && !any)
			text = tp_arena_printf(&ev->arena,
					       "%s No other rule of the "
					       "guideline applies here: review "
					       "with the prescriber.",
					       text);
		if (!text)
			return TPATH_ENOMEM;
		r->pub.rationale = tp_typed_strdup(m, text, &bad);
		if (bad)
			return TPATH_ENOMEM;
	}
	return 0;
}

/* The options safety removed from rec, as the trace shows them. */
static json_t *removed_json(const tp_rec_rec *rec)
{
	json_t *a = json_array();
	size_t i;
	for (i = 0; a && i < rec->pub.nremoved; i++) {
		const tp_removed_rec *x = &rec->removed[i];
		if (json_array_append_new(
			    a, json_pack("{s:s, s:s, s:s?}", "name", x->name,
					 "reason", x->reason, "source",
					 x->source)) < 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

/* The rule's rationale, followed for catalog rows by the sentence saying
 * which rows it offers (so the words match the options). */
static const char *rationale_of(tp_eval *ev, const tp_grule *r,
				const tp_fact_env *env)
{
	const char *from = tp_options_from_text(ev, r, env);
	const char *s = from ? tp_arena_printf(&ev->arena, "%s %s",
					       r->rationale, from)
			     : NULL;
	return s ? s : r->rationale;
}

/* The current decision point: the latest whose window [at_week,
 * until_week] holds the current trial's week (*now set), else the first one
 * ahead; a point whose condition does not hold is skipped, and a window
 * that has passed is never current.  NULL without an ongoing trial or when
 * every window has passed. */
/* The window of decision point d in weeks of the trial: its numbers, or
 * the values of the parameters it names, kept within 0..TP_MAX_AT_WEEK (an
 * override may say anything) and until >= at. */
static void point_window(const tp_decision_point *d, const tp_fact_env *env,
			 double *at, double *until)
{
	*at = d->at_param >= 0 && env->params ? env->params[d->at_param]
					      : d->at_week;
	*until = d->until_param >= 0 && env->params
			 ? env->params[d->until_param]
			 : d->until_week;
	if (!(*at >= 0))
		*at = 0;
	if (*at > TP_MAX_AT_WEEK)
		*at = TP_MAX_AT_WEEK;
	if (!(*until >= *at))
		*until = *at;
	if (*until > TP_MAX_AT_WEEK)
		*until = TP_MAX_AT_WEEK;
}

/* The clock decision point d reads: the current trial, or (from: step) the
 * latest treatment step of the episode; NULL when that is not ongoing. */
static const tp_trial *point_clock(const tp_decision_point *d,
				   const tp_fact_env *env)
{
	const tp_trial *t = d->from_step ? env->last_step : env->current;
	return t && t->ongoing ? t : NULL;
}

static double clock_weeks(const tp_fact_env *env, const tp_trial *t)
{
	return t == env->current ? t->weeks
				 : (double)(env->ev->as_of - t->start) / 7.0;
}

/* The first day, from a clock started on start, whose weeks (days / 7,
 * as clock_weeks reads them) are at least w, or more than w when past. */
static int32_t first_day(int32_t start, double w, bool past)
{
	int32_t d = (int32_t)floor(w * 7);
	while (d > 0 && (past ? (d - 1) / 7.0 > w : (d - 1) / 7.0 >= w))
		d--;
	while (past ? d / 7.0 <= w : d / 7.0 < w)
		d++;
	return start + d;
}

static const tp_decision_point *current_point(const tp_guideline *g,
					      const tp_fact_env *env,
					      bool *now)
{
	const tp_decision_point *in = NULL, *ahead = NULL;
	double ahead_at = 0;
	size_t i;
	*now = false;
	if (!env->current || !env->current->ongoing)
		return NULL;
	for (i = 0; i < g->npoints; i++) {
		const tp_decision_point *d = &g->points[i];
		const tp_trial *clock = point_clock(d, env);
		double wk, at, until;
		if (!clock)
			continue;
		wk = clock_weeks(env, clock);
		if (d->when) {
			tp_value v = tp_expr_eval(d->when, env);
			if (!(v.known && v.b))
				continue;
		}
		point_window(d, env, &at, &until);
		if (wk >= at && wk <= until)
			in = d;
		else if (wk < at && (!ahead || at < ahead_at)) {
			ahead = d;
			ahead_at = at;
		}
	}
	*now = in != NULL;
	return in ? in : ahead;
}

/* result.position into the model: the step, status and decision point,
 * and, for the views, the current trial and the guideline's decision
 * points on its timeline.  0 or TPATH_ENOMEM. */
static int position_rec(tp_eval *ev, const tp_guideline *g,
			const tp_fact_env *env, const tp_step *step,
			const char *status, const tp_decision_point *point,
			bool point_now, bool out_of_scope)
{
	tp_typed *m = ev->model;
	tpath_position *p = &m->position;
	bool ongoing = env->current && env->current->ongoing;
	bool bad = false;
	size_t i;

	p->size = sizeof(*p);
	p->step = step ? tp_typed_strdup(m, step->id, &bad) : NULL;
	p->label = step		? tp_typed_strdup(m, step->label, &bad)
		   : out_of_scope ? "outside the scope of the guideline (see "
				    "the warnings)"
		   : g		  ? "no step of the guideline matches this "
				    "history"
				  : "no pathway guideline loaded";
	p->week = ongoing ? round(env->current->weeks * 10) / 10 : NAN;
	p->decision_point = point ? tp_typed_strdup(m, point->id, &bad) : NULL;
	p->decision_point_state = point ? point_now ? "now" : "next" : NULL;
	p->status = tp_typed_strdup(m, status, &bad);
	p->trial = ongoing ? (long)(env->current - ev->trials) : -1;
	if (bad)
		return TPATH_ENOMEM;
	if (!g || !ongoing || out_of_scope || !g->npoints)
		return 0;
	if (!(m->points = tp_arena_alloc(&m->arena,
					 g->npoints * sizeof(*m->points))))
		return TPATH_ENOMEM;
	for (i = 0; i < g->npoints; i++) {
		const tp_decision_point *d = &g->points[i];
		const tp_trial *clock = point_clock(d, env);
		tp_point_rec *r;
		double wk, at, until;
		if (!clock)
			continue;
		wk = clock_weeks(env, clock);
		point_window(d, env, &at, &until);
		r = &m->points[m->npoints++];
		r->id = tp_typed_strdup(m, d->id, &bad);
		r->label = tp_typed_strdup(m, d->label, &bad);
		r->from = d->from_step ? "step" : "trial";
		r->at_week = at;
		r->until_week = until;
		r->reached = wk >= at;
		r->at_day = first_day(clock->start, at, false);
		r->past_day = first_day(clock->start, until, true);
		/* the first day reached and the last day of the window, as
		 * the walk and the clock read them (week 2.3 is day 17) */
		r->date = tp_day_text(ev, r->at_day, &bad);
		r->until = tp_day_text(ev, r->past_day - 1 < r->at_day
						   ? r->at_day
						   : r->past_day - 1,
				       &bad);
		r->state = d == point  ? point_now ? "now" : "next"
			   : wk > until ? "passed"
					: "later";
		if (bad)
			return TPATH_ENOMEM;
	}
	return 0;
}

int tp_eval_pathway(tp_eval *ev, const tp_guideline *g,
		    const char *const *overrides, json_t *trace,
		    tpath_error *err)
{
	const tp_step *step = NULL;
	const char *status = "unknown";
	const tp_decision_point *point = NULL;
	bool point_now = false, out_of_scope = false;
	tp_fact_env env;
	tp_names names;
	double *params = NULL;
	tp_value v;
	size_t i;
	int error;

	memset(&names, 0, sizeof(names));
	if (!g && overrides && *overrides)
		return tp_error_set(err, TPATH_EUSAGE, NULL, 0, 0,
				    "parameter overrides given, but no "
				    "guideline is loaded");
	if (g) {
		if ((error = param_values(g, overrides, &params, &ev->arena,
					  err)) < 0)
			return error;
		names.params = g->param_ids;
		names.nparams = g->nparams;
	}
	tp_fact_env_init(&env, ev, g, params);
	/* Scope first: a history the guideline does not cover gets its
	 * reasons (as warnings) and no step, decision point or advice. */
	for (i = 0; g && i < g->nscope; i++) {
		const tp_grule *r = &g->scope[i];
		v = tp_expr_eval(r->when, &env);
		if (trace_add(ev, trace, "scope", r->id,
			      r->source, r->line, v, r->when, &env) < 0)
			return tp_error_oom(err, NULL);
		if (v.known && v.b) {
			if (add_warning(ev, r, &env, &names) < 0)
				return tp_error_oom(err, NULL);
			out_of_scope = true;
		}
	}
	if (out_of_scope)
		status = "out-of-scope";
	if (g && !out_of_scope) {
		for (i = 0; i < g->nsteps; i++) {
			v = tp_expr_eval(g->steps[i].when, &env);
			if (v.known && v.b)
				step = &g->steps[i];
			if (trace_add(ev, trace, "step", g->steps[i].id,
				      g->steps[i].source, g->steps[i].line, v,
				      g->steps[i].when, &env) < 0)
				return tp_error_oom(err, NULL);
		}
		for (i = 0; i < g->nstatuses; i++) {
			v = tp_expr_eval(g->statuses[i].when, &env);
			if (trace_add(ev, trace, "status", g->statuses[i].status,
				      NULL, g->statuses[i].line, v,
				      g->statuses[i].when, &env) < 0)
				return tp_error_oom(err, NULL);
			if (v.known && v.b) {
				status = g->statuses[i].status;
				break;
			}
		}
		point = current_point(g, &env, &point_now);
		/* room for a recommendation from every rule */
		if (g->nrules &&
		    !(ev->model->recs = tp_arena_alloc(
			      &ev->model->arena,
			      g->nrules * sizeof(*ev->model->recs))))
			return tp_error_oom(err, NULL);
		for (i = 0; i < g->nrules; i++) {
			const tp_grule *r = &g->rules[i];
			v = tp_expr_eval(r->when, &env);
			if (trace_add(ev, trace, "rule", r->id,
				      r->source, r->line, v, r->when, &env) < 0)
				return tp_error_oom(err, NULL);
			if (v.known && v.b) {
				tp_typed *m = ev->model;
				tp_rec_rec *o = &m->recs[m->nrecs];
				int ceiling = 0;
				int kept;
				bool bad = false;
				/* the slot may hold a recommendation whose
				 * options safety all removed (not kept) */
				memset(o, 0, sizeof(*o));
				o->pub.size = sizeof(o->pub);
				o->pub.action =
					tp_typed_strdup(m, r->action, &bad);
				if (bad || (kept = tp_rule_options(
						    ev, r, &env, o,
						    &ceiling)) < 0)
					return tp_error_oom(err, NULL);
				o->pub.rule = tp_typed_strdup(m, r->id, &bad);
				o->pub.source = tp_typed_strdup(
					m, r->source->citation, &bad);
				o->pub.line = (long)r->line;
				o->pub.rationale = tp_typed_strdup(
					m, rationale_of(ev, r, &env), &bad);
				if (r->provisional) {
					o->pub.status = "provisional";
					o->status_reason = tp_typed_strdup(
						m, r->reason, &bad);
				}
				if (ceiling) {
					o->pub.action = ceiling == 2 ? "taper"
								     : "continue";
					o->pub.at_ceiling = 1;
				}
				if (bad)
					return tp_error_oom(err, NULL);
				/* the trace keeps what safety removed, also
				 * when every option went and the
				 * recommendation with them */
				if (ev->trace && o->pub.nremoved) {
					json_t *rm = removed_json(o);
					if (!rm ||
					    json_object_set_new(
						    json_array_get(
							    trace,
							    json_array_size(
								    trace) -
								    1),
						    "removed_options", rm) < 0)
						return tp_error_oom(err, NULL);
				}
				if (kept != 1)
					m->nrecs++;
			}
		}
		if (ceiling_next(ev) < 0)
			return tp_error_oom(err, NULL);
	}
	if (g) {
		for (i = 0; i < g->nwarnings; i++) {
			const tp_grule *r = &g->warnings[i];
			v = tp_expr_eval(r->when, &env);
			if (trace_add(ev, trace, "warning", r->id,
				      r->source, r->line, v, r->when, &env) < 0)
				return tp_error_oom(err, NULL);
			if (v.known && v.b &&
			    add_warning(ev, r, &env, &names) < 0)
				return tp_error_oom(err, NULL);
		}
	}
	if (safety(ev, &env, trace) < 0 ||
	    tp_safety_table_warnings(ev, &env, trace) < 0)
		return tp_error_oom(err, NULL);
	if (position_rec(ev, g, &env, step, status, point, point_now,
			 out_of_scope) < 0)
		return tp_error_oom(err, NULL);
	return 0;
}
