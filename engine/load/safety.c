/*
 * safety.c - the tables of safety/1: groups of drugs, combinations that
 * must not be taken, washouts between drugs, label limits on a patient's
 * daily dose, and gates on what a recommendation may offer.  The loader
 * checks every name against the catalog; the evaluators answer the
 * questions pathway.c asks of a history and of each option.
 */
#include "load/load.h"

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

bool tp_member_has(const tp_member *m, const tp_drug *d)
{
	return m->group ? tp_group_has(m->group, d) : m->drug == d;
}


const tp_interaction *tp_interaction_of(const tp_safety *s,
					const tp_drug *x, const tp_drug *y)
{
	size_t i;
	if (x == y)
		return NULL;
	for (i = 0; i < s->ninteractions; i++) {
		const tp_interaction *r = &s->interactions[i];
		if ((tp_member_has(&r->a, x) && tp_member_has(&r->b, y)) ||
		    (tp_member_has(&r->a, y) && tp_member_has(&r->b, x)))
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
		if (tp_member_has(&w->from, from) && tp_member_has(&w->to, to) &&
		    w->days > days) {
			days = w->days;
			*which = w;
		}
	}
	return days;
}
