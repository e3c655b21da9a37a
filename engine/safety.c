/*
 * safety.c - the tables of safety/1: groups of drugs, combinations that
 * must not be taken, washouts between drugs, label limits on a patient's
 * daily dose, and gates on what a recommendation may offer.  The loader
 * checks every name against the catalog; the evaluators answer the
 * questions pathway.c asks of a history and of each option.
 */
#include "result_int.h"

#include <stdio.h>
#include <string.h>

/* ---- loading ---------------------------------------------------------- */

typedef struct sctx {
	tp_ctx *c;
	const tpath_kb *kb;
	tp_safety *s;
	tp_names names;
} sctx;

static int get_source(sctx *x, const tp_node *v, const tp_source **out)
{
	return tp_source_ref(x->c, v, x->s->sources, x->s->nsources, out);
}

static int get_drug(sctx *x, const tp_node *v, const char *key,
		    const tp_drug **out)
{
	const char *name;
	int error;
	if ((error = tp_get_string(x->c, v, key, &name)) < 0)
		return error;
	if (!(*out = tp_catalog_find(&x->kb->catalog, name)))
		return tp_fail(x->c, v, "'%s': unknown drug '%s'", key, name);
	return 0;
}

static const tp_group *find_group(const tp_safety *s, const char *id)
{
	size_t i;
	for (i = 0; i < s->ngroups; i++)
		if (strcmp(s->groups[i].id, id) == 0)
			return &s->groups[i];
	return NULL;
}

/* A group id or a drug name. */
static int get_member(sctx *x, const tp_node *v, const char *key,
		      tp_member *m)
{
	const char *name;
	int error;
	memset(m, 0, sizeof(*m));
	if ((error = tp_get_string(x->c, v, key, &name)) < 0)
		return error;
	if ((m->group = find_group(x->s, name)) ||
	    (m->drug = tp_catalog_find(&x->kb->catalog, name)))
		return 0;
	return tp_fail(x->c, v, "'%s': '%s' is neither a group of this file "
				"nor a drug of the catalog",
		       key, name);
}

static int get_strings(sctx *x, const tp_node *seq, const char *key,
		       const char ***out, size_t *n)
{
	size_t i;
	int error;
	*n = seq ? seq->n : 0;
	if (!(*out = tp_arena_alloc(x->c->arena, (*n + 1) * sizeof(char *))))
		return tp_error_oom(x->c->err, x->c->source);
	for (i = 0; i < *n; i++)
		if ((error = tp_get_string(x->c, seq->values[i], key,
					   &(*out)[i])) < 0)
			return error;
	return 0;
}

static int get_drugs(sctx *x, const tp_node *seq, const char *key,
		     const tp_drug ***out, size_t *n)
{
	size_t i;
	int error;
	*n = seq ? seq->n : 0;
	if (!(*out = tp_arena_alloc(x->c->arena, (*n + 1) * sizeof(void *))))
		return tp_error_oom(x->c->err, x->c->source);
	for (i = 0; i < *n; i++)
		if ((error = get_drug(x, seq->values[i], key, &(*out)[i])) < 0)
			return error;
	return 0;
}

static int check_unique(sctx *x, const tp_node *at, const char *id,
			const char *const *ids, size_t n, const char *what)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (strcmp(ids[i], id) == 0)
			return tp_fail(x->c, at, "duplicate %s id '%s'", what,
				       id);
	return 0;
}

static void *alloc_table(sctx *x, size_t n, size_t size)
{
	return tp_arena_alloc(x->c->arena, (n + 1) * size);
}

static int group_from_node(sctx *x, const tp_node *node, tp_group *g)
{
	enum { ID, TITLE, CLASSES, DRUGS, KINDS, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "title", TP_F_SCALAR, true },
		{ "classes", TP_F_SEQUENCE, false },
		{ "drugs", TP_F_SEQUENCE, false },
		{ "kinds", TP_F_SEQUENCE, false },
	};
	const tp_node *v[NFIELDS];
	const tp_catalog *cat = &x->kb->catalog;
	size_t i, j;
	int error;

	g->line = node->line;
	if ((error = tp_map_check(x->c, node, "a group", fields, NFIELDS, v)) <
		    0 ||
	    (error = tp_get_string(x->c, v[ID], "id", &g->id)) < 0 ||
	    (error = tp_get_string(x->c, v[TITLE], "title", &g->title)) < 0 ||
	    (error = get_strings(x, v[CLASSES], "classes", &g->classes,
				 &g->nclasses)) < 0 ||
	    (error = get_drugs(x, v[DRUGS], "drugs", &g->drugs, &g->ndrugs)) <
		    0)
		return error;
	for (i = 0; v[KINDS] && i < v[KINDS]->n; i++) {
		int k;
		if ((error = tp_get_enum(x->c, v[KINDS]->values[i], "kinds",
					 tp_kind_words, tp_nkind_words,
					 &k)) < 0)
			return error;
		g->kinds |= 1u << k;
	}
	if (!g->nclasses && !g->ndrugs && !g->kinds)
		return tp_fail(x->c, node,
			       "a group needs 'classes', 'drugs' or 'kinds'");
	if (tp_catalog_find(cat, g->id))
		return tp_fail(x->c, v[ID],
			       "group id '%s' is a drug of the catalog", g->id);
	for (i = 0; i < g->nclasses; i++) {
		bool used = false;
		for (j = 0; j < cat->ndrugs; j++)
			used |= strcmp(cat->drugs[j].klass, g->classes[i]) == 0;
		if (!used)
			return tp_fail(x->c, v[CLASSES]->values[i],
				       "'classes': no drug of the catalog has "
				       "class '%s'",
				       g->classes[i]);
	}
	return 0;
}

static int check_severity(sctx *x, const tp_node *v, const char **out)
{
	int k, error;
	if ((error = tp_get_enum(x->c, v, "severity", tp_warning_severities,
				 3, &k)) < 0)
		return error;
	*out = tp_warning_severities[k];
	return 0;
}

static int interaction_from_node(sctx *x, const tp_node *node,
				 tp_interaction *r)
{
	enum { ID, BETWEEN, CODE, SEVERITY, MESSAGE, SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "between", TP_F_SEQUENCE, true },
		{ "code", TP_F_SCALAR, true },
		{ "severity", TP_F_SCALAR, true },
		{ "message", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	int error;

	r->line = node->line;
	if ((error = tp_map_check(x->c, node, "an interaction", fields,
				  NFIELDS, v)) < 0 ||
	    (error = tp_get_string(x->c, v[ID], "id", &r->id)) < 0)
		return error;
	if (v[BETWEEN]->n != 2)
		return tp_fail(x->c, v[BETWEEN],
			       "'between': two groups or drugs expected");
	if ((error = get_member(x, v[BETWEEN]->values[0], "between", &r->a)) <
		    0 ||
	    (error = get_member(x, v[BETWEEN]->values[1], "between", &r->b)) <
		    0 ||
	    (error = tp_get_string(x->c, v[CODE], "code", &r->code)) < 0 ||
	    (error = check_severity(x, v[SEVERITY], &r->severity)) < 0 ||
	    (error = tp_get_string(x->c, v[MESSAGE], "message", &r->message)) <
		    0 ||
	    (error = get_source(x, v[SOURCE], &r->source)) < 0)
		return error;
	return 0;
}

static int washout_from_node(sctx *x, const tp_node *node, tp_washout *w)
{
	enum { ID, FROM, TO, DAYS, SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },   { "from", TP_F_SCALAR, true },
		{ "to", TP_F_SCALAR, true },   { "days", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	int error;

	w->line = node->line;
	if ((error = tp_map_check(x->c, node, "a washout", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_get_string(x->c, v[ID], "id", &w->id)) < 0 ||
	    (error = get_member(x, v[FROM], "from", &w->from)) < 0 ||
	    (error = get_member(x, v[TO], "to", &w->to)) < 0 ||
	    (error = tp_get_int(x->c, v[DAYS], "days", 1, 365, &w->days)) < 0 ||
	    (error = get_source(x, v[SOURCE], &w->source)) < 0)
		return error;
	return 0;
}

static int ceiling_from_node(sctx *x, const tp_node *node, tp_ceiling_rule *r)
{
	enum { ID, DRUG, MAX, WHEN, TAKING, REASON, CODE, SEVERITY, SOURCE,
	       NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "drug", TP_F_SCALAR, true },
		{ "max", TP_F_SCALAR, true },
		{ "when", TP_F_SCALAR, false },
		{ "when_taking", TP_F_SEQUENCE, false },
		{ "reason", TP_F_SCALAR, false },
		{ "code", TP_F_SCALAR, false },
		{ "severity", TP_F_SCALAR, false },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	int error;

	r->line = node->line;
	r->code = "dose-above-ceiling";
	r->severity = "critical";
	if ((error = tp_map_check(x->c, node, "a ceiling", fields, NFIELDS,
				  v)) < 0 ||
	    (error = tp_get_string(x->c, v[ID], "id", &r->id)) < 0 ||
	    (error = get_drug(x, v[DRUG], "drug", &r->drug)) < 0 ||
	    (error = tp_get_number(x->c, v[MAX], "max", &r->max)) < 0 ||
	    (error = get_drugs(x, v[TAKING], "when_taking", &r->taking,
			       &r->ntaking)) < 0 ||
	    (v[CODE] &&
	     (error = tp_get_string(x->c, v[CODE], "code", &r->code)) < 0) ||
	    (v[SEVERITY] &&
	     (error = check_severity(x, v[SEVERITY], &r->severity)) < 0) ||
	    (error = get_source(x, v[SOURCE], &r->source)) < 0)
		return error;
	if (r->max <= 0)
		return tp_fail(x->c, v[MAX],
			       "'max': a positive number of mg/day expected");
	if (strcmp(r->drug->unit, "mg/day") != 0)
		return tp_fail(x->c, v[DRUG],
			       "'drug': %s is dosed in %s; ceilings are in "
			       "mg/day",
			       r->drug->name, r->drug->unit);
	if ((v[WHEN] || v[TAKING]) && !v[REASON])
		return tp_fail(x->c, node,
			       "a ceiling with 'when' or 'when_taking' needs "
			       "a 'reason' saying whom it applies to");
	if (v[REASON] &&
	    (error = tp_get_string(x->c, v[REASON], "reason", &r->reason)) < 0)
		return error;
	x->names.context = TP_CTX_HISTORY;
	if (v[WHEN] &&
	    (error = tp_expr_parse(&r->when, x->c, v[WHEN], &x->names)) < 0)
		return error;
	return 0;
}

static int gate_from_node(sctx *x, const tp_node *node, tp_gate *gt)
{
	enum { ID, OPTIONS, GROUP, ACTIONS, ALLOW, EXCLUSIVE, ANNOTATE, REASON,
	       SOURCE, NFIELDS };
	static const tp_field fields[NFIELDS] = {
		{ "id", TP_F_SCALAR, true },
		{ "options", TP_F_SEQUENCE, false },
		{ "group", TP_F_SCALAR, false },
		{ "actions", TP_F_SEQUENCE, false },
		{ "allow", TP_F_SCALAR, false },
		{ "exclusive", TP_F_SCALAR, false },
		{ "annotate", TP_F_SCALAR, false },
		{ "reason", TP_F_SCALAR, true },
		{ "source", TP_F_SCALAR, true },
	};
	const tp_node *v[NFIELDS];
	size_t i;
	int error, k;

	gt->line = node->line;
	if ((error = tp_map_check(x->c, node, "a gate", fields, NFIELDS, v)) <
		    0 ||
	    (error = tp_get_string(x->c, v[ID], "id", &gt->id)) < 0 ||
	    (error = get_strings(x, v[OPTIONS], "options", &gt->names,
				 &gt->nnames)) < 0 ||
	    (error = get_strings(x, v[ACTIONS], "actions", &gt->actions,
				 &gt->nactions)) < 0 ||
	    (v[EXCLUSIVE] && (error = tp_get_bool(x->c, v[EXCLUSIVE],
						  "exclusive",
						  &gt->exclusive)) < 0) ||
	    (v[ANNOTATE] && (error = tp_get_bool(x->c, v[ANNOTATE],
						 "annotate",
						 &gt->annotate)) < 0) ||
	    (error = tp_get_string(x->c, v[REASON], "reason", &gt->reason)) <
		    0 ||
	    (error = get_source(x, v[SOURCE], &gt->source)) < 0)
		return error;
	for (i = 0; i < gt->nactions; i++)
		if ((error = tp_get_enum(x->c, v[ACTIONS]->values[i],
					 "actions", tp_action_words,
					 tp_nactions, &k)) < 0)
			return error;
	if (v[GROUP]) {
		const char *id;
		if ((error = tp_get_string(x->c, v[GROUP], "group", &id)) < 0)
			return error;
		if (!(gt->group = find_group(x->s, id)))
			return tp_fail(x->c, v[GROUP],
				       "'group': no group '%s' in this file",
				       id);
	}
	if (!gt->nnames && !gt->group)
		return tp_fail(x->c, node, "a gate needs 'options' or 'group'");
	if (gt->exclusive == !!v[ALLOW])
		return tp_fail(x->c, node,
			       "a gate has either 'allow' or 'exclusive: "
			       "true'");
	if (gt->exclusive && !gt->group)
		return tp_fail(x->c, node,
			       "'exclusive' needs the 'group' whose drugs "
			       "exclude each other");
	x->names.context = TP_CTX_HISTORY;
	if (v[ALLOW] &&
	    (error = tp_expr_parse(&gt->allow, x->c, v[ALLOW], &x->names)) < 0)
		return error;
	return 0;
}

int tp_safety_tables_from_node(tp_safety *s, const tpath_kb *kb, tp_ctx *c,
			       const tp_node *groups, const tp_node *inter,
			       const tp_node *washouts, const tp_node *ceilings,
			       const tp_node *gates)
{
	sctx x;
	const char **ids;
	size_t i, n;
	int error;

	memset(&x, 0, sizeof(x));
	x.c = c;
	x.kb = kb;
	x.s = s;
	x.names.vocab = &kb->vocab;
	n = (groups ? groups->n : 0) + (inter ? inter->n : 0) +
	    (washouts ? washouts->n : 0) + (ceilings ? ceilings->n : 0) +
	    (gates ? gates->n : 0) + s->nrules;
	if (!(ids = alloc_table(&x, n, sizeof(char *))) ||
	    !(s->groups = alloc_table(&x, groups ? groups->n : 0,
				      sizeof(tp_group))) ||
	    !(s->interactions = alloc_table(&x, inter ? inter->n : 0,
					    sizeof(tp_interaction))) ||
	    !(s->washouts = alloc_table(&x, washouts ? washouts->n : 0,
					sizeof(tp_washout))) ||
	    !(s->ceilings = alloc_table(&x, ceilings ? ceilings->n : 0,
					sizeof(tp_ceiling_rule))) ||
	    !(s->gates = alloc_table(&x, gates ? gates->n : 0,
				     sizeof(tp_gate))))
		return tp_error_oom(c->err, c->source);
	/* One id space: rules, groups and table entries are all traced as
	 * safety:ID. */
	for (n = 0; n < s->nrules; n++)
		ids[n] = s->rules[n].id;
#define LOAD(seq, table, count, fn, what)                                    \
	for (i = 0; seq && i < seq->n; i++) {                                \
		if ((error = fn(&x, seq->values[i], &s->table[i])) < 0 ||     \
		    (error = check_unique(&x, seq->values[i],                \
					  s->table[i].id, ids, n, what)) < 0) \
			return error;                                        \
		ids[n++] = s->table[i].id;                                   \
		s->count = i + 1;                                            \
	}
	LOAD(groups, groups, ngroups, group_from_node, "safety")
	LOAD(inter, interactions, ninteractions, interaction_from_node,
	     "safety")
	LOAD(washouts, washouts, nwashouts, washout_from_node, "safety")
	LOAD(ceilings, ceilings, nceilings, ceiling_from_node, "safety")
	LOAD(gates, gates, ngates, gate_from_node, "safety")
#undef LOAD
	return 0;
}

/* ---- questions ---------------------------------------------------------- */

bool tp_group_has(const tp_group *g, const tp_drug *d)
{
	size_t i;
	if (g->kinds & (1u << d->kind))
		return true;
	for (i = 0; i < g->ndrugs; i++)
		if (g->drugs[i] == d)
			return true;
	for (i = 0; i < g->nclasses; i++)
		if (strcmp(g->classes[i], d->klass) == 0)
			return true;
	return false;
}

static bool member_has(const tp_member *m, const tp_drug *d)
{
	return m->group ? tp_group_has(m->group, d) : m->drug == d;
}

const char *tp_member_name(const tp_member *m)
{
	return m->group ? m->group->title : m->drug->name;
}

const tp_interaction *tp_interaction_of(const tp_safety *s,
					const tp_drug *x, const tp_drug *y)
{
	size_t i;
	if (x == y)
		return NULL;
	for (i = 0; i < s->ninteractions; i++) {
		const tp_interaction *r = &s->interactions[i];
		if ((member_has(&r->a, x) && member_has(&r->b, y)) ||
		    (member_has(&r->a, y) && member_has(&r->b, x)))
			return r;
	}
	return NULL;
}

long tp_washout_of(const tp_safety *s, const tp_drug *from, const tp_drug *to,
		   const tp_washout **which)
{
	long days = 0;
	size_t i;
	*which = NULL;
	if (from == to)
		return 0;
	/* The longest that applies: a drug's own entry (fluoxetine, 35 days)
	 * is longer than its class's. */
	for (i = 0; i < s->nwashouts; i++) {
		const tp_washout *w = &s->washouts[i];
		if (member_has(&w->from, from) && member_has(&w->to, to) &&
		    w->days > days) {
			days = w->days;
			*which = w;
		}
	}
	return days;
}

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
				if (!member_has(&it->a, a->drug)) {
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
